// What federation staff copy from Storybook's code generator works when pasted into a blank page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { DIRECTORY_SRC_PLACEHOLDER, attributes, embedCode, previewDirectorySrc } from '../../stories/support/embed-code.js';
import * as stories from '../../stories/embed-code.stories.js';
import { MspEmbedCode } from '../../stories/support/msp-embed-code.js';

const cdnBase = `${location.origin}/packages/widgets/dist/cdn/`;

/** Pastes `code` into a blank HTML page (an iframe) and returns its document once loaded. */
async function blankPageWith(code: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page vierge</title></head><body>${code}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const rendered = (doc: Document, tag: string) => () => (doc.querySelector(tag)?.shadowRoot?.textContent ?? '').trim().length > 0;

describe('embed code generator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('writes the script tag and the element, inside <msp-site> with the site settings', () => {
    const code = embedCode('msp-opening-hours', { value: 'Mo-Fr 08:00-19:00', compact: true, 'structured-data': false }, {
      cdnBase: 'https://cdn.example/dist/cdn',
      site: { name: 'MSP "des Dunes"', region: 'metropole' },
    });
    expect(code).to.equal(
      '<script type="module" src="https://cdn.example/dist/cdn/msp-widgets.js"></script>\n\n' +
        `<msp-site name='MSP "des Dunes"' region="metropole">\n` +
        '  <msp-opening-hours value="Mo-Fr 08:00-19:00" compact></msp-opening-hours>\n' +
        '</msp-site>\n',
    );
  });

  it('quotes JSON in single quotes, to stay readable, and escapes a value holding both kinds of quote', () => {
    expect(attributes({ events: '[{"theme": "tabac", "title": "Atelier <b>"}]' })).to.equal(` events='[{"theme": "tabac", "title": "Atelier &lt;b>"}]'`);
    expect(attributes({ name: `L'MSP "du Port" & co` })).to.equal(' name="L\'MSP &quot;du Port&quot; &amp; co"');
    const parsed = new DOMParser().parseFromString(`<p${attributes({ a: '{"x": "y"}', b: `it's "z"` })}></p>`, 'text/html').querySelector('p')!;
    expect([parsed.getAttribute('a'), parsed.getAttribute('b')]).to.deep.equal(['{"x": "y"}', `it's "z"`]);
  });

  it('opening hours, pasted into a blank page, work', async () => {
    const doc = await blankPageWith(
      embedCode('msp-opening-hours', { value: 'Mo-Fr 08:00-19:00; PH off' }, { cdnBase, site: { name: 'MSP des Dunes' } }),
    );
    await waitUntil(rendered(doc, 'msp-opening-hours'), 'the element should render', { timeout: 5000 });
    expect(doc.querySelector('msp-opening-hours')!.shadowRoot!.querySelector('table')).to.not.equal(null);
  });

  it('the newsletter form, pasted into a blank page, works (classic script variant)', async () => {
    const doc = await blankPageWith(
      embedCode('msp-newsletter', { action: '/api/newsletter' }, { cdnBase, classicScript: true, site: { name: 'Fédération' } }),
    );
    await waitUntil(rendered(doc, 'msp-newsletter'), 'the element should render', { timeout: 5000 });
    expect(doc.querySelector('msp-newsletter')!.shadowRoot!.querySelector('label[for=consent]')!.textContent).to.contain('Fédération');
  });

  it('the directory, the team and the prevention banner, pasted into a blank page, work', async () => {
    const site = { name: 'Fédération' };
    const doc = await blankPageWith(
      embedCode('msp-directory', { src: '/demo/data/directory.json' }, { cdnBase, site }) +
        embedCode('msp-team', { src: '/demo/data/directory.json', 'structure-id': 'msp-des-dunes' }, { cdnBase, site }) +
        embedCode('msp-prevention-banner', { themes: 'tabac', date: '2026-11-10' }, { cdnBase, site }),
    );
    await waitUntil(rendered(doc, 'msp-directory'), 'the directory should render', { timeout: 5000 });
    await waitUntil(() => (doc.querySelector('msp-directory')!.shadowRoot!.querySelectorAll('li h3').length ?? 0) > 0, 'results', { timeout: 5000 });
    await waitUntil(() => doc.querySelector('msp-team')!.shadowRoot!.textContent.includes('Camille Lefebvre'), 'the team should render', { timeout: 5000 });
    await waitUntil(() => doc.querySelector('msp-prevention-banner')!.shadowRoot!.textContent.includes('Mois sans tabac'), 'the banner', { timeout: 5000 });
  });

  it('says, in the code itself, that the map needs the module script when the classic one is chosen', () => {
    const classic = embedCode('msp-directory', { src: '/annuaire.json', map: true }, { cdnBase, classicScript: true });
    expect(classic).to.contain('<!-- La carte (attribut map) ne s’affiche qu’avec msp-widgets.js chargé en module');
    expect(classic).to.contain('<msp-directory src="/annuaire.json" map></msp-directory>');
    expect(embedCode('msp-directory', { src: '/annuaire.json', map: true }, { cdnBase })).to.not.contain('<!--');
    expect(embedCode('msp-directory', { src: '/annuaire.json' }, { cdnBase, classicScript: true })).to.not.contain('<!--');
  });

  it('the assistant’s button, pasted into a blank page, shows', async () => {
    const doc = await blankPageWith(embedCode('msp-assistant', { endpoint: '/api/chat' }, { cdnBase }));
    await waitUntil(() => !!doc.querySelector('msp-assistant')?.shadowRoot?.querySelector('button'), 'the launcher', { timeout: 5000 });
  });

  it('escapes the CDN address as it escapes attributes: a quote typed in the control stays in the src', () => {
    const code = embedCode('msp-site', { name: 'MSP' }, { cdnBase: 'https://cdn.example/"><img src=x onerror=alert(1)>' });
    const script = new DOMParser().parseFromString(code, 'text/html').querySelector('script')!;
    expect(script.getAttribute('src')).to.equal('https://cdn.example/"><img src=x onerror=alert(1)>/msp-widgets.js');
    expect(code).to.not.contain('<img');
  });

  it('the contact card, pasted into a blank page, works', async () => {
    const doc = await blankPageWith(embedCode('msp-site', { name: 'MSP des Dunes', phone: '03 53 73 00 10', 'show-contact': true }, { cdnBase }));
    await waitUntil(rendered(doc, 'msp-site'), 'the element should render', { timeout: 5000 });
    expect(doc.querySelector('msp-site')!.shadowRoot!.querySelector('a[href="tel:0353730010"]')).to.not.equal(null);
  });

  it('previews the demo directory file for the placeholder, resolved against the Storybook page (under a sub-path too)', () => {
    expect(previewDirectorySrc(DIRECTORY_SRC_PLACEHOLDER, 'https://federation.example/outils/storybook/iframe.html?id=x')).to.equal(
      'https://federation.example/outils/storybook/demo/data/directory.json',
    );
    expect(previewDirectorySrc('https://msp.example/annuaire.json', 'https://federation.example/iframe.html')).to.equal('https://msp.example/annuaire.json');
  });
});

// The generator's stories, rendered as Storybook does (the meta's args, then the story's).
type Story = {
  args?: Record<string, unknown>;
  argTypes?: Record<string, ArgType>;
  render?: (args: never, context: never) => unknown;
};
type ArgType = { name?: string; description?: string; control?: string | { type: string }; options?: readonly string[] };
const meta = stories.default as unknown as { args: Record<string, unknown>; argTypes: Record<string, ArgType> };

async function show(name: Exclude<keyof typeof stories, 'default'>, args: Record<string, unknown> = {}) {
  const story = stories[name] as Story;
  const canvas = await fixture<HTMLDivElement>(html`<div></div>`);
  render(story.render!({ ...meta.args, ...story.args, ...args } as never, {} as never), canvas);
  const generator = canvas.querySelector<MspEmbedCode>('msp-embed-code')!;
  await generator.updateComplete;
  return { canvas, code: generator.code, note: generator.shadowRoot!.textContent.replace(/\s+/g, ' '), problems: generator.problems };
}
const storyNames = Object.keys(stories).filter((name) => name !== 'default') as Exclude<keyof typeof stories, 'default'>[];

/** The msp-kit elements of a snippet, parsed as a page would. */
const elementsOf = (code: string) => [...new DOMParser().parseFromString(code, 'text/html').body.querySelectorAll('*')].filter((e) => e.localName.startsWith('msp-'));

describe('embed code generator stories', () => {
  it('write only attributes their elements have', async () => {
    const names = Object.keys(stories).filter((name) => name !== 'default') as Exclude<keyof typeof stories, 'default'>[];
    expect(names.length).to.be.above(6);
    for (const name of names) {
      const { code } = await show(name);
      for (const element of elementsOf(code)) {
        const observed = (customElements.get(element.localName) as unknown as { observedAttributes: string[] }).observedAttributes;
        for (const attribute of element.getAttributeNames()) expect(observed, `${name}: <${element.localName} ${attribute}>`).to.include(attribute);
      }
    }
  });

  // What each preview shows of the demo directory: a structure, a professional of its team.
  for (const [name, tag, demoText] of [
    ['Directory', 'msp-directory', 'Maison de santé des Dunes'],
    ['Team', 'msp-team', 'Camille Lefebvre'],
  ] as const) {
    it(`${name}: the copied code has the placeholder address, the preview the demo directory`, async () => {
      const { canvas, code, note } = await show(name);
      expect(code).to.contain(`src="${DIRECTORY_SRC_PLACEHOLDER}"`);
      expect(code).to.not.contain('demo/data');
      expect(note).to.contain(`Remplacez ${DIRECTORY_SRC_PLACEHOLDER} par l’adresse du fichier annuaire`);
      const preview = canvas.querySelector(tag)!;
      expect(preview.getAttribute('src')).to.equal(new URL('demo/data/directory.json', document.baseURI).href);
      await waitUntil(() => (preview.shadowRoot?.textContent ?? '').includes(demoText), 'the preview should show the demo data', { timeout: 5000 });
    });
  }

  it('Directory: the preview finds the demo file next to a Storybook hosted under a sub-path', async () => {
    const base = document.createElement('base');
    base.href = '/outils/storybook/';
    document.head.prepend(base);
    try {
      const { canvas } = await show('Directory');
      expect(canvas.querySelector('msp-directory')!.getAttribute('src')).to.equal(`${location.origin}/outils/storybook/demo/data/directory.json`);
      render(null, canvas);
    } finally {
      base.remove();
    }
  });

  it('Directory: an address staff write goes into the code and the preview, with no note', async () => {
    const { canvas, code, note } = await show('Directory', { src: 'https://msp-des-dunes.example/annuaire.json' });
    expect(code).to.contain('src="https://msp-des-dunes.example/annuaire.json"');
    expect(canvas.querySelector('msp-directory')!.getAttribute('src')).to.equal('https://msp-des-dunes.example/annuaire.json');
    expect(note).to.not.contain('Remplacez');
  });

  it('SiteContactCard: the card of the README, with the out-of-hours line, time zone and assistant', async () => {
    const { code } = await show('SiteContactCard', {
      cdnBase,
      onCallNumber: '116 117',
      timeZone: 'America/Martinique',
      region: 'martinique',
      assistantEndpoint: '/api/chat',
    });
    expect(code).to.contain(
      '<msp-site name="Maison de santé des Dunes" address="12 rue des Oyats, 59140 Dunkerque" phone="03 53 73 00 10" region="martinique" ' +
        'time-zone="America/Martinique" on-call-number="116 117" lang="fr" assistant-endpoint="/api/chat" show-contact></msp-site>',
    );
    const doc = await blankPageWith(code);
    await waitUntil(rendered(doc, 'msp-site'), 'the card should render', { timeout: 5000 });
    const card = doc.querySelector('msp-site')!.shadowRoot!;
    expect(card.querySelector('[part=address]')!.textContent).to.contain('12 rue des Oyats');
    expect(card.querySelector('a[href="tel:116117"]')).to.not.equal(null);
  });

  it('SiteContactCard: settings left empty stay out of the code', async () => {
    const { code } = await show('SiteContactCard');
    expect(code).to.not.match(/time-zone|on-call-number|assistant-endpoint/);
  });
});

describe('embed code generator: the mistakes it points out', () => {
  it('none with the values the stories start with', async () => {
    for (const name of storyNames) expect((await show(name)).problems, name).to.deep.equal([]);
  });

  // What staff may type, and the words of the message that says what to do.
  const cases: [Exclude<keyof typeof stories, 'default'>, Record<string, unknown>, RegExp][] = [
    ['OpeningHours', { value: 'Lu-Ve 8h-12h' }, /^Horaires : Mot inconnu « Lu » \(caractère 1\)\. .*Mo Tu We Th Fr Sa Su/],
    ['OpeningHours', { value: 'Mo-Fr 08:00-12:00 oops' }, /« oops » \(caractère 19\)/],
    ['OpeningHours', { timeZone: 'Paris' }, /^Fuseau horaire : « Paris » n’est pas un fuseau connu/],
    ['Newsletter', { phone: '03 53 73 00 10 (secrétariat)' }, /^Téléphone : « 03 53 73 00 10 \(secrétariat\) » n’est pas un numéro .* il ne serait pas affiché\.$/],
    ['Team', { onCallNumber: 'SOS Médecins' }, /^Médecin de garde : « SOS Médecins » .* le 15 serait affiché à la place\.$/],
    ['OpeningHours', { cdnBase: 'cdn.example.fr/msp-kit/' }, /^Adresse des fichiers msp-kit : « cdn\.example\.fr\/msp-kit\/ » ne commence pas par https:\/\//],
    ['Directory', { src: 'www.msp-des-dunes.fr/annuaire.json' }, /^Fichier annuaire : .* Écrivez https:\/\/www\.msp-des-dunes\.fr\/annuaire\.json\.$/],
    ['Team', { src: 'http://msp-des-dunes.example/annuaire.json' }, /^Fichier annuaire : .*http:\/\/ — un site en https refuserait de le charger/],
    ['Team', { structureId: '' }, /^Identifiant de la structure : vide/],
    ['Newsletter', { action: 'javascript:alert(1)' }, /^Adresse d’envoi : .* n’est pas une adresse web/],
    ['Newsletter', { action: '' }, /« Ce formulaire n’est pas encore configuré »/],
    // An address the chosen provider cannot take: what to paste, or which provider to choose.
    [
      'Newsletter',
      { provider: 'mailchimp' },
      /^Adresse d’envoi : « \/api\/newsletter » ne convient pas au service d’envoi choisi \(Mailchimp\) ; collez l’adresse du formulaire intégré de Mailchimp \(https:\/\/….list-manage.com\/subscribe\/post\?u=…&id=…\), ou choisissez un autre service .*« Ce formulaire n’est pas encore configuré »/,
    ],
    ['Newsletter', { provider: 'mailchimp', action: 'https://exemple.us21.list-manage.com/subscribe?u=abc&id=def' }, /\(Mailchimp\) ; collez l’adresse du formulaire intégré de Mailchimp/],
    ['Newsletter', { provider: 'brevo', action: 'https://1a2b3c.sibforms.com/forms/MUIFAbCdEf' }, /\(Brevo\) ; collez l’adresse de votre formulaire Brevo \(https:\/\/….sibforms.com\/serve\/…\)/],
    ['Newsletter', { provider: 'brevo', action: 'https://sibforms.com.example.org/serve/MUIFAbCdEf' }, /\(Brevo\) ; collez l’adresse de votre formulaire Brevo/],
    ['Newsletter', { provider: 'mailchimp', action: 'https://1a2b3c.sibforms.com/serve/MUIFAbCdEf' }, /\(Mailchimp\) ; c’est l’adresse d’un formulaire Brevo : choisissez « Brevo » dans « Service d’envoi »\./],
    [
      'Newsletter',
      { action: 'https://exemple.us21.list-manage.com/subscribe/post?u=abc&id=def' },
      /\(Relais du site \(json\)\) ; c’est l’adresse d’un formulaire Mailchimp : choisissez « Mailchimp » dans « Service d’envoi »\./,
    ],
    // The widget then shows no form at all, not its default wording.
    ['Newsletter', { consentText: 'Oui' }, /^Texte de consentement : il doit compter de 10 à 1 000 caractères\. Tel quel, le formulaire ne s’afficherait pas/],
    ['Newsletter', { consentVersion: 'v'.repeat(41) }, /^Version du consentement : 40 caractères au plus\. Tel quel, le formulaire ne s’afficherait pas/],
    ['PreventionBanner', { events: '[{"theme": "tabac", "title": "Atelier", date: "2026-11-19"}]' }, /^Événements locaux : ce n’est pas du JSON valide/],
    ['PreventionBanner', { events: '[{"theme": "tabac", "title": "Atelier", "date": "19/11/2026"}]' }, /^Événements locaux : events\[0\]\.date: .*ne serait pas affiché/],
    ['PreventionBanner', { themes: [] }, /^Thèmes : aucun coché/],
    ['Assistant', { suggestions: '["Qu’est-ce qu’une MSP ?"' }, /^Questions proposées : .*Séparez plutôt les questions par \|/],
    ['SiteContactCard', { assistantEndpoint: 'assistant.federation.fr/api/chat' }, /^Adresse de l’assistant : .*ne commence pas par https:\/\//],
    // A path a page would load, but that <msp-site> refuses (it takes https?:// or /).
    ['SiteContactCard', { assistantEndpoint: 'api/chat' }, /^Adresse de l’assistant : « api\/chat » doit commencer par https:\/\/ ou par \/ .*l’assistant resterait masqué\.$/],
    // The code's own <msp-site> gives no endpoint either.
    ['Assistant', { endpoint: '' }, /^Adresse de l’assistant : vide\. Tel quel, l’assistant resterait masqué/],
  ];
  for (const [name, args, message] of cases) {
    it(`${name} with ${JSON.stringify(args)}`, async () => {
      const { problems, canvas } = await show(name, args);
      expect(problems.length, problems.join('\n')).to.equal(1);
      expect(problems[0]).to.match(message);
      // Above the code, and the copy button's description for screen readers.
      const generator = canvas.querySelector('msp-embed-code')!.shadowRoot!;
      // Only the template's white space collapsed (\s would take the no-break spaces too).
      const shown = generator.querySelector('#problems')!.textContent.replace(/[ \n]+/g, ' ').trim();
      expect(shown.replace(/\u00a0/g, ' ')).to.contain(problems[0]!.slice(0, 30));
      // Typeset as the widgets' French: a no-break space before : ; ? ! » and after «.
      expect(shown, shown).to.not.match(/ [:;?!»]|« /);
      expect(generator.querySelector('button')!.getAttribute('aria-describedby')).to.equal('problems');
    });
  }

  it('Newsletter: an address is flagged exactly when the preview shows no form', async () => {
    const actions = [
      '/api/newsletter',
      'https://relais.msp.example/api/newsletter',
      'https://exemple.us21.list-manage.com/subscribe/post?u=abc&id=def',
      'https://exemple.us21.list-manage.com/subscribe?u=abc&id=def',
      'https://1a2b3c.sibforms.com/serve/MUIFAbCdEf',
      'https://1a2b3c.sibforms.com/serve/',
      'https://sibforms.com.example.org/serve/MUIFAbCdEf',
    ];
    let flagged = 0;
    for (const provider of ['json', 'mailchimp', 'brevo']) {
      for (const action of actions) {
        const { canvas, problems } = await show('Newsletter', { provider, action });
        const preview = canvas.querySelector('msp-newsletter')!;
        await preview.updateComplete;
        const noForm = !preview.shadowRoot!.querySelector('form');
        expect(problems.length > 0, `${provider} ${action}: ${problems.join(' ') || 'no mistake'}`).to.equal(noForm);
        if (noForm) {
          expect(preview.shadowRoot!.textContent).to.contain('pas encore configuré');
          flagged++;
        }
      }
    }
    // Each provider takes some of these addresses and refuses others.
    expect(flagged).to.be.within(3, 3 * actions.length - 3);
  });

  it('shows a quoted value as it was typed (its straight apostrophe is not made typographic)', async () => {
    const { canvas } = await show('Directory', { src: "www.msp.example/l'annuaire.json" });
    const shown = canvas.querySelector('msp-embed-code')!.shadowRoot!.querySelector('#problems')!.textContent;
    expect(shown).to.contain("Écrivez https://www.msp.example/l'annuaire.json.");
    expect(shown).to.contain('Fichier annuaire\u00a0: «\u00a0www');
  });

  it('valid values of the same controls are not mistakes', async () => {
    const valid: [Exclude<keyof typeof stories, 'default'>, Record<string, unknown>][] = [
      ['OpeningHours', { value: 'Mo-Fr 08:00-19:00; PH off', timeZone: 'America/Martinique', cdnBase: '/msp-kit/dist/cdn/' }],
      ['Directory', { src: '/annuaire.json' }],
      ['Directory', { src: 'annuaire.json' }],
      ['Newsletter', { provider: 'mailchimp', action: 'https://exemple.us21.list-manage.com/subscribe/post?u=abc&id=def', privacyUrl: 'https://msp.example/confidentialite' }],
      ['Newsletter', { provider: 'brevo', action: 'https://1a2b3c.sibforms.com/serve/MUIFAbCdEf' }],
      ['Newsletter', { provider: 'json', action: 'https://relais.msp.example/api/newsletter' }],
      // A link, not loaded by the page: an https site may point to an http one.
      ['Newsletter', { privacyUrl: 'http://msp.example/confidentialite', consentText: 'J’accepte de recevoir la lettre.', consentVersion: '2026-01' }],
      ['SiteContactCard', { assistantEndpoint: 'https://assistant.example.fr/api/chat' }],
      ['SiteContactCard', { assistantEndpoint: '/api/chat' }],
      ['PreventionBanner', { events: '[{"theme": "tabac", "title": "Atelier", "date": "2026-11-19T18:00", "url": "/ateliers"}]' }],
      ['Assistant', { suggestions: '["Qu’est-ce qu’une MSP ?", "Comment adhérer ?"]' }],
      ['Assistant', { suggestions: 'Qu’est-ce qu’une MSP ?|Comment adhérer ?' }],
    ];
    for (const [name, args] of valid) expect((await show(name, args)).problems, `${name} ${JSON.stringify(args)}`).to.deep.equal([]);
  });
});

describe('embed code generator: its controls', () => {
  /** A value other than the story's, of the control's kind. */
  function another(argType: ArgType, current: unknown): unknown {
    const type = typeof argType.control === 'string' ? argType.control : argType.control?.type;
    if (type === 'boolean') return !current;
    if (type === 'number') return Number(current) + 1;
    if (type?.endsWith('check')) return argType.options!.slice(0, 1);
    if (argType.options) return argType.options.find((option) => option !== current);
    return `${typeof current === 'string' ? current : ''}Essai`;
  }

  // Controls that matter only with another's value: what that one must be.
  const context: Record<string, Record<string, unknown>> = { 'Newsletter.firstNameAttribute': { provider: 'brevo' } };

  it('each has a French label and a description, and each changes the code', async () => {
    for (const name of storyNames) {
      const story = stories[name] as Story;
      const argTypes = { ...meta.argTypes, ...story.argTypes };
      const args = { ...meta.args, ...story.args };
      for (const [key, argType] of Object.entries(argTypes)) {
        expect(argType.name, `${name}.${key}: no label`).to.be.a('string').and.not.equal(key);
        expect(argType.description, `${name}.${key}: no description`).to.match(/^[A-ZÀ-Ü]/);
        const { code } = await show(name, context[`${name}.${key}`]);
        const changed = await show(name, { ...context[`${name}.${key}`], [key]: another(argType, args[key]) });
        expect(changed.code, `${name}.${key}: the control does not change the code`).to.not.equal(code);
      }
      expect(Object.keys(args).sort(), `${name}: an argument without a control`).to.deep.equal(Object.keys(argTypes).sort());
    }
  });

  // Left out of the generator, and why: set once on <msp-site> (time-zone, region, lang), for
  // previews only (at, date), the same as another control (persist of the assistant, no-persist),
  // or for developers, in each widget's Docs tab (tile-*, offset-x, z-index, open).
  const notControls = ['time-zone', 'region', 'lang', 'at', 'date', 'persist', 'tile-url', 'tile-attribution', 'tile-attribution-url', 'offset-x', 'z-index', 'open'];
  for (const [name, tag] of [
    ['OpeningHours', 'msp-opening-hours'],
    ['Newsletter', 'msp-newsletter'],
    ['SiteContactCard', 'msp-site'],
    ['Directory', 'msp-directory'],
    ['Team', 'msp-team'],
    ['PreventionBanner', 'msp-prevention-banner'],
    ['Assistant', 'msp-assistant'],
  ] as const) {
    it(`${name}: every attribute of <${tag}> has a control, but those left to <msp-site> or to developers`, () => {
      const story = stories[name] as Story;
      const described = Object.values({ ...meta.argTypes, ...story.argTypes }).map((argType) => /attribut `([\w-]+)`/.exec(argType.description ?? '')?.[1]);
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      const expected = observed.filter((attribute) => !notControls.includes(attribute) || (tag === 'msp-site' && ['time-zone', 'region', 'lang'].includes(attribute)) || (tag === 'msp-prevention-banner' && attribute === 'persist'));
      for (const attribute of expected) expect(described, `<${tag} ${attribute}>`).to.include(attribute);
    });
  }
});

describe('embed code generator: the mistakes are said as they come and go', () => {
  const delay = MspEmbedCode.announceDelay;
  beforeEach(() => (MspEmbedCode.announceDelay = 100));
  after(() => (MspEmbedCode.announceDelay = delay));

  /** Renders the story again in the same canvas, as Storybook does when a control changes. */
  async function change(canvas: HTMLElement, name: Exclude<keyof typeof stories, 'default'>, args: Record<string, unknown>) {
    const story = stories[name] as Story;
    render(story.render!({ ...meta.args, ...story.args, ...args } as never, {} as never), canvas);
    await canvas.querySelector<MspEmbedCode>('msp-embed-code')!.updateComplete;
  }
  const statusOf = (canvas: HTMLElement) => canvas.querySelector('msp-embed-code')!.shadowRoot!.querySelector('#mistakes-status')!;
  const settled = () => new Promise((resolve) => setTimeout(resolve, MspEmbedCode.announceDelay * 3));

  it('a polite status says how many mistakes there are when that changes, and when none are left', async () => {
    const { canvas } = await show('Newsletter');
    const status = statusOf(canvas);
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent.trim()).to.equal('');
    await change(canvas, 'Newsletter', { provider: 'mailchimp' });
    await waitUntil(() => status.textContent.trim(), 'the status should say the mistake', { timeout: 2000 });
    expect(status.textContent.trim()).to.equal('Une valeur à corriger avant de copier le code (liste au-dessus du code).');
    // The same element: Storybook renders the story again in place.
    expect(statusOf(canvas)).to.equal(status);
    await change(canvas, 'Newsletter', { provider: 'mailchimp', consentVersion: 'v'.repeat(41) });
    await waitUntil(() => status.textContent.includes('2 valeurs'), 'the status should say two mistakes', { timeout: 2000 });
    expect(status.textContent.trim()).to.equal('2 valeurs à corriger avant de copier le code (liste au-dessus du code).');
    await change(canvas, 'Newsletter', {});
    await waitUntil(() => status.textContent.includes('Plus rien'), 'the status should say none are left', { timeout: 2000 });
    expect(status.textContent.trim()).to.equal('Plus rien à corriger\u00a0: le code peut être copié.');
    // The button is still described by the list whenever there is one.
    const button = canvas.querySelector('msp-embed-code')!.shadowRoot!.querySelector('button')!;
    expect(button.hasAttribute('aria-describedby')).to.equal(false);
    await change(canvas, 'Newsletter', { action: '' });
    expect(button.getAttribute('aria-describedby')).to.equal('problems');
    await expect(canvas.querySelector('msp-embed-code')).to.be.accessible();
  });

  it('says nothing while values change and come back to the same number of mistakes (typing), nor for those there at first', async () => {
    // Longer than the changes take on a busy machine.
    MspEmbedCode.announceDelay = 600;
    const { canvas } = await show('OpeningHours', { value: 'Mo-Fr 08:00-' });
    const status = statusOf(canvas);
    // Typed one character at a time: wrong, right, wrong again, then right as it started.
    for (const value of ['Mo-Fr 08:00-1', 'Mo-Fr 08:00-12:00', 'Mo-Fr 08:00-12:00,', 'Mo-Fr 08:00-12:00,1']) await change(canvas, 'OpeningHours', { value });
    await settled();
    expect(status.textContent.trim()).to.equal('');
    await change(canvas, 'OpeningHours', { value: 'Mo-Fr 08:00-12:00,14:00-19:00' });
    await waitUntil(() => status.textContent.trim(), 'the status should say none are left', { timeout: 2000 });
    expect(status.textContent).to.contain('Plus rien à corriger');
  });
});

describe('<msp-embed-code>: the copy button', () => {
  let copied: string | undefined;
  const useClipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  afterEach(() => {
    // Back to the browser's own clipboard (the stub is an own property of navigator).
    delete (navigator as unknown as { clipboard?: unknown }).clipboard;
    getSelection()?.removeAllRanges();
  });

  it('says, for Wix, to write in full an address that begins with "/" (Wix shows the code on an address of its own)', async () => {
    const el = await fixture<MspEmbedCode>(
      html`<msp-embed-code .code=${'<msp-newsletter action="/api/newsletter" privacy-url="https://www.msp.fr/confidentialite"></msp-newsletter>\n'}></msp-embed-code>`,
    );
    expect(el.shadowRoot!.querySelector('#wix')?.textContent).to.contain('écrivez les adresses en entier');
    await expect(el).to.be.accessible();
    el.code = '<script type="module" src="https://cdn.example/msp-widgets.js"></script>\n<msp-newsletter action="https://www.msp.fr/api/newsletter" privacy-url="//www.msp.fr/confidentialite"></msp-newsletter>\n';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#wix')).to.equal(null);
  });

  it('copies with the keyboard alone, says so in a status, and says it no more once the code changes', async () => {
    useClipboard((text) => {
      copied = text;
      return Promise.resolve();
    });
    const el = await fixture<MspEmbedCode>(html`<msp-embed-code .code=${'<msp-site></msp-site>\n'}></msp-embed-code>`);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent.trim()).to.equal('');
    // A native button: Enter (and Space) press it; it follows the preview's links in the tab order.
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent.trim(), 'no status');
    expect(copied).to.equal('<msp-site></msp-site>\n');
    expect(status.textContent).to.contain('Le code est dans le presse-papiers');
    expect(el.shadowRoot!.querySelector('button')!.textContent.trim()).to.equal('Copié\u00a0!');
    expect(status.textContent).to.contain('presse-papiers\u00a0: collez-le');
    // Another control changed: the clipboard holds the former code, which the button must not claim.
    el.code = '<msp-site name="MSP"></msp-site>\n';
    await el.updateComplete;
    expect(status.textContent.trim()).to.equal('');
    expect(el.shadowRoot!.querySelector('button')!.textContent.trim()).to.equal('Copier le code');
  });

  it('without a clipboard, selects the code and says how to copy it', async () => {
    useClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const el = await fixture<MspEmbedCode>(html`<msp-embed-code .code=${'<msp-team></msp-team>\n'}></msp-embed-code>`);
    el.shadowRoot!.querySelector('button')!.click();
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    await waitUntil(() => status.textContent.trim(), 'no status');
    expect(status.textContent).to.contain('le code est sélectionné, copiez-le avec Ctrl+C');
    expect(String(getSelection()).trim()).to.equal('<msp-team></msp-team>');
    expect(el.shadowRoot!.querySelector('button')!.textContent.trim()).to.equal('Copier le code');
  });
});

describe('embed code generator: the copied code shows what the preview shows', () => {
  /** What a visitor reads of each msp-kit element of a page, in document order. */
  const seen = (root: ParentNode) =>
    [...root.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('msp-') && element.localName !== 'msp-embed-code')
      // Without white space: the bundle's templates are minified, the sources' are not.
      .map((element) => `${element.localName}: ${(element.shadowRoot?.textContent ?? '').replace(/\s+/g, '')}`);

  // The directory and the team with a file of this server (the placeholder has none), the
  // prevention banner with local events, the assistant inline, all in English for one of them.
  const args: Record<string, Record<string, unknown>> = {
    Directory: { src: '/demo/data/directory.json' },
    Team: { src: '/demo/data/directory.json' },
    PreventionBanner: { events: '[{"theme": "tabac", "title": "Atelier sevrage", "date": "2099-11-19T18:00", "place": "Salle 2"}]', themes: ['tabac', 'cancers'] },
    Assistant: { mode: 'inline', suggestions: 'Qu’est-ce qu’une MSP ?|Comment adhérer ?' },
    Newsletter: { lang: 'en', heading: 'Notre lettre', withoutFirstName: true },
  };
  for (const name of storyNames) {
    for (const classicScript of [false, true]) {
      it(`${name}${classicScript ? ', classic script' : ''}`, async () => {
        const { canvas, code } = await show(name, { cdnBase, classicScript, ...args[name] });
        const doc = await blankPageWith(code);
        const preview = () => seen(canvas);
        const pasted = () => seen(doc.body);
        await waitUntil(
          // Every widget drawn (<msp-site> draws only its contact card), and the same in both.
          () =>
            pasted().some((line) => !line.endsWith(':')) &&
            pasted().every((line) => line === 'msp-site:' || !line.endsWith(':')) &&
            JSON.stringify(pasted()) === JSON.stringify(preview()),
          'the pasted code should show what the preview shows',
          { timeout: 3000 },
        ).catch(() => expect(pasted()).to.deep.equal(preview()));
      });
    }
  }
});
