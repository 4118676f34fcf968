/**
 * Site settings shared by every widget through `<msp-site>`: who the site is for, where it is,
 * which language and time zone it speaks. Pure module (no DOM), so the same rules run in the
 * browser and in Node.
 *
 * These few strings are checked by a table of small rules rather than zod: `<msp-site>` is loaded
 * on every page, and zod/mini's smallest schema would cost a third of its 9 KB budget. Data files
 * and HTTP bodies, which are larger and nested, use zod.
 */
import { toLang, type Lang } from '../shared/i18n.js';
import { REGIONS, defaultTimeZone, isValidTimeZone, type Region } from '../shared/regions.js';

export interface SiteSettings {
  /** The MSP or federation the site belongs to. */
  name?: string;
  /** Postal address, one line (commas may separate its parts). */
  address?: string;
  /** Main phone number, as it should be shown (`03 20 00 00 00`). */
  phone?: string;
  /** The site's language, when set on `<msp-site>` (otherwise the page's). */
  lang?: Lang;
  /** IANA time zone every date and time is computed in. */
  timeZone: string;
  /** Drives public holidays, the default time zone and which prevention campaigns show (no phone line: see `onCallNumber`). */
  region: Region;
  /** Out-of-hours GP line (permanence des soins): 15 in most places, 116 117 where the ARS chose it. */
  onCallNumber: string;
  /** URL of the assistant's chat API, for `<msp-assistant>`. */
  assistantEndpoint?: string;
}

export const DEFAULT_REGION: Region = 'metropole';
export const DEFAULT_ON_CALL_NUMBER = '15';

/** A rule checks one setting: what it expects (for messages) and the accepted, normalised value. */
interface SettingRule {
  expected: string;
  accept(value: string): string | undefined;
}

/** A phone number as people write it; the directory's data is checked against it too. */
export const PHONE = /^\+?[0-9][0-9 .\u00a0-]{1,24}$/;

const phone: SettingRule = {
  expected: 'a phone number (digits, spaces, dots)',
  accept: (value) => (PHONE.test(value) ? value : undefined),
};
const text: SettingRule = {
  expected: 'at most 300 characters',
  accept: (value) => (value.length <= 300 ? value : undefined),
};
const oneOf = (values: readonly string[]): SettingRule => ({
  expected: `one of ${values.join(', ')}`,
  accept: (value) => (values.includes(value) ? value : undefined),
});

/** One rule per setting, so a bad value only costs its own field. */
export const siteSettingRules = {
  name: text,
  address: text,
  phone,
  lang: {
    expected: 'fr, en or a tag such as en-GB',
    // As the widgets read it: `en-GB` is English, stored as `en`.
    accept: toLang,
  },
  timeZone: {
    expected: 'a time zone such as "Europe/Paris"',
    accept: (value) => (isValidTimeZone(value) ? value : undefined),
  },
  region: oneOf(REGIONS),
  onCallNumber: phone,
  assistantEndpoint: {
    expected: 'an http(s) URL or a /path',
    accept: (value) => (/^(https?:\/\/|\/(?!\/))\S*$/i.test(value) ? value : undefined),
  },
} satisfies Record<string, SettingRule>;

export type SiteSettingKey = keyof typeof siteSettingRules;
export const SITE_SETTING_KEYS = Object.keys(siteSettingRules) as SiteSettingKey[];

/** The attribute of `<msp-site>` that sets a setting (`timeZone` → `time-zone`). */
export const settingAttribute = (key: SiteSettingKey): string =>
  key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export interface SettingIssue {
  /** The attribute or JSON key at fault. */
  field: string;
  /** What is wrong and what is used instead, in plain English, for the console. */
  message: string;
}

export interface ResolvedSiteSettings {
  settings: SiteSettings;
  issues: SettingIssue[];
}

/**
 * Validates raw settings (from attributes or a JSON block) field by field. An invalid or unknown
 * field is reported and falls back to its default; the rest is kept. Empty values count as unset.
 */
export function resolveSiteSettings(raw: Record<string, unknown>): ResolvedSiteSettings {
  const issues: SettingIssue[] = [];
  const valid: Partial<Record<SiteSettingKey, string>> = {};

  for (const [key, value] of Object.entries(raw)) {
    const trimmed = typeof value === 'string' ? value.trim() : value;
    if (trimmed === undefined || trimmed === null || trimmed === '') continue;
    // Own keys only: `toString` or `__proto__` in a JSON block is unknown, not a rule to call.
    if (!Object.hasOwn(siteSettingRules, key)) {
      issues.push({
        field: key,
        message: `unknown setting "${key}" ignored`,
      });
      continue;
    }
    const field = key as SiteSettingKey;
    const rule: SettingRule = siteSettingRules[field];
    const accepted = typeof trimmed === 'string' ? rule.accept(trimmed) : undefined;
    if (accepted !== undefined) {
      valid[field] = accepted;
    } else {
      const attribute = settingAttribute(field);
      issues.push({
        field: attribute,
        message: `${attribute}: ${JSON.stringify(value)} is invalid, expected ${rule.expected}; default used`,
      });
    }
  }

  const region = (valid.region as Region | undefined) ?? DEFAULT_REGION;
  const settings = {
    ...valid,
    region,
    timeZone: valid.timeZone ?? defaultTimeZone(region),
    onCallNumber: valid.onCallNumber ?? DEFAULT_ON_CALL_NUMBER,
  } as SiteSettings;
  return { settings, issues };
}

/** The settings a widget uses when no `<msp-site>` is on the page. */
export const DEFAULT_SITE_SETTINGS: SiteSettings = resolveSiteSettings({}).settings;

/** A `tel:` URL for a phone number as people write it (`03 20 00 00 00` → `tel:0320000000`). */
export function telUrl(phoneNumber: string): string {
  return `tel:${phoneNumber.replace(/[^+0-9]/g, '')}`;
}
