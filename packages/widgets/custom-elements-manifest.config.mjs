// custom-elements.json: the API of every element (attributes, properties, events, slots, parts,
// CSS custom properties), read by Storybook's autodocs and by editors.
/** The chat element's source, in the assistant package. */
export const ASSISTANT_SOURCE = '../assistant/src/client/msp-assistant.ts';
/**
 * What @msp-kit/widgets ships of the chat element: not its source (the assistant package is not
 * part of it) but its prebuilt CDN file (rollup.config.mjs, `elementEntries`), which defines
 * `<msp-assistant>` and exports `MspAssistant`.
 */
export const ASSISTANT_SHIPPED = 'dist/cdn/msp-assistant.js';

export default {
  // The chat element lives in the assistant package but is documented with the widgets (Storybook's
  // Docs tab reads this manifest); the manifest names the file the package ships for it.
  globs: ['src/**/*.ts', ASSISTANT_SOURCE],
  exclude: ['src/cdn/**', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"): the analyzer must not rewrite it.
  packagejson: false,
  plugins: [litInternalStatePlugin(), shippedAssistantPlugin()],
};

/**
 * The manifest ships in the package, so its paths must be files of the package: the chat element's
 * module becomes the CDN file the package ships for it (every reference to it too), and its
 * superclass, imported from the widgets' sources by a relative path out of the assistant package,
 * is named as the other elements name it (`/src/shared/msp-widget.js`, not `/widgets/src/…`).
 */
function shippedAssistantPlugin() {
  const renamed = { [ASSISTANT_SOURCE]: ASSISTANT_SHIPPED, '/widgets/src/shared/msp-widget.js': '/src/shared/msp-widget.js' };
  const rename = (value) => {
    if (Array.isArray(value)) value.forEach(rename);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string' && Object.hasOwn(renamed, inner)) value[key] = renamed[inner];
        else rename(inner);
      }
    }
  };
  return {
    name: 'msp-kit: the chat element as the package ships it',
    packageLinkPhase({ customElementsManifest }) {
      rename(customElementsManifest);
    },
  };
}

/**
 * Lit's `state: true` declares internal reactive state: Lit gives it no attribute and it is not part
 * of the element's API. The analyzer's Lit support only knows `attribute: false`, so it listed such
 * properties as attributes (and Storybook's Docs tab showed them). This removes those attributes,
 * and the members too when nothing (`private`, `protected`) says they are not public. It runs on
 * each class right after the Lit plugins, before subclasses inherit its attributes.
 */
function litInternalStatePlugin() {
  return {
    name: 'msp-kit: Lit internal state is no attribute',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
      if (!declaration) return;
      const internal = internalStateNames(ts, node);
      if (internal.size === 0) return;
      declaration.attributes = declaration.attributes?.filter((attribute) => !internal.has(attribute.fieldName ?? attribute.name));
      declaration.members = declaration.members?.filter((member) => !(internal.has(member.name) && (member.privacy ?? 'public') === 'public'));
      for (const member of declaration.members ?? []) {
        if (!internal.has(member.name)) continue;
        delete member.attribute;
        delete member.reflects;
      }
    },
  };
}

/** Names of the properties that `static properties` (a field or a getter) declares with `state: true`. */
function internalStateNames(ts, classNode) {
  const names = new Set();
  for (const member of classNode.members) {
    const isStatic = ts.getModifiers?.(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
    if (!isStatic || member.name?.getText() !== 'properties') continue;
    const object = ts.isGetAccessor(member)
      ? member.body?.statements.find(ts.isReturnStatement)?.expression
      : member.initializer;
    if (!object || !ts.isObjectLiteralExpression(object)) continue;
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
      const isState = property.initializer.properties.some(
        (option) =>
          ts.isPropertyAssignment(option) &&
          option.name.getText() === 'state' &&
          option.initializer.kind === ts.SyntaxKind.TrueKeyword,
      );
      if (isState) names.add(property.name.getText());
    }
  }
  return names;
}
