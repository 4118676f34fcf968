import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULT_SITE_SETTINGS,
  resolveSiteSettings,
  settingAttribute,
  telUrl,
} from '../../packages/widgets/src/site/settings.js';
import { REGIONS, defaultTimeZone, isValidTimeZone } from '../../packages/widgets/src/shared/regions.js';
import { parseOpeningHours } from '../../packages/widgets/src/hours/opening-hours.js';

describe('resolveSiteSettings', () => {
  it('has French metropolitan defaults', () => {
    assert.deepEqual(DEFAULT_SITE_SETTINGS, { region: 'metropole', timeZone: 'Europe/Paris', onCallNumber: '15' });
  });

  it('keeps every valid setting', () => {
    const { settings, issues } = resolveSiteSettings({
      name: ' MSP des Dunes ',
      address: '12 rue des Oyats, 59140 Dunkerque',
      phone: '+33 3 53 73 00 10',
      lang: 'en',
      timeZone: 'Europe/Paris',
      region: 'alsace-moselle',
      onCallNumber: '116 117',
      assistantEndpoint: 'https://federation.example/api/chat',
    });
    assert.deepEqual(issues, []);
    assert.deepEqual(settings, {
      name: 'MSP des Dunes',
      address: '12 rue des Oyats, 59140 Dunkerque',
      phone: '+33 3 53 73 00 10',
      lang: 'en',
      timeZone: 'Europe/Paris',
      region: 'alsace-moselle',
      onCallNumber: '116 117',
      assistantEndpoint: 'https://federation.example/api/chat',
    });
  });

  it('gives each overseas region its own time zone unless one is set', () => {
    const expected = {
      guadeloupe: 'America/Guadeloupe',
      martinique: 'America/Martinique',
      guyane: 'America/Cayenne',
      reunion: 'Indian/Reunion',
      mayotte: 'Indian/Mayotte',
    };
    for (const [region, zone] of Object.entries(expected)) {
      assert.equal(resolveSiteSettings({ region }).settings.timeZone, zone);
    }
    assert.equal(resolveSiteSettings({ region: 'reunion', timeZone: 'Europe/Paris' }).settings.timeZone, 'Europe/Paris');
    for (const region of REGIONS) assert.ok(isValidTimeZone(defaultTimeZone(region)), region);
  });

  it('reports each invalid field by its attribute name and falls back to its default only', () => {
    const { settings, issues } = resolveSiteSettings({
      name: 'MSP',
      timeZone: 'Mars/Olympus',
      region: 'bretagne',
      phone: 'appelez-nous',
      onCallNumber: '15!',
      lang: 'de',
      assistantEndpoint: 'javascript:alert(1)',
    });
    assert.deepEqual(settings, { name: 'MSP', region: 'metropole', timeZone: 'Europe/Paris', onCallNumber: '15' });
    assert.deepEqual(
      issues.map((issue) => issue.field),
      ['time-zone', 'region', 'phone', 'on-call-number', 'lang', 'assistant-endpoint'],
    );
    const timeZoneIssue = issues[0]!.message;
    assert.match(timeZoneIssue, /^time-zone: "Mars\/Olympus" is invalid, expected a time zone such as "Europe\/Paris"/);
  });

  it('takes a language tag in French or English as its language, without a warning', () => {
    // `en-GB` was reported as invalid, though the widgets then spoke English.
    for (const [tag, lang] of [['en-GB', 'en'], ['fr-FR', 'fr'], ['EN', 'en'], ['fr-CA', 'fr']]) {
      assert.deepEqual(resolveSiteSettings({ lang: tag }), { settings: { ...DEFAULT_SITE_SETTINGS, lang }, issues: [] }, tag);
    }
    assert.deepEqual(resolveSiteSettings({ lang: 'de-DE' }).issues.map((i) => i.field), ['lang']);
  });

  it('accepts a same-origin path for the assistant but not a protocol-relative URL', () => {
    assert.equal(resolveSiteSettings({ assistantEndpoint: '/api/chat' }).settings.assistantEndpoint, '/api/chat');
    assert.equal(resolveSiteSettings({ assistantEndpoint: '//evil.example/chat' }).issues[0]?.field, 'assistant-endpoint');
  });

  it('treats empty values as unset and non-strings as invalid', () => {
    assert.deepEqual(resolveSiteSettings({ name: '  ', phone: null, region: undefined }).issues, []);
    const { issues } = resolveSiteSettings({ name: 42, region: ['metropole'] });
    assert.deepEqual(issues.map((i) => i.field), ['name', 'region']);
  });

  it('rejects a name longer than 300 characters', () => {
    assert.equal(resolveSiteSettings({ name: 'x'.repeat(301) }).issues[0]?.field, 'name');
  });

  it('reports unknown keys (typos in a JSON block)', () => {
    const { issues } = resolveSiteSettings({ timezone: 'Europe/Paris' });
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /unknown setting "timezone"/);
  });

  it('reads the names of Object methods in a JSON block as unknown settings ("toString" once threw)', () => {
    const { settings, issues } = resolveSiteSettings(JSON.parse('{"toString": "x", "__proto__": "y", "constructor": "z", "name": "MSP des Dunes"}') as Record<string, unknown>);
    assert.deepEqual(issues.map((i) => i.message), ['unknown setting "toString" ignored', 'unknown setting "__proto__" ignored', 'unknown setting "constructor" ignored']);
    assert.equal(settings.name, 'MSP des Dunes');
  });

  it('never throws, whatever a JSON block holds, and gives the hours engine a time zone and a region it takes', () => {
    const keys = fc.oneof(fc.constantFrom('name', 'phone', 'lang', 'timeZone', 'region', 'onCallNumber', 'assistantEndpoint', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'), fc.string());
    const values = fc.oneof(fc.jsonValue(), fc.constantFrom('Europe/Paris', 'europe/paris', '+01:00', 'UTC', 'Mars/Olympus', 'reunion', 'en-GB', '15'));
    fc.assert(
      fc.property(fc.dictionary(keys, values, { maxKeys: 5 }), (block) => {
        const raw = JSON.parse(JSON.stringify(block)) as Record<string, unknown>;
        const { settings, issues } = resolveSiteSettings(raw);
        for (const issue of issues) assert.ok(issue.message.includes(issue.field), issue.message);
        const hours = parseOpeningHours('Mo-Fr 08:00-19:00; PH off', { timeZone: settings.timeZone, region: settings.region });
        assert.equal(typeof hours.isOpen(new Date('2026-11-02T10:00:00Z')), 'boolean');
      }),
      { numRuns: 500 },
    );
  });
});

describe('helpers', () => {
  it('maps setting keys to attribute names', () => {
    assert.equal(settingAttribute('onCallNumber'), 'on-call-number');
    assert.equal(settingAttribute('name'), 'name');
  });

  it('builds tel: URLs from phone numbers as people write them', () => {
    assert.equal(telUrl('03 53 73 00 10'), 'tel:0353730010');
    assert.equal(telUrl('+33 3.53.73.00.10'), 'tel:+33353730010');
    assert.equal(telUrl('116 117'), 'tel:116117');
  });
});
