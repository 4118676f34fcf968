import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matcher, normalize, searchKey } from '../../packages/widgets/src/directory/search.js';
import { byDistance, distanceKm } from '../../packages/widgets/src/directory/geo.js';
import { applyFilters, countFilters, facets, hasFilters, NO_FILTERS, offered, type DirectoryFilters, type Entry } from '../../packages/widgets/src/directory/filters.js';
import { filtersFromParams, filtersToParams } from '../../packages/widgets/src/directory/url-state.js';
import { hoursReader, today } from '../../packages/widgets/src/directory/hours-of.js';
import { holidayEn } from '../../packages/widgets/src/hours/holidays-en.js';
import { structureSchema, type Structure, type StructureInput } from '../../packages/widgets/src/directory/schema.js';

const make = (id: string, name: string, city: string, postalCode: string, department: string, over: Partial<StructureInput> = {}): Structure =>
  structureSchema.parse({ id, name, kind: 'msp', address: { line1: '1 rue X', postalCode, city, department }, ...over });

const structures = [
  make('a', 'MSP du Mont', 'Saint-Étienne-au-Mont', '62360', '62', { geo: { lat: 50.68, lon: 1.63 }, professions: [{ code: 'medecin-generaliste' }, { code: 'sage-femme' }], acceptsNewPatients: { value: true, declared: '2026-01-10' }, member: true }),
  make('b', 'Maison de santé de l’Île', 'L’Île-Saint-Denis', '93450', '93', { professions: [{ code: 'medecin-generaliste' }], unscheduledCare: { value: true, declared: '2026-02-01' } }),
  make('c', 'Pôle santé Œuvre', 'Lens', '62300', '62', { geo: { lat: 50.43, lon: 2.83 }, professions: [{ code: 'sage-femme' }], acceptsNewPatients: { value: false, declared: '2026-01-10' } }),
  make('d', 'MSP Saint-Omer', 'Saint-Omer', '62500', '62', { geo: { lat: 50.75, lon: 2.25 }, member: true }),
  make('e', 'MSP Amiens Nord', 'Amiens', '80000', '80', { geo: { lat: 49.9, lon: 2.3 } }),
];
/** The ids of `list`'s structures that a query finds. */
const finder = (list: Structure[]) => {
  const keys = list.map((s) => searchKey(s));
  return (query: string) => list.filter((_, i) => matcher(query)(keys[i]!)).map((s) => s.id);
};
const entries: Entry[] = structures.map((structure) => ({ structure, key: searchKey(structure) }));
const find = finder(structures);
const filter = (over: Partial<DirectoryFilters>, isOpen = (_: Structure) => true) =>
  applyFilters(entries, { ...NO_FILTERS, ...over }, isOpen).map((e) => e.structure.id);

describe('search normalisation', () => {
  it('ignores case, accents, hyphens and apostrophes', () => {
    assert.equal(normalize('Saint-Étienne-au-Mont'), 'saint etienne au mont');
    assert.equal(normalize('L’Île-Saint-Denis'), 'l ile saint denis');
    assert.equal(normalize("  L'ÎLE  "), 'l ile');
    assert.equal(normalize('Œuvre Cæsar'), 'oeuvre caesar');
  });

  it('"saint etienne" finds Saint-Étienne-au-Mont', () => {
    assert.deepEqual(find('saint etienne'), ['a']);
    assert.deepEqual(find('SAINT-ÉTIENNE'), ['a']);
    assert.deepEqual(find('saint-etienne-au-mont'), ['a']);
    // Typed as one word, the town's words run together.
    assert.deepEqual(find('saintetienne'), ['a']);
  });

  it('"l\'ile" finds L’Île-Saint-Denis, with or without the apostrophe', () => {
    assert.deepEqual(find("l'ile"), ['b']);
    assert.deepEqual(find('l’île'), ['b']);
    assert.deepEqual(find('lile saint denis'), ['b']);
    assert.deepEqual(find('l ile'), ['b']);
  });

  it('finds by postcode, département code and département name', () => {
    assert.deepEqual(find('62300'), ['c']);
    assert.deepEqual(find('62'), ['a', 'c', 'd']);
    assert.deepEqual(find('pas de calais'), ['a', 'c', 'd']);
    assert.deepEqual(find('somme'), ['e']);
  });

  it('finds a département by the start of its name only: a town named like its end is not the whole département', () => {
    const more = [
      ...structures,
      make('s', 'MSP de la Basilique', 'Saint-Denis', '93200', '93'),
      make('k', 'MSP du Port', 'Calais', '62100', '62'),
      make('r', 'MSP du Barachois', 'Saint-Denis', '97400', '974'),
      make('o', 'MSP de la Vallée', 'Pontoise', '95000', '95'),
      make('i', 'MSP des Hortillonnages', 'Beauvais', '60000', '60'),
    ];
    const found = finder(more);
    // Before: every structure of the Seine-Saint-Denis, and every one of the Pas-de-Calais.
    assert.deepEqual(found('saint denis'), ['b', 's', 'r']);
    assert.deepEqual(found('denis'), ['b', 's', 'r']);
    assert.deepEqual(found('calais'), ['k']);
    assert.deepEqual(found('oise'), ['i']);
    // The name typed whole, or its start, however written, still finds the département.
    assert.deepEqual(found('seine'), ['b', 's']);
    assert.deepEqual(found('Seine-Saint-Denis'), ['b', 's']);
    assert.deepEqual(found('seine saint'), ['b', 's']);
    assert.deepEqual(found('pas de calais'), ['a', 'c', 'd', 'k']);
    assert.deepEqual(found("val d'oise"), ['o']);
    assert.deepEqual(found('valdoise'), ['o']);
    assert.deepEqual(found('la reunion'), ['r']);
    // Past "La", "Haut(e)(s)", "Bas" and "Deux", the name's own start.
    assert.deepEqual(found('reunion'), ['r']);
    const north = finder([make('g', 'MSP du Capitole', 'Toulouse', '31000', '31'), make('h', 'MSP de la Défense', 'Nanterre', '92000', '92'), make('n', 'MSP du Canal', 'Agen', '47000', '47')]);
    assert.deepEqual(north('garonne'), ['g']);
    assert.deepEqual(north('haute garonne'), ['g']);
    assert.deepEqual(north('lot et garonne'), ['n']);
    assert.deepEqual(north('hauts de seine'), ['h']);
    assert.deepEqual(north('Hauts-de-Seine'), ['h']);
    assert.deepEqual(north('seine'), []);
  });

  it('finds a département by its name typed with its elision run together, as a town ("val doise", "cotes darmor")', () => {
    const found = finder([make('o', 'MSP de la Vallée', 'Pontoise', '95000', '95'), make('t', 'MSP du Trégor', 'Lannion', '22300', '22')]);
    assert.deepEqual(found('val doise'), ['o']);
    assert.deepEqual(found('Val-dOise'), ['o']);
    assert.deepEqual(found('cotes darmor'), ['t']);
    assert.deepEqual(found("côtes d'armor"), ['t']);
    // Still from its start only.
    assert.deepEqual(found('doise'), []);
  });

  it('reads st for saint in a département’s name too ("Seine-St-Denis", as it is often written)', () => {
    const found = finder([make('s', 'MSP de la Basilique', 'Bobigny', '93000', '93'), make('k', 'MSP du Port', 'Calais', '62100', '62')]);
    assert.deepEqual(found('Seine-St-Denis'), ['s']);
    assert.deepEqual(found('seine st'), ['s']);
    assert.deepEqual(found('seine saint denis'), ['s']);
  });

  it('finds a département’s name typed with other words before or after it, and the Territoire de Belfort by "belfort"', () => {
    const more = [
      ...structures,
      make('k', 'MSP du Port', 'Calais', '62100', '62'),
      make('s', 'MSP de la Basilique', 'Saint-Denis', '93200', '93'),
      make('y', 'MSP des Tanneurs', 'Bobigny', '93000', '93'),
      make('t', 'MSP du Lion', 'Belfort', '90000', '90'),
      make('u', 'MSP de la Suisse', 'Delle', '90100', '90'),
    ];
    const found = finder(more);
    assert.deepEqual(found('pas de calais lens'), ['c']);
    assert.deepEqual(found('lens pas de calais'), ['c']);
    assert.deepEqual(found('seine saint denis bobigny'), ['y']);
    assert.deepEqual(found('93 seine st denis'), ['b', 's', 'y']);
    assert.deepEqual(found('bobigny seine st'), ['y']);
    // Still not a town named like the end of a département's name.
    assert.deepEqual(found('saint denis bobigny'), []);
    assert.deepEqual(found('belfort'), ['t', 'u']);
    assert.deepEqual(found('territoire de belfort'), ['t', 'u']);
    assert.deepEqual(found('delle'), ['u']);
  });

  it('needs every word, in any order, and reads st for saint', () => {
    assert.deepEqual(find('lens oeuvre'), ['c']);
    assert.deepEqual(find('mont saint'), ['a']);
    assert.deepEqual(find('st omer'), ['d']);
    assert.deepEqual(find('lens amiens'), []);
  });

  it('finds towns written "St"/"Ste", as FINESS and La Poste write them, by "saint"/"sainte"', () => {
    const written = [make('f', 'MSP du Mont', 'St Etienne au Mont', '62360', '62'), make('g', 'MSP de la Plage', 'Ste Marie', '97230', '972')];
    const found = finder(written);
    assert.deepEqual(found('saint etienne'), ['f']);
    assert.deepEqual(found('Saint-Étienne-au-Mont'), ['f']);
    assert.deepEqual(found('st etienne'), ['f']);
    assert.deepEqual(found('sainte marie'), ['g']);
    assert.deepEqual(found('ste marie'), ['g']);
    // Only whole words: "Stella" is not "Saintella".
    assert.match(searchKey(make('h', 'MSP Stella', 'Estrées', '62000', '62')), /stella/);
  });

  it('matches the start of words only, so that a code does not match inside a postcode', () => {
    const more = [...structures, make('l', 'Maison de santé de la Lys', 'Armentières', '59280', '59'), make('m', 'MSP Sainte-Cécile', 'Lille', '59000', '59')];
    const found = finder(more);
    assert.deepEqual(found('80'), ['e']);
    assert.deepEqual(found('280'), []);
    assert.deepEqual(found('5928'), ['l']);
    assert.deepEqual(found('armen'), ['l']);
    assert.deepEqual(found("l'ile"), ['b']);
    assert.deepEqual(found('cecile'), ['m']);
    assert.deepEqual(found('ste cec'), ['m']);
  });

  it('finds elisions run together inside a name or town, and a postcode typed in two groups', () => {
    const more = [make('v', 'MSP du Pont', 'Villeneuve-d’Ascq', '59650', '59'), make('p', 'MSP de l’Île', 'Pont-l’Abbé', '29120', '29'), make('q', 'MSP Jusqu’au Bout', 'Lens', '62300', '62')];
    const found = finder(more);
    assert.deepEqual(found('villeneuve dascq'), ['v']);
    assert.deepEqual(found("villeneuve d'ascq"), ['v']);
    assert.deepEqual(found('pont labbe'), ['p']);
    assert.deepEqual(found('lile'), ['p']);
    assert.deepEqual(found('jusquau'), ['q']);
    assert.deepEqual(found('59 650'), ['v']);
    assert.deepEqual(found('59 6'), ['v']);
    assert.deepEqual(found('abbe'), ['p']);
  });

  it('does not make a word out of two fields', () => {
    // "nord" + "amiens" run together must not match "dami".
    assert.deepEqual(find('ordamiens'), []);
  });

  it('finds everything with an empty query, and nothing is ever thrown', () => {
    assert.equal(find('   ').length, structures.length);
    fc.assert(
      fc.property(fc.string(), (query) => {
        const m = matcher(query);
        return entries.every((e) => typeof m(e.key!) === 'boolean');
      }),
    );
  });

  it('finds a name by any of its words, whatever their accents and case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...structures), fc.nat(), (s, n) => {
        const words = s.name.split(/[\s-’']+/).filter(Boolean);
        const word = words[n % words.length]!;
        return find(word.toUpperCase()).includes(s.id);
      }),
    );
  });
});

describe('distance', () => {
  it('measures great circles (haversine) in kilometres', () => {
    const paris = { lat: 48.8566, lon: 2.3522 };
    const lille = { lat: 50.6292, lon: 3.0573 };
    assert.ok(Math.abs(distanceKm(paris, lille) - 203.9) < 1, String(distanceKm(paris, lille)));
    assert.equal(distanceKm(lille, lille), 0);
    // A quarter of the meridian, pole to equator: 10,008 km.
    assert.ok(Math.abs(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 }) - 10007.6) < 1);
    // Antipodes: half the circumference, no NaN (even where rounding takes the haversine past 1).
    assert.ok(Math.abs(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 }) - 20015.1) < 1);
    assert.ok(Math.abs(distanceKm({ lat: -54.3552161135147, lon: -4.633786973717292 }, { lat: 54.35521611343426, lon: 175.3662130262827 }) - 20015.1) < 1);
  });

  it('is symmetric and never negative', () => {
    const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(fc.property(point, point, (a, b) => distanceKm(a, b) >= 0 && Math.abs(distanceKm(a, b) - distanceKm(b, a)) < 1e-9));
  });

  it('sorts by distance, structures without coordinates last', () => {
    const sorted = byDistance(entries, { lat: 50.42, lon: 2.82 });
    assert.deepEqual(sorted.map((e) => e.structure.id), ['c', 'd', 'e', 'a', 'b']);
    assert.ok(sorted[0]!.distance! < 2);
    assert.equal(sorted[4]!.distance, undefined);
  });
});

describe('filters', () => {
  it('every filter narrows the list', () => {
    assert.deepEqual(filter({ department: '62' }), ['a', 'c', 'd']);
    assert.deepEqual(filter({ professions: ['sage-femme'] }), ['a', 'c']);
    assert.deepEqual(filter({ professions: ['sage-femme', 'medecin-generaliste'] }), ['a']);
    assert.deepEqual(filter({ newPatients: true }), ['a']);
    assert.deepEqual(filter({ unscheduledCare: true }), ['b']);
    // Declared, but as not accepting / not offering: not kept.
    const declaredNo = { value: false, declared: '2026-01-10' };
    const no = [make('n', 'MSP Non', 'Arras', '62000', '62', { acceptsNewPatients: declaredNo, unscheduledCare: declaredNo })].map((structure) => ({ structure }));
    assert.deepEqual(applyFilters(no, { ...NO_FILTERS, newPatients: true }, () => true), []);
    assert.deepEqual(applyFilters(no, { ...NO_FILTERS, unscheduledCare: true }, () => true), []);
    assert.deepEqual(filter({ member: true }), ['a', 'd']);
    assert.deepEqual(filter({ openNow: true }, (s) => s.id === 'e'), ['e']);
    assert.deepEqual(filter({ query: 'saint', department: '62', member: true }), ['a', 'd']);
  });

  it('computes search keys only once someone searches', () => {
    const fresh: Entry[] = structures.map((structure) => ({ structure }));
    applyFilters(fresh, { ...NO_FILTERS, member: true }, () => true);
    assert.ok(fresh.every((e) => e.key === undefined));
    assert.deepEqual(applyFilters(fresh, { ...NO_FILTERS, query: 'lens' }, () => true).map((e) => e.structure.id), ['c']);
    assert.equal(fresh[0]!.key, searchKey(structures[0]!));
  });

  it('knows when something is set', () => {
    assert.equal(hasFilters(NO_FILTERS), false);
    assert.equal(hasFilters({ ...NO_FILTERS, query: '  ' }), false);
    assert.equal(hasFilters({ ...NO_FILTERS, openNow: true }), true);
    assert.equal(hasFilters({ ...NO_FILTERS, query: 'lens' }), true);
  });

  it('counts the filters set, the search aside', () => {
    assert.equal(countFilters({ ...NO_FILTERS, query: 'lens' }), 0);
    assert.equal(countFilters({ query: '', professions: ['sage-femme', 'infirmier'], department: '62', newPatients: true, unscheduledCare: false, openNow: true, member: true }), 6);
  });

  it('offers the départements and professions present, and whether any structure is a member', () => {
    assert.deepEqual(facets(structures), { departments: ['62', '80', '93'], professions: ['medecin-generaliste', 'sage-femme'], members: true });
    assert.equal(facets(structures.filter((s) => !s.member)).members, false);
    // In the vocabulary's order, whatever the data's.
    const reversed = [make('r', 'MSP R', 'Arras', '62000', '62', { professions: [{ code: 'sage-femme' }, { code: 'medecin-generaliste' }] })];
    assert.deepEqual(facets(reversed).professions, ['medecin-generaliste', 'sage-femme']);
  });

  it('offers Corsica’s départements in their place, between 19 and 21, as INSEE lists them', () => {
    const codes = ['974', '29', '2B', '21', '2A', '19', '971', '06'];
    const spread = codes.map((code, i) => make(`d${i}`, `MSP ${i}`, 'Commune', code.length === 3 ? `${code}00` : `${code.replace(/\D/, '0')}000`, code));
    assert.deepEqual(facets(spread).departments, ['06', '19', '2A', '2B', '21', '29', '971', '974']);
  });

  it('lets go of a département when the data has only one (no choice is shown)', () => {
    const one = structures.filter((s) => s.address.department === '62');
    assert.equal(offered({ ...NO_FILTERS, department: '62' }, facets(one), false).department, '');
  });

  it('lets go of the filters the data does not offer, and keeps the others', () => {
    const set: DirectoryFilters = { query: 'saint', professions: ['sage-femme', 'infirmier'], department: '59', newPatients: true, unscheduledCare: true, openNow: true, member: true };
    // No member, no hours to read, no 59, no nurse: a link made for other data.
    assert.deepEqual(offered(set, facets(structures.filter((s) => !s.member)), false), {
      ...set,
      professions: ['sage-femme'],
      department: '',
      openNow: false,
      member: false,
    });
    assert.deepEqual(offered({ ...set, department: '80' }, facets(structures), true), { ...set, professions: ['sage-femme'], department: '80' });
    assert.deepEqual(offered(NO_FILTERS, facets([]), false), NO_FILTERS);
  });
});

describe('url state', () => {
  const filters: DirectoryFilters = { query: 'saint omer', professions: ['sage-femme', 'infirmier'], department: '62', newPatients: true, unscheduledCare: false, openNow: true, member: false };

  it('writes readable parameters and keeps the page’s own', () => {
    const params = filtersToParams(filters, new URLSearchParams('page=annuaire&recherche=ancienne'));
    assert.equal(params.toString(), 'page=annuaire&recherche=saint+omer&profession=sage-femme&profession=infirmier&departement=62&nouveaux-patients=1&ouvert=1');
  });

  it('replaces the filters already in the address, and writes the search trimmed', () => {
    const old = new URLSearchParams('profession=infirmier&profession=dentiste&departement=59&adherent=1&recherche=lens');
    const params = filtersToParams({ ...NO_FILTERS, query: '  arras ', professions: ['sage-femme'] }, old);
    assert.equal(params.toString(), 'recherche=arras&profession=sage-femme');
  });

  it('reads back what it wrote', () => {
    assert.deepEqual(filtersFromParams(filtersToParams(filters, new URLSearchParams())), filters);
    assert.deepEqual(filtersFromParams(filtersToParams(NO_FILTERS, new URLSearchParams('x=1'))), NO_FILTERS);
  });

  it('ignores unknown professions and is not fooled by odd values', () => {
    const read = filtersFromParams(new URLSearchParams('profession=sorcier&profession=infirmier&profession=infirmier&ouvert=oui&departement=2a'));
    assert.deepEqual(read.professions, ['infirmier']);
    assert.equal(read.openNow, false);
    assert.equal(read.department, '2A');
    // A code that is no département (a typo in a shared link) is no filter: the list is not emptied.
    assert.equal(filtersFromParams(new URLSearchParams('departement=99')).department, '');
    assert.equal(filtersFromParams(new URLSearchParams('departement=974')).department, '974');
    // A search longer than anyone types (a crafted link) is cut.
    assert.equal(filtersFromParams(new URLSearchParams({ recherche: 'a'.repeat(5000) })).query.length, 200);
  });
});

describe('hours of structures', () => {
  const read = hoursReader((message) => assert.fail(message));
  const hoursIn = (department: string, postalCode: string) =>
    read(make(`s-${department}`, 'Maison de santé', 'Commune', postalCode, department, { openingHours: 'Mo-Fr 08:00-19:00; PH off' }))!;

  it('reads each structure by the clock and holidays of its département, Paris’s and the national ones in the rest of the mainland', () => {
    assert.equal(hoursIn('59', '59000').timeZone, 'Europe/Paris');
    assert.equal(hoursIn('67', '67000').region, 'alsace-moselle');
    assert.equal(hoursIn('974', '97400').timeZone, 'Indian/Reunion');
    // Saint-Pierre-et-Miquelon: national holidays on its own clock (08:00 there is 11:00 UTC in November).
    const spm = hoursIn('975', '97500');
    assert.equal(spm.timeZone, 'America/Miquelon');
    assert.equal(spm.isOpen(new Date('2026-11-23T10:30:00Z')), false);
    assert.equal(spm.isOpen(new Date('2026-11-23T11:30:00Z')), true);
    assert.equal(spm.isOpen(new Date('2026-11-11T14:00:00Z')), false); // Armistice
  });

  it('says which structure has hours it cannot read', () => {
    const warnings: string[] = [];
    const reader = hoursReader((message) => warnings.push(message));
    assert.equal(reader(make('msp-arras', 'MSP', 'Arras', '62000', '62', { openingHours: 'Mo-Fx 08:00-12:00' })), null);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^openingHours of "msp-arras": Unknown word "Fx"/);
  });

  it('gives today’s spans by the place’s own date, open ends without a guessed end', () => {
    const mondays = hoursIn('59', '59000');
    // 00:30 on Monday 18 May 2026 in Paris is still Sunday 17 in UTC.
    assert.deepEqual(today(mondays, new Date('2026-05-17T22:30:00Z')), { state: 'closed', spans: ['08:00–19:00'] });
    assert.deepEqual(today(mondays, new Date('2026-05-14T10:00:00Z')), { state: 'closed', spans: [], holiday: 'Ascension' });
    // Named in the words' language: the English words bring the English names.
    assert.equal(today(mondays, new Date('2026-05-14T10:00:00Z'), { holiday: holidayEn }).holiday, 'Ascension Day');
    const openEnd = read(make('oe', 'MSP', 'Lille', '59000', '59', { openingHours: 'Sa 10:00+' }))!;
    assert.deepEqual(today(openEnd, new Date('2026-05-16T10:00:00Z')).spans, ['10:00–…']);
  });
});
