/**
 * Parser for OpenStreetMap `opening_hours` values
 * (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification), producing rules
 * ready for evaluation. Every error and warning carries a character position and a message in
 * French and in English.
 */
import { dayNumber } from './calendar.js';

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

/** A time span in minutes after the midnight of the day it starts on; `e` may exceed 1440. */
export interface Span {
  s: number;
  e: number;
  /** Open end (`18:00+`): the closing time is a guess, the state is unknown. */
  o: boolean;
}

/** An inclusive range of numbers (years, ISO weeks), every `step`-th value matching. */
export interface NumberRange {
  a: number;
  b: number;
  step: number;
}

/**
 * An inclusive range of dates, as `year * 512 + month * 32 + day` with `abs`, else as
 * `month * 32 + day` of a date repeating every year (then `b < a` wraps over New Year).
 */
export interface DateRange {
  a: number;
  b: number;
  abs: boolean;
}

/** Rule state: 0 closed, 1 open, 2 unknown. */
export type StateCode = 0 | 1 | 2;

/** One rule of a value, e.g. `Mo-Fr 08:00-12:00` in `Mo-Fr 08:00-12:00; PH off`. */
export interface Rule {
  years: NumberRange[];
  dates: DateRange[];
  weeks: NumberRange[];
  /** Bit mask of weekdays (bit 0 = Monday); 0 when no weekday is given. */
  days: number;
  /** Per weekday, the ranks selected with `[…]` (see `DayInfo.rank`); empty when none. */
  nth: number[];
  /** 0: no `PH`; 1: `PH` or the weekdays (`Sa,PH`); 2: `PH` falling on the weekdays (`PH Mo-Fr`). */
  ph: 0 | 1 | 2;
  /** Time spans; empty means the whole day. */
  spans: Span[];
  state: StateCode;
  comment: string | undefined;
  /** After `,`: adds to the previous rules instead of overriding them for the day. */
  additional: boolean;
  /** After `||`: applies only where the previous rules leave the place closed. */
  fallback: boolean;
}

/** Result of `parse`. */
export interface Parsed {
  rules: Rule[];
  warnings: ParseWarning[];
}

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Keywords by lower-case spelling: [token kind, value, canonical spelling]. */
const KEYWORDS = new Map<string, [Kind, number, string]>();
for (const [k, list] of [
  ['D', WEEKDAYS],
  ['M', MONTHS],
  ['S', ['closed', 'open', 'unknown', 'off']], // `off` (3) is `closed` (0)
  ['H', ['PH']],
  ['W', ['week']],
] as const) {
  list.forEach((word, x) => KEYWORDS.set(word.toLowerCase(), [k, k === 'M' ? x + 1 : x % (k === 'S' ? 3 : 7), word]));
}
/** Valid syntax this engine does not evaluate, reported as such rather than as unknown words. */
const UNSUPPORTED = /^(SH|easter|sunrise|sunset|dawn|dusk|day)$/i;

/** An error message in French and English; the offending text, if any, is quoted after it. */
type Message = readonly [string, string];
const END: Message = ['Fin inattendue', 'Unexpected end'];
const UNTERMINATED: Message = ['Commentaire non fermé', 'Unterminated comment'];
const UNEXPECTED: Message = ['Inattendu', 'Unexpected'];
const UNKNOWN_WORD: Message = ['Mot inconnu', 'Unknown word'];
const NOT_SUPPORTED: Message = ['Non pris en charge', 'Unsupported'];
const NO_END: Message = ['Heure de fin manquante après', 'Missing end time after'];
const INVALID: Message = ['Valeur invalide', 'Invalid value'];
const REVERSED: Message = ['Plage inversée', 'Reversed range'];

const fail = (position: number, [fr, en]: Message, text?: string): never => {
  throw new OpeningHoursSyntaxError(
    position,
    text === undefined ? fr : `${fr} « ${text} »`,
    text === undefined ? en : `${en} "${text}"`,
  );
};

/** Days in `month` of `year` (of a leap year when `year` is 0, for dates repeating every year). */
const monthLength = (year: number, month: number): number =>
  dayNumber(year || 2000, month + 1, 1) - dayNumber(year || 2000, month, 1);

/**
 * Token kinds: n number, t time, D weekday, M month, S state, H `PH`, W `week`, A `24/7`,
 * w other word, c comment, e end; punctuation is its own kind (`|` for `||`).
 */
type Kind = string;

interface Token {
  k: Kind;
  /** Text as written (times as `HH:MM`, dashes as `-`). */
  v: string;
  /** Position in the value. */
  p: number;
  /** Value: number, minutes of a time, index of a weekday (0 = Monday), month (1–12) or state. */
  x: number;
}

const LEXEME = /(\s*)(?:(24\/7)|(\d{1,2})(?:([:.hH])(\d\d)|[hH](?![\p{L}\d]))|(\d+)|(\p{L}+)|"([^"]*)"|(\|\||[-–—,;:+/[\]]))/uy;

/** Splits `value` into tokens; tolerated spellings are normalized with a warning. */
function lex(value: string, warn: (p: number, bad: string, good: string) => void): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (;;) {
    LEXEME.lastIndex = at;
    const m = LEXEME.exec(value);
    if (!m) {
      while (/\s/.test(value[at] ?? '')) at++;
      const c = value[at];
      if (c === undefined) break;
      return fail(at, c === '"' ? UNTERMINATED : c === '(' ? NOT_SUPPORTED : UNEXPECTED, c === '"' ? undefined : c);
    }
    const p = at + (m[1] as string).length;
    at = LEXEME.lastIndex;
    // Groups: 2 `24/7`, 3-5 time (hour, separator, minutes), 6 number, 7 word, 8 comment, 9 punctuation.
    const [hour, minutes = '00', word = '', punct = ''] = [m[3], m[5], m[7], m[9]];
    let token: Token;
    if (m[2]) token = { k: 'A', v: m[2], p, x: 0 };
    else if (hour) {
      const good = `${hour.padStart(2, '0')}:${minutes}`;
      if (hour.length < 2 || m[4] !== ':') warn(p, value.slice(p, at), good);
      if (+minutes > 59) fail(p, INVALID, good);
      token = { k: 't', v: good, p, x: +hour * 60 + +minutes };
    } else if (m[6]) token = { k: 'n', v: m[6], p, x: +m[6] };
    else if (m[8] !== undefined) token = { k: 'c', v: m[8], p, x: 0 };
    else if (punct) {
      const v = punct.replace(/[–—]/, '-');
      if (v !== punct) warn(p, punct, v);
      token = { k: v[0] as string, v, p, x: 0 };
    } else {
      const [k, x, canonical] = KEYWORDS.get(word.toLowerCase()) ?? ['w', 0, word];
      if (canonical !== word) warn(p, word, canonical);
      token = { k, v: word, p, x };
    }
    tokens.push(token);
  }
  tokens.push({ k: 'e', v: '', p: value.length, x: 0 });
  return tokens;
}

/** Parses an `opening_hours` value. @throws OpeningHoursSyntaxError */
export function parse(value: string): Parsed {
  const warnings: ParseWarning[] = [];
  const tokens = lex(value, (position, bad, good) =>
    warnings.push({ position, messageFr: `« ${bad} » : écrire « ${good} »`, messageEn: `"${bad}": write "${good}"` }),
  );
  let i = 0;
  const peek = (ahead = 0): Token => tokens[Math.min(i + ahead, tokens.length - 1)] as Token;
  const next = (): Token => tokens[i++] as Token;
  const is = (k: Kind, ahead = 0): boolean => peek(ahead).k === k;
  const eat = (k: Kind): boolean => is(k) && !!next();
  const isYear = (ahead = 0): boolean => is('n', ahead) && peek(ahead).v.length === 4;
  const unexpected = (t = peek()): never =>
    t.k === 'e'
      ? fail(t.p, END)
      : fail(t.p, t.k !== 'w' ? UNEXPECTED : UNSUPPORTED.test(t.v) ? NOT_SUPPORTED : UNKNOWN_WORD, t.v);
  /** The value of the next token, of kind `k`, between `min` and `max`. */
  const take = (k: Kind, min = 0, max = 9999): number => {
    const t = is(k) ? next() : unexpected();
    return t.x < min || t.x > max ? fail(t.p, INVALID, t.v) : t.x;
  };
  const year = (): number => take('n', 1900);
  /** `a[-b[/step]]` lists, for years (`2026-2028`, `2030+`) and weeks (`week 02-52/2`). */
  const ranges = (item: () => number, years: boolean): NumberRange[] => {
    const list: NumberRange[] = [];
    do {
      const at = peek().p;
      const a = item();
      let b = a;
      let step = 1;
      if (years && eat('+')) b = Infinity;
      else if (eat('-')) {
        b = item();
        if (b < a) fail(at, REVERSED);
        if (eat('/')) step = take('n', 1, 99);
      }
      list.push({ a, b, step });
    } while (is(',') && is('n', 1) && isYear(1) === years && next());
    return list;
  };

  /** Month-day selectors: `Jan-Mar`, `Dec 24`, `Aug 01-15`, `2026 Dec 24-2027 Jan 02`. */
  const dates = (): DateRange[] => {
    const list: DateRange[] = [];
    do {
      const at = peek().p;
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
      if (d1 > monthLength(y, m) || d2 > monthLength(b >> 9, m2)) fail(at, INVALID, value.slice(at, peek().p).trim());
      list.push({ a, b, abs: y > 0 });
    } while (is(',') && (is('M', 1) || (isYear(1) && is('M', 2))) && next());
    return list;
  };

  /** No `+1 day` / `-1 day` after a holiday or an nth weekday. */
  const noOffset = (): void => {
    if (is('+') || is('-')) fail(peek().p, NOT_SUPPORTED, `${next().v}${peek().v} day`);
  };
  /** A weekday with its `[…]` ranks, a weekday range, or `PH`, added to `rule`. */
  const dayItem = (rule: Rule): void => {
    if (eat('H')) {
      rule.ph = 1;
      return noOffset();
    }
    const a = take('D');
    if (eat('-')) {
      const b = take('D');
      for (let d = a; ; d = (d + 1) % 7) {
        rule.days |= 1 << d;
        if (d === b) break;
      }
    } else if (eat('[')) {
      let ranks = 0;
      do {
        const negative = eat('-');
        const k = take('n', 1, 5);
        const to = !negative && eat('-') ? take('n', k, 5) : k;
        for (let r = k; r <= to; r++) ranks |= 1 << (negative ? 4 + r : r - 1);
      } while (eat(','));
      take(']');
      rule.nth[a] = (rule.nth[a] ?? 0) | ranks;
      noOffset();
    } else rule.days |= 1 << a;
  };

  /** Time selector: `08:00-12:00,14:00-19:00`, `20:00-02:00`, `18:00+`, `14:00-17:00+`, `24/7`. */
  const times = (spans: Span[]): void => {
    do {
      if (eat('A')) {
        spans.push({ s: 0, e: 1440, o: false });
        continue;
      }
      const start = peek();
      let s = take('t', 0, 1439);
      if (eat('-')) {
        const end = take('t', 0, 2880);
        const e = end <= s ? end + 1440 : end;
        spans.push({ s, e, o: false });
        if (!eat('+')) continue;
        s = e;
      } else if (!eat('+')) fail(start.p, NO_END, start.v);
      // Open end: until midnight when starting before 17:00, else 10 hours (8 from 22:00), as opening_hours.js.
      spans.push({ s, e: Math.min(2880, s < 1020 ? 1440 : s + (s < 1320 ? 600 : 480)), o: true });
    } while (is(',') && is('t', 1) && next());
  };

  /** One rule, and whether a `,` may follow it as an additional-rule separator. */
  const rule = (additional: boolean, fallback: boolean): [Rule, boolean] => {
    const first = i;
    const r: Rule = { years: [], dates: [], weeks: [], days: 0, nth: [], ph: 0, spans: [], state: 1, comment: undefined, additional, fallback };
    if (isYear() && !is('M', 1)) r.years = ranges(year, true);
    if (is('M') || (isYear() && is('M', 1))) r.dates = dates();
    if (eat('W')) r.weeks = ranges(() => take('n', 1, 53), false);
    if (i > first) eat(':');
    if (is('D') || is('H')) {
      do dayItem(r);
      while (is(',') && (is('D', 1) || is('H', 1)) && next());
      // `PH Mo-Fr`: holidays falling on those weekdays only.
      if (r.ph && !r.days && !r.nth.length && is('D')) {
        r.ph = 2;
        do dayItem(r);
        while (is(',') && is('D', 1) && next());
      }
    }
    if (is('t') || is('A')) times(r.spans);
    const selectors = i;
    if (is('S')) r.state = next().x as StateCode;
    if (is('c')) {
      r.comment = next().v || undefined;
      if (i - selectors < 2) r.state = 2; // a comment without a state means unknown (specification)
    }
    if (i === first) unexpected();
    return [r, i > selectors || r.spans.length > 0];
  };

  const rules: Rule[] = [];
  let additional = false;
  let fallback = false;
  for (;;) {
    const [r, commaOk] = rule(additional, fallback);
    rules.push(r);
    const t = next();
    if (t.k === 'e') break;
    additional = t.k === ',' && commaOk;
    if (t.k === ';') {
      fallback = false;
      if (is('e')) {
        warnings.push({ position: t.p, messageFr: 'Point-virgule final ignoré', messageEn: 'Trailing semicolon ignored' });
        break;
      }
    } else if (t.k === '|') fallback = true;
    else if (!additional) unexpected(t);
  }
  return { rules, warnings: warnings.sort((a, b) => a.position - b.position) };
}
