import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { directorySchema, formatPath, parseDirectory, parseStructure, structureSchema } from '../../packages/widgets/src/directory/schema.js';
import { EMAIL, readDirectory, readStructure } from '../../packages/widgets/src/directory/read.js';
import { PROFESSION_CODES, PROFESSIONS, professionLabel } from '../../packages/widgets/src/directory/professions.js';
import { DEPARTEMENT_PATTERN, departementName } from '../../packages/widgets/src/directory/departements.js';
import { structuredData } from '../../packages/widgets/src/directory/jsonld.js';
import { parseOpeningHours } from '../../packages/widgets/src/hours/opening-hours.js';

const structure = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'msp-des-dunes',
  name: 'MSP des Dunes',
  kind: 'msp',
  member: true,
  address: { line1: '12 rue des Oyats', postalCode: '59140', city: 'Dunkerque', department: '59' },
  geo: { lat: 51.03, lon: 2.37 },
  phone: '03 53 73 00 10',
  email: 'contact@msp-dunes.example',
  website: 'https://msp-dunes.example/',
  bookingUrl: 'https://rdv.example/msp-dunes',
  finess: '590000001',
  openingHours: 'Mo-Fr 08:00-19:00; Sa 08:00-12:00; PH off',
  acceptsNewPatients: { value: true, declared: '2026-03-01' },
  unscheduledCare: { value: false, declared: '2026-03-01' },
  accessibility: { wheelchair: true, parking: true },
  professions: [{ code: 'medecin-generaliste', count: 3 }, { code: 'infirmier', count: 4 }],
  team: [{ name: 'Dr Camille Martin', profession: 'medecin-generaliste', days: ['Mo', 'Tu', 'Th'], acceptsNewPatients: { value: true, declared: '2026-03-01' } }],
  ...over,
});
const structure_ = (over: Record<string, unknown> = {}) => structure(over);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const doc = (structures: unknown[], over: Record<string, unknown> = {}) => ({ version: 1, updated: '2026-11-02', source: 'Fédération test', structures, ...over });

describe('directory format', () => {
  it('accepts a complete structure and keeps every field', () => {
    const parsed = structureSchema.parse(structure());
    assert.equal(parsed.name, 'MSP des Dunes');
    assert.deepEqual(parsed.acceptsNewPatients, { value: true, declared: '2026-03-01' });
    assert.equal(parsed.team?.[0]?.days?.length, 3);
  });

  it('defaults member to false and professions to none', () => {
    const { member, professions, ...rest } = structure();
    assert.ok(member && professions);
    const parsed = structureSchema.parse(rest);
    assert.equal(parsed.member, false);
    assert.deepEqual(parsed.professions, []);
  });

  it('accepts a minimal structure: id, name, kind, address', () => {
    const parsed = structureSchema.parse({ id: 'a', name: 'A', kind: 'cpts', address: { line1: '1 place X', postalCode: '97400', city: 'Saint-Denis', department: '974' } });
    assert.equal(parsed.kind, 'cpts');
  });

  it('rejects URLs other than http(s) in every link field', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://x.fr/', 'vbscript:x']) {
      assert.equal(structureSchema.safeParse(structure({ website: url })).success, false, url);
      assert.equal(structureSchema.safeParse(structure({ bookingUrl: url })).success, false, url);
      assert.equal(structureSchema.safeParse(structure({ accessibility: { url } })).success, false, url);
    }
  });

  it('checks postcodes, départements, FINESS numbers, dates, coordinates and kinds', () => {
    const bad: Array<[string, Record<string, unknown>]> = [
      ['postcode', { address: { line1: 'x', postalCode: '5914', city: 'y', department: '59' } }],
      ['département', { address: { line1: 'x', postalCode: '59140', city: 'y', department: '20' } }],
      ['finess', { finess: '59-000' }],
      ['declared date', { acceptsNewPatients: { value: true, declared: '01/03/2026' } }],
      ['a day the calendar does not have', { acceptsNewPatients: { value: true, declared: '2026-02-30' } }],
      ['29 February of a common year', { unscheduledCare: { value: true, declared: '2026-02-29' } }],
      ['31 April', { unscheduledCare: { value: true, declared: '2026-04-31' } }],
      ['declared value', { unscheduledCare: { value: 'oui', declared: '2026-03-01' } }],
      ['latitude', { geo: { lat: 91, lon: 2 } }],
      ['kind', { kind: 'hopital' }],
      ['profession', { professions: [{ code: 'sorcier' }] }],
      ['count', { professions: [{ code: 'infirmier', count: 0 }] }],
      ['team day', { team: [{ name: 'X', profession: 'infirmier', days: ['Lundi'] }] }],
      ['phone', { phone: 'appelez-nous' }],
    ];
    for (const [what, over] of bad) assert.equal(structureSchema.safeParse(structure(over)).success, false, what);
    for (const department of ['01', '2A', '2B', '95', '971', '976']) assert.match(department, DEPARTEMENT_PATTERN);
    for (const declared of ['2024-02-29', '2000-02-29', '2026-12-31', ' 2026-04-30 ']) {
      assert.equal(structureSchema.safeParse(structure({ acceptsNewPatients: { value: true, declared } })).success, true, declared);
    }
    assert.equal(structureSchema.safeParse(structure({ acceptsNewPatients: { value: true, declared: '1900-02-29' } })).success, false);
  });

  it('validates the whole document with directorySchema', () => {
    assert.equal(directorySchema.safeParse(doc([structure()])).success, true);
    assert.equal(directorySchema.safeParse(doc([structure()], { version: 2 })).success, false);
  });

  it('formats issue paths', () => {
    assert.equal(formatPath(['structures', 3, 'address', 'postalCode']), 'structures[3].address.postalCode');
    assert.equal(formatPath(['team', 0]), 'team[0]');
  });
});

describe('parseDirectory', () => {
  it('keeps the good structures and reports the bad ones with their path', () => {
    const result = parseDirectory(
      doc([structure({ id: 'a' }), structure({ id: 'b', name: '' }), structure({ id: 'c', address: { line1: 'x', postalCode: 'ABCDE', city: 'Lens', department: '62' } }), structure({ id: 'd' })]),
    );
    assert.deepEqual(result.structures.map((s) => s.id), ['a', 'd']);
    assert.deepEqual(result.issues.map((i) => i.path), ['structures[1].name', 'structures[2].address.postalCode']);
    assert.match(result.issues[1]!.reason, /postcode of 5 digits; structure "MSP des Dunes" not shown/);
    assert.equal(result.data?.structures.length, 2);
    assert.equal(result.data?.updated, '2026-11-02');
  });

  it('drops a faulty optional field but keeps the structure', () => {
    const result = parseDirectory(doc([structure({ website: 'javascript:alert(1)', phone: 'n/a' })]));
    assert.equal(result.structures.length, 1);
    assert.equal(result.structures[0]!.website, undefined);
    assert.equal(result.structures[0]!.phone, undefined);
    assert.equal(result.structures[0]!.email, 'contact@msp-dunes.example');
    assert.deepEqual(result.issues.map((i) => i.path).sort(), ['structures[0].phone', 'structures[0].website']);
    assert.match(result.issues.find((i) => i.path.endsWith('website'))!.reason, /http\(s\) URL; website left out/);
  });

  it('drops only the faulty item of a list, or only the faulty optional field of an item', () => {
    const team = [
      { name: 'Dr A', profession: 'medecin-generaliste' },
      { name: 'B', profession: 'astrologue' },
      { name: 'C', profession: 'infirmier', bookingUrl: 'javascript:x', phone: '03 21 00 00 00' },
      { name: 'D', profession: 'sage-femme', days: ['Mo', 'Lu'], note: 'Le mardi' },
      { name: 'E', profession: 'chaman', bookingUrl: 'javascript:x' },
    ];
    const professions = [{ code: 'infirmier', count: 2 }, { code: 'chaman' }, { code: 'sage-femme', count: 0 }];
    const result = parseDirectory(doc([structure({ team, professions })]));
    assert.deepEqual(result.structures[0]!.team, [
      { name: 'Dr A', profession: 'medecin-generaliste' },
      { name: 'C', profession: 'infirmier', phone: '03 21 00 00 00' },
      { name: 'D', profession: 'sage-femme', note: 'Le mardi' },
    ]);
    assert.deepEqual(result.structures[0]!.professions, [{ code: 'infirmier', count: 2 }, { code: 'sage-femme' }]);
    assert.deepEqual(
      result.issues.map((i) => i.path),
      [
        'structures[0].professions[1].code',
        'structures[0].professions[2].count',
        'structures[0].team[1].profession',
        'structures[0].team[2].bookingUrl',
        'structures[0].team[3].days[1]',
        'structures[0].team[4].profession',
        'structures[0].team[4].bookingUrl',
      ],
    );
    assert.match(result.issues[3]!.reason, /; team\[2\]\.bookingUrl left out$/);
    assert.match(result.issues[2]!.reason, /; team\[1\] left out$/);
  });

  it('says what a list item should be when it is not an object', () => {
    const result = parseDirectory(doc([structure({ professions: ['infirmier', { code: 'sage-femme' }], team: ['Dr A', { name: 'B', profession: 'infirmier' }] })]));
    assert.deepEqual(result.structures[0]!.professions, [{ code: 'sage-femme' }]);
    assert.deepEqual(result.structures[0]!.team, [{ name: 'B', profession: 'infirmier' }]);
    assert.deepEqual(result.issues, [
      { path: 'structures[0].professions[0]', reason: 'expected a profession: { "code", "count"? }; professions[0] left out' },
      { path: 'structures[0].team[0]', reason: 'expected a professional: { "name", "profession", … }; team[0] left out' },
    ]);
  });

  it('leaves out a duplicate id', () => {
    const result = parseDirectory(doc([structure({ id: 'x' }), structure({ id: 'x', name: 'Autre' })]));
    assert.equal(result.structures.length, 1);
    assert.deepEqual(result.issues, [{ path: 'structures[1].id', reason: 'duplicate id "x"; structure "Autre" not shown' }]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'texte', [], {}, { structures: 'non' }, { version: 1, structures: [null, 1, 'x', []] }]) {
      const result = parseDirectory(input);
      assert.ok(Array.isArray(result.structures));
      assert.ok(result.issues.length > 0, JSON.stringify(input));
    }
    assert.deepEqual(parseDirectory({ version: 1, updated: '2026-01-01', structures: [null, 1] }).issues.map((i) => i.path), ['structures[0]', 'structures[1]']);
  });

  it('keeps every valid structure among any invalid ones, and gives every issue a path (property)', () => {
    const fields = ['id', 'name', 'kind', 'member', 'address', 'geo', 'phone', 'email', 'website', 'bookingUrl', 'finess', 'openingHours', 'acceptsNewPatients', 'unscheduledCare', 'accessibility', 'professions', 'team', 'constructor', '__proto__'];
    // A valid structure with one field given any JSON value (its id stays its own unless that is the field changed).
    const mutant = fc.tuple(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 3 })).map(([field, value]) => ({ ...structure(), [field]: value }));
    const entry = fc.oneof(fc.constant('valid' as const), fc.jsonValue({ maxDepth: 3 }), mutant);
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 10 }), fc.constantFrom(1, 2), fc.jsonValue({ maxDepth: 1 }), (entries, version, updated) => {
        let valid = 0;
        const structures = entries.map((e, i) => (e === 'valid' ? structure({ id: `valid-${valid++}` }) : { ...(e as object), ...(isObject(e) && e.id === 'msp-des-dunes' && { id: `other-${i}` }) }));
        const result = parseDirectory(JSON.parse(JSON.stringify({ version, updated, structures })));
        const ids = new Set(result.structures.map((s) => s.id));
        for (let n = 0; n < valid; n++) assert.ok(ids.has(`valid-${n}`), `valid-${n} lost: ${JSON.stringify(result.issues)}`);
        for (const issue of result.issues) assert.ok(issue.path && issue.reason, JSON.stringify(issue));
      }),
      { numRuns: 500 },
    );
    // Any JSON at all: never throws; only a document that is not an object has its issue at the root ('').
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseDirectory(json);
        assert.ok(result.issues.every((issue) => typeof issue.path === 'string' && issue.reason && (issue.path || !isObject(json))));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an older or missing version, reads a newer one with a warning', () => {
    assert.equal(parseDirectory(doc([structure()], { version: 0 })).data, undefined);
    assert.equal(parseDirectory(doc([structure()], { version: undefined })).structures.length, 0);
    const newer = parseDirectory(doc([structure({ futureField: 1 })], { version: 2 }));
    assert.equal(newer.structures.length, 1);
    assert.match(newer.issues[0]!.reason, /newer/);
  });

  it('reports a missing date but keeps the structures', () => {
    const result = parseDirectory(doc([structure()], { updated: 'hier' }));
    assert.equal(result.structures.length, 1);
    assert.equal(result.issues[0]!.path, 'updated');
  });

  it('parses a single structure on its own', () => {
    const issues: { path: string; reason: string }[] = [];
    assert.equal(parseStructure(structure())?.id, 'msp-des-dunes');
    assert.equal(parseStructure({ id: 1 }, 'structure', issues), undefined);
    assert.ok(issues.every((i) => i.path.startsWith('structure.')));
  });
});

describe('reading by hand (read.ts), without zod', () => {
  // Each field: good values, values the schema refuses or trims, and anything at all.
  const either = <T>(good: fc.Arbitrary<T>, bad: unknown[]) => fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...bad) }, { weight: 1, arbitrary: fc.anything() });
  const text = (max: number) => either(fc.string({ minLength: 1, maxLength: max }), ['', ' ', '\n\t', 'x'.repeat(max + 1), ` ${'y'.repeat(max - 1)}`, 3, null]);
  const date = either(fc.constantFrom('2026-03-01', ' 2026-12-31 ', '1999-01-09'), ['2026-13-01', '2026-02-32', '2026-02-30', '2025-02-29', '2026-06-31', '01/03/2026', '2026-3-1', '']);
  const url = either(fc.constantFrom('https://a.example/', 'http://x.fr/rdv?x=1#a', ' https://b.example ', 'HTTPS://C.EXAMPLE/'), ['javascript:alert(1)', 'https://nodot/', 'ftp://x.fr/', 'https://a b.fr/', '//x.fr']);
  const flag = either(fc.boolean(), ['true', 0, 1, null]);
  const declared = either(fc.record({ value: flag, declared: date }, { requiredKeys: ['value', 'declared'] }), [{}, { value: true }, []]);
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  const member = fc.record(
    {
      name: text(150),
      profession: either(fc.constantFrom('infirmier', 'sage-femme', 'coordinateur'), ['astrologue', 'Infirmier']),
      days: either(fc.array(either(fc.constantFrom('Mo', 'Tu', 'Su'), ['Lundi', 'mo'])), ['Mo', [null]]),
      bookingUrl: url,
      phone: either(fc.constantFrom('03 21 00 00 00', '+33 3 21 00 00 00', ' 0321000000 '), ['appelez-nous', '0', '+']),
      acceptsNewPatients: declared,
      note: text(200),
      extra: fc.anything(),
    },
    { requiredKeys: ['name', 'profession'] },
  );
  const structure = fc.record(
    {
      id: text(100),
      name: text(200),
      kind: either(fc.constantFrom('msp', 'pole', 'centre-de-sante', 'cpts'), ['hopital', 'MSP']),
      member: flag,
      address: either(
        fc.record(
          {
            line1: text(200),
            line2: optional(text(200)),
            postalCode: either(fc.constantFrom('59140', ' 97400 ', '02000'), ['5914', '591400', 'ABCDE', 59140]),
            city: text(100),
            department: either(fc.constantFrom('59', '2A', '974', ' 62 '), ['20', '96', '977', '2C', 59]),
          },
          { requiredKeys: ['line1', 'postalCode', 'city', 'department'] },
        ),
        [null, [], 'Lille'],
      ),
      geo: either(fc.record({ lat: fc.double({ min: -100, max: 100 }), lon: fc.double({ min: -200, max: 200 }) }), [{ lat: '50', lon: 2 }, { lat: 50 }, { lat: Infinity, lon: 0 }]),
      phone: either(fc.constantFrom('03 21 00 00 00', ' 0321000000 '), ['appelez-nous']),
      email: either(fc.constantFrom('contact@msp.example', "o'brien+msp@x.fr", 'a.b@c-d.example.org'), ['x@y', 'x@y.z', '@a.fr', 'a@-b.fr', ' a@b.fr']),
      website: url,
      bookingUrl: url,
      finess: either(fc.constantFrom('590000001', '2A0000001', ' 620000002 '), ['59-000', '59000000', 'A90000001']),
      openingHours: text(1000),
      acceptsNewPatients: declared,
      unscheduledCare: declared,
      accessibility: either(fc.record({ wheelchair: flag, parking: flag, note: text(300), url }, { requiredKeys: [] }), ['oui', null]),
      professions: either(
        fc.array(fc.record({ code: either(fc.constantFrom('medecin-generaliste', 'infirmier'), ['chaman']), count: optional(either(fc.integer({ min: 1, max: 999 }), [0, 1000, 1.5, '2'])) }, { requiredKeys: ['code'] }), { maxLength: 4 }),
        [{}, 'infirmier', null],
      ),
      team: either(fc.array(member, { maxLength: 3 }), [{}, null]),
      unknown: fc.anything(),
    },
    { requiredKeys: ['id', 'name', 'kind', 'address'] },
  );

  it('accepts exactly what the schema accepts, with the same result', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: structure }, { weight: 1, arbitrary: fc.anything() }), (raw) => {
        const quick = readStructure(raw);
        const slow = structureSchema.safeParse(raw);
        assert.equal(quick !== undefined, slow.success, JSON.stringify(slow.error?.issues[0]));
        if (quick) {
          accepted++;
          assert.deepStrictEqual(quick, slow.data);
        }
      }),
      { numRuns: 3000 },
    );
    // The arbitraries make valid structures often enough for the comparison to mean something.
    assert.ok(accepted > 100, `${accepted} accepted`);
  });

  it('uses zod’s e-mail pattern', () => {
    assert.equal(EMAIL.source, z.regexes.email.source);
  });

  it('reads a valid document as parseDirectory does, and leaves anything to report to it', () => {
    const valid = doc([structure_({ id: 'a' }), structure_({ id: 'b', member: undefined })], { updated: '2026-11-02T10:00:00Z', source: '  Fédération  ' });
    assert.deepStrictEqual(readDirectory(valid), parseDirectory(valid));
    assert.deepStrictEqual(readDirectory(doc([])), parseDirectory(doc([])));
    // A source too long for the credit line is cut to 500 characters by both.
    const longSource = doc([], { source: 'x'.repeat(600) });
    assert.deepStrictEqual(readDirectory(longSource), parseDirectory(longSource));
    assert.equal(readDirectory(longSource)?.data?.source?.length, 500);
    for (const faulty of [
      doc([structure_({ id: 'a', phone: 'n/a' })]),
      doc([structure_({ id: 'a' }), structure_({ id: 'a' })]),
      doc([structure_()], { version: 2 }),
      doc([structure_()], { updated: 'hier' }),
      doc([null]),
      { structures: [] },
      [],
      null,
    ]) {
      assert.equal(readDirectory(faulty), undefined, JSON.stringify(faulty));
      assert.ok(parseDirectory(faulty).issues.length > 0, JSON.stringify(faulty));
    }
  });
});

describe('profession vocabulary', () => {
  it('covers the professions of the issue, each with a French and an English label', () => {
    for (const code of ['medecin-generaliste', 'infirmier', 'masseur-kinesitherapeute', 'pharmacien', 'sage-femme', 'orthophoniste', 'pedicure-podologue', 'dieteticien', 'psychologue', 'chirurgien-dentiste', 'orthoptiste', 'infirmier-pratique-avancee', 'ergotherapeute', 'psychomotricien', 'assistant-medical', 'coordinateur']) {
      assert.ok(code in PROFESSIONS, code);
    }
    for (const code of PROFESSION_CODES) {
      assert.ok(professionLabel(code, 'fr').length > 3 && professionLabel(code, 'en').length > 3);
      assert.match(code, /^[a-z-]+$/);
    }
    assert.equal(professionLabel('sage-femme', 'en'), 'Midwife');
    assert.equal(professionLabel('infirmier', 'fr'), 'Infirmier ou infirmière');
  });

  it('names the départements', () => {
    assert.equal(departementName('59'), 'Nord');
    assert.equal(departementName('62'), 'Pas-de-Calais');
    assert.equal(departementName('80'), 'Somme');
    assert.equal(departementName('02'), 'Aisne');
    assert.equal(departementName('60'), 'Oise');
    assert.equal(departementName('95'), 'Val-d’Oise');
    assert.equal(departementName('21'), 'Côte-d’Or');
    assert.equal(departementName('2A'), 'Corse-du-Sud');
    assert.equal(departementName('974'), 'La Réunion');
    assert.equal(departementName('20'), undefined);
  });
});

describe('demo data (demo/data/directory.json)', () => {
  const json: unknown = JSON.parse(readFileSync(new URL('../../demo/data/directory.json', import.meta.url), 'utf8'));
  const result = parseDirectory(json);

  it('is valid, fictional, and spread over the five départements of Hauts-de-France', () => {
    assert.deepEqual(result.issues, []);
    assert.ok(result.structures.length >= 24);
    assert.match(result.data?.source ?? '', /fictive|fictional/i);
    assert.deepEqual([...new Set(result.structures.map((s) => s.address.department))].sort(), ['02', '59', '60', '62', '80']);
    assert.ok(result.structures.filter((s) => s.team?.length).length >= 2);
  });

  it('has opening hours the engine reads, and coordinates in Hauts-de-France', () => {
    for (const s of result.structures) {
      if (s.openingHours) assert.doesNotThrow(() => parseOpeningHours(s.openingHours!), s.id);
      assert.ok(s.geo && s.geo.lat > 48.8 && s.geo.lat < 51.1 && s.geo.lon > 1.3 && s.geo.lon < 4.3, s.id);
    }
  });
});

describe('the @msp-kit/widgets/directory-professions entry', () => {
  it('is exported by the package and gives every code its French and English labels', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../packages/widgets/package.json', import.meta.url), 'utf8')) as { exports: Record<string, { default: string }> };
    assert.equal(pkg.exports['./directory-professions']?.default, './dist/directory/professions.js');
    const entry = await import('../../packages/widgets/src/directory/professions.js');
    assert.deepEqual(entry.PROFESSIONS['sage-femme'], ['Sage-femme', 'Midwife']);
    assert.equal(entry.professionLabel('medecin-generaliste', 'en'), 'General practitioner');
    assert.equal(Object.keys(entry.PROFESSIONS).length, entry.PROFESSION_CODES.length);
  });
});

describe('schema.org JSON-LD (structured-data)', () => {
  const clinicOf = async (over: Record<string, unknown>, wanted?: () => boolean) => {
    const s = parseStructure(structure(over))!;
    const json = await structuredData([s], (x) => (x.openingHours ? parseOpeningHours(x.openingHours) : null), wanted);
    return json === undefined ? undefined : (JSON.parse(json) as { '@graph': Record<string, unknown>[] })['@graph'][0]!;
  };

  it('writes each structure as a MedicalClinic with its address, coordinates, contact, FINESS number and four weeks of hours', async () => {
    const clinic = (await clinicOf({ address: { line1: '12 rue des Oyats', line2: 'Bâtiment B', postalCode: '59140', city: 'Dunkerque', department: '59' } }))!;
    assert.deepEqual(clinic.address, { '@type': 'PostalAddress', streetAddress: '12 rue des Oyats, Bâtiment B', postalCode: '59140', addressLocality: 'Dunkerque', addressCountry: 'FR' });
    assert.deepEqual(clinic.geo, { '@type': 'GeoCoordinates', latitude: 51.03, longitude: 2.37 });
    assert.equal(clinic.email, 'contact@msp-dunes.example');
    assert.equal(clinic.url, 'https://msp-dunes.example/');
    assert.deepEqual(clinic.identifier, { '@type': 'PropertyValue', propertyID: 'FINESS', value: '590000001' });
  });

  it('writes the hours of the next four weeks: a closure in three weeks is a dated special entry', async () => {
    const inThreeWeeks = new Date(Date.now() + 21 * 86_400_000);
    const part = (option: Intl.DateTimeFormatOptions) => inThreeWeeks.toLocaleString('en', { ...option, timeZone: 'Europe/Paris' });
    const closure = `${part({ year: 'numeric' })} ${part({ month: 'short' })} ${part({ day: '2-digit' })} off`;
    const clinic = (await clinicOf({ openingHours: `Mo-Su 08:00-19:00; ${closure}` }))!;
    const closures = (clinic.openingHoursSpecification as { opens: string; validFrom?: string }[]).filter((h) => h.validFrom && h.opens === '00:00');
    assert.equal(closures.length, 1, JSON.stringify(clinic.openingHoursSpecification));
  });

  it('says when a structure does not accept new patients, and leaves out what is not known', async () => {
    const closed = (await clinicOf({ acceptsNewPatients: { value: false, declared: '2026-03-01' } }))!;
    assert.equal(closed.isAcceptingNewPatients, false);
    const bare = (await clinicOf({ geo: undefined, email: undefined, website: undefined, finess: undefined, acceptsNewPatients: undefined, openingHours: undefined }))!;
    for (const key of ['geo', 'email', 'url', 'identifier', 'isAcceptingNewPatients', 'openingHoursSpecification']) assert.ok(!(key in bare), key);
  });

  it('stops when the JSON-LD is no longer wanted, between slices of a large directory', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => parseStructure(structure({ id: `msp-${i}` }))!);
    let asked = 0;
    const json = await structuredData(many, (x) => parseOpeningHours(x.openingHours!), () => ++asked < 2);
    assert.equal(json, undefined);
    assert.ok(asked >= 2);
  });
});
