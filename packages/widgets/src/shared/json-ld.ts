// Writing a <script> element's text is a Trusted Types sink: on a page that requires Trusted Types
// it needs a policy, which the page must allow by name (`trusted-types msp-kit`).
type ScriptPolicy = { createScript(text: string): unknown };
const key = Symbol.for('msp-kit.trusted-types');
const page = globalThis as {
  [key]?: ScriptPolicy | null;
  trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy };
};

/**
 * The page's one `msp-kit` policy, shared by every copy of msp-kit (a policy name can only be
 * created once), or null when the page refuses it. It is safe to share because it only lets JSON
 * through, and JSON run as a script can do nothing.
 */
const policy = () => {
  if (page[key] === undefined) {
    try {
      page[key] = page.trustedTypes?.createPolicy('msp-kit', { createScript: (text) => (JSON.parse(text), text) }) ?? null;
    } catch {
      page[key] = null;
    }
  }
  return page[key];
};

/**
 * Keeps a JSON-LD block with `json` in `host`'s light DOM, where search engines read it, reusing
 * `script`. Returns the script, or undefined (and warns) when the page's Trusted Types policy
 * refuses it: the widget itself works on.
 */
export function writeJsonLd(
  host: Element,
  script: HTMLScriptElement | undefined,
  json: string,
  warn: (message: string) => void,
): HTMLScriptElement | undefined {
  script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
  try {
    if (script.textContent !== json) script.textContent = (policy()?.createScript(json) ?? json) as string;
  } catch {
    warn("structured-data: this page's Content-Security-Policy requires Trusted Types; add msp-kit to its trusted-types list to publish the JSON-LD");
    script.remove();
    return undefined;
  }
  if (script.parentNode !== host) host.append(script);
  return script;
}
