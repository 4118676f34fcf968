/**
 * Parser for OpenStreetMap `opening_hours` values
 * (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification), producing rules
 * ready for evaluation. Every error and warning carries a character position and a message in
 * English, and in French once syntax-fr.ts is loaded (the engine's entry loads it).
 */
import { civil, dayNumber, type Field, HOLIDAY, MD, NTH, NTH_LAST, WD, WEEK, Y, YMD } from './calendar.js';

/**
 * Values `first` to `last` of a field of `DayInfo` (its index), every `step` (default 1):
 * `[WEEK, 2, 52, 2]`; `first` after `last` wraps around (`Fr-Mo`, yearly dates over New Year).
 */
export type Range = [Field, number, number, number?];

/** A tolerated deviation from the specification, e.g. `8:00` for `08:00`. */
export interface ParseWarning {
  /** Index in the value of the character concerned (0-based). */
  position: number;
  messageFr: string;
  messageEn: string;
}

/** Thrown by `parseOpeningHours` for values it cannot read. `message` is the English text. */
export class OpeningHoursSyntaxError extends SyntaxError {
  /** Index in the value of the offending character (0-based). */
  readonly position: number;
  readonly messageFr: string;
  readonly messageEn: string;

  constructor(position: number, messageFr: string, messageEn: string) {
    super(messageEn);
    this.name = 'OpeningHoursSyntaxError';
    this.position = position;
    this.messageFr = messageFr;
    this.messageEn = messageEn;
  }
}

/**
 * A time span: [start, end, open end], in minutes after the midnight of the day it starts on (the
 * end may exceed 1440, till 2880). An open end (`18:00+`) has a guessed end: the state is unknown.
 */
export type Span = [number, number, boolean?];

/** Rule state: 0 closed, 1 open, 2 unknown. */
export type StateCode = 0 | 1 | 2;

/**
 * One rule of a value, e.g. `Mo-Fr 08:00-12:00` in `Mo-Fr 08:00-12:00; PH off`, as a tuple read by
 * destructuring (shorter once minified than an object's property names).
 */
export type Rule = [
  /**
   * The rule's selectors (years, dates, weeks, weekdays with `PH`, `PH` on weekdays): a day
   * must be in one of the ranges of each.
   */
  tests: Range[][],
  /** Whether `PH` is among the selectors (the holiday's name then comments the rule). */
  ph: boolean,
  state: StateCode,
  /** First or after `;`: overrides the previous rules for the days it selects (unless it closes); after `,` it adds to them. */
  override: boolean,
  /** After `||` (and after `,` following it): applies only where the previous rules leave the place closed. */
  fallback: boolean,
  /** Spans on a selected day (the whole day when the rule has no time); parts past midnight fall on the next day. */
  spans: Span[],
  comment: string | undefined,
];

/** Result of `parse`: [rules, warnings]. */
export type Parsed = [Rule[], ParseWarning[]];

/** Keywords by lower-case spelling: [token kind, value, canonical spelling]. */
const KEYWORDS = new Map<string, [Kind, number, string]>();
for (const [k, words] of [
  ['D', 'Mo Tu We Th Fr Sa Su'],
  ['M', 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'],
  ['S', 'closed open unknown off'], // `off` (3) is `closed` (0)
  ['H', 'PH'],
  ['W', 'week'],
  // Valid syntax this engine does not evaluate, reported as such rather than as unknown words.
  ['u', 'SH easter sunrise sunset dawn dusk day'],
] as const) {
  words.split(' ').forEach((word, x) => KEYWORDS.set(word.toLowerCase(), [k, k === 'M' ? x + 1 : x % (k === 'S' ? 3 : 7), word]));
}

/**
 * The parser's messages in English, by code, then how a spelling is corrected and the quotes
 * around the text a message is about (`Unknown word "Fx"`). The French ones (syntax-fr.ts) come
 * with the engine's entry, which its users import; `<msp-opening-hours>`, which shows words of its
 * own, leaves them out.
 */
const ENGLISH = [
  'Unexpected end',
  'Unterminated comment',
  'Unexpected',
  'Unknown word',
  'Unsupported',
  'Missing end time after',
  'Invalid value',
  'Reversed range',
  'Trailing semicolon ignored',
  ': write',
  '"',
  '"',
];
// Message codes: indexes in the messages, up to the spelling warning ("`text`: write `good`").
const END = 0;
const UNTERMINATED = 1;
const UNEXPECTED = 2;
const UNKNOWN_WORD = 3;
const UNSUPPORTED = 4;
const NO_END = 5;
const INVALID = 6;
const REVERSED = 7;
const TRAILING = 8;
const SPELLING = 9;

/** The French messages, in the order of `ENGLISH`, once syntax-fr.ts has set them; until then, `messageFr` repeats the English. */
export const french: { messages?: readonly string[] } = {};

/** [French, English] */
type Words = [string, string];

/** The words of message `code`, quoting `text` if given (and `good`, the right spelling). */
const say = (code: number, text?: string, good?: string): Words =>
  [french.messages ?? ENGLISH, ENGLISH].map((words) => {
    const quote = (quoted?: string): string => `${words[10]}${quoted}${words[11]}`;
    return code === SPELLING ? `${quote(text)}${words[code]} ${quote(good)}` : text === undefined ? words[code] : `${words[code]} ${quote(text)}`;
  }) as Words;

const fail = (position: number, code: number, text?: string): never => {
  throw new OpeningHoursSyntaxError(position, ...say(code, text));
};

/** Days in `month` of `year` (of a leap year when `year` is 0, for dates repeating every year). */
const monthLength = (year: number, month: number): number => civil(dayNumber(year || 2000, month + 1, 0))[2];

/**
 * Token kinds: n number, t time, D weekday, M month, S state, H `PH`, W `week`, A `24/7`,
 * u unsupported word, w other word, c comment, e end; punctuation is its own kind (`|` for `||`).
 */
type Kind = string;

/**
 * A token: [kind, text as written (times as `HH:MM`, dashes as `-`), position in the value,
 * value (number, minutes of a time, index of a weekday from 0 = Monday, month 1–12 or state)].
 */
type Token = [Kind, string, number, number];
const KIND = 0;
const TEXT = 1;
const AT = 2;
const VALUE = 3;

// Groups: 1 spaces, 2 `24/7`, 3-4 time (hour, minutes), 5 number, 6 word, 7 comment,
// 8 punctuation, 9 any other character (or nothing at the end).
const LEXEME = /(\s*)(?:(24\/7)|(\d{1,2})(?:[:.hH](\d\d)|[hH](?![\p{L}\d]))|(\d+)|(\p{L}+)|"([^"]*)"|(\|\||[-–—,;:+/[\]])|([^]?))/guy;

/** Parses an `opening_hours` value. @throws OpeningHoursSyntaxError */
export function parse(value: string): Parsed {
  const warnings: ParseWarning[] = [];
  const warn = (position: number, [messageFr, messageEn]: Words): number => warnings.push({ position, messageFr, messageEn });
  /** A tolerated spelling (`8:00`, `12h`, `mo`, `–`) is read as the canonical one, with a warning. */
  const spelling = (p: number, bad: string, good: string): unknown =>
    bad !== good && warn(p, say(SPELLING, bad, good));

  const tokens: Token[] = [];
  let at = 0;
  for (const [all, space, always, hour, minutes = '00', number, word, comment, punct, other] of value.matchAll(LEXEME)) {
    const p = at + (space as string).length;
    at += all.length;
    let k: Kind = 'A';
    let v = always as string;
    let x = 0;
    if (hour) {
      k = 't';
      v = `${hour.padStart(2, '0')}:${minutes}`;
      x = +hour * 60 + +minutes;
      spelling(p, all.trimStart(), v);
      if (+minutes > 59) fail(p, INVALID, v);
    } else if (number) {
      k = 'n';
      x = +(v = number);
    } else if (word) {
      let good;
      [k, x, good] = KEYWORDS.get(word.toLowerCase()) ?? ['w', 0, word];
      spelling(p, (v = word), good);
    } else if (comment !== undefined) {
      k = 'c';
      v = comment;
    } else if (punct) {
      k = (v = punct.replace(/[–—]/, '-'))[0] as string;
      spelling(p, punct, v);
    } else if (!always) {
      if (other === '"') fail(p, UNTERMINATED);
      if (other) fail(p, other === '(' ? UNSUPPORTED : UNEXPECTED, other);
      // The end, three times: the parser looks up to two tokens ahead.
      const end: Token = ['e', '', p, x];
      tokens.push(end, end, end);
      break;
    }
    tokens.push([k, v, p, x]);
  }

  let i = 0;
  const peek = (ahead = 0): Token => tokens[i + ahead] as Token;
  const next = (): Token => tokens[i++] as Token;
  const is = (k: Kind, ahead = 0): boolean => peek(ahead)[KIND] === k;
  const eat = (k: Kind): boolean => is(k) && !!next();
  const isYear = (ahead = 0): boolean => is('n', ahead) && peek(ahead)[TEXT].length === 4;
  const unexpected = ([k, v, p] = peek()): never =>
    k === 'e' ? fail(p, END) : fail(p, k === 'w' ? UNKNOWN_WORD : k === 'u' ? UNSUPPORTED : UNEXPECTED, v);
  /** The value of the next token, of kind `k`, between `min` and `max`. */
  const take = (k: Kind, min = 0, max = 9999): number => {
    const [, v, p, x] = is(k) ? next() : unexpected();
    return x < min || x > max ? fail(p, INVALID, v) : x;
  };
  const year = (): number => take('n', 1900);
  /**
   * `a[-b[/step]]` lists of years (`2026-2028`, `2030+`) or of ISO weeks (`week 02-52/2`), as
   * ranges of that field of a day.
   */
  const ranges = (field: typeof Y | typeof WEEK): Range[] => {
    const years = field === Y;
    const item = years ? year : () => take('n', 1, 53);
    const list: Range[] = [];
    do {
      const at = peek()[AT];
      const a = item();
      let b = a;
      let step = 1;
      if (years && eat('+')) b = Infinity;
      else if (eat('-')) {
        b = item();
        if (b < a) fail(at, REVERSED);
        if (eat('/')) step = take('n', 1, 99);
      }
      list.push([field, a, b, step]);
    } while (is(',') && is('n', 1) && isYear(1) === years && next());
    return list;
  };

  /**
   * Month-day selectors: `Jan-Mar`, `Dec 24`, `Aug 01-15`, `2026 Dec 24-2027 Jan 02`, as ranges of
   * `YMD` of `DayInfo` (of `MD` without a year; then the end may come before the start, over
   * New Year).
   */
  const dates = (): Range[] => {
    const list: Range[] = [];
    do {
      const at = peek()[AT];
      const y = isYear() ? year() : 0;
      const m = take('M');
      let y2 = 0;
      let m2 = m;
      let d1 = 0; // 0: the whole month
      let d2 = 0;
      if (is('n')) {
        d1 = d2 = take('n', 1, 31);
        if (eat('-')) {
          if (y && isYear()) y2 = year();
          if (is('M')) m2 = take('M');
          d2 = take('n', 1, 31);
        }
      } else if (is('-') && is('M', 1)) {
        next();
        m2 = take('M');
      }
      const a = y * 512 + m * 32 + (d1 || 1);
      let b = (y2 || y) * 512 + m2 * 32 + (d2 || 31);
      // Without a second year, `2026 Nov-Feb` and `2026 Dec 24-Jan 02` end the year after.
      if (y && b < a && !y2) b += 512;
      if (y && b < a) fail(at, REVERSED);
      if (d1 > monthLength(y, m) || d2 > monthLength(b >> 9, m2)) fail(at, INVALID, value.slice(at, peek()[AT]).trim());
      list.push([y ? YMD : MD, a, b]);
    } while (is(',') && (is('M', 1) || (isYear(1) && is('M', 2))) && next());
    return list;
  };

  /** One rule. */
  const rule = (override: boolean, fallback: boolean): Rule => {
    const first = i;
    const tests: Range[][] = [];
    if (isYear() && !is('M', 1)) tests.push(ranges(Y));
    if (is('M') || (isYear() && is('M', 1))) tests.push(dates());
    if (eat('W')) tests.push(ranges(WEEK));
    if (i > first) eat(':');

    // Weekdays, nth weekdays (`Sa[1,3]`, `Mo[-1]`) and `PH`: `Sa,PH` selects both, `PH Mo-Fr` the
    // holidays falling on those weekdays.
    /** No `+1 day` / `-1 day` after a holiday or an nth weekday. */
    const noOffset = (): void => {
      if (is('+') || is('-')) fail(peek()[AT], UNSUPPORTED, `${next()[TEXT]}${peek()[TEXT]} day`);
    };
    /** A list of weekdays, weekday ranges, nth weekdays, and `PH` if `holidays`. */
    const days = (holidays: boolean): Range[] => {
      const list: Range[] = [];
      do {
        if (eat('H')) {
          list.push([HOLIDAY, 1, 1]);
          noOffset();
          continue;
        }
        const a = take('D');
        if (eat('-')) list.push([WD, a, take('D')]);
        else if (eat('[')) {
          do {
            const fromEnd = eat('-');
            const k = take('n', 1, 5);
            list.push([fromEnd ? NTH_LAST : NTH, a * 8 + k, a * 8 + (!fromEnd && eat('-') ? take('n', k, 5) : k)]);
          } while (eat(','));
          take(']');
          noOffset();
        } else list.push([WD, a, a]);
      } while (is(',') && (is('D', 1) || (holidays && is('H', 1))) && next());
      return list;
    };
    if (is('D') || is('H')) {
      const list = days(true);
      tests.push(list);
      if (list.every(([field]) => field === HOLIDAY) && is('D')) tests.push(days(false));
    }

    // Times: `08:00-12:00,14:00-19:00`, `20:00-02:00`, `18:00+`, `14:00-17:00+`, `24/7`.
    const spans: Span[] = [];
    if (is('t') || is('A')) {
      do {
        if (eat('A')) {
          spans.push([0, 1440]);
          continue;
        }
        const [, startText, startAt] = peek();
        const s = take('t', 0, 1439);
        let e = s; // where an open end starts
        if (eat('-')) {
          const end = take('t', 0, 2880);
          spans.push([s, (e = end <= s ? end + 1440 : end)]);
        } else if (!is('+')) fail(startAt, NO_END, startText);
        // Open end: until midnight when starting before 17:00, else 10 hours (8 from 22:00), as opening_hours.js.
        if (eat('+')) spans.push([e, Math.min(2880, e < 1020 ? 1440 : e + (e < 1320 ? 600 : 480)), true]);
      } while (is(',') && is('t', 1) && next());
    }

    const selectors = i;
    let state: StateCode = 1;
    let comment: string | undefined;
    if (is('S')) state = next()[VALUE] as StateCode;
    if (is('c')) {
      comment = next()[TEXT] || undefined;
      if (i - selectors < 2) state = 2; // a comment without a state means unknown (specification)
    }
    // Nothing, or a `,` after selectors only (`Mo, 10:00-12:00`): a `,` separates rules only after a time or a modifier.
    if (i === first || (is(',') && i === selectors && !spans.length)) unexpected();
    if (!spans.length) spans.push([0, 1440]);
    return [tests, tests.some((list) => list.some(([field]) => field === HOLIDAY)), state, override, fallback, spans, comment];
  };

  const rules: Rule[] = [];
  let override = true;
  let fallback = false;
  for (;;) {
    rules.push(rule(override, fallback));
    const t = next();
    const [k, , p] = t;
    if (k === 'e') break;
    override = k === ';';
    if (override) {
      fallback = false;
      if (is('e')) {
        warn(p, say(TRAILING));
        break;
      }
    } else if (k === '|') fallback = true;
    else if (k !== ',') unexpected(t);
  }
  // Warnings come in order: the lexer's first, then the final semicolon.
  return [rules, warnings];
}
