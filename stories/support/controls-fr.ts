/**
 * Storybook only: the rows of a widget story's controls and of its Docs table, in French for the
 * federation staff who read them. Storybook makes a row of each attribute, property, event, slot,
 * CSS custom property and CSS part in custom-elements.json, described by the JSDoc, which stays in
 * English (it also feeds editors and the React types): the stories give each row words of their
 * own, here.
 */
import type { ArgTypes } from '@storybook/web-components-vite';

/** A row's description, or its description and what an empty value (or none) gives. */
export type French = string | readonly [description: string, empty: string];

/** A widget's rows, by kind and by name, as custom-elements.json names them. */
export interface FrenchRows {
  /** Each attribute; its property (`privacy-url` → `privacyUrl`) says the same. */
  attributes: Record<string, French>;
  /** The properties that have no attribute. */
  properties?: Record<string, French>;
  events?: Record<string, French>;
  /** The named slots (Storybook shows no row for the default one). */
  slots?: Record<string, French>;
  cssProperties?: Record<string, French>;
  cssParts?: Record<string, French>;
}

type Kind = keyof FrenchRows;

const CATEGORIES: Record<Kind, string> = {
  attributes: 'Attributs (réglages de la balise)',
  properties: 'Propriétés JavaScript (développeurs)',
  events: 'Événements (développeurs)',
  slots: 'Contenu placé dans la balise (slots)',
  cssProperties: 'Couleurs et dimensions (propriétés CSS)',
  cssParts: 'Parties stylables (CSS ::part)',
};

/** The rows every widget has from its base class (`<msp-site>` has rows of its own). */
const WIDGET_ROWS: FrenchRows = {
  attributes: {
    'time-zone': ['Fuseau horaire de ce widget seulement, au format `Europe/Paris`', 'celui de <msp-site>, sinon celui de la région'],
    region: ['Région de ce widget seulement : jours fériés, fuseau horaire et campagnes de prévention', 'celle de <msp-site>, sinon la métropole'],
    lang: ['Langue de ce widget : `fr` ou `en`', 'celle de la page'],
  },
  properties: {
    settings: 'Les réglages du site que le widget applique : ceux de `<msp-site>`, sauf son propre `time-zone` ou `region`',
    version: 'La version de msp-kit qui a défini la balise',
    locale: 'La langue dans laquelle le widget s’affiche : son `lang`, sinon celle de la page ou de `<msp-site>`',
  },
};

/** A widget's rows with those of its base class (a widget may word one of these its own way). */
export const widgetRows = (rows: FrenchRows): FrenchRows => ({
  ...rows,
  attributes: { ...WIDGET_ROWS.attributes, ...rows.attributes },
  properties: { ...WIDGET_ROWS.properties, ...rows.properties },
});

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  fieldName?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

/**
 * The manifest Storybook makes its rows from, as .storybook/preview.ts gives it (public members
 * only); none outside Storybook (a browser test rendering a story), where there are no rows either.
 */
const storybookManifest = () =>
  (globalThis as { __STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__?: { modules: { declarations?: Declaration[] }[] } }).__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__;

/**
 * The argTypes of a story of `tag`: every row Storybook would make from the manifest, in French,
 * with the same name, type and default. Only the story's own `args` keep a control: the others
 * are there to read (a control the story does not render would change nothing). `own` adds to a
 * row (a control, its options). A row the manifest has and `rows` does not keeps its English and
 * is logged, as is a French row the manifest no longer has: the Storybook test fails on both.
 *
 * Storybook keys every row by its name alone, so that a CSS part named like an attribute
 * (`compact`, `name`) took the attribute's row; here the part's row has a key of its own.
 */
export function frenchControls(tag: string, rows: FrenchRows, args: object, own: ArgTypes = {}): ArgTypes {
  const manifest = storybookManifest();
  if (!manifest) return own;
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
  if (!element) throw new Error(`<${tag}> is not in custom-elements.json (npm run analyze)`);
  const attributes = element.attributes ?? [];
  const withAttribute = new Map(attributes.map((attribute) => [attribute.fieldName, attribute.name]));
  const items: [Kind, Item][] = [
    ...attributes.map((item): [Kind, Item] => ['attributes', item]),
    ...(element.members ?? [])
      .filter((member) => (member.privacy ?? 'public') === 'public' && member.kind !== 'method' && !attributes.some((a) => a.name === member.name))
      .map((item): [Kind, Item] => ['properties', item]),
    ...(element.events ?? []).map((item): [Kind, Item] => ['events', item]),
    ...(element.slots ?? []).filter((slot) => slot.name).map((item): [Kind, Item] => ['slots', item]),
    ...(element.cssProperties ?? []).map((item): [Kind, Item] => ['cssProperties', item]),
    ...(element.cssParts ?? []).map((item): [Kind, Item] => ['cssParts', item]),
  ];
  const argTypes: ArgTypes = {};
  const used = new Set<string>();
  for (const [kind, item] of items) {
    // A property with an attribute says what its attribute says.
    const lookup: [Kind, string] = kind === 'properties' && withAttribute.has(item.name) ? ['attributes', withAttribute.get(item.name)!] : [kind, item.name];
    const french = rows[lookup[0]]?.[lookup[1]];
    if (french) used.add(lookup.join(':'));
    else console.error(`[stories] <${tag}>: no French words for the ${kind} row "${item.name}"`);
    const [description, empty] = typeof french === 'string' ? [french, undefined] : (french ?? [item.description ?? '', undefined]);
    const type = kind === 'attributes' || kind === 'properties' ? item.type?.text : kind === 'slots' ? 'string' : undefined;
    const key = item.name in argTypes ? `${item.name} (${kind})` : item.name;
    // Storybook picks a control by the type's name, and gives a JSON editor to `string | undefined`:
    // an argument's own type (text, yes/no, number) is the better guide.
    const value = typeof (args as Record<string, unknown>)[key];
    const scalar = key in args && (value === 'string' || value === 'boolean' || value === 'number');
    argTypes[key] = {
      name: item.name,
      description,
      type: { name: (scalar ? value : (type ?? 'void')) as 'string' },
      ...(key in args ? {} : { control: false }),
      table: {
        category: CATEGORIES[kind],
        type: { summary: type },
        defaultValue: { summary: empty ?? item.default },
      },
    };
  }
  for (const kind of Object.keys(rows) as Kind[]) {
    for (const name of Object.keys(rows[kind] ?? {})) {
      if (!used.has(`${kind}:${name}`)) console.error(`[stories] <${tag}> has no ${kind} row "${name}" to describe`);
    }
  }
  for (const [key, extra] of Object.entries(own)) {
    argTypes[key] = { ...argTypes[key], ...extra, table: { ...argTypes[key]?.table, ...extra.table } };
  }
  return argTypes;
}
