/**
 * Messages typed on a phone: "bjr jsuis infirmiere, c koi les avantages ?". The search and the
 * clause rules (focus.ts) know the words spelled out: "bjr" is no subject to search but a greeting,
 * "jsuis" presents the writer, "koi" asks. {@link spellOut} writes the usual SMS spellings out
 * before a message is searched. The safety gate has its own list (safety/normalize.ts) and reads the
 * message as typed.
 */

/** SMS spellings and their words. A Map: "constructor" in a message must not find Object's methods. */
const SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Greetings.
    bjr: 'bonjour',
    bjour: 'bonjour',
    bsr: 'bonsoir',
    slt: 'salut',
    // Who is writing.
    jsuis: 'je suis',
    jsui: 'je suis',
    chui: 'je suis',
    chuis: 'je suis',
    jss: 'je suis',
    g: "j'ai",
    jai: "j'ai",
    jvoudrais: 'je voudrais',
    jaimerais: "j'aimerais",
    jcherche: 'je cherche',
    jpeux: 'je peux',
    jveux: 'je veux',
    // What asks.
    c: "c'est",
    koi: 'quoi',
    kwa: 'quoi',
    pk: 'pourquoi',
    pq: 'pourquoi',
    pkoi: 'pourquoi',
    cmt: 'comment',
    cmnt: 'comment',
    cb: 'combien',
    cbien: 'combien',
    qd: 'quand',
    kan: 'quand',
    kel: 'quel',
    kelle: 'quelle',
    ke: 'que',
    ki: 'qui',
    keske: "qu'est-ce que",
    kesk: "qu'est-ce que",
    ya: 'il y a',
    // Small words.
    ds: 'dans',
    vs: 'vous',
    ns: 'nous',
    pr: 'pour',
    tt: 'tout',
    tte: 'toute',
    tts: 'tous',
    bcp: 'beaucoup',
    dc: 'donc',
    mm: 'même',
    pcq: 'parce que',
    pck: 'parce que',
    psk: 'parce que',
    tjrs: 'toujours',
    tjs: 'toujours',
    mtn: 'maintenant',
    qqch: 'quelque chose',
    qqc: 'quelque chose',
    qqn: "quelqu'un",
    dsl: 'désolé',
    pb: 'problème',
    jsp: 'je ne sais pas',
  }),
);

/**
 * The message with its SMS spellings written out ("bjr jsuis kiné, c koi" → "bonjour je suis kiné,
 * c'est quoi"); other words, case and punctuation as typed. A one-letter spelling after a number
 * stays ("39 c", "20 g"). Spelling out twice changes nothing more.
 */
export function spellOut(text: string): string {
  // "on est 3 avc 1 généraliste": "avec" before a count (the pages that name strokes say "les AVC").
  return text.replace(/(?<![\p{L}\p{N}])avc(?=\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s)/giu, 'avec').replace(/(?<![\p{L}\p{N}'’-])(\p{L}+)(?![\p{L}\p{N}'’-])/gu, (word, _w, offset: number) => {
    const full = SHORTHAND.get(word.toLowerCase());
    if (full === undefined) return word;
    if (word.length === 1 && /\d\s*$/u.test(text.slice(0, offset))) return word;
    return full;
  });
}
