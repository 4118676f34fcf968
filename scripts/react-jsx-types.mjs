// `@msp-kit/widgets/react-jsx`: React 19 JSX types for every element, written from
// custom-elements.json (`npm run build`, after `analyze`) into packages/widgets/dist/react-jsx.d.ts,
// so that they always list what the manifest lists: a `.tsx` file that imports them may write
// `<msp-newsletter action="/api/newsletter" onmsp-subscribe={…} />` under TypeScript's strict mode.
//
// What React 19 does with a custom element's props decides their types. A prop named like one of the
// element's properties (`value`, `hours`, `showContact`) is set as that property: its type is the
// property's own, read from the element's class. Any other prop (`heading-level`, `privacy-url`) is
// set as an attribute: a string (numbers are written as strings), or a boolean for an attribute that
// is on or off (`true` writes it empty, `false` removes it). `on<event>` adds a listener for
// `<event>`: the handler gets the event the element declares in HTMLElementEventMap.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const widgets = fileURLToPath(new URL('../packages/widgets/', import.meta.url));

/**
 * @typedef {{ name: string, type?: { text: string }, description?: string, fieldName?: string }} Attribute
 * @typedef {{ kind: string, name: string, type?: { text: string }, description?: string, privacy?: string, static?: boolean, readonly?: boolean }} Member
 * @typedef {{ name: string, type?: { text: string }, description?: string }} ElementEvent
 * @typedef {{ kind: string, name: string, tagName?: string, customElement?: boolean, attributes?: Attribute[], members?: Member[], events?: ElementEvent[] }} Declaration
 * @typedef {{ modules: { path: string, declarations?: Declaration[], exports?: { kind: string, name: string }[] }[] }} Manifest
 */

/** A JSDoc comment, from the manifest's description (which may hold `*∕`). */
const doc = (description, indent) =>
  description ? `${indent}/** ${description.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

/** A name as a key of a TypeScript type: quoted when it is no identifier (`heading-level`). */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The type of an attribute's value, from the type the manifest gives its property. */
function attributeType(typeText = '') {
  if (/\bboolean\b/.test(typeText)) return 'boolean';
  if (/\bnumber\b/.test(typeText)) return 'number | string';
  return 'string';
}

/**
 * A property's type when its class has no types to read it from (`<msp-assistant>`, shipped as a
 * prebuilt file): the manifest's, when it is plain (a primitive or a union of string literals).
 */
function plainType(typeText = '') {
  const type = typeText.replace(/\s*\|\s*undefined$/, '');
  if (/^(boolean|number|string)$/.test(type) || /^'[^']*'(\s*\|\s*'[^']*')*$/.test(type)) return type;
  return attributeType(typeText);
}

/**
 * The d.ts of `@msp-kit/widgets/react-jsx` for a manifest. The module of an element analysed from
 * `src/` has its types in `dist/` (same path, `.d.ts`); any other module (the chat element's CDN
 * file) has none, so its element is typed as an `HTMLElement` from what the manifest says.
 * @param {Manifest} manifest
 */
export function reactJsxTypes(manifest) {
  const imports = [];
  const elements = [];
  for (const module of manifest.modules) {
    const typed = module.path.startsWith('src/');
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      if (typed && !module.exports?.some((e) => e.kind === 'js' && e.name === declaration.name)) {
        throw new Error(`${module.path} does not export ${declaration.name}, the class of <${declaration.tagName}>`);
      }
      if (typed) imports.push(`import type { ${declaration.name} } from './${module.path.slice('src/'.length).replace(/\.ts$/, '.js')}';`);
      elements.push({ declaration, typed });
    }
  }
  elements.sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));

  const entries = elements.map(({ declaration, typed }) => {
    const className = typed ? declaration.name : 'HTMLElement';
    const propertyType = (name, typeText) => (typed ? `${className}['${name}']` : plainType(typeText));
    const props = new Map();
    for (const attribute of declaration.attributes ?? []) {
      const isProperty = attribute.fieldName === attribute.name;
      const type = isProperty ? propertyType(attribute.name, attribute.type?.text) : attributeType(attribute.type?.text);
      props.set(attribute.name, { type, description: attribute.description });
    }
    for (const member of declaration.members ?? []) {
      const settable = member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public';
      if (!settable || props.has(member.name)) continue;
      props.set(member.name, { type: propertyType(member.name, member.type?.text), description: member.description });
    }
    for (const event of declaration.events ?? []) {
      const fallback = event.type?.text?.startsWith('CustomEvent') ? 'CustomEvent' : 'Event';
      props.set(`on${event.name}`, { type: `(event: EventOf<'${event.name}', ${fallback}>) => void`, description: event.description });
    }
    const indent = ' '.repeat(10);
    const lines = [...props].map(([name, { type, description }]) => `${doc(description, indent)}${indent}${key(name)}?: ${type};`);
    return `      '${declaration.tagName}': ElementProps<\n        ${className},\n        {\n${lines.join('\n')}\n        }\n      >;`;
  });

  return `// Generated by scripts/react-jsx-types.mjs from custom-elements.json: do not edit.
// React 19 JSX types for the msp-kit elements. In one file of a React + TypeScript app:
//   import type {} from '@msp-kit/widgets/react-jsx';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports.join('\n')}

/** What a handler of \`Name\` gets: the event the element declares in HTMLElementEventMap, or else \`Fallback\`. */
type EventOf<Name extends string, Fallback extends Event> = Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : Fallback;

/** The element's own props, then React's usual ones (\`key\`, \`ref\`, \`children\`, \`className\`, \`style\`, \`slot\`…). */
type ElementProps<E extends HTMLElement, Own> = Own & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}

export {};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${widgets}custom-elements.json`, 'utf8'));
  mkdirSync(`${widgets}dist`, { recursive: true });
  writeFileSync(`${widgets}dist/react-jsx.d.ts`, reactJsxTypes(manifest));
  // A module to resolve to when a bundler meets `import '@msp-kit/widgets/react-jsx'`: it holds nothing.
  writeFileSync(`${widgets}dist/react-jsx.js`, '// Types only: see react-jsx.d.ts.\nexport {};\n');
}
