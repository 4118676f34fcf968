import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { decode, FinessFormatError, parseFiness, splitRow, STRUCTUREET_FIELDS } from '../../packages/widgets/src/directory/finess/parse.js';
import { crsOf, outsideTerritory, toWgs84 } from '../../packages/widgets/src/directory/finess/project.js';
import { parseDate, parseKind, parseOverlay, parseOverlayCsv, parseOverlayJson, parseProfessions, parseYesNo, professionCode } from '../../packages/widgets/src/directory/finess/overlay.js';
import { communeName, formatPhone, importFiness, titleCase } from '../../packages/widgets/src/directory/finess/convert.js';
import { departmentCode, regionDepartments } from '../../packages/widgets/src/directory/finess/regions.js';
import { formatSummary, main } from '../../packages/widgets/src/directory/finess/cli.js';
import { PROFESSION_CODES, PROFESSIONS } from '../../packages/widgets/src/directory/professions.js';
import { distanceKm } from '../../packages/widgets/src/directory/geo.js';
import { parseDirectory, type Structure } from '../../packages/widgets/src/directory/schema.js';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/finess/${name}`, import.meta.url));
const read = (name: string) => readFileSync(fixture(name));
const byId = (structures: Structure[], id: string) => structures.find((s) => s.id === id)!;
const HDF = regionDepartments('hauts-de-france')!;

type EstablishmentFields = Partial<Record<(typeof STRUCTUREET_FIELDS)[number], string>>;
/** A `structureet` row of the etalab extract (32 fields): a maison de santé at Dunkerque, with `fields` changed. */
const structureet = (fields: EstablishmentFields): string => {
  const row: Record<string, string> = {
    nofinesset: '590000029', nofinessej: '590000001', rs: 'MSP DES DUNES', rslongue: 'MAISON DE SANTE DES DUNES', numvoie: '12', typvoie: 'R',
    voie: 'DES OYATS', commune: '183', departement: '59', libdepartement: 'NORD', ligneacheminement: '59140 DUNKERQUE', telephone: '0321000000',
    categetab: '603', libcategetab: 'Maison de santé (L.6223-3)', categagretab: '4301', libcategagretab: 'Maisons de Santé', codeape: '8690D',
    codemft: '99', libmft: 'Indéterminé', codesph: '99', libsph: 'Non concerné', dateouv: '2019-05-14', dateautor: '2019-05-14', datemaj: '2026-03-02',
    ...fields,
  };
  return ['structureet', ...STRUCTUREET_FIELDS.map((name) => row[name] ?? '')].join(';');
};
const geolocalisation = (finess: string, x: number | string, y: number | string) => `geolocalisation;${finess};${x};${y};1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-10-26`;
const written = mkdtempSync(join(tmpdir(), 'msp-kit-finess-fixtures-'));
/** Writes an extract (the metadata line, then `rows`) or an overlay under `name`; returns its path. */
const writeFixture = (name: string, rows: readonly string[], metadata: string | false = 'finess;etalab;100;2026-11-02') => {
  const path = join(written, name);
  writeFileSync(path, `${[...(metadata ? [metadata] : []), ...rows].join('\n')}\n`);
  return path;
};

describe('FINESS extract reader', () => {
  it('reads the metadata line, the structureet and the geolocalisation rows (UTF-8)', () => {
    const extract = parseFiness(read('extract-utf8.csv'));
    assert.equal(extract.encoding, 'utf-8');
    assert.equal(extract.date, '2026-11-02');
    assert.equal(extract.establishments.length, 14);
    assert.equal(extract.geolocations.size, 13);
    assert.deepEqual(extract.errors, []);
    const lille = extract.establishments[0]!;
    assert.equal(lille.nofinesset, '590000011');
    assert.equal(lille.categetab, '603');
    assert.equal(lille.ligneacheminement, '59000 LILLE');
    assert.equal(lille.line, 2);
    assert.equal(extract.geolocations.get('620000021')?.source, '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93');
  });

  it('reads a Windows-1252 file with CRLF lines, accents intact', () => {
    const bytes = read('extract-cp1252.csv');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture is not valid UTF-8');
    const extract = parseFiness(bytes);
    assert.equal(extract.encoding, 'windows-1252');
    assert.equal(extract.establishments[0]!.rslongue, 'MAISON DE SANTÉ DES CORONS – LENS');
    assert.equal(extract.establishments[1]!.voie, 'DES ARBALÉTRIERS');
    assert.equal(extract.establishments[2]!.ligneacheminement, '80200 PÉRONNE');
    assert.equal(extract.establishments[2]!.numuai, '');
    assert.deepEqual(extract.errors, []);
  });

  it('reports malformed lines with their number and keeps the rest', () => {
    const extract = parseFiness(read('extract-malformed.csv'));
    assert.deepEqual(extract.errors, [
      { line: 3, message: 'structureet row with 20 fields, expected 32 (cut line or missing separators?)' },
      { line: 5, message: 'unknown row type "structure", expected structureet or geolocalisation' },
      { line: 6, message: '"59000X011" is not a FINESS number (9 characters)' },
      { line: 7, message: 'FINESS number 590000011 appears twice; the first row is kept' },
      { line: 9, message: 'coordinates "abc", "6977491.4" are not numbers' },
    ]);
    assert.deepEqual(extract.establishments.map((e) => [e.nofinesset, e.line]), [['590000011', 2], ['800000031', 4]]);
    assert.equal(extract.geolocations.size, 1);
  });

  it('refuses a structureet row with too many fields (a ";" inside a name) or a category that is not 3 digits', () => {
    const path = writeFixture('shifted.csv', [
      structureet({ nofinesset: '590000011', rslongue: 'MSP DU VAL; SITE NORD' }),
      structureet({ nofinesset: '590000037', categetab: 'Maison de santé' }),
      structureet({}),
    ]);
    const extract = parseFiness(readFileSync(path));
    assert.deepEqual(extract.errors, [
      { line: 2, message: 'structureet row with 33 fields, expected 32 (a ";" inside a field?)' },
      { line: 3, message: 'category (categetab) "Maison de santé" is not a code of 3 digits' },
    ]);
    assert.deepEqual(extract.establishments.map((e) => e.nofinesset), ['590000029']);
  });

  it('reads coordinates with a decimal comma, refuses empty ones, and takes the date of a timestamped metadata line', () => {
    const extract = parseFiness(
      ['finess;etalab;100;2026-11-02T08:15:00', structureet({}), structureet({ nofinesset: '590000037' }), geolocalisation('590000029', '654321,5', '7100321,2'), geolocalisation('590000037', '', '')].join('\n'),
    );
    assert.equal(extract.date, '2026-11-02');
    assert.deepEqual([extract.geolocations.get('590000029')?.x, extract.geolocations.get('590000029')?.y], [654321.5, 7100321.2]);
    assert.equal(extract.geolocations.has('590000037'), false);
    assert.deepEqual(extract.errors, [{ line: 5, message: 'coordinates "", "" are not numbers' }]);
  });

  it('keeps the first geolocalisation row of a structure and reports a second one', () => {
    const path = writeFixture('two-points.csv', [structureet({}), geolocalisation('590000029', 654321.5, 7100321.2), geolocalisation('590000029', 100, 100)]);
    const extract = parseFiness(readFileSync(path));
    assert.deepEqual(extract.errors, [{ line: 4, message: 'FINESS number 590000029 has a second geolocalisation row; the first one is kept' }]);
    assert.deepEqual([extract.geolocations.get('590000029')?.x, extract.geolocations.get('590000029')?.line], [654321.5, 3]);
  });

  it('refuses a file that is not an extract, naming line 1', () => {
    assert.throws(() => parseFiness('nofinesset;rs\n590000011;MSP\n'), (error: Error) => error instanceof FinessFormatError && /^line 1: expected the metadata line/.test(error.message));
  });

  it('splits quoted fields and decodes a BOM', () => {
    assert.deepEqual(splitRow('a;"b;c";"d ""e""";'), ['a', 'b;c', 'd "e"', '']);
    assert.deepEqual(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), { text: 'a', encoding: 'utf-8' });
    assert.equal(decode(new Uint8Array([0x50, 0xc9, 0x52, 0x96])).text, 'PÉR–');
  });
});

describe('FINESS extract as it comes', () => {
  /** `bytes` a piece of `size` bytes at a time, as the command reads a file. */
  function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
    for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
  }
  /** A line in Windows-1252, as older extracts are written (œ is 0x9C, ’ 0x92, Œ 0x8C). */
  const windows1252 = (text: string) => {
    const special: Record<string, number> = { 'Œ': 0x8c, 'œ': 0x9c, '’': 0x92, '–': 0x96 };
    return Buffer.from([...text].map((char) => special[char] ?? char.charCodeAt(0)));
  };
  const cli = fileURLToPath(new URL('../../packages/widgets/src/directory/finess/cli.ts', import.meta.url));

  it('reads the extract a piece at a time, lines and letters cut between pieces, as it reads it whole', () => {
    for (const name of ['extract-utf8.csv', 'extract-cp1252.csv', 'extract-malformed.csv']) {
      const bytes = read(name);
      const whole = parseFiness(bytes);
      for (const size of [1, 5, 64, 4096]) assert.deepEqual(parseFiness(pieces(bytes, size)), whole, `${name} by ${size} bytes`);
    }
  });

  it('keeps only the categories asked for, counting the others: the same directory and summary', () => {
    // A geolocalisation row before its structureet row, for a structure kept and one not.
    const path = writeFixture('order.csv', [
      geolocalisation('590000037', 704393.3, 7060396.0),
      geolocalisation('590000045', 704393.3, 7060396.0),
      ...readFileSync(fixture('extract-utf8.csv'), 'utf8').trim().split('\n').slice(1),
      structureet({ nofinesset: '590000037' }),
      structureet({ nofinesset: '590000045', categetab: '620', libcategetab: "Pharmacie d'Officine" }),
    ]);
    const bytes = readFileSync(path);
    const overlay = parseOverlay(read('overlay.json'), 'overlay.json');
    for (const options of [{}, { withCentres: true }, { withCpts: true, departments: HDF, overlay }]) {
      const categories = ['603', ...('withCentres' in options ? ['124'] : []), ...('withCpts' in options ? ['604'] : [])];
      const some = parseFiness(bytes, { categories });
      assert.ok(some.establishments.every((e) => categories.includes(e.categetab)));
      assert.ok([...some.geolocations.keys()].every((finess) => categories.includes(some.categories.get(finess) ?? '')), 'only the kept structures\' points');
      assert.ok(some.geolocations.has('590000037'), 'a point read before its structure');
      const all = importFiness(parseFiness(bytes), { ...options, updated: '2026-11-03' });
      assert.deepEqual(importFiness(some, { ...options, updated: '2026-11-03' }), all, JSON.stringify(options));
    }
  });

  it('reads a large extract without holding it: 23 MB in a JavaScript heap of 48 MB', () => {
    // 50,000 structureet rows (1 in 20 a maison de santé) and their geolocalisation rows. Read whole,
    // as before, this file needed more than 64 MB of heap, and one of the national size (100 MB)
    // more than 256 MB; read line by line, it fits in 32 MB.
    const path = join(written, 'national.csv');
    const rows = 50_000;
    const lines = ['finess;etalab;111;2026-05-12'];
    for (let i = 0; i < rows; i++) {
      const nofinesset = `59${String(i).padStart(7, '0')}`;
      const other = i % 20 !== 0;
      lines.push(structureet({ nofinesset, rslongue: `MAISON DE SANTÉ PLURIPROFESSIONNELLE DES ÉCOLES NUMÉRO ${i}`, siret: '12345678901234', numuai: '0590000X', ...(other && { categetab: '500', libcategetab: "Etablissement d'hébergement pour personnes âgées dépendantes" }) }));
    }
    for (let i = 0; i < rows; i++) lines.push(geolocalisation(`59${String(i).padStart(7, '0')}`, 704393.3, 7060396.0));
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    assert.ok(readFileSync(path).length > 22e6);
    const out = join(written, 'national.json');
    const result = spawnSync(process.execPath, ['--max-old-space-size=48', '--import', 'tsx', cli, path, '--departement', '59', '--out', out], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr.slice(0, 2000));
    assert.match(result.stderr, /^FINESS extract of 2026-05-12 \(UTF-8\): 50,000 structureet rows, 50,000 geolocalisation rows$/m);
    assert.match(result.stderr, /^Kept 2,500 structures: 2,500 maisons de santé \(0 federation members; 0 without coordinates\)$/m);
    assert.match(result.stderr, /^Skipped: 47,500 of other categories$/m);
    assert.equal(parseDirectory(JSON.parse(readFileSync(out, 'utf8'))).structures.length, 2500);
  });

  it('reads each line in its own encoding: a Windows-1252 line in a UTF-8 file (a damaged download) does not turn the accents of the others into "Ã©"', () => {
    const path = join(written, 'mixed.csv');
    writeFileSync(path, Buffer.concat([
      Buffer.from(`finess;etalab;100;2026-11-02\n${structureet({ rslongue: 'MAISON DE SANTÉ DES ÉCOLES – CŒUR D’ARTOIS' })}\n`),
      windows1252(`${structureet({ nofinesset: '590000037', rslongue: 'MAISON DE SANTÉ DU CŒUR D’OPALE', voie: 'DES SŒURS' })}\n`),
    ]));
    const extract = parseFiness(readFileSync(path));
    assert.equal(extract.encoding, 'utf-8');
    assert.deepEqual(extract.establishments.map((e) => e.rslongue), ['MAISON DE SANTÉ DES ÉCOLES – CŒUR D’ARTOIS', 'MAISON DE SANTÉ DU CŒUR D’OPALE']);
    assert.equal(extract.establishments[1]!.voie, 'DES SŒURS');
    assert.deepEqual(extract.notes, ['1 line in Windows-1252, unlike the rest of the file, read as such (line 3): check its accents']);
    assert.deepEqual(extract.errors, []);
    // A Windows-1252 file with œ and ’ (0x9C, 0x92), which ISO-8859-1 does not have.
    const older = join(written, 'older.csv');
    writeFileSync(older, windows1252(`finess;etalab;100;2026-11-02\r\n${structureet({ rslongue: 'MAISON DE SANTÉ DU CŒUR D’OPALE', voie: 'DES SŒURS' })}\r\n`));
    const { directory, summary } = importFiness(parseFiness(readFileSync(older)));
    assert.equal(summary.encoding, 'windows-1252');
    assert.deepEqual(summary.notes, []);
    assert.deepEqual([directory.structures[0]!.name, directory.structures[0]!.address.line1], ['Maison de Santé du Cœur d’Opale', '12 rue des Sœurs']);
  });

  it('reads a BOM, CRLF or LF line ends, blank lines, spaces around fields, and a last line without its line end', () => {
    const path = join(written, 'line-ends.csv');
    writeFileSync(path, [
      '\uFEFFfiness;etalab;100;2026-11-02\r\n',
      `${structureet({})}\r\n`,
      '\r\n   \r\n',
      `${structureet({ nofinesset: '590000037', rs: ' MSP DES OYATS ', telephone: '03 21 00 00 37' })}\n`,
      '\n',
      geolocalisation('590000037', 704393.3, 7060396.0),
    ].join(''));
    const extract = parseFiness(readFileSync(path));
    assert.deepEqual(extract.errors, []);
    assert.equal(extract.date, '2026-11-02');
    assert.deepEqual(extract.establishments.map((e) => [e.nofinesset, e.line, e.rs]), [['590000029', 2, 'MSP DES DUNES'], ['590000037', 5, 'MSP DES OYATS']]);
    assert.equal(extract.geolocations.get('590000037')?.line, 7);
    assert.equal(extract.geolocations.get('590000037')?.datemaj, '2026-10-26');
    assert.equal(byId(importFiness(extract).directory.structures, '590000037').phone, '03 21 00 00 37');
  });

  it('reads rows with columns added at the end (a newer extract), or without the last one, when the other fields are in place, and says so; refuses them otherwise', () => {
    const row = structureet({});
    const path = writeFixture('columns.csv', [
      `${row};NOUVELLE COLONNE`,
      `${structureet({ nofinesset: '590000037' })};A;B`,
      `${structureet({ nofinesset: '590000045' })};`,
      `${structureet({ nofinesset: '590000052' })};C`,
      structureet({ nofinesset: '590000060' }).replace(/;$/, ''),
      // A ";" inside the name: the category is read one place off.
      `${structureet({ nofinesset: '590000078', rslongue: 'MSP DES DUNES; SITE NORD' })};X`,
      structureet({ nofinesset: '590000086' }).replace(/;[^;]*;$/, ''),
    ]);
    const extract = parseFiness(readFileSync(path));
    assert.deepEqual(extract.establishments.map((e) => [e.nofinesset, e.categetab, e.datemaj, e.numuai]), [
      ['590000029', '603', '2026-03-02', ''],
      ['590000037', '603', '2026-03-02', ''],
      ['590000045', '603', '2026-03-02', ''],
      ['590000052', '603', '2026-03-02', ''],
      ['590000060', '603', '2026-03-02', ''],
    ]);
    assert.deepEqual(extract.notes, [
      '3 structureet rows (the first on line 2) with 33 fields instead of 32, read by their first 32 (a newer extract with more columns?); the fields after them ignored',
      '1 structureet row (the first on line 3) with 34 fields instead of 32, read by their first 32 (a newer extract with more columns?); the fields after them ignored',
      '1 structureet row (the first on line 6) with 31 fields instead of 32, read without the last one (numuai, not used)',
    ]);
    assert.deepEqual(extract.errors, [
      { line: 7, message: 'structureet row with 34 fields, expected 32 (a ";" inside a field?)' },
      { line: 8, message: 'structureet row with 30 fields, expected 32 (cut line or missing separators?)' },
    ]);
    // Notes are not problems: --strict writes the file.
    const strict = spawnSync(process.execPath, ['--import', 'tsx', cli, writeFixture('columns-only.csv', [`${row};NOUVELLE COLONNE`]), '--strict', '--out', '-'], { encoding: 'utf8' });
    assert.equal(strict.status, 0, strict.stderr);
    assert.match(strict.stderr, /^Note: 1 structureet row \(the first on line 2\) with 33 fields instead of 32, read by their first 32 \(a newer extract with more columns\?\); the fields after them ignored$/m);
  });

  it('says that FINESS numbers of 8 digits come from a file saved in Excel', () => {
    const extract = parseFiness(readFileSync(writeFixture('excel.csv', [structureet({ nofinesset: '10000071', departement: '1', ligneacheminement: '1440 VIRIAT', dateouv: '14/05/2019' })])));
    assert.deepEqual(extract.errors, [
      { line: 2, message: '"10000071" is not a FINESS number (9 characters; 8 digits, as when the file is opened and saved in Excel: download it again and give it as it is)' },
    ]);
  });

  it('reads every overseas département and Corsica, whose coordinates fall within them', () => {
    const path = writeFixture('overseas.csv', [
      structureet({ nofinesset: '970100011', departement: '9A', libdepartement: 'GUADELOUPE', ligneacheminement: '97100 BASSE TERRE' }),
      structureet({ nofinesset: '970100029', departement: '9A', libdepartement: 'GUADELOUPE', ligneacheminement: '97150 ST MARTIN' }),
      structureet({ nofinesset: '970200011', departement: '9B', libdepartement: 'MARTINIQUE', ligneacheminement: '97200 FORT DE FRANCE' }),
      structureet({ nofinesset: '970300011', departement: '9C', libdepartement: 'GUYANE', ligneacheminement: '97300 CAYENNE' }),
      structureet({ nofinesset: '970400011', departement: '9D', libdepartement: 'LA REUNION', ligneacheminement: '97400 ST DENIS' }),
      structureet({ nofinesset: '970500011', departement: '9E', libdepartement: 'ST PIERRE ET MIQUELON', ligneacheminement: '97500 ST PIERRE' }),
      structureet({ nofinesset: '980500011', departement: '9F', libdepartement: 'MAYOTTE', ligneacheminement: '97600 MAMOUDZOU' }),
      structureet({ nofinesset: '2A0000011', departement: '2A', libdepartement: 'CORSE DU SUD', ligneacheminement: '20000 AJACCIO' }),
      structureet({ nofinesset: '2B0000011', departement: '2B', libdepartement: 'HAUTE CORSE', ligneacheminement: '20200 BASTIA' }),
      // Without a coordinate system, which the département then gives.
      'geolocalisation;970100011;642000;1770000;;2026-10-26',
      'geolocalisation;970100029;700000;2007000;;2026-10-26',
      'geolocalisation;970200011;707000;1615000;;2026-10-26',
      'geolocalisation;970300011;353672.8;544349.1;;2026-10-26',
      'geolocalisation;970400011;338000;7690000;;2026-10-26',
      'geolocalisation;970500011;563213.8;5180306.8;;2026-10-26',
      'geolocalisation;980500011;524819.9;8587194.7;;2026-10-26',
      'geolocalisation;2A0000011;1180000;6110000;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-10-26',
      'geolocalisation;2B0000011;1220000;6180000;;2026-10-26',
    ]);
    const { directory, summary } = importFiness(parseFiness(readFileSync(path)));
    assert.deepEqual(summary.issues, []);
    assert.deepEqual(directory.structures.map((s) => [s.id, s.address.department, !!s.geo]), [
      ['2A0000011', '2A', true], ['2B0000011', '2B', true], ['970100011', '971', true], ['970100029', '971', true], ['970200011', '972', true],
      ['970300011', '973', true], ['970400011', '974', true], ['970500011', '975', true], ['980500011', '976', true],
    ]);
    assert.ok(distanceKm(byId(directory.structures, '970200011').geo!, { lat: 14.6, lon: -61.08 }) < 1, 'Fort-de-France');
    assert.ok(distanceKm(byId(directory.structures, '2A0000011').geo!, { lat: 41.93, lon: 8.78 }) < 1, 'Ajaccio');
    const corse = importFiness(parseFiness(readFileSync(path)), { departments: regionDepartments('corse')! });
    assert.deepEqual(corse.directory.structures.map((s) => s.id), ['2A0000011', '2B0000011']);
    assert.deepEqual(importFiness(parseFiness(readFileSync(path)), { departments: ['2A'] }).directory.structures.map((s) => s.id), ['2A0000011']);
  });

  it('sorts Corsica’s structures between départements 19 and 21, as INSEE lists them, and says so', () => {
    const path = writeFixture('corsica-order.csv', [
      structureet({ nofinesset: '290000011', departement: '29', libdepartement: 'FINISTERE', ligneacheminement: '29200 BREST' }),
      structureet({ nofinesset: '2B0000011', departement: '2B', libdepartement: 'HAUTE CORSE', ligneacheminement: '20200 BASTIA' }),
      structureet({ nofinesset: '210000011', departement: '21', libdepartement: 'COTE D OR', ligneacheminement: '21000 DIJON' }),
      structureet({ nofinesset: '2A0000011', departement: '2A', libdepartement: 'CORSE DU SUD', ligneacheminement: '20000 AJACCIO' }),
      structureet({ nofinesset: '190000011', departement: '19', libdepartement: 'CORREZE', ligneacheminement: '19000 TULLE' }),
    ]);
    const { directory } = importFiness(parseFiness(readFileSync(path)));
    assert.deepEqual(directory.structures.map((s) => s.address.department), ['19', '2A', '2B', '21', '29']);
    let err = '';
    main([path, '--departement', '29,2B,21,2A', '--out', '-'], { out: () => {}, err: (text) => (err += text) });
    assert.match(err, /^Skipped: 1 outside 2A, 2B, 21, 29$/m);
  });
});

describe('projections to WGS84', () => {
  // Reference values: pyproj (PROJ) for the same points, 5 decimals; plus exact definitions.
  const control: Array<[string, number, number, string, number, number]> = [
    ['Lambert-93, Ain', 870262.2, 6571540.8, '1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole)', 46.22229, 5.20918],
    ['RGAF09 UTM 20N, Guadeloupe', 657242.9, 1795384.4, '2,ATLASANTE,96,BAN,EPSG:5490 RGAF09/UTM Zone 20N (Antilles)', 16.234, -61.52874],
    ['RGFG95 UTM 22N, Guyane (old token)', 353672.8, 544349.1, '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N22', 4.92347, -52.31973],
    ['RGR92 UTM 40S, La Réunion', 323086.6, 7679599.8, '2,ATLASANTE,100,BDADRESSE,EPSG:2975 RGR92/UTM zone 40S (Réunion)', -20.97571, 55.29821],
    ['RGM04 UTM 38S, Mayotte (old token)', 524819.9, 8587194.7, 'UTM_S38', -12.77989, 45.22868],
    ['WGS84 UTM 21N, Saint-Pierre-et-Miquelon', 563213.8, 5180306.8, '2,ATLASANTE,90,BAN,WGS84/UTM zone 21N EPSG:32621', 46.77332, -56.17201],
    ['Lambert-93 origin', 700000, 6600000, 'LAMBERT_93', 46.5, 3],
    ['UTM 20N central meridian on the equator', 500000, 0, 'UTM_N20', 0, -63],
  ];
  for (const [name, x, y, source, lat, lon] of control) {
    it(`${name}: within 2 m of the reference`, () => {
      const crs = crsOf(source)!;
      assert.ok(crs, source);
      const point = toWgs84(x, y, crs)!;
      const metres = distanceKm(point, { lat, lon }) * 1000;
      assert.ok(metres < 2, `${name}: ${JSON.stringify(point)} is ${metres.toFixed(2)} m away`);
    });
  }

  it('reads the system from sourcecoordet, else from the département', () => {
    assert.equal(crsOf('1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93'), 'EPSG:2154');
    assert.equal(crsOf('x,UTM_N20'), 'EPSG:4559');
    assert.equal(crsOf('x,UTM_S40'), 'EPSG:2975');
    assert.equal(crsOf('x,UTM_N21'), 'EPSG:4467');
    assert.equal(crsOf('EPSG:4471 RGM04/UTM zone 38S (Mayotte)'), 'EPSG:4471');
    assert.equal(crsOf('EPSG:9999 Mars'), undefined);
    assert.equal(crsOf('', '974'), 'EPSG:2975');
    assert.equal(crsOf('', '59'), 'EPSG:2154');
    assert.equal(crsOf(''), undefined);
  });
});

describe('FINESS to directory', () => {
  it('keeps the maisons de santé, tidies names, addresses, phones, and converts coordinates', () => {
    const { directory, summary } = importFiness(parseFiness(read('extract-utf8.csv')), { updated: '2026-11-03', files: { extract: 'extract-utf8.csv' } });
    assert.deepEqual(parseDirectory(directory).issues, []);
    assert.equal(directory.updated, '2026-11-03');
    assert.equal(directory.source, 'FINESS, extraction du 2026-11-02 (data.gouv.fr, Licence Ouverte) : extract-utf8.csv');
    assert.equal(directory.structures.length, 11);
    assert.ok(directory.structures.every((s) => s.kind === 'msp' && s.member === false && s.finess === s.id));
    const lille = byId(directory.structures, '590000011');
    assert.equal(lille.name, 'Maison de Sante Pluriprofessionnelle du Vieux Lille');
    assert.deepEqual(lille.address, { line1: '5 place des Tisserands', postalCode: '59000', city: 'Lille', department: '59' });
    assert.equal(lille.phone, '03 53 73 00 20');
    assert.ok(distanceKm(lille.geo!, { lat: 50.6405, lon: 3.062 }) < 0.01);
    const mont = byId(directory.structures, '620000021');
    assert.equal(mont.address.city, 'Saint-Etienne-au-Mont', 'St spelt out, the words joined as the official name joins them');
    assert.equal(mont.phone, '03 53 73 01 40', 'the leading 0 some extracts lose is put back');
    assert.equal(byId(directory.structures, '800000031').address.city, 'Amiens', 'CEDEX is not a town');
    assert.deepEqual(byId(directory.structures, '970000101').address, { line1: '3 bis rue de Paris', postalCode: '97400', city: 'Saint-Denis', department: '974' });
    assert.equal(byId(directory.structures, '970000081').address.line1, 'Morne Joliviere');
    assert.equal(byId(directory.structures, '970000081').address.department, '971');
    assert.equal(byId(directory.structures, '970000111').address.line1, 'BP 111');
    assert.ok(distanceKm(byId(directory.structures, '970000091').geo!, { lat: 4.92347, lon: -52.31973 }) < 0.002);
    assert.equal(byId(directory.structures, '590000121').geo, undefined);
    assert.deepEqual(summary.kept, { msp: 11, pole: 0, 'centre-de-sante': 0, cpts: 0, total: 11, withoutCoordinates: 1, member: 0 });
    assert.deepEqual(summary.skipped, { otherCategory: 1, centres: 1, cpts: 1, outsideArea: 0, invalid: 0, excluded: 0 });
    // Sorted by département, then name.
    assert.deepEqual(directory.structures.map((s) => s.address.department), ['01', '59', '59', '60', '62', '75', '80', '971', '973', '974', '976']);
  });

  it('leaves out, and says so, a point that falls outside its territory (in the sea)', () => {
    const extract = writeFixture('sea.csv', [
      structureet({}),
      structureet({ nofinesset: '970000081', departement: '9A', libdepartement: 'GUADELOUPE', ligneacheminement: '97139 LES ABYMES' }),
      structureet({ nofinesset: '590000037' }),
      geolocalisation('590000029', 100, 100),
      // Lambert-93 coordinates given for a structure of Guadeloupe.
      `geolocalisation;970000081;657242.9;6795384.4;1,ATLASANTE,96,BAN,EPSG:2154 RGF93 / Lambert-93 (Métropole);2026-10-26`,
      geolocalisation('590000037', 654321.5, 7100321.2),
    ]);
    const { directory, summary } = importFiness(parseFiness(readFileSync(extract)));
    assert.equal(byId(directory.structures, '590000029').geo, undefined);
    assert.equal(byId(directory.structures, '970000081').geo, undefined);
    assert.ok(byId(directory.structures, '590000037').geo, 'a point in France stays');
    assert.equal(summary.kept.withoutCoordinates, 2);
    assert.deepEqual(summary.issues.map((i) => i.where), ['line 5 (FINESS 590000029)', 'line 6 (FINESS 970000081)']);
    assert.match(summary.issues[0]!.message, /^coordinates 100, 100 fall at -5\.\d+, -1\.\d+, outside metropolitan France; no coordinates$/);
    assert.match(summary.issues[1]!.message, /, outside Guadeloupe; no coordinates$/);
    // Within the latitudes of the territory, but west or east of it: in the Atlantic, in Germany.
    assert.equal(outsideTerritory({ lat: 47.5, lon: -8 }, '29'), 'metropolitan France');
    assert.equal(outsideTerritory({ lat: 48.5, lon: 11 }, '67'), 'metropolitan France');
    assert.equal(outsideTerritory({ lat: 48.4, lon: -4.5 }, '29'), undefined);
    // Every point of the test extract, from Ain to Mayotte, is within its territory.
    assert.equal(importFiness(parseFiness(read('extract-utf8.csv')), { withCentres: true, withCpts: true }).summary.issues.length, 0);
  });

  it('adds the centres de santé and CPTS on request', () => {
    const extract = parseFiness(read('extract-utf8.csv'));
    const { directory, summary } = importFiness(extract, { departments: ['59', '62'], withCentres: true, withCpts: true });
    assert.deepEqual(directory.structures.map((s) => [s.id, s.kind]), [
      ['590000041', 'centre-de-sante'],
      ['590000121', 'msp'],
      ['590000011', 'msp'],
      ['620000051', 'cpts'],
      ['620000021', 'msp'],
    ]);
    assert.equal(byId(directory.structures, '620000051').name, 'Communaute Professionnelle Territoriale de Sante du Calaisis');
    assert.deepEqual(summary.skipped, { otherCategory: 1, centres: 0, cpts: 0, outsideArea: 8, invalid: 0, excluded: 0 });
  });

  it('filters by region', () => {
    const { directory, summary } = importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF });
    assert.deepEqual(directory.structures.map((s) => s.id), ['590000121', '590000011', '600000131', '620000021', '800000031']);
    assert.equal(summary.skipped.outsideArea, 6);
  });

  it('keeps the accents a Windows-1252 extract has', () => {
    const { directory } = importFiness(parseFiness(read('extract-cp1252.csv')), { withCentres: true });
    assert.deepEqual(directory.structures.map((s) => s.name), ['Maison de Santé des Corons – Lens', 'Pôle de Santé des Boves', 'Centre de Santé François Villon']);
    assert.equal(directory.structures[1]!.address.line1, '2 rue des Arbalétriers');
    assert.equal(directory.structures[2]!.address.city, 'Péronne');
  });

  it('reads overlay fields and columns named like Object methods as unknown ("constructor" once threw inside zod)', () => {
    const json = parseOverlay(Buffer.from('{"590000029": {"constructor": 1, "toString": {"call": 1}, "address": {"valueOf": 2}, "member": "oui"}}'), 'overlay.json');
    assert.deepEqual(json.issues.map((i) => i.message), [
      '"constructor" is not a field of the directory format; ignored',
      '"toString" is not a field of the directory format; ignored',
      '"address.valueOf" is not a field of the directory format; ignored',
    ]);
    assert.deepEqual(json.entries.get('590000029'), { member: true });
    const csv = parseOverlay(Buffer.from('N° FINESS;constructor;hasOwnProperty;Type\n590000029;x;y;toString\n'), 'overlay.csv');
    assert.deepEqual(csv.issues.map((i) => i.message), [
      'unknown column "constructor" ignored',
      'unknown column "hasOwnProperty" ignored',
      'kind: "toString" is not a kind (MSP, Maison de santé, Pôle de santé, Centre de santé, CPTS); ignored',
    ]);
  });

  it('merges a JSON overlay, reporting what it could not use', () => {
    const overlay = parseOverlay(read('overlay.json'), 'overlay.json');
    assert.deepEqual(overlay.issues, [
      { where: 'overlay.json ["800000031"]', message: 'bookingUrl: expected an http(s) URL; ignored' },
      { where: 'overlay.json ["970000081"]', message: 'acceptsNewPatients needs the date it was declared (acceptsNewPatients.declared / column "acceptsNewPatientsDeclared", YYYY-MM-DD); left out' },
    ]);
    const { directory, summary } = importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF, overlay });
    const lille = byId(directory.structures, '590000011');
    assert.equal(lille.name, 'MSP du Vieux-Lille');
    assert.equal(lille.member, true);
    assert.equal(lille.website, 'https://msp-du-vieux-lille.example/');
    assert.equal(lille.openingHours, 'Mo-Fr 08:00-20:00; Sa 08:00-12:30; PH off');
    assert.deepEqual(lille.acceptsNewPatients, { value: true, declared: '2026-10-05' });
    assert.deepEqual(lille.professions, [{ code: 'medecin-generaliste', count: 6 }, { code: 'infirmier', count: 5 }]);
    assert.equal(lille.team?.[0]?.name, 'Dr Camille Lefebvre');
    assert.equal(lille.address.city, 'Lille', 'FINESS fields the overlay does not mention stay');
    const amiens = byId(directory.structures, '800000031');
    assert.equal(amiens.name, 'Maison de santé Saint-Leu');
    assert.equal(amiens.bookingUrl, undefined);
    assert.equal(amiens.openingHours, undefined);
    assert.equal(directory.structures.find((s) => s.id === '620000021'), undefined, 'excluded by the overlay');
    assert.deepEqual(summary.overlay, { merged: 2, unknown: ['599999999'], notKept: ['590000061', '970000081'] });
    assert.equal(summary.skipped.excluded, 1);
    assert.equal(summary.kept.member, 1);
    const problems = summary.issues.map((i) => `${i.where}: ${i.message}`);
    assert.ok(problems.includes('overlay.json ["800000031"]: bookingUrl: expected an http(s) URL; ignored'), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('overlay.json ["800000031"]: openingHours: ') && p.endsWith('in "Lundi-vendredi 8h-19h"; left out')), problems.join('\n'));
    assert.deepEqual(parseDirectory(directory).issues, []);
  });

  it('merges a CSV overlay (Windows-1252, French column names), with line numbers for its problems', () => {
    const overlay = parseOverlay(read('overlay.csv'), 'overlay.csv');
    assert.deepEqual(overlay.issues, [
      { where: 'overlay.csv line 1', message: 'unknown column "Couleur préférée" ignored' },
      { where: 'overlay.csv line 3', message: 'professions: unknown profession "sorcier" dropped, the others kept (see the vocabulary: ' + 'medecin-generaliste, medecin-specialiste, infirmier, infirmier-pratique-avancee, masseur-kinesitherapeute, sage-femme, pharmacien, chirurgien-dentiste, orthophoniste, orthoptiste, pedicure-podologue, dieteticien, psychologue, ergotherapeute, psychomotricien, enseignant-apa, assistant-social, assistant-medical, coordinateur)' },
      { where: 'overlay.csv line 3', message: 'acceptsNewPatients: "peut-être" is not yes or no (oui/non, yes/no, 1/0, x)' },
      { where: 'overlay.csv line 4', message: 'acceptsNewPatients needs the date it was declared (acceptsNewPatients.declared / column "acceptsNewPatientsDeclared", YYYY-MM-DD); left out' },
      { where: 'overlay.csv line 5', message: '"59-12" is not a FINESS number (9 characters); entry ignored' },
    ]);
    const { directory, summary } = importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF, overlay });
    const lille = byId(directory.structures, '590000011');
    assert.equal(lille.member, true);
    assert.deepEqual(lille.professions, [{ code: 'medecin-generaliste', count: 6 }, { code: 'infirmier', count: 5 }, { code: 'sage-femme' }]);
    assert.equal(lille.openingHours, 'Mo-Fr 08:00-20:00');
    assert.deepEqual(lille.acceptsNewPatients, { value: true, declared: '2026-10-05' });
    assert.deepEqual(lille.unscheduledCare, { value: false, declared: '2026-10-05' });
    assert.equal(byId(directory.structures, '800000031').member, true);
    assert.deepEqual(byId(directory.structures, '800000031').professions, [{ code: 'medecin-generaliste', count: 3 }], 'the unknown "sorcier" costs the others nothing');
    assert.equal(byId(directory.structures, '590000121').member, false);
    assert.deepEqual(summary.overlay, { merged: 3, unknown: [], notKept: [] });
  });

  it('checks each overlay value on its own: an invalid one is reported with its line and ignored, and FINESS\'s value or the structure stays', () => {
    const csv = writeFixture('values.csv', ['N° FINESS;Type;Adhérent;Téléphone;Site internet', '590000011;MSP;oui;;', '800000031;Cabinet;oui;+33 (0)3 21 00 00 99;www.msp.example'], false);
    const overlay = parseOverlay(readFileSync(csv), 'values.csv');
    assert.deepEqual(overlay.issues, [
      { where: 'values.csv line 3', message: 'kind: "Cabinet" is not a kind (MSP, Maison de santé, Pôle de santé, Centre de santé, CPTS); ignored' },
      { where: 'values.csv line 3', message: 'phone: expected a phone number such as "03 21 00 00 00"; ignored' },
      { where: 'values.csv line 3', message: 'website: expected an http(s) URL; ignored' },
    ]);
    const { directory, summary } = importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF, overlay });
    assert.deepEqual([byId(directory.structures, '590000011').kind, byId(directory.structures, '590000011').member], ['msp', true]);
    const amiens = byId(directory.structures, '800000031');
    assert.deepEqual([amiens.kind, amiens.member, amiens.phone, amiens.website], ['msp', true, '03 53 73 02 10', undefined], "FINESS's kind and phone stay");
    assert.equal(summary.skipped.invalid, 0);

    const json = writeFixture('values.json', [JSON.stringify({
      590000011: { member: 'oui', kind: 'Pôle de santé', accessibility: { wheelchair: 'non', url: 'accessibilite.html' } },
      800000031: { member: 'peut-être', name: '', phone: 32100000, geo: { lat: '49,9', lon: 2.3 }, colour: 'bleu' },
    })], false);
    const fromJson = parseOverlay(readFileSync(json), 'values.json');
    assert.deepEqual(fromJson.issues, [
      { where: 'values.json ["590000011"]', message: 'accessibility.url: expected an http(s) URL; ignored' },
      { where: 'values.json ["800000031"]', message: 'member: "peut-être" is not yes or no (oui/non, yes/no, 1/0, x); ignored' },
      { where: 'values.json ["800000031"]', message: 'name: expected text of 1 to 200 characters, not blank; ignored' },
      { where: 'values.json ["800000031"]', message: 'phone: "32100000" is not a phone number (10 digits, or international from + or 00); ignored' },
      { where: 'values.json ["800000031"]', message: 'geo.lat: expected a latitude; geo ignored' },
      { where: 'values.json ["800000031"]', message: '"colour" is not a field of the directory format; ignored' },
    ]);
    const merged = importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF, overlay: fromJson }).directory.structures;
    const lille = byId(merged, '590000011');
    assert.deepEqual([lille.kind, lille.member, lille.accessibility], ['pole', true, { wheelchair: false }]);
    assert.deepEqual([byId(merged, '800000031').name, byId(merged, '800000031').member, byId(merged, '800000031').phone], ['Maison de Sante Saint Leu', false, '03 53 73 02 10']);
  });

  it('completes an address FINESS does not give whole with the overlay\'s, JSON or CSV, and says how when there is none', () => {
    const extract = writeFixture('addresses.csv', [
      structureet({ nofinesset: '620000021', numvoie: '', typvoie: '', voie: '', departement: '62', libdepartement: 'PAS DE CALAIS', ligneacheminement: '62000 ARRAS' }),
      structureet({ nofinesset: '800000031', departement: '80', libdepartement: 'SOMME', ligneacheminement: 'AMIENS' }),
      structureet({ nofinesset: '010000071', numvoie: '', typvoie: '', voie: '', departement: '01', libdepartement: 'AIN', ligneacheminement: 'BOURG' }),
    ]);
    const alone = importFiness(parseFiness(readFileSync(extract)));
    assert.equal(alone.directory.structures.length, 0);
    assert.deepEqual(alone.summary.issues.map((i) => `${i.where}: ${i.message}`), [
      'line 2 (FINESS 620000021): no street address; structure "Maison de Sante des Dunes" left out: give its street in the overlay, CSV column "Adresse" or JSON "address": { "line1": "…" } (FINESS\'s postcode, town and département are kept)',
      'line 3 (FINESS 800000031): no postcode and town in "AMIENS"; structure "Maison de Sante des Dunes" left out: give its postcode and town in the overlay, CSV columns "Code postal" and "Commune" or JSON "address": { "postalCode": "…", "city": "…" } (FINESS\'s street and département are kept)',
      'line 4 (FINESS 010000071): no postcode and town in "BOURG"; structure "Maison de Sante des Dunes" left out: give its street, postcode and town in the overlay, CSV columns "Adresse", "Code postal" and "Commune" or JSON "address": { "line1": "…", "postalCode": "…", "city": "…" } (FINESS\'s département is kept)',
    ]);
    const csv = writeFixture('addresses-overlay.csv', [
      "N° FINESS;Adresse;Complément d'adresse;Code postal;Commune",
      '620000021;Place de la Mairie;Bâtiment B;;',
      '800000031;;;80000;Amiens',
      // Excel drops the leading zero of the Ain's postcodes.
      '10000071;2 avenue Alsace-Lorraine;;1000;Bourg-en-Bresse',
    ], false);
    const overlay = parseOverlay(readFileSync(csv), 'addresses-overlay.csv');
    assert.deepEqual(overlay.issues, []);
    const { directory, summary } = importFiness(parseFiness(readFileSync(extract)), { overlay });
    assert.deepEqual(summary.issues, []);
    assert.deepEqual(byId(directory.structures, '620000021').address, { line1: 'Place de la Mairie', line2: 'Bâtiment B', postalCode: '62000', city: 'Arras', department: '62' });
    assert.deepEqual(byId(directory.structures, '800000031').address, { line1: '12 rue des Oyats', postalCode: '80000', city: 'Amiens', department: '80' });
    assert.deepEqual(byId(directory.structures, '010000071').address, { line1: '2 avenue Alsace-Lorraine', postalCode: '01000', city: 'Bourg-en-Bresse', department: '01' });
    const json = parseOverlayJson(JSON.stringify({ 620000021: { address: { line1: 'Place de la Mairie' } }, 800000031: { address: { postalCode: '8000', city: 'Amiens' } } }), 'addresses.json');
    assert.deepEqual(json.issues, []);
    const fromJson = importFiness(parseFiness(readFileSync(extract)), { overlay: json });
    assert.deepEqual(byId(fromJson.directory.structures, '620000021').address, { line1: 'Place de la Mairie', postalCode: '62000', city: 'Arras', department: '62' });
    assert.equal(byId(fromJson.directory.structures, '800000031').address.postalCode, '08000');
    // A part the overlay gives corrects FINESS's; the others stay.
    const corrected = importFiness(parseFiness(read('extract-utf8.csv')), { departments: ['59'], overlay: parseOverlayCsv('N° FINESS;Adresse\n590000011;7 place des Tisserands\n') });
    assert.deepEqual(byId(corrected.directory.structures, '590000011').address, { line1: '7 place des Tisserands', postalCode: '59000', city: 'Lille', department: '59' });
  });

  it('reads the kinds of structure as people write them', () => {
    const kinds: Record<string, string[]> = {
      msp: ['MSP', 'msp', 'Maison de santé', 'MAISON DE SANTE', 'Maison de santé pluriprofessionnelle'],
      pole: ['Pôle de santé', 'pole', 'PSP'],
      'centre-de-sante': ['Centre de santé', 'centre-de-sante', 'CDS'],
      cpts: ['CPTS', 'Communauté professionnelle territoriale de santé'],
    };
    for (const [kind, names] of Object.entries(kinds)) for (const name of names) assert.equal(parseKind(name), kind, name);
    assert.throws(() => parseKind('Cabinet'), /"Cabinet" is not a kind/);
  });

  it('puts back the leading 0 a spreadsheet drops from a phone number in the overlay, and lays it out as FINESS phones are', () => {
    const overlay = parseOverlay(Buffer.from('N° FINESS;Téléphone\n590000011;353730099\n'), 'excel.csv');
    assert.deepEqual(overlay.issues, []);
    const { directory } = importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF, overlay });
    assert.equal(byId(directory.structures, '590000011').phone, '03 53 73 00 99');
    const international = parseOverlay(Buffer.from('N° FINESS;Téléphone\n590000011;+33 3 53 73 00 99\n'), 'excel.csv');
    assert.equal(byId(importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF, overlay: international }).directory.structures, '590000011').phone, '+33 3 53 73 00 99');
    const miquelon = parseOverlay(Buffer.from('N° FINESS;Téléphone\n590000011;+508 41 10 00\n'), 'excel.csv');
    assert.equal(byId(importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF, overlay: miquelon }).directory.structures, '590000011').phone, '+508 41 10 00');
  });

  it('leaves out, and says so, a phone number of nine digits from 0, in the extract or in the overlay', () => {
    const extract = writeFixture('short-phone.csv', [structureet({ telephone: '032100000' }), structureet({ nofinesset: '590000037', telephone: '0321000000' })]);
    const overlay = parseOverlay(Buffer.from('N° FINESS;Téléphone\n590000037;032100099\n'), 'phones.csv');
    assert.deepEqual(overlay.issues, [{ where: 'phones.csv line 2', message: 'phone: "032100099" is not a phone number (10 digits, or international from + or 00); ignored' }]);
    const { directory, summary } = importFiness(parseFiness(readFileSync(extract)), { overlay });
    assert.equal(byId(directory.structures, '590000029').phone, undefined);
    assert.equal(byId(directory.structures, '590000037').phone, '03 21 00 00 00', "FINESS's number stays");
    assert.deepEqual(summary.issues.map((i) => `${i.where}: ${i.message}`), [
      'phones.csv line 2: phone: "032100099" is not a phone number (10 digits, or international from + or 00); ignored',
      'line 2 (FINESS 590000029): telephone "032100000" is not a phone number (10 digits); left out',
    ]);
  });

  it('reads a ";" overlay whose headers hold commas, and one with CR line ends (Excel "CSV (Macintosh)")', () => {
    const commas = parseOverlay(Buffer.from('N° FINESS;Professions (médecins, infirmiers, kinés, sages-femmes);Adhérent\n590000011;medecin-generaliste:2;oui\n'), 'excel.csv');
    assert.deepEqual(commas.issues, []);
    assert.deepEqual(commas.entries.get('590000011'), { professions: [{ code: 'medecin-generaliste', count: 2 }], member: true });
    const mac = parseOverlay(Buffer.from('N° FINESS;Adhérent\r590000011;oui\r800000031;non\r'), 'mac.csv');
    assert.deepEqual(mac.issues, []);
    assert.deepEqual([...mac.entries.keys()], ['590000011', '800000031']);
  });

  it('reads overlay cells the way people type them', () => {
    assert.equal(parseYesNo('Oui'), true);
    assert.equal(parseYesNo(' x '), true);
    assert.equal(parseYesNo('NON'), false);
    assert.equal(parseYesNo(''), undefined);
    assert.throws(() => parseYesNo('bof'));
    assert.equal(parseDate('5/3/2026'), '2026-03-05');
    assert.equal(parseDate('2026-03-05'), '2026-03-05');
    assert.throws(() => parseDate('mars 2026'));
    // Days the calendar does not have, which Date.parse would roll over into March.
    assert.throws(() => parseDate('31/02/2026'), /"31\/02\/2026" is not a date/);
    assert.throws(() => parseDate('2026-02-29'));
    assert.equal(parseDate('29/02/2028'), '2028-02-29');
    assert.equal(professionCode('Masseur-Kinésithérapeute'), 'masseur-kinesitherapeute');
    assert.equal(professionCode('midwife'), 'sage-femme');
    assert.equal(professionCode('Infirmier·ère (IDE)'), 'infirmier');
    assert.deepEqual(parseProfessions('Pharmacien (1), orthophoniste = 2'), [{ code: 'pharmacien', count: 1 }, { code: 'orthophoniste', count: 2 }]);
    assert.deepEqual(parseOverlayCsv('nom,finess\n"MSP, centre",590000011\n').entries.get('590000011'), { name: 'MSP, centre' });
  });

  it('drops only an unknown profession of a cell, and reads the names people give professions', () => {
    const path = writeFixture('professions.csv', ['N° FINESS;Professions', '590000011;Médecin généraliste (4) | Infirmière (2) | Sorcier | Sage-femme'], false);
    const overlay = parseOverlay(readFileSync(path), 'professions.csv');
    assert.deepEqual(overlay.entries.get('590000011'), { professions: [{ code: 'medecin-generaliste', count: 4 }, { code: 'infirmier', count: 2 }, { code: 'sage-femme' }] });
    assert.deepEqual(overlay.issues, [{ where: 'professions.csv line 2', message: `professions: unknown profession "Sorcier" dropped, the others kept (see the vocabulary: ${PROFESSION_CODES.join(', ')})` }]);
    const { directory } = importFiness(parseFiness(read('extract-utf8.csv')), { departments: HDF, overlay });
    assert.deepEqual(byId(directory.structures, '590000011').professions.map((p) => p.code), ['medecin-generaliste', 'infirmier', 'sage-femme']);
    const names: Record<string, string[]> = {
      'medecin-generaliste': ['Médecin', 'Médecins généralistes', 'Généraliste', 'MG'],
      'medecin-specialiste': ['Spécialiste', 'Pédiatre'],
      infirmier: ['Infirmière', 'Infirmières', 'IDE', 'Infirmier·ère', 'Infirmière (IDE)'],
      'infirmier-pratique-avancee': ['IPA', 'Infirmière en pratique avancée'],
      'masseur-kinesitherapeute': ['Kiné', 'Kinés', 'Kinésithérapeute', 'Masseurs-kinésithérapeutes'],
      'sage-femme': ['Sages-femmes', 'sage femme'],
      pharmacien: ['Pharmacienne', 'Pharmaciens'],
      'chirurgien-dentiste': ['Dentiste', 'Chirurgiens-dentistes', 'Chirurgienne-dentiste'],
      orthophoniste: ['Orthophonistes'],
      'pedicure-podologue': ['Podologue', 'Pédicures-podologues'],
      dieteticien: ['Diététicienne', 'Diététiciennes'],
      psychomotricien: ['Psychomotricienne'],
      'enseignant-apa': ['Enseignante APA', 'APA'],
      'assistant-social': ['Assistante sociale', 'Assistants sociaux'],
      'assistant-medical': ['Assistante médicale', 'Assistants médicaux'],
      coordinateur: ['Coordinatrice', 'Coordinateur·rice'],
    };
    for (const [code, forms] of Object.entries(names)) for (const form of forms) assert.equal(professionCode(form), code, form);
    // The labels of earlier versions, in inclusive writing, still name theirs.
    const earlier: Record<string, string> = {
      'Infirmier·ère': 'infirmier',
      'Infirmier·ère en pratique avancée (IPA)': 'infirmier-pratique-avancee',
      'Masseur-kinésithérapeute': 'masseur-kinesitherapeute',
      'Pharmacien·ne': 'pharmacien',
      'Chirurgien·ne-dentiste': 'chirurgien-dentiste',
      'Diététicien·ne': 'dieteticien',
      'Psychomotricien·ne': 'psychomotricien',
      'Enseignant·e en activité physique adaptée': 'enseignant-apa',
      'Assistant·e de service social': 'assistant-social',
      'Assistant·e médical·e': 'assistant-medical',
      'Coordinateur·rice': 'coordinateur',
    };
    for (const [label, code] of Object.entries(earlier)) assert.equal(professionCode(label), code, label);
    // Every code and label still names its own profession: no short name took it over.
    for (const code of PROFESSION_CODES) for (const name of [code, ...PROFESSIONS[code]]) assert.equal(professionCode(name), code, name);
    assert.equal(professionCode('Sorcière'), undefined);
  });

  it('finds the FINESS number column under the names Excel sheets give it', () => {
    const headers = ['N° FINESS', 'Numéro FINESS', 'FINESS ET', 'n°finess', 'Nº Finess', 'No FINESS', 'N° FINESS de l\'établissement', 'Finess géographique', 'nofinesset'];
    for (const header of headers) {
      const overlay = parseOverlayCsv(`${header};Adhérent;Professions;Horaires d'ouverture;Prise de rendez-vous\n590000011;oui;Infirmier (2);Mo-Fr 08:00-19:00;https://rdv.example/\n`);
      assert.deepEqual(overlay.issues, [], header);
      assert.deepEqual(
        overlay.entries.get('590000011'),
        { member: true, professions: [{ code: 'infirmier', count: 2 }], openingHours: 'Mo-Fr 08:00-19:00', bookingUrl: 'https://rdv.example/' },
        header,
      );
    }
    // A note in brackets that names the column: the date of "Nouveaux patients (date)", the EJ of "N° FINESS (EJ)".
    const dated = parseOverlayCsv('N° FINESS (ET);Nouveaux patients;Nouveaux patients (date);Professions (codes ou noms)\n590000011;oui;05/10/2026;Infirmier\n', 'dated.csv');
    assert.deepEqual(dated.issues, []);
    assert.deepEqual(dated.entries.get('590000011'), { acceptsNewPatients: { value: true, declared: '2026-10-05' }, professions: [{ code: 'infirmier' }] });
    assert.deepEqual(parseOverlayCsv('N° FINESS (EJ);Nom\n590000001;MSP\n', 'ej.csv').issues[0], { where: 'ej.csv line 1', message: 'unknown column "N° FINESS (EJ)" ignored' });
    // FINESS EJ is the legal entity's number, not the establishment's: not the key.
    assert.deepEqual(parseOverlayCsv('FINESS EJ;Nom\n590000001;MSP\n', 'federation.csv').issues, [
      { where: 'federation.csv line 1', message: 'unknown column "FINESS EJ" ignored' },
      { where: 'federation.csv line 1', message: 'no FINESS number column: expected a header such as "N° FINESS", "Numéro FINESS" or "FINESS" (the establishment\'s number, not FINESS EJ) in the first line; the overlay is not used' },
    ]);
  });

  it('gives back the leading zero Excel drops from the FINESS numbers of départements 01 to 09', () => {
    const csv = parseOverlayCsv('N° FINESS;Adhérent\n20000123;oui\n10000071;oui\n2A0000017;oui\n1234567;oui\n02345678;oui\n', 'federation.csv');
    assert.deepEqual([...csv.entries.keys()], ['020000123', '010000071', '2A0000017']);
    assert.deepEqual(csv.issues, [
      { where: 'federation.csv line 5', message: '"1234567" is not a FINESS number (9 characters); entry ignored' },
      { where: 'federation.csv line 6', message: '"02345678" is not a FINESS number (9 characters); entry ignored' },
    ]);
    // JSON numbers, as a spreadsheet converter writes them, and keys.
    const json = parseOverlayJson('[{ "finess": 20000123, "member": true }, { "finess": 590000011 }]');
    assert.deepEqual([...json.entries], [['020000123', { member: true }], ['590000011', {}]]);
    assert.deepEqual(json.issues, []);
    assert.deepEqual([...parseOverlayJson('{ "10000071": { "member": true } }').entries.keys()], ['010000071']);
    // The same structure twice, once with its zero and once without.
    assert.deepEqual(parseOverlayCsv('FINESS;Nom\n010000071;A\n10000071;B\n', 'federation.csv').issues, [
      { where: 'federation.csv line 3', message: 'FINESS number 010000071 appears twice in the overlay; the last one is used' },
    ]);
    // And merged into the Ain's maison de santé of the extract.
    const { directory } = importFiness(parseFiness(read('extract-utf8.csv')), { departments: ['01'], overlay: csv });
    assert.equal(byId(directory.structures, '010000071').member, true);
  });

  it('reads cells written on several lines (Alt+Enter in Excel), with the line numbers of the file', () => {
    const text =
      '\uFEFFN° FINESS;Nom;Professions;Horaires;Accessibilité\r\n' +
      '590000011;"MSP ""du Vieux-Lille""";"Médecin généraliste (6)\nInfirmier (5)";"Mo-Fr 08:00-20:00;\nSa 08:00-12:00";"Rampe à l\'entrée\r\nAscenseur"\r\n' +
      '800000031;"Saint-Leu; centre";"sorcier\nInfirmier";;\r\n' +
      ';;;;\r\n' +
      '59-12;;;;\r\n';
    const expected = {
      entries: [
        ['590000011', {
          name: 'MSP "du Vieux-Lille"',
          professions: [{ code: 'medecin-generaliste', count: 6 }, { code: 'infirmier', count: 5 }],
          openingHours: 'Mo-Fr 08:00-20:00; Sa 08:00-12:00',
          accessibility: { note: "Rampe à l'entrée Ascenseur" },
        }],
        ['800000031', { name: 'Saint-Leu; centre', professions: [{ code: 'infirmier' }] }],
      ],
      issues: [
        { where: 'federation.csv line 6', message: `professions: unknown profession "sorcier" dropped, the others kept (see the vocabulary: ${PROFESSION_CODES.join(', ')})` },
        { where: 'federation.csv line 9', message: '"59-12" is not a FINESS number (9 characters); entry ignored' },
      ],
    };
    const contents = (overlay: ReturnType<typeof parseOverlayCsv>) => ({ entries: [...overlay.entries], issues: overlay.issues });
    assert.deepEqual(contents(parseOverlayCsv(text, 'federation.csv')), expected);
    // LF line ends, and Windows-1252 bytes (which have no BOM).
    assert.deepEqual(contents(parseOverlay(Buffer.from(text.slice(1).replace(/\r\n/g, '\n'), 'latin1'), 'federation.csv')), expected);
    // Comma and tab separators.
    assert.deepEqual(parseOverlayCsv('finess,nom,horaires\n590000011,"A, B","Mo 08:00-12:00\nTu 08:00-12:00"\n').entries.get('590000011'), { name: 'A, B', openingHours: 'Mo 08:00-12:00; Tu 08:00-12:00' });
    assert.deepEqual(parseOverlayCsv('finess\tnom\tadhérent\n590000011\tA; B\toui\n').entries.get('590000011'), { name: 'A; B', member: true });
    // A quote that is never closed: the rows before it are read, the rest is reported.
    const unclosed = parseOverlayCsv('finess;nom\n590000011;A\n800000031;"B\n590000121;C\n', 'federation.csv');
    assert.deepEqual([...unclosed.entries.keys()], ['590000011']);
    assert.deepEqual(unclosed.issues, [{ where: 'federation.csv line 3', message: 'a cell opened with a double quote (") is not closed; the rest of the file, from this line, is ignored' }]);
  });

  it('tidies FINESS text', () => {
    assert.equal(titleCase("MAISON DE SANTE DU VAL D'AUTHIE"), "Maison de Sante du Val d'Authie");
    assert.equal(titleCase('SISA MSP DES 2 CAPS'), 'SISA MSP des 2 Caps');
    // Towns as the Code officiel géographique writes them: hyphens but after a leading article.
    const towns: [string, string][] = [
      ['ST DENIS', 'Saint-Denis'],
      ['STE MARIE', 'Sainte-Marie'],
      ['VILLENEUVE D ASCQ', "Villeneuve-d'Ascq"],
      ["VILLENEUVE D'ASCQ", "Villeneuve-d'Ascq"],
      ['L ILE ROUSSE', "L'Ile-Rousse"],
      ['LES ABYMES', 'Les Abymes'],
      ['LE TAMPON', 'Le Tampon'],
      ['FORT DE FRANCE', 'Fort-de-France'],
      ['BOULOGNE SUR MER', 'Boulogne-sur-Mer'],
      ['SAINT-LAURENT-DU-MARONI', 'Saint-Laurent-du-Maroni'],
      ['PÉRONNE', 'Péronne'],
      ['MARSEILLE 05', 'Marseille 05'],
    ];
    for (const [finess, name] of towns) assert.equal(communeName(finess), name, finess);
    assert.equal(formatPhone('0321000000'), '03 21 00 00 00');
    assert.equal(formatPhone('321000000'), '03 21 00 00 00');
    assert.equal(formatPhone('12'), undefined);
    // Nine digits from 0 are a number missing a digit, not one that lost its 0 (before: "00 32 10 00 00").
    assert.equal(formatPhone('032100000'), undefined);
    assert.equal(formatPhone('00 32 10 00 00 00'), '00 32 10 00 00 00', 'international, as given');
    assert.equal(departmentCode('9D', 'LA REUNION'), '974');
    assert.equal(departmentCode('9F', 'MAYOTTE'), '976');
    assert.equal(departmentCode('', 'GUADELOUPE'), '971');
    assert.equal(departmentCode('2A', 'CORSE DU SUD'), '2A');
    assert.equal(departmentCode('1', 'AIN'), '01');
    assert.deepEqual(regionDepartments('Hauts-de-France'), ['02', '59', '60', '62', '80']);
    assert.deepEqual(regionDepartments('PACA'), ['04', '05', '06', '13', '83', '84']);
    assert.equal(regionDepartments('Atlantide'), undefined);
    // Names every object has are no region nor département (the CLI gave Object for --region constructor).
    assert.equal(regionDepartments('constructor'), undefined);
    assert.equal(departmentCode('', 'CONSTRUCTOR'), '');
    // INSEE region codes, and "Centre" alone.
    assert.deepEqual(regionDepartments('32'), ['02', '59', '60', '62', '80']);
    assert.deepEqual(regionDepartments('84'), regionDepartments('auvergne-rhone-alpes'));
    assert.deepEqual(regionDepartments('4'), ['974']);
    assert.deepEqual(regionDepartments('Centre'), ['18', '28', '36', '37', '41', '45']);
    assert.equal(regionDepartments('99'), undefined);
  });
});

describe('FINESS importer on arbitrary input (property tests)', () => {
  const row = structureet({});
  const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
  const field = fc.oneof(text, fc.constantFrom('', '"', '""', ';', '2A', '9A', '975', '00', '603', '124', '604', 'NaN', '1e308', '1,5', '97400 ST DENIS', 'constructor', '__proto__', '2A0000001'));
  // Rows of the extract with some fields changed, geolocalisation rows with odd coordinates, and anything.
  const changed = fc
    .dictionary(fc.constantFrom(...STRUCTUREET_FIELDS), field, { maxKeys: 5 })
    .map((fields) => structureet({ ...fields }));
  const geo = fc
    .tuple(fc.constantFrom('590000029', '2A0000001', 'x'), fc.oneof(fc.double().map(String), field), fc.oneof(fc.double().map(String), field), fc.constantFrom('1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93', '', 'UTM_N20', 'UTM_N40', 'WGS84'))
    .map(([finess, x, y, source]) => `geolocalisation;${finess};${x};${y};${source};2026-10-26`);
  const line = fc.oneof(changed, geo, fc.constant(row), fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
  const metadata = fc.constantFrom('finess;etalab;100;2026-11-02', '\ufefffiness;etalab', 'FINESS;ETALAB;;x', 'finess', '');
  const file = fc.tuple(metadata, fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n')).map(([first, lines, end]) => Buffer.from([first, ...lines].join(end)));
  const bytes = fc.oneof(file, fc.uint8Array({ maxLength: 300 }), fc.tuple(file, fc.uint8Array({ maxLength: 30 })).map(([a, b]) => Buffer.concat([a, b])));

  it('reads any bytes without a stack trace: a FinessFormatError naming a line, or errors each naming theirs, and an import', () => {
    fc.assert(
      fc.property(bytes, fc.constantFrom(7, 1 << 20), fc.option(fc.constantFrom(['59'], ['2A', '2B'], ['974']), { nil: undefined }), (input, size, departments) => {
        let extract;
        try {
          // Given a piece at a time, as the command reads a file.
          extract = parseFiness(Array.from({ length: Math.ceil(input.length / size) }, (_, i) => input.subarray(i * size, (i + 1) * size)));
        } catch (error) {
          assert.ok(error instanceof FinessFormatError, String(error));
          assert.match(error.message, /^line 1: /);
          return;
        }
        for (const e of extract.errors) assert.ok(Number.isInteger(e.line) && e.line >= 2 && e.line <= extract.lines, JSON.stringify(e));
        const { directory, summary } = importFiness(extract, { withCentres: true, withCpts: true, ...(departments && { departments }) });
        assert.equal(typeof formatSummary(summary, departments), 'string');
        // What it writes, the widgets read whole.
        assert.equal(parseDirectory(JSON.parse(JSON.stringify(directory))).structures.length, directory.structures.length);
      }),
      { numRuns: 400 },
    );
  });

  it('reads any overlay, JSON or CSV, without throwing, and merges it into data the widgets read whole', () => {
    const extract = parseFiness(Buffer.from(['finess;etalab;100;2026-11-02', row, geolocalisation('590000029', 654000, 7100000)].join('\n')));
    const names = fc.constantFrom('member', 'exclude', 'name', 'kind', 'openingHours', 'professions', 'team', 'phone', 'email', 'website', 'geo', 'acceptsNewPatients', 'address', 'accessibility', 'constructor', 'toString', '__proto__');
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('oui', 'msp', 'Mo-Fr 08:00-12:00', '03 21 00 00 00', 'https://a.fr', [{ name: 'A', profession: 'infirmier' }], { lat: 50.9, lon: 2.3 }, { line1: '1 rue', postalCode: '59140', city: 'Dunkerque', department: '59' }));
    const json = fc.dictionary(names, value, { maxKeys: 5 }).map((entry) => JSON.stringify({ '590000029': entry }));
    const cell = fc.oneof(field, fc.constantFrom('oui', 'x', '590000029', 'Mo-Fr 08:00-12:00', 'Infirmière (2)', '"a\nb"', '01/03/2026'));
    const header = fc.oneof(fc.constantFrom('N° FINESS', 'membre', 'nom', 'horaires', 'professions', 'téléphone', 'type', 'nouveaux patients', 'nouveaux patients (date)', 'constructor'), fc.string({ maxLength: 10 }));
    const csv = fc
      .tuple(fc.array(header, { minLength: 1, maxLength: 5 }), fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 3 }), fc.constantFrom(';', ',', '\t'))
      .map(([headers, rows, separator]) => [headers, ...rows].map((cells) => cells.join(separator)).join('\n'));
    fc.assert(
      fc.property(fc.oneof(json.map((t) => [t, 'overlay.json'] as const), csv.map((t) => [t, 'overlay.csv'] as const), fc.string().map((t) => [t, 'overlay.json'] as const)), ([content, name]) => {
        const overlay = parseOverlay(Buffer.from(content), name);
        const { directory, summary } = importFiness(extract, { overlay });
        assert.equal(typeof formatSummary(summary), 'string');
        assert.equal(parseDirectory(JSON.parse(JSON.stringify(directory))).structures.length, directory.structures.length, JSON.stringify(directory));
      }),
      { numRuns: 400 },
    );
  });
});

describe('msp-kit-finess command', () => {
  const run = (args: string[]) => {
    let out = '';
    let err = '';
    const status = main(args, { out: (text) => (out += text), err: (text) => (err += text) });
    return { status, out, err };
  };
  const dir = mkdtempSync(join(tmpdir(), 'msp-kit-finess-'));

  it('writes the directory and prints a summary of what was kept and skipped', () => {
    const out = join(dir, 'annuaire.json');
    const result = run([fixture('extract-utf8.csv'), '--region', 'hauts-de-france', '--with-centres', '--overlay', fixture('overlay.json'), '--out', out]);
    assert.equal(result.status, 0, result.err);
    const written = parseDirectory(JSON.parse(readFileSync(out, 'utf8')));
    assert.deepEqual(written.issues, []);
    assert.equal(written.structures.length, 5);
    assert.match(result.err, /^FINESS extract of 2026-11-02 \(UTF-8\): 14 structureet rows, 13 geolocalisation rows$/m);
    assert.match(result.err, /^Kept 5 structures: 4 maisons de santé, 1 centre de santé \(1 federation member; 1 without coordinates\)$/m);
    assert.match(result.err, /^Skipped: 1 of other categories, 1 CPTS \(add --with-cpts\), 6 outside 02, 59, 60, 62, 80, 1 excluded by the overlay$/m);
    assert.match(result.err, /^Overlay: 2 merged; 1 FINESS number not in the extract: 599999999; 2 in the extract but not kept \(category or area\): 590000061, 970000081$/m);
    assert.match(result.err, /^ {2}overlay\.json \["800000031"\]: bookingUrl: expected an http\(s\) URL; ignored$/m);
    assert.match(result.err, /Wrote .*annuaire\.json \(5 structures\)\.$/m);
  });

  it('prints malformed lines with their numbers; --strict fails and writes nothing', () => {
    const out = join(dir, 'strict.json');
    const lenient = run([fixture('extract-malformed.csv'), '--out', '-']);
    assert.equal(lenient.status, 0);
    assert.match(lenient.err, /^Malformed lines, skipped \(5\):\n {2}line 3: structureet row with 20 fields, expected 32/m);
    assert.equal(parseDirectory(JSON.parse(lenient.out)).structures.length, 2);
    const strict = run([fixture('extract-malformed.csv'), '--strict', '--out', out]);
    assert.equal(strict.status, 1);
    assert.match(strict.err, /--strict: 5 problems above; nothing written/);
    assert.throws(() => readFileSync(out));
  });

  it('--strict fails on a structureet row with too many fields', () => {
    const extract = writeFixture('shifted-strict.csv', [structureet({ rslongue: 'MSP DES DUNES; SITE NORD' }), structureet({ nofinesset: '590000037' })]);
    const strict = run([extract, '--strict', '--out', join(dir, 'shifted.json')]);
    assert.equal(strict.status, 1);
    assert.match(strict.err, /^Malformed lines, skipped \(1\):\n {2}line 2: structureet row with 33 fields, expected 32 \(a ";" inside a field\?\)$/m);
    assert.match(strict.err, /--strict: 1 problem above; nothing written/);
  });

  it('fails, writing nothing, when no structureet row can be read, and lists only the first 20 malformed lines', () => {
    const out = join(dir, 'unreadable.json');
    // Every name with a ";": as a format the command does not know would give.
    const rows = Array.from({ length: 25 }, (_, i) => structureet({ nofinesset: `59${String(i).padStart(7, '0')}`, rslongue: 'MSP; SITE NORD' }));
    const result = run([writeFixture('unreadable.csv', rows), '--out', out]);
    assert.equal(result.status, 1);
    assert.match(result.err, /^Malformed lines, skipped \(25\):\n( {2}line \d+: structureet row with 33 fields, expected 32 \(a ";" inside a field\?\)\n){20} {2}… and 5 more lines \(the first 20 are shown\)$/m);
    assert.match(result.err, /^msp-kit-finess: no structureet row of .*unreadable\.csv could be read \(25 malformed lines, the first ones above\)\. If it is the FINESS extract as downloaded from data\.gouv\.fr, its format may have changed: tell the msp-kit maintainers, with the lines above\. Nothing written\.$/m);
    assert.throws(() => readFileSync(out), 'nothing written');
    // Said rather than what follows from it: the overlay's numbers not in the extract, --strict's count.
    const withOverlay = run([writeFixture('unreadable.csv', rows), '--overlay', fixture('overlay.csv'), '--strict', '--out', out]);
    assert.equal(withOverlay.status, 1);
    assert.match(withOverlay.err, /^msp-kit-finess: no structureet row of .*unreadable\.csv could be read/m);
    assert.doesNotMatch(withOverlay.err, /none of its FINESS numbers|--strict:/);
    const cut = run([writeFixture('metadata-only.csv', []), '--out', out]);
    assert.equal(cut.status, 1);
    assert.match(cut.err, /^msp-kit-finess: .*metadata-only\.csv has no structureet row: a download cut short\? Download the extract again\. Nothing written\.$/m);
    assert.match(run([join(dir), '--out', out]).err, /^msp-kit-finess: cannot read .*: EISDIR/m);
    assert.throws(() => readFileSync(out), 'nothing written');
  });

  it('ends by saying that problems were listed, when there were some', () => {
    const lenient = run([fixture('extract-malformed.csv'), '--out', join(dir, 'malformed.json')]);
    assert.equal(lenient.status, 0);
    assert.match(lenient.err, /Wrote .*malformed\.json \(2 structures\)\.\nCheck the 5 problems listed above: a structure or a value they concern may be missing from it\.\n$/);
    assert.match(run([fixture('extract-cp1252.csv'), '--out', join(dir, 'clean.json')]).err, /\(2 structures\)\.\n$/);
  });

  it('says that Corsica is 2A and 2B when given --departement 20', () => {
    assert.equal(run([fixture('extract-utf8.csv'), '--departement', '20', '--out', '-']).err, 'msp-kit-finess: --departement: "20" is not a département code (59, 2A, 974…); Corsica is 2A and 2B (or --region corse)\n');
  });

  it('fails, writing nothing, when no row of the overlay can be used', () => {
    const out = join(dir, 'unusable.json');
    const overlay = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return run([fixture('extract-utf8.csv'), '--overlay', path, '--out', out]);
    };
    const noColumn = overlay('legal-entity.csv', 'FINESS EJ;Adhérent\n590000001;oui\n');
    assert.equal(noColumn.status, 1);
    assert.match(noColumn.err, /^Problems \(2\):\n {2}legal-entity\.csv line 1: unknown column "FINESS EJ" ignored\n {2}legal-entity\.csv line 1: no FINESS number column: expected a header such as "N° FINESS"/m);
    assert.match(noColumn.err, /^msp-kit-finess: --overlay .*legal-entity\.csv: no row could be used \(problems above\); expected one row per structure with its FINESS number \(9 characters\) under a header such as "N° FINESS", or JSON keyed by FINESS number\. Nothing written\.$/m);
    assert.doesNotMatch(noColumn.err, /^Kept /m, 'no summary of an import that did not happen');
    const allRejected = overlay('rejected.csv', 'FINESS;Adhérent\n59-12;oui\nLille;non\n');
    assert.equal(allRejected.status, 1);
    assert.match(allRejected.err, /^Problems \(2\):\n {2}rejected\.csv line 2: "59-12" is not a FINESS number \(9 characters\); entry ignored\n {2}rejected\.csv line 3: "Lille"/m);
    assert.match(allRejected.err, /--overlay .*rejected\.csv: no row could be used/);
    const noRow = overlay('empty.csv', 'N° FINESS;Adhérent\r\n');
    assert.equal(noRow.status, 1);
    assert.match(noRow.err, /^ {2}empty\.csv: no row under the header line$/m);
    assert.equal(overlay('empty.json', '{}').status, 1);
    assert.throws(() => readFileSync(out), 'nothing written');
    // Partly usable: the problems are listed and the rest is merged, as before.
    const partly = run([fixture('extract-utf8.csv'), '--overlay', fixture('overlay.csv'), '--out', out]);
    assert.equal(partly.status, 0, partly.err);
    assert.match(partly.err, /^Overlay: 3 merged$/m);
    assert.match(partly.err, /^ {2}overlay\.csv line 5: "59-12" is not a FINESS number/m);
  });

  it('counts overlay numbers not in the extract as problems for --strict, and fails when none of them is in it', () => {
    const out = join(dir, 'unknown-numbers.json');
    const partly = writeFixture('partly-unknown.csv', ['N° FINESS;Adhérent', '590000011;oui', '599999999;oui'], false);
    const lenient = run([fixture('extract-utf8.csv'), '--overlay', partly, '--out', out]);
    assert.equal(lenient.status, 0, lenient.err);
    assert.match(lenient.err, /^Overlay: 1 merged; 1 FINESS number not in the extract: 599999999$/m);
    const strict = run([fixture('extract-utf8.csv'), '--overlay', partly, '--strict', '--out', join(dir, 'strict-unknown.json')]);
    assert.equal(strict.status, 1);
    assert.match(strict.err, /--strict: 1 problem above; nothing written/);
    assert.throws(() => readFileSync(join(dir, 'strict-unknown.json')), 'nothing written');
    // The legal entities' numbers (FINESS EJ) instead of the establishments': nothing merged.
    const legalEntities = writeFixture('legal-entities.csv', ['FINESS;Adhérent', '590000001;oui', '620000001;oui'], false);
    const none = run([fixture('extract-utf8.csv'), '--overlay', legalEntities, '--out', join(dir, 'none.json')]);
    assert.equal(none.status, 1);
    assert.match(none.err, /^Overlay: 0 merged; 2 FINESS numbers not in the extract: 590000001, 620000001$/m);
    assert.match(none.err, /^msp-kit-finess: --overlay .*legal-entities\.csv: none of its FINESS numbers is in the extract \(listed above\); expected the establishments' numbers \(FINESS ET\), not the legal entities' \(FINESS EJ\)\. Nothing written\.$/m);
    assert.throws(() => readFileSync(join(dir, 'none.json')), 'nothing written');
  });

  it('says to save an Excel workbook as CSV, and never prints control characters', () => {
    const workbook = join(dir, 'federation.xlsx');
    // The start of an .xlsx: a ZIP file's signature, then binary data.
    writeFileSync(workbook, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x3b, 0x3b, 0x2c, 0x0a, 0x00, 0x01, 0x02]));
    assert.deepEqual(parseOverlay(readFileSync(workbook), 'federation.xlsx').issues, [{ where: 'federation.xlsx', message: 'this looks like an Excel workbook: save it as CSV (UTF-8) from Excel' }]);
    const out = join(dir, 'workbook.json');
    const overlay = run([fixture('extract-utf8.csv'), '--overlay', workbook, '--out', out]);
    assert.equal(overlay.status, 1);
    assert.match(overlay.err, /^ {2}federation\.xlsx: this looks like an Excel workbook: save it as CSV \(UTF-8\) from Excel$/m);
    const extract = run([workbook, '--out', out]);
    assert.equal(extract.status, 1);
    assert.match(extract.err, /is not a FINESS extract in the etalab format: line 1: this is not a text file \(an Excel workbook, a ZIP file\?\)/);
    // A stray control character in a header or a cell is shown as �.
    const stray = writeFixture('stray.csv', ['N° FINESS;Adh\u0001rent;Couleur\u001b[31m', '590000011;oui;bleu', '59\u0007;oui;'], false);
    const strayRun = run([fixture('extract-utf8.csv'), '--overlay', stray, '--out', out]);
    assert.match(strayRun.err, /^ {2}stray\.csv line 1: unknown column "Adh\ufffdrent" ignored$/m);
    assert.match(strayRun.err, /^ {2}stray\.csv line 3: "59\ufffd" is not a FINESS number/m);
    for (const { err } of [overlay, extract, strayRun]) assert.doesNotMatch(err.replace(/\n/g, ''), /\p{Cc}/u);
  });

  it('explains usage errors', () => {
    assert.equal(run([]).status, 1);
    assert.match(run([fixture('extract-utf8.csv')]).err, /--out <file> is required/);
    assert.match(run([fixture('extract-utf8.csv'), '--out', '-', '--region', 'atlantide']).err, /unknown region "atlantide"/);
    assert.match(run([fixture('extract-utf8.csv'), '--out', '-', '--departement', '59,100']).err, /"100" is not a département code/);
    assert.match(run([fixture('overlay.csv'), '--out', '-']).err, /is not a FINESS extract in the etalab format: line 1: expected the metadata line/);
    assert.match(run([join(dir, 'missing.csv'), '--out', '-']).err, /cannot read .*missing\.csv/);
    assert.match(run(['--nope']).err, /Unknown option '--nope'/);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.out, /^Usage: msp-kit-finess <extract\.csv> --out <directory\.json>/);
  });

  it('refuses a second --overlay, and an empty --departement, --region or --overlay, which would silently change what is written', () => {
    const out = join(dir, 'usage.json');
    const extract = fixture('extract-utf8.csv');
    const twice = run([extract, '--overlay', fixture('overlay.json'), '--overlay', fixture('overlay.csv'), '--out', out]);
    assert.deepEqual([twice.status, twice.err], [1, 'msp-kit-finess: one --overlay only (put its rows in one file)\n']);
    const noDepartement = run([extract, '--departement', '', '--out', out]);
    assert.deepEqual([noDepartement.status, noDepartement.err], [1, 'msp-kit-finess: --departement needs one or more département codes, e.g. 59,62\n']);
    assert.equal(run([extract, '--departement', ' , ', '--out', out]).status, 1);
    const noRegion = run([extract, '--region', '', '--out', out]);
    assert.deepEqual([noRegion.status, noRegion.err], [1, 'msp-kit-finess: --region needs a region name, e.g. hauts-de-france\n']);
    assert.deepEqual(run([extract, '--overlay', '', '--out', out]).err, 'msp-kit-finess: --overlay needs a file name\n');
    assert.throws(() => readFileSync(out), 'nothing written');
  });

  it('takes several regions, by name or INSEE code, in one --region', () => {
    const result = run([fixture('extract-utf8.csv'), '--region', '32,ile-de-france', '--out', '-']);
    assert.equal(result.status, 0, result.err);
    assert.deepEqual((JSON.parse(result.out) as { structures: Structure[] }).structures.map((s) => s.address.department), ['59', '59', '60', '62', '75', '80']);
    assert.match(result.err, /outside 02, 59, 60, 62, 75, 77, 78, 80, 91, 92, 93, 94, 95$/m);
    assert.match(run([fixture('extract-utf8.csv'), '--region', '32,99', '--out', '-']).err, /unknown region "99"/);
    // A département given as a region (a Réunion or Corsica federation's first try) says how to give it.
    assert.match(run([fixture('extract-utf8.csv'), '--region', '974', '--out', '-']).err, /unknown region "974"; .*; "974" is a département: --departement 974\n$/);
    assert.match(run([fixture('extract-utf8.csv'), '--region', '2a', '--out', '-']).err, /"2a" is a département: --departement 2A\n$/);
    assert.doesNotMatch(run([fixture('extract-utf8.csv'), '--region', 'atlantide', '--out', '-']).err, /is a département/);
    // Alsace-Moselle, as <msp-site region> names it.
    assert.deepEqual(regionDepartments('alsace-moselle'), ['57', '67', '68']);
    assert.deepEqual(regionDepartments('Alsace-Moselle'), ['57', '67', '68']);
  });

  it('formats an empty summary', () => {
    const { summary } = importFiness(parseFiness('finess;etalab;0;2026-11-02\n'));
    assert.equal(formatSummary(summary), 'FINESS extract of 2026-11-02 (UTF-8): 0 structureet rows, 0 geolocalisation rows\nKept 0 structures (0 federation members; 0 without coordinates)');
  });

  it('runs as a command: node --import tsx cli.ts', () => {
    const cli = fileURLToPath(new URL('../../packages/widgets/src/directory/finess/cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, fixture('extract-cp1252.csv'), '--departement', '62', '--out', '-'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /\(Windows-1252\)/);
    assert.deepEqual(
      (JSON.parse(result.stdout) as { structures: Structure[] }).structures.map((s) => s.name),
      ['Maison de Santé des Corons – Lens', 'Pôle de Santé des Boves'],
    );
  });
});
