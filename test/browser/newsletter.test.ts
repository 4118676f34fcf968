import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../packages/widgets/src/site/msp-site.js';
import '../../packages/widgets/src/newsletter/msp-newsletter.js';
import type { MspNewsletter } from '../../packages/widgets/src/newsletter/msp-newsletter.js';
import { sendMailchimp } from '../../packages/widgets/src/newsletter/mailchimp.js';
import { captureWarnings } from './fixtures/probe-widget.js';

interface Received {
  route: string;
  body?: unknown;
  query?: Record<string, string>;
  contentType?: string;
}

const api = (route: string) => `/test-api/newsletter/${route}`;
const received = async (): Promise<Received[]> => (await fetch(api('received'))).json() as Promise<Received[]>;

function parts(el: MspNewsletter) {
  const root = el.shadowRoot!;
  return {
    root,
    form: root.querySelector('form'),
    email: root.querySelector<HTMLInputElement>('#email')!,
    firstName: root.querySelector<HTMLInputElement>('#firstName'),
    consent: root.querySelector<HTMLInputElement>('#consent')!,
    button: root.querySelector<HTMLButtonElement>('button[type=submit]'),
    alert: root.querySelector<HTMLElement>('[role=alert]')!,
    status: root.querySelector<HTMLElement>('[role=status]')!,
  };
}

async function fill(el: MspNewsletter, values: { email?: string; firstName?: string; consent?: boolean }) {
  const p = parts(el);
  if (values.email !== undefined) p.email.value = values.email;
  if (values.firstName !== undefined && p.firstName) p.firstName.value = values.firstName;
  if (values.consent !== undefined) p.consent.checked = values.consent;
  await el.updateComplete;
}

async function submit(el: MspNewsletter) {
  parts(el).button!.click();
  await el.updateComplete;
}

const filled = { email: 'camille@exemple.fr', firstName: 'Camille', consent: true };

const brevoForm = 'https://1a2b3c.sibforms.com/serve/MUIFAbCdEf';
/** A Mailchimp form's action, answered by the test server's stand-in (JSONP). */
const mailchimpStandIn = `${location.origin}/test-api/mailchimp/subscribe/post?u=abc123&id=list42`;

/** Runs `send` with Brevo's form host answered by the local stand-in (route `brevo`), as the offline tests need. */
async function withBrevoStandIn<T>(send: () => Promise<T>): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    return realFetch.call(window, url.startsWith('https://1a2b3c.sibforms.com/') ? api('brevo') : input, init);
  };
  try {
    return await send();
  } finally {
    window.fetch = realFetch;
  }
}

describe('<msp-newsletter>', () => {
  beforeEach(async () => {
    await fetch(api('reset'), { method: 'POST' });
  });

  it('renders a labelled native form with an unticked consent box and the information notice', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-site name="Fédération des Dunes">
      <msp-newsletter action=${api('ok')} privacy-url="/confidentialite"></msp-newsletter>
    </msp-site>`).then((site) => site.querySelector('msp-newsletter')!);
    await el.updateComplete;
    const p = parts(el);
    expect(p.email.type).to.equal('email');
    expect(p.email.autocomplete).to.equal('email');
    expect(p.root.querySelector('label[for=email]')!.textContent).to.contain('Adresse e-mail');
    expect(p.consent.checked).to.equal(false);
    expect(p.root.querySelector('label[for=consent]')!.textContent).to.contain('Fédération des Dunes');
    // Both required fields say so in their label, not only to screen readers (RGAA 11.10).
    expect(p.root.querySelector('label[for=email] span')!.textContent).to.equal('(obligatoire)');
    expect(p.root.querySelector('label[for=consent] span')!.textContent).to.equal('(obligatoire)');
    const notice = p.root.querySelector('[part=notice]')!;
    expect(notice.textContent).to.contain('par Fédération des Dunes (responsable du traitement)');
    expect(notice.querySelector('a')!.getAttribute('href')).to.equal(new URL('/confidentialite', location.href).href);
    const honeypot = p.root.querySelector<HTMLInputElement>('#website')!;
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden=true]')).to.not.equal(null);
    expect(p.root.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('fits a 375 px phone at 200 % text, the consent wrapping a word longer than its column', async () => {
    // The visitor's text size: the widgets' sizes follow the root's.
    document.documentElement.style.fontSize = '32px';
    try {
      const site = await fixture<HTMLElement>(html`<msp-site name="Fédération www.maisons-pluriprofessionnelles-hautsdefrance.fr">
        <div style="width: 343px"><msp-newsletter action=${api('ok')} privacy-url="/confidentialite"></msp-newsletter></div>
      </msp-site>`);
      const el = site.querySelector('msp-newsletter')!;
      await el.updateComplete;
      const label = parts(el).root.querySelector('label[for=consent]')!;
      expect(label.textContent).to.contain('hautsdefrance');
      expect(label.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(label.scrollWidth).to.be.at.most(label.clientWidth);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('names the controller "notre structure" without organisation or <msp-site name>, and warns', async () => {
    const controllerWarning = '[msp-newsletter] organisation: not set, nor <msp-site name>; the notice must name the data controller (RGPD art. 13)';
    let el!: MspNewsletter;
    let warnings = await captureWarnings(async () => {
      el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')}></msp-newsletter>`);
    });
    expect(el.shadowRoot!.querySelector('[part=notice]')!.textContent).to.contain('par notre structure (responsable du traitement)');
    expect(warnings).to.deep.equal([controllerWarning]);
    warnings = await captureWarnings(async () => {
      await fixture(html`<msp-site><msp-newsletter action=${api('ok')}></msp-newsletter></msp-site>`);
    });
    expect(warnings).to.deep.equal([controllerWarning]);
    // Named by either: no warning.
    warnings = await captureWarnings(async () => {
      await fixture(html`<msp-newsletter action=${api('ok')} organisation="MSP des Dunes"></msp-newsletter>`);
      await fixture(html`<msp-site name="MSP des Dunes"><msp-newsletter action=${api('ok')}></msp-newsletter></msp-site>`);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('ties errors to their fields and moves focus to the first invalid one', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')}></msp-newsletter>`);
    await fill(el, { email: 'pas-une-adresse', consent: false });
    await submit(el);
    const p = parts(el);
    expect(p.email.getAttribute('aria-invalid')).to.equal('true');
    expect(p.email.getAttribute('aria-describedby')).to.contain('email-error');
    expect(p.root.querySelector('#email-error')!.textContent).to.contain('adresse e-mail valide');
    // The error, then the format: said the other way, the format ran into the error with no pause
    // ("…nom@exemple.fr Saisissez…", Orca); the error's full stop is one.
    const description = (field: Element) =>
      field
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => p.root.getElementById(id)!.textContent.trim())
        .join(' ');
    expect(description(p.email)).to.equal('Saisissez une adresse e-mail valide, par exemple nom@exemple.fr. Format attendu\u00a0: nom@exemple.fr');
    expect(p.consent.getAttribute('aria-invalid')).to.equal('true');
    expect(p.root.querySelector('#consent-error')!.textContent).to.contain('Cochez la case');
    expect(p.root.activeElement).to.equal(p.email);
    expect(await received()).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await fill(el, { email: 'camille@exemple.fr' });
    await submit(el);
    expect(p.email.getAttribute('aria-invalid')).to.equal('false');
    expect(p.root.activeElement).to.equal(p.consent);
  });

  it('no longer says a field is wrong once it is changed, and checks it again on sending', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')}></msp-newsletter>`);
    await submit(el);
    const p = parts(el);
    const error = (field: string) => p.root.querySelector<HTMLElement>(`#${field}-error`)!;
    expect(p.email.getAttribute('aria-invalid')).to.equal('true');
    expect(p.consent.getAttribute('aria-invalid')).to.equal('true');
    // Typed into: the email field is no longer marked; the consent box still is.
    expect(p.root.activeElement).to.equal(p.email);
    await sendKeys({ type: 'camille@exemple' });
    await el.updateComplete;
    expect(p.email.getAttribute('aria-invalid')).to.equal('false');
    expect(error('email').hidden).to.equal(true);
    expect(p.consent.getAttribute('aria-invalid')).to.equal('true');
    // Ticked with the keyboard: neither is.
    p.consent.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(p.consent.checked).to.equal(true);
    expect(p.consent.getAttribute('aria-invalid')).to.equal('false');
    expect(error('consent').hidden).to.equal(true);
    await expect(el).to.be.accessible();
    // Sending checks again: the address lacks its ending.
    await submit(el);
    expect(p.email.getAttribute('aria-invalid')).to.equal('true');
    expect(p.consent.getAttribute('aria-invalid')).to.equal('false');
    expect(await received()).to.deep.equal([]);
  });

  it('says a field’s error again at each Enter pressed in it, the same error included', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')}></msp-newsletter>`);
    const p = parts(el);
    p.email.focus();
    await sendKeys({ type: 'pas-une-adresse' });
    // Focused already, the field gets no new focus to speak on: its description (the error) changes
    // at each try instead, in a way nobody sees (a no-break space), and screen readers say it again.
    const said: string[] = [];
    for (let tries = 1; tries <= 3; tries++) {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => p.root.querySelector('#email-error')!.textContent !== said.at(-1), `try ${tries}`);
      said.push(p.root.querySelector('#email-error')!.textContent);
      expect(p.root.activeElement).to.equal(p.email);
    }
    expect(said.map((s) => s.trim())).to.deep.equal(Array(3).fill('Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.'));
    expect(p.email.getAttribute('aria-describedby')).to.contain('email-error');
    expect(await received()).to.deep.equal([]);
  });

  it('sends the JSON body with the proof of consent, then thanks and gives the next step', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')} organisation="MSP des Dunes" consent-version="2026-11"></msp-newsletter>`);
    const before: string[] = [];
    el.addEventListener('msp-subscribe', (e) => before.push(JSON.stringify(e.detail)));
    await fill(el, filled);
    const subscribed = oneEvent(el, 'msp-subscribed');
    await submit(el);
    const event = await subscribed;
    expect(event.detail).to.deep.equal({ provider: 'json', confirmed: true });
    expect(before).to.deep.equal(['{"provider":"json"}']);
    const [request] = await received();
    expect(request!.contentType).to.contain('application/json');
    const body = request!.body as Record<string, unknown> & { consent: Record<string, string> };
    expect(Object.keys(body).sort()).to.deep.equal(['consent', 'email', 'firstName', 'locale', 'source']);
    expect(body.email).to.equal('camille@exemple.fr');
    expect(body.firstName).to.equal('Camille');
    expect(body.locale).to.equal('fr');
    expect(body.source).to.equal(location.href);
    expect(body.consent.text).to.contain('MSP des Dunes');
    expect(body.consent.version).to.equal('2026-11');
    expect(Math.abs(Date.parse(body.consent.at!) - Date.now())).to.be.below(60_000);
    await el.updateComplete;
    const p = parts(el);
    expect(p.form).to.equal(null);
    expect(p.status.textContent).to.contain('Merci');
    expect(p.status.textContent).to.contain('ouvrez l’e-mail');
    // Focus on the widget's title, not on the status, which a screen reader then says once, whole.
    await waitUntil(() => p.root.activeElement === p.root.querySelector('[part=title]'), 'focus should move to the title');
    // Its lines said as one, in order.
    expect(p.status.getAttribute('role')).to.equal('status');
    expect(p.status.getAttribute('aria-atomic')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('lets the page cancel the sending through msp-subscribe', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')}></msp-newsletter>`);
    el.addEventListener('msp-subscribe', (e) => e.preventDefault());
    await fill(el, filled);
    await submit(el);
    await aTimeout(50);
    expect(await received()).to.deep.equal([]);
    expect(parts(el).form).to.not.equal(null);
  });

  it('shows the server’s reason for a 400 and keeps what was typed; a second try works', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('bad')}></msp-newsletter>`);
    await fill(el, filled);
    await submit(el);
    const p = parts(el);
    await waitUntil(() => p.alert.textContent.includes('déjà inscrite'));
    expect(p.alert.textContent).to.contain('L’inscription n’a pas été acceptée. Vérifiez votre adresse e-mail, puis réessayez.');
    expect(p.email.value).to.equal('camille@exemple.fr');
    expect(p.firstName!.value).to.equal('Camille');
    expect(p.consent.checked).to.equal(true);
    await expect(el).to.be.accessible();
    el.action = api('ok');
    await el.updateComplete;
    await submit(el);
    await waitUntil(() => parts(el).status.textContent.includes('Merci'));
    expect((await received()).map((r) => r.route)).to.deep.equal(['bad', 'ok']);
  });

  it('an action where nothing takes sign-ups (404) is the site’s mistake: no refusal shown, a warning naming action', async () => {
    let el!: MspNewsletter;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('nowhere')} organisation="MSP des Dunes"></msp-newsletter>`);
      await fill(el, filled);
      await submit(el);
      await waitUntil(() => parts(el).alert.textContent.includes('pas encore configuré'));
    });
    expect(parts(el).alert.textContent).to.not.contain('refusée');
    expect(parts(el).alert.textContent).to.not.contain('unknown test route');
    expect(parts(el).email.value).to.equal('camille@exemple.fr');
    expect(warnings.join('\n')).to.match(/\[msp-newsletter\] action: .*\/test-api\/newsletter\/nowhere answered HTTP 404: no newsletter relay there/);
    await expect(el).to.be.accessible();
  });

  it('an msp-kit relay that does not take sign-ups from this site (403 origin_not_allowed) is the site’s mistake too; another 403 is a refusal', async () => {
    let el!: MspNewsletter;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('other-site')} organisation="MSP des Dunes"></msp-newsletter>`);
      await fill(el, filled);
      await submit(el);
      await waitUntil(() => parts(el).alert.textContent.includes('pas encore configuré'));
    });
    expect(parts(el).alert.textContent).to.not.contain('ALLOWED_ORIGINS');
    expect(parts(el).alert.querySelector('button'), 'sending again would be refused again').to.equal(null);
    expect(parts(el).email.value).to.equal('camille@exemple.fr');
    expect(warnings.join('\n')).to.match(/\[msp-newsletter\] action: .*\/test-api\/newsletter\/other-site answered HTTP 403: Requests from .* ALLOWED_ORIGINS/);
    await expect(el).to.be.accessible();

    const other = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('forbidden')} organisation="MSP des Dunes"></msp-newsletter>`);
    await fill(other, filled);
    await submit(other);
    await waitUntil(() => parts(other).alert.textContent.includes('réservées aux patients'));
    expect(parts(other).alert.textContent).to.contain('L’inscription n’a pas été acceptée.');
  });

  it('shows the sentence of an msp-kit error body ({ error: code, message })', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('bad-coded')}></msp-newsletter>`);
    await fill(el, filled);
    await submit(el);
    await waitUntil(() => parts(el).alert.textContent.includes('adresse refusée par le relais'));
    expect(parts(el).alert.textContent).to.not.contain('invalid_request');
  });

  it('offers to try again after a 500, and says 429 is too many requests (without offering to try again at once)', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('crash')}></msp-newsletter>`);
    await fill(el, filled);
    await submit(el);
    await waitUntil(() => parts(el).alert.textContent.includes('n’a pas pu être envoyée'));
    expect(parts(el).alert.querySelector('button')?.textContent).to.contain('Réessayer');
    el.action = api('limited');
    await el.updateComplete;
    await submit(el);
    await waitUntil(() => parts(el).alert.textContent.includes('Trop de demandes'));
    expect(parts(el).alert.querySelector('button') === null, 'no retry button').to.equal(true);
    expect(parts(el).email.value).to.equal('camille@exemple.fr');
  });

  it('shows the relay’s own sentence for a 502, in the page’s language, and offers to try again', async () => {
    for (const [lang, sentence, retry] of [
      ['fr', 'Le service d’inscription ne répond pas pour le moment.', 'Réessayer'],
      ['en', 'The newsletter service is not answering right now.', 'Try again'],
    ] as const) {
      const el = await fixture<MspNewsletter>(html`<msp-newsletter lang=${lang} action=${api('unavailable')}></msp-newsletter>`);
      await fill(el, filled);
      await submit(el);
      const p = parts(el);
      await waitUntil(() => p.alert.textContent.includes(sentence), `the relay's sentence in ${lang}`);
      expect(p.alert.textContent).to.not.contain('newsletter_unavailable');
      expect(p.alert.querySelector('button')?.textContent).to.contain(retry);
      expect(p.email.value).to.equal('camille@exemple.fr');
    }
  });

  it('keeps everything when the server is down, and the retry button sends it once it is back', async () => {
    await fetch(api('flaky/down'), { method: 'POST' });
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('flaky')}></msp-newsletter>`);
    await fill(el, filled);
    await submit(el);
    const p = parts(el);
    await waitUntil(() => p.alert.textContent.includes('n’a pas pu être envoyée'));
    expect(p.email.value).to.equal('camille@exemple.fr');
    const retry = p.alert.querySelector('button')!;
    expect(retry.textContent).to.contain('Réessayer');
    await expect(el).to.be.accessible();
    await fetch(api('flaky/up'), { method: 'POST' });
    retry.click();
    await waitUntil(() => parts(el).status.textContent.includes('Merci'));
  });

  it('sends, and sends again from "Réessayer", in browsers without AbortSignal.timeout and requestSubmit (Safari before 16)', async () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was
    const [timeout, requestSubmit] = [AbortSignal.timeout, HTMLFormElement.prototype.requestSubmit];
    Reflect.deleteProperty(AbortSignal, 'timeout');
    Reflect.deleteProperty(HTMLFormElement.prototype, 'requestSubmit');
    try {
      await fetch(api('flaky/down'), { method: 'POST' });
      const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('flaky')}></msp-newsletter>`);
      await fill(el, filled);
      await submit(el);
      const p = parts(el);
      await waitUntil(() => p.alert.textContent.includes('n’a pas pu être envoyée'));
      await fetch(api('flaky/up'), { method: 'POST' });
      p.alert.querySelector('button')!.click();
      // Thanks only come from the server once it is back up: the retry was sent.
      await waitUntil(() => parts(el).status.textContent.includes('Merci'));
    } finally {
      AbortSignal.timeout = timeout;
      HTMLFormElement.prototype.requestSubmit = requestSubmit;
    }
  });

  it('draws the failure and success regions only when they hold a message', async () => {
    // The template's spaces and line ends stay in the regions here (as in the npm package and
    // Storybook, unlike the minified CDN files): an idle region must still take no room.
    const drawn = (region: HTMLElement) => ({
      height: region.getBoundingClientRect().height,
      border: getComputedStyle(region).borderLeftStyle,
    });
    await fetch(api('flaky/down'), { method: 'POST' });
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('flaky')}></msp-newsletter>`);
    let p = parts(el);
    expect(drawn(p.alert)).to.deep.equal({ height: 0, border: 'none' });
    expect(drawn(p.status)).to.deep.equal({ height: 0, border: 'none' });
    await fill(el, filled);
    await submit(el);
    await waitUntil(() => p.alert.textContent.includes('n’a pas pu être envoyée'));
    expect(drawn(p.alert).height).to.be.greaterThan(40);
    expect(drawn(p.alert).border).to.equal('solid');
    expect(drawn(p.status)).to.deep.equal({ height: 0, border: 'none' });
    await fetch(api('flaky/up'), { method: 'POST' });
    p.alert.querySelector('button')!.click();
    await waitUntil(() => parts(el).status.textContent.includes('Merci'));
    p = parts(el);
    expect(drawn(p.alert)).to.deep.equal({ height: 0, border: 'none' });
    expect(drawn(p.status).height).to.be.greaterThan(40);
    expect(drawn(p.status).border).to.equal('solid');
  });

  it('keeps keyboard users on the message when "Réessayer" fails again', async () => {
    await fetch(api('flaky/down'), { method: 'POST' });
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('flaky')}></msp-newsletter>`);
    await fill(el, filled);
    parts(el).button!.focus();
    await sendKeys({ press: 'Enter' });
    const p = parts(el);
    await waitUntil(() => p.alert.querySelector('button'), 'the first failure offers to try again');
    await sendKeys({ press: 'Tab' });
    expect(p.root.activeElement).to.equal(p.alert.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    // The pressed button goes while sending; the second failure brings a new one, which has focus.
    await waitUntil(() => p.root.activeElement?.textContent?.includes('Réessayer'), 'focus should be on the new retry button');
    expect(p.alert.contains(p.root.activeElement)).to.equal(true);
    await fetch(api('flaky/up'), { method: 'POST' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el).status.textContent.includes('Merci'));
  });

  it('sends once however often the button is pressed while sending, and says it is busy', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('slow')}></msp-newsletter>`);
    await fill(el, filled);
    const button = parts(el).button!;
    button.click();
    await el.updateComplete;
    button.click();
    button.click();
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Envoi en cours');
    expect(parts(el).form!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => parts(el).status.textContent.includes('Merci'), undefined, { timeout: 3000 });
    expect((await received()).filter((r) => r.route === 'slow')).to.have.length(1);
  });

  it('thanks robots that fill the honeypot without sending anything or telling the page', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')}></msp-newsletter>`);
    const events: string[] = [];
    for (const type of ['msp-subscribe', 'msp-subscribed']) el.addEventListener(type, () => events.push(type));
    await fill(el, filled);
    parts(el).root.querySelector<HTMLInputElement>('#website')!.value = 'http://spam.example';
    await submit(el);
    await aTimeout(50);
    expect(await received()).to.deep.equal([]);
    expect(parts(el).status.textContent).to.contain('Merci');
    expect(events).to.deep.equal([]);
  });

  it('speaks Mailchimp’s JSONP protocol and shows its own answer', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter provider="mailchimp" action=${mailchimpStandIn}></msp-newsletter>`);
    await fill(el, filled);
    await submit(el);
    await waitUntil(() => parts(el).status.textContent.includes('Almost finished'));
    const [request] = await received();
    expect(request!.query).to.include({ EMAIL: 'camille@exemple.fr', FNAME: 'Camille', b_abc123_list42: '' });
    expect(request!.query!.c).to.match(/^mspKitMailchimp/);
  });

  it('says in its own words that an address Mailchimp already has is subscribed (never a refusal)', async () => {
    for (const [lang, words] of [
      ['fr', 'Cette adresse est déjà inscrite à la lettre d’information'],
      ['en', 'This address is already subscribed to the newsletter'],
    ] as const) {
      const el = await fixture<MspNewsletter>(html`<msp-newsletter lang=${lang} provider="mailchimp" action=${mailchimpStandIn}></msp-newsletter>`);
      await fill(el, { ...filled, email: 'deja@exemple.fr' });
      await submit(el);
      const p = parts(el);
      await waitUntil(() => p.status.textContent.includes(words), `the widget's words in ${lang}`);
      expect(p.status.textContent).to.not.contain('Click here');
      expect(p.status.textContent).to.not.contain('already subscribed to list');
      expect(p.alert.textContent.trim()).to.equal('');
      expect(parts(el).form === null, 'the form is not shown').to.equal(true);
    }
  });

  it('shows Mailchimp’s refusal as plain text (no markup from the provider, no link’s words without their link)', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter provider="mailchimp" action=${mailchimpStandIn}></msp-newsletter>`);
    await fill(el, { ...filled, email: 'refuse@exemple.fr' });
    await submit(el);
    const p = parts(el);
    await waitUntil(() => p.alert.textContent.includes('cannot be added'));
    expect(p.alert.querySelector('b, a')).to.equal(null);
    expect(p.alert.querySelector('p')!.textContent).to.equal(
      'L’inscription n’a pas été acceptée. Vérifiez votre adresse e-mail, puis réessayez. This email cannot be added to this list. Please enter a different email address.',
    );
  });

  it('thanks in its own words when Mailchimp’s success says nothing (no blank line)', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter provider="mailchimp" action=${mailchimpStandIn}></msp-newsletter>`);
    await fill(el, { ...filled, email: 'muet@exemple.fr' });
    await submit(el);
    const p = parts(el);
    await waitUntil(() => p.status.querySelector('p'));
    const lines = [...p.status.querySelectorAll('p')].map((line) => line.textContent);
    expect(lines[0]).to.equal('Merci\u00a0! Votre demande d’inscription est bien enregistrée.');
    expect(lines).to.have.length(2);
  });

  it('leaves no error in the page when Mailchimp answers after the form gave up', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => {
      errors.push(event.message);
      event.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      const result = await sendMailchimp(mailchimpStandIn, { email: 'lent@exemple.fr' }, 100);
      expect(result).to.deep.equal({ ok: false, reason: 'network' });
      // The script comes 400 ms after it was asked for, and calls its callback.
      await aTimeout(800);
      expect((await received()).map((r) => r.route)).to.deep.equal(['mailchimp']);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('posts a form to Brevo and says honestly that a confirmation e-mail will follow', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter provider="brevo" action=${brevoForm}></msp-newsletter>`);
    await fill(el, filled);
    const subscribed = oneEvent(el, 'msp-subscribed');
    const event = await withBrevoStandIn(async () => {
      await submit(el);
      return subscribed;
    });
    expect(event.detail).to.deep.equal({ provider: 'brevo', confirmed: false });
    expect(parts(el).status.textContent).to.contain('un e-mail de confirmation va vous parvenir');
    const [request] = await received();
    expect(request!.route).to.equal('brevo');
    const form = new URLSearchParams(request!.body as string);
    expect(form.get('EMAIL')).to.equal('camille@exemple.fr');
    expect(form.get('FIRSTNAME')).to.equal('Camille');
  });

  it('puts the first name in the Brevo attribute set by first-name-attribute (PRENOM in French accounts)', async () => {
    const el = await fixture<MspNewsletter>(
      html`<msp-newsletter provider="brevo" action=${brevoForm} first-name-attribute="PRENOM"></msp-newsletter>`,
    );
    await fill(el, filled);
    const subscribed = oneEvent(el, 'msp-subscribed');
    await withBrevoStandIn(async () => {
      await submit(el);
      return subscribed;
    });
    const form = new URLSearchParams((await received())[0]!.body as string);
    expect(form.get('PRENOM')).to.equal('Camille');
    expect(form.has('FIRSTNAME')).to.equal(false);
  });

  it('takes only a Brevo form URL for Brevo, whose silent reply would hide a wrong one', async () => {
    for (const action of [
      api('ok'),
      'http://1a2b3c.sibforms.com/serve/MUIFAbCdEf',
      'https://1a2b3c.sibforms.com/forms/MUIFAbCdEf',
      'https://1a2b3c.sibforms.com/serve/',
      'https://sibforms.com.example.org/serve/MUIFAbCdEf',
    ]) {
      let el!: MspNewsletter;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MspNewsletter>(html`<msp-newsletter provider="brevo" action=${action}></msp-newsletter>`);
      });
      expect(parts(el).form === null, action).to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain('pas encore configuré');
      expect(warnings.some((w) => w.includes(`action: "${action}" is not a valid brevo URL`)), action).to.be.true;
    }
  });

  it('explains a missing action in the widget and in the console, naming the field', async () => {
    let el!: MspNewsletter;
    const warnings = await captureWarnings(async () => {
      el = await fixture<MspNewsletter>(html`<msp-newsletter provider="mailchimp" action="https://example.org/nope"></msp-newsletter>`);
    });
    expect(parts(el).form).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('pas encore configuré');
    expect(warnings.some((w) => w.includes('[msp-newsletter]') && w.includes('action'))).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows the configuration message for a consent wording or version the relay would refuse, naming the attribute', async () => {
    const cases = [
      { text: 'Oui', version: '1', warning: 'consent-text: 3 characters, 10 to 1,000 expected' },
      { text: 'x'.repeat(1001), version: '1', warning: 'consent-text: 1001 characters, 10 to 1,000 expected' },
      { text: '', version: '', warning: 'consent-version: "", 1 to 40 characters expected' },
      { text: '', version: 'v'.repeat(41), warning: `consent-version: "${'v'.repeat(41)}", 1 to 40 characters expected` },
    ];
    for (const { text, version, warning } of cases) {
      let el!: MspNewsletter;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MspNewsletter>(
          html`<msp-newsletter action=${api('ok')} organisation="MSP des Dunes" consent-text=${text} consent-version=${version}></msp-newsletter>`,
        );
      });
      expect(parts(el).form === null, warning).to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain('pas encore configuré');
      expect(warnings).to.deep.equal([`[msp-newsletter] ${warning}`]);
    }
    // Within the limits, the form is there.
    const el = await fixture<MspNewsletter>(
      html`<msp-newsletter action=${api('ok')} consent-text="J’accepte la lettre." consent-version=${'v'.repeat(40)}></msp-newsletter>`,
    );
    expect(parts(el).form === null).to.equal(false);
  });

  describe('provider', () => {
    const mailchimpForm = 'https://exemple.us21.list-manage.com/subscribe/post?u=abc&id=123';

    /** The provider the form would send to, from msp-subscribe (cancelled: nothing leaves). */
    async function providerUsed(el: MspNewsletter): Promise<string | undefined> {
      let provider: string | undefined;
      el.addEventListener('msp-subscribe', (e) => {
        provider = e.detail.provider;
        e.preventDefault();
      });
      await fill(el, filled);
      await submit(el);
      return provider;
    }

    it('shows the configuration message for an unknown provider, naming the attribute', async () => {
      for (const provider of ['sendinblue', 'mailjet']) {
        let el!: MspNewsletter;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MspNewsletter>(html`<msp-newsletter provider=${provider} action=${brevoForm}></msp-newsletter>`);
        });
        expect(parts(el).form === null, 'the form is not shown').to.equal(true);
        expect(el.shadowRoot!.textContent).to.contain('pas encore configuré');
        expect(warnings.some((w) => w.includes('[msp-newsletter]') && w.includes(`provider: "${provider}"`))).to.be.true;
      }
    });

    it('reads the provider in any case', async () => {
      const brevo = await fixture<MspNewsletter>(html`<msp-newsletter provider="Brevo" action=${brevoForm}></msp-newsletter>`);
      expect(await providerUsed(brevo)).to.equal('brevo');
      const mailchimp = await fixture<MspNewsletter>(html`<msp-newsletter provider="MailChimp" action=${mailchimpForm}></msp-newsletter>`);
      expect(await providerUsed(mailchimp)).to.equal('mailchimp');
    });

    it('takes a Mailchimp or Brevo form URL without provider as that provider', async () => {
      const warnings = await captureWarnings(async () => {
        const mailchimp = await fixture<MspNewsletter>(html`<msp-newsletter organisation="MSP" action=${mailchimpForm}></msp-newsletter>`);
        expect(await providerUsed(mailchimp)).to.equal('mailchimp');
        const brevo = await fixture<MspNewsletter>(html`<msp-newsletter organisation="MSP" action=${brevoForm}></msp-newsletter>`);
        expect(await providerUsed(brevo)).to.equal('brevo');
        const relay = await fixture<MspNewsletter>(html`<msp-newsletter organisation="MSP" action=${api('ok')}></msp-newsletter>`);
        expect(await providerUsed(relay)).to.equal('json');
      });
      expect(warnings).to.deep.equal([]);
    });

    it('refuses provider="json" with a Mailchimp or Brevo form URL, which never takes JSON', async () => {
      for (const action of [mailchimpForm, brevoForm]) {
        let el!: MspNewsletter;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MspNewsletter>(html`<msp-newsletter provider="json" action=${action}></msp-newsletter>`);
        });
        expect(parts(el).form === null, 'the form is not shown').to.equal(true);
        expect(warnings.some((w) => w.includes(`action: "${action}" is not a valid json URL`))).to.be.true;
      }
    });
  });

  it('speaks English', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter lang="en" action=${api('ok')}></msp-newsletter>`);
    await fill(el, { email: 'nope' });
    await submit(el);
    const p = parts(el);
    expect(p.root.querySelector('label[for=email]')!.textContent).to.contain('E-mail address');
    expect(p.root.querySelector('#email-error')!.textContent).to.contain('Enter a valid e-mail address');
    await expect(el).to.be.accessible();
  });

  it('keeps what was typed when the page switches to English (its words load then)', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')}></msp-newsletter>`);
    await fill(el, filled);
    const form = parts(el).form;
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    const p = parts(el);
    expect(p.root.querySelector('label[for=email]')!.textContent).to.contain('E-mail address');
    expect(p.form).to.equal(form);
    expect(p.email.value).to.equal('camille@exemple.fr');
    expect(p.consent.checked).to.equal(true);
  });

  it('can be filled and sent with the keyboard alone', async () => {
    const el = await fixture<MspNewsletter>(html`<msp-newsletter action=${api('ok')}></msp-newsletter>`);
    parts(el).email.focus();
    await sendKeys({ type: 'camille@exemple.fr' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Camille' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(parts(el).root.activeElement).to.equal(parts(el).button);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => parts(el).status.textContent.includes('Merci'));
    const [request] = await received();
    expect((request!.body as { email: string }).email).to.equal('camille@exemple.fr');
  });
});
