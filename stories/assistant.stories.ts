import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/site/msp-site.js';
import '../packages/assistant/src/client/msp-assistant.js';
import type { MspAssistant } from '../packages/assistant/src/client/msp-assistant.js';
import { frenchControls, widgetRows } from './support/controls-fr.js';
import { langControl, storyLang, type StoryLangArg } from './support/lang.js';

/*
 * PREVIEW MODE. By default these stories talk to a stand-in of the assistant API that lives in this
 * file: `fetch` calls to https://apercu.msp-kit.invalid/… are answered here, in the browser, by
 * replaying answers recorded from the real assistant (offline mode, `npm run assistant -- ask …`),
 * one sentence at a time, with the same Server-Sent Events. Nothing else is intercepted.
 *
 * To try the real server instead, start it and put its URL in the `endpoint` control:
 *   npm run assistant -- serve --port 8787 --origins http://127.0.0.1:6006 --pages packages/assistant/content
 *   endpoint: http://127.0.0.1:8787/api/chat
 */
const PREVIEW = 'https://apercu.msp-kit.invalid';
/** Answers at reading pace. */
const PREVIEW_ENDPOINT = `${PREVIEW}/api/chat`;
/** A slow answer that never finishes by itself (stop it, or watch it being written). */
const SLOW_ENDPOINT = `${PREVIEW}/lent/api/chat`;
/** A server that is down: every request fails like a refused connection. */
const DOWN_ENDPOINT = `${PREVIEW}/panne/api/chat`;

interface Recorded {
  match: RegExp;
  kind: 'answer' | 'emergency' | 'unknown';
  text: string;
  citations: { n: number; title: string; url: string }[];
}

// Recorded from the real assistant in offline mode (packages/assistant/content).
const RECORDED: Recorded[] = [
  {
    match: /douleur|poitrine|chest|urgen/i,
    kind: 'emergency',
    text: "S'il s'agit d'une urgence, appelez tout de suite le 15 (SAMU, urgences médicales) ou le 112 (numéro d'urgence européen). Personnes sourdes, malentendantes ou qui ne peuvent pas parler : envoyez un SMS au 114. Cet assistant ne peut pas vous aider en cas d'urgence.",
    citations: [],
  },
  {
    match: /adh[ée]r|join/i,
    kind: 'answer',
    text: "Pour adhérer, une MSP contacte la FEMAS Hauts-de-France par le formulaire ou la page de contact de son site : la fédération indique alors les conditions d'adhésion, les documents à fournir et, le cas échéant, le montant de la cotisation. La fédération compte aujourd'hui 71 MSP adhérentes et 1 CPTS adhérente. [1]",
    citations: [{ n: 1, title: 'Adhérer à la FEMAS Hauts-de-France', url: '/federation/adherer.html' }],
  },
  {
    match: /cr[ée]er|set up|monter/i,
    kind: 'answer',
    text: "Créer une MSP commence par réunir une équipe : au moins deux médecins généralistes et au moins un professionnel paramédical, autour d'un projet de santé commun. Les porteurs de projet rencontrent ensuite l'ARS, l'URPS, le maire, le conseil départemental et le conseil régional, ainsi que leurs confrères du territoire. Les locaux, les démarches et les aides dépendent du lieu d'installation. [1]",
    citations: [{ n: 1, title: 'Comment créer une maison de santé pluriprofessionnelle ?', url: '/federation/creer-une-msp.html' }],
  },
  {
    match: /msp|maison de sant/i,
    kind: 'answer',
    text: "Une maison de santé pluriprofessionnelle (MSP) est une équipe de professionnels de santé libéraux de soins primaires qui ont choisi de travailler ensemble de façon coordonnée. L'équipe partage un projet de santé adapté à son territoire et aux besoins des usagers. Une MSP peut être installée sur un site unique ou sur plusieurs sites. [1]",
    citations: [{ n: 1, title: "Qu'est-ce qu'une maison de santé pluriprofessionnelle ?", url: '/federation/msp.html' }],
  },
  {
    match: /./,
    kind: 'unknown',
    text: "Je ne sais pas : je n'ai pas trouvé la réponse à cette question dans les pages de la fédération. Pour une réponse fiable, contactez la fédération [1].",
    citations: [{ n: 1, title: 'Contacter la fédération', url: '/federation/contact.html' }],
  },
];

const sentences = (text: string) => text.match(/[^\s].*?(?:[.!?:;\]]+(?=\s|$)|$)\s*/gs) ?? [text];
const wait = (ms: number, signal?: AbortSignal | null) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new DOMException('Aborted', 'AbortError'))), { once: true });
  });

/** As the real assistant, an English question gets a line in English before the pages' French words. */
const ENGLISH_LEAD = "The federation's pages are in French; here is what they say:\n\n";
const asksInEnglish = (question: string) => /^(what|how|who|where|when|why|can|do|does|is|are)\b/i.test(question.trim());

/** The preview's answer to a chat request, as a text/event-stream response, with each part's language. */
function previewAnswer(question: string, slow: boolean, signal?: AbortSignal | null): Response {
  const recorded = RECORDED.find((r) => r.match.test(question))!;
  const lead = recorded.kind === 'answer' && asksInEnglish(question);
  const citations = recorded.citations.map((c) => ({ ...c, lang: 'fr' }));
  const id = crypto.randomUUID();
  const encoder = new TextEncoder();
  const event = (name: string, data: unknown) => encoder.encode(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        await wait(300, signal);
        controller.enqueue(event('meta', { id, kind: recorded.kind, citations, lang: lead ? 'en' : 'fr' }));
        if (lead) controller.enqueue(event('token', { text: ENGLISH_LEAD }));
        for (const [i, text] of sentences(recorded.text).entries()) {
          await wait(slow ? 1500 : 250, signal);
          controller.enqueue(event('token', lead && i === 0 ? { text, lang: 'fr' } : { text }));
          if (slow) break;
        }
        if (slow) await wait(3_600_000, signal);
        controller.enqueue(event('done', { id, citations }));
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

/** Answers fetch calls to the preview origin; every other call goes to the network as usual. */
function installPreview(): void {
  const flag = Symbol.for('msp-kit.assistant-preview');
  const page = window as unknown as Record<symbol, boolean>;
  if (page[flag]) return;
  page[flag] = true;
  const network = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(PREVIEW)) return network(input, init);
    const path = new URL(url).pathname;
    if (path.startsWith('/panne/')) {
      await wait(400, init?.signal);
      throw new TypeError('Failed to fetch');
    }
    if (path.endsWith('/api/feedback')) return Response.json({ recorded: true });
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as { messages?: { content: string }[] };
    return previewAnswer(body.messages?.at(-1)?.content ?? '', path.startsWith('/lent/'), init?.signal);
  };
}

installPreview();

interface AssistantArgs {
  endpoint: string;
  mode: 'launcher' | 'inline';
  position: 'bottom-right' | 'bottom-left';
  open: boolean;
  lang: StoryLangArg;
  heading: string;
  welcome: string;
  suggestions: string;
  'offset-y': string;
  'no-persist': boolean;
}

/** Opens the assistant of the story and asks a question, as a visitor would. */
async function askInStory(canvas: HTMLElement, question: string): Promise<void> {
  const el = canvas.querySelector<MspAssistant>('msp-assistant')!;
  await el.show();
  const panel = el.shadowRoot!.querySelector('msp-assistant-panel')!;
  await panel.updateComplete;
  const root = panel.shadowRoot!;
  root.querySelector('textarea')!.value = question;
  root.querySelector<HTMLButtonElement>('button.send')!.click();
}

const args: AssistantArgs = {
  endpoint: PREVIEW_ENDPOINT,
  mode: 'launcher',
  position: 'bottom-right',
  open: false,
  lang: '',
  heading: '',
  welcome: '',
  suggestions: '',
  'offset-y': '',
  'no-persist': true,
};

// Every row of the controls and of the Docs table, in French (see support/controls-fr.ts).
const rows = widgetRows({
  attributes: {
    endpoint: [
      'Adresse de l’API de l’assistant (ex. `https://assistant.exemple.fr/api/chat` ou `/api/chat`). Ici, celle de l’aperçu, qui rejoue des réponses enregistrées',
      'celle de <msp-site assistant-endpoint> ; sans elle, l’assistant reste masqué',
    ],
    mode: ['`launcher` : un bouton qui ouvre l’assistant par-dessus la page ; `inline` : l’assistant dans la page (page FAQ)', 'launcher'],
    position: ['Coin du bouton : `bottom-right` (en bas à droite) ou `bottom-left` (en bas à gauche)', 'bottom-right'],
    open: ['Ouvre l’assistant (toujours ouvert en mode `inline`)', 'non'],
    heading: ['Titre de la fenêtre de l’assistant', 'Assistant automatique'],
    'launcher-label': ['Texte du bouton', 'Une question ?'],
    welcome: ['Premier message affiché', 'ce à quoi l’assistant répond, sans avis médical'],
    suggestions: ['Questions proposées, séparées par | (barre verticale), ou en tableau JSON de textes', 'les questions par défaut (écrit vide dans la balise : aucune)'],
    'no-persist': ['Ne garde la conversation que dans la page : elle s’efface quand le visiteur change de page', 'non : elle le suit de page en page dans cet onglet'],
    persist: ['`session` : la conversation suit le visiteur de page en page dans cet onglet ; `none` : comme `no-persist`', 'session'],
    'offset-x': ['Distance du bouton au bord de la fenêtre (longueur CSS, ex. `2rem`)', '1em'],
    'offset-y': ['Distance du bouton au bas de la fenêtre (longueur CSS), pour passer au-dessus d’un bandeau cookies', '1em'],
    'z-index': ['Ordre d’empilement (`z-index`) du bouton et de la fenêtre', '999'],
  },
  cssProperties: {
    '--msp-assistant-offset-x': 'Distance du bouton au bord de la fenêtre',
    '--msp-assistant-offset-y': 'Distance du bouton au bas de la fenêtre (au-dessus d’un bandeau cookies)',
    '--msp-assistant-z-index': 'Ordre d’empilement du bouton et de la fenêtre (gardez-le sous celui de votre bandeau cookies)',
    '--msp-assistant-width': 'Largeur de la fenêtre sur grand écran',
    '--msp-assistant-height': 'Hauteur de la fenêtre (aussi en mode `inline`)',
    '--msp-color-primary': 'Le bouton, les boutons de la fenêtre et les messages du visiteur',
    '--msp-color-danger': 'Réponses d’urgence et erreurs',
  },
  cssParts: {
    launcher: 'Le bouton qui ouvre l’assistant',
    panel: 'La fenêtre de conversation (boîte de dialogue non modale, ou région de la page en mode `inline`)',
    header: 'L’en-tête de la fenêtre (titre, effacer, fermer)',
    title: 'Le titre de la fenêtre',
    clear: 'Le bouton qui efface la conversation',
    close: 'Le bouton de fermeture',
    notice: 'L’avertissement : réponses automatiques, pas d’avis médical, numéros d’urgence',
    log: 'La conversation',
    message: 'Chaque message (aussi `user-message`, `assistant-message`, `welcome`, `emergency`)',
    'emergency-calls': 'Les liens d’appel sous une réponse d’urgence',
    citation: 'Un renvoi numéroté vers une source, dans une réponse',
    sources: 'La liste des sources sous une réponse',
    suggestions: 'Les questions proposées (chacune un bouton `suggestion`)',
    feedback: 'Les boutons « utile » et « pas utile » sous une réponse',
    error: 'La zone du message d’erreur (son bouton : `retry`)',
    form: 'Le formulaire de question (`input` : la zone de texte ; `send` : le bouton envoyer ou arrêter)',
  },
});

const meta: Meta<AssistantArgs> = {
  title: 'Widgets/Assistant',
  component: 'msp-assistant',
  args,
  argTypes: frenchControls('msp-assistant', rows, args, {
    endpoint: { control: 'text' },
    mode: { control: 'inline-radio', options: ['launcher', 'inline'] },
    position: { control: 'inline-radio', options: ['bottom-right', 'bottom-left'] },
    lang: langControl,
    suggestions: { control: 'text' },
  }),
  parameters: {
    layout: 'fullscreen',
    // The Docs page's description, in French for federation staff (the class JSDoc, in English,
    // feeds the manifest). Each story in its own frame: the floating launcher is fixed to the
    // window's corner.
    docs: { description: { component: 'L’assistant d’information de la fédération : un bouton « Une question ? » ouvre une conversation qui répond à partir des pages de la fédération, en citant ses sources. Il n’est pas un service médical : en cas d’urgence, il donne le 15, le 112 et le 114.' }, story: { inline: false, iframeHeight: 680 } },
  },
  render: (args, context) => {
    const lang = storyLang(args, context);
    return html`<msp-site name="Fédération des maisons de santé (démonstration)" lang=${lang}>
    <main style="padding: 1rem 1.5rem; max-width: 48rem">
      <h1>${lang === 'en' ? 'Multi-professional health centres' : 'Les maisons de santé pluriprofessionnelles'}</h1>
      <p>
        ${lang === 'en'
          ? 'A page of the federation’s site. Preview: the answers are recorded from the real assistant.'
          : 'Une page du site de la fédération. Aperçu : les réponses sont enregistrées depuis le véritable assistant.'}
      </p>
      ${args.mode === 'inline' ? html`<h2>${lang === 'en' ? 'Ask the assistant' : 'Posez votre question'}</h2>` : nothing}
      <msp-assistant
        endpoint=${args.endpoint || nothing}
        mode=${args.mode}
        position=${args.position}
        ?open=${args.open}
        heading=${args.heading || nothing}
        welcome=${args.welcome || nothing}
        suggestions=${args.suggestions || nothing}
        offset-y=${args['offset-y'] || nothing}
        ?no-persist=${args['no-persist']}
      ></msp-assistant>
    </main>
  </msp-site>`;
  },
};
export default meta;
type Story = StoryObj<AssistantArgs>;

/** Le bouton seul : rien n’est téléchargé ni enregistré tant qu’on ne l’a pas pressé. */
export const Closed: Story = { name: 'Fermé (bouton seul)' };

/** Ouvert : la mention de l’IA, « pas un avis médical », les numéros d’urgence, l’accueil et des questions proposées. */
export const OpenWithWelcome: Story = { name: 'Ouvert, message d’accueil', args: { open: true } };

/** Une réponse en cours d’écriture (elle ne finit jamais ici) : la conversation est signalée occupée, le bouton l’arrête. */
export const Streaming: Story = {
  name: 'Réponse en cours',
  args: { endpoint: SLOW_ENDPOINT },
  play: ({ canvasElement }) => askInStory(canvasElement, 'Comment créer une MSP ?'),
};

/** Une réponse complète : une citation numérotée, la liste de ses sources et les boutons d’avis. */
export const AnswerWithCitations: Story = {
  name: 'Réponse avec sources',
  play: ({ canvasElement }) => askInStory(canvasElement, 'Comment adhérer à la fédération ?'),
};

/** Une urgence : elle se distingue (icône, « Urgence », bordure épaisse) et propose d’appeler le 15, le 112 ou le 114. */
export const Emergency: Story = {
  name: 'Urgence',
  play: ({ canvasElement }) => askInStory(canvasElement, "J'ai une douleur dans la poitrine"),
};

/** Le serveur ne répond pas : un message clair, la question gardée dans le champ, et « Réessayer ». */
export const Error: Story = {
  name: 'Erreur du serveur',
  args: { endpoint: DOWN_ENDPOINT },
  play: ({ canvasElement }) => askInStory(canvasElement, 'Comment créer une MSP ?'),
};

/** Dans le fil de la page, pour une page de questions fréquentes : ni bouton, ni fenêtre. */
export const Inline: Story = {
  name: 'Dans la page',
  args: { mode: 'inline', suggestions: 'Qu’est-ce qu’une MSP ?|Comment créer une MSP ?|Comment adhérer à la fédération ?' },
};

/** En anglais. */
export const English: Story = {
  name: 'En anglais',
  args: { lang: 'en' },
  play: ({ canvasElement }) => askInStory(canvasElement, 'What is an MSP?'),
};

/** En bas à gauche, remonté au-dessus d’un bandeau de cookies. */
export const AboveACookieBanner: Story = {
  name: 'Au-dessus d’un bandeau de cookies',
  args: { position: 'bottom-left', 'offset-y': '6rem' },
  render: (args, context) => html`${meta.render!(args, context)}
    <div
      role="region"
      aria-label="Cookies"
      style="position: fixed; inset: auto 0 0 0; z-index: 1000; padding: 1rem 1.5rem; background: #1c2321; color: #fff"
    >
      Ce site n’utilise que des cookies nécessaires. <button type="button">J’ai compris</button>
    </div>`,
};
