import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { asciiDomain, fieldErrors, newsletterFormSchema } from '../../packages/widgets/src/newsletter/schema.js';
import { subscriptionSchema } from '../../packages/widgets/src/newsletter/subscription.js';
import { mailchimpJsonpUrl } from '../../packages/widgets/src/newsletter/mailchimp.js';
// Imported in Node, without a DOM: Storybook's code generator applies the widget's own rule.
import { providerOfHost, suitsProvider, type NewsletterProvider } from '../../packages/widgets/src/newsletter/providers.js';

const valid = {
  email: 'camille@exemple.fr',
  firstName: 'Camille',
  consent: { text: 'J’accepte de recevoir la lettre.', version: '1', at: '2026-11-22T10:00:00.000Z' },
  locale: 'fr',
  source: 'https://msp.example/actualites',
};

describe('newsletter form schema', () => {
  it('accepts an address with consent, first name optional', () => {
    assert.equal(newsletterFormSchema.safeParse({ email: 'a@b.fr', consent: true }).success, true);
  });

  it('trims the first name and refuses an address longer than e-mail allows (254 characters)', () => {
    assert.equal(newsletterFormSchema.parse({ email: 'a@b.fr', firstName: '  Camille ', consent: true }).firstName, 'Camille');
    const longest = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.fr`;
    assert.equal(longest.length, 254);
    assert.equal(newsletterFormSchema.safeParse({ email: longest, consent: true }).success, true);
    const over = newsletterFormSchema.safeParse({ email: `a${longest}`, consent: true });
    assert.deepEqual(!over.success && fieldErrors(over.error), { email: 'email' });
  });

  it('reports each problem as a code per field', () => {
    const result = newsletterFormSchema.safeParse({ email: 'a@', firstName: 'x'.repeat(101), consent: false });
    assert.equal(result.success, false);
    assert.deepEqual(!result.success && fieldErrors(result.error), { email: 'email', firstName: 'firstName', consent: 'consent' });
  });

  it('accepts an accented domain (as Firefox gives it) and keeps its ASCII form', () => {
    const result = newsletterFormSchema.safeParse({ email: 'camille@café.fr', consent: true });
    assert.equal(result.success, true);
    assert.equal(result.data?.email, 'camille@xn--caf-dma.fr');
    // Chromium's own value, already in ASCII, is the same address.
    assert.equal(newsletterFormSchema.parse({ email: 'camille@xn--caf-dma.fr', consent: true }).email, 'camille@xn--caf-dma.fr');
  });

  it('never lets the domain conversion shorten or change an address', () => {
    for (const address of ['camille@café.fr/x', 'camille@café.fr?x', 'camille@café%2Efr', 'camille@ café.fr', 'camille@café..fr', 'camillé@exemple.fr']) {
      assert.equal(newsletterFormSchema.safeParse({ email: address, consent: true }).success, false, address);
    }
    assert.equal(asciiDomain('camille@exemple.fr'), 'camille@exemple.fr');
  });

  it('never takes a missing consent for a yes', () => {
    assert.equal(newsletterFormSchema.safeParse({ email: 'a@b.fr' }).success, false);
    assert.equal(newsletterFormSchema.safeParse({ email: 'a@b.fr', consent: 'on' }).success, false);
  });
});

describe('subscription schema (the JSON body and the relay)', () => {
  it('accepts a complete subscription', () => {
    assert.deepEqual(subscriptionSchema.parse(valid), valid);
  });

  it('requires the proof of consent: wording, version and an ISO time', () => {
    for (const consent of [undefined, { ...valid.consent, text: 'ok' }, { ...valid.consent, version: '' }, { ...valid.consent, at: 'hier' }]) {
      assert.equal(subscriptionSchema.safeParse({ ...valid, consent }).success, false, JSON.stringify(consent));
    }
  });

  it('takes an accented domain and gives the relay its ASCII form', () => {
    assert.equal(subscriptionSchema.parse({ ...valid, email: 'camille@café.fr' }).email, 'camille@xn--caf-dma.fr');
  });

  it('accepts only http(s) source pages and known locales', () => {
    assert.equal(subscriptionSchema.safeParse({ ...valid, source: 'javascript:alert(1)' }).success, false);
    assert.equal(subscriptionSchema.safeParse({ ...valid, locale: 'de' }).success, false);
  });
});

describe('Mailchimp JSONP URL', () => {
  it('turns the embedded form action into its post-json endpoint with the list’s honeypot', () => {
    const url = new URL(
      mailchimpJsonpUrl('https://exemple.us21.list-manage.com/subscribe/post?u=abc&id=123', { email: 'a@b.fr', firstName: 'Ana' }, 'cb1'),
    );
    assert.equal(url.pathname, '/subscribe/post-json');
    assert.equal(url.searchParams.get('EMAIL'), 'a@b.fr');
    assert.equal(url.searchParams.get('FNAME'), 'Ana');
    assert.equal(url.searchParams.get('b_abc_123'), '');
    assert.equal(url.searchParams.get('c'), 'cb1');
  });
});

describe('which provider takes which address', () => {
  const site = 'https://msp.example/';
  const takes = (provider: NewsletterProvider, action: string) => suitsProvider(provider, new URL(action, site));

  it('Mailchimp: its embedded form’s post address, the only one with an answer other sites can read', () => {
    assert.equal(takes('mailchimp', 'https://exemple.us21.list-manage.com/subscribe/post?u=abc&id=123'), true);
    assert.equal(takes('mailchimp', 'https://exemple.us21.list-manage.com/subscribe/post/?u=abc&id=123'), true);
    // The hosted sign-up page, and the relay's address.
    assert.equal(takes('mailchimp', 'https://exemple.us21.list-manage.com/subscribe?u=abc&id=123'), false);
    assert.equal(takes('mailchimp', '/api/newsletter'), false);
  });

  it('Brevo: only its form’s own address, over https, since its silent reply would hide a wrong one', () => {
    assert.equal(takes('brevo', 'https://1a2b3c.sibforms.com/serve/MUIFAbCdEf'), true);
    for (const action of [
      'http://1a2b3c.sibforms.com/serve/MUIFAbCdEf',
      'https://1a2b3c.sibforms.com/forms/MUIFAbCdEf',
      'https://1a2b3c.sibforms.com/serve/',
      'https://sibforms.com.example.org/serve/MUIFAbCdEf',
      '/api/newsletter',
    ]) {
      assert.equal(takes('brevo', action), false, action);
    }
  });

  it('json: any address but Mailchimp’s and Brevo’s, whose forms take no JSON', () => {
    assert.equal(takes('json', '/api/newsletter'), true);
    assert.equal(takes('json', 'https://relais.msp.example/api/newsletter'), true);
    assert.equal(takes('json', 'https://exemple.us21.list-manage.com/subscribe/post?u=abc&id=123'), false);
    assert.equal(takes('json', 'https://1a2b3c.sibforms.com/serve/MUIFAbCdEf'), false);
    assert.deepEqual(['exemple.us21.list-manage.com', '1a2b3c.sibforms.com', 'list-manage.com.example.org'].map(providerOfHost), ['mailchimp', 'brevo', undefined]);
  });
});
