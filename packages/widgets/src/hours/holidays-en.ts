/**
 * The English names of the public holidays of holidays.ts (and of `extraHolidays`), for the
 * English words of `<msp-opening-hours>` and `<msp-directory>`: French pages never download them.
 * The engine names holidays in French only (its size is an issue's goal), so they are looked up
 * here by their French name; test/node/hours-holidays.test.ts checks that every name has its English.
 */
const NAMES = new Map([
  ["Jour de l'an", 'New Year’s Day'],
  ['Lundi de Pâques', 'Easter Monday'],
  ['Fête du Travail', 'Labour Day'],
  ['Victoire 1945', 'Victory in Europe Day'],
  ['Ascension', 'Ascension Day'],
  ['Lundi de Pentecôte', 'Whit Monday'],
  ['Fête nationale', 'Bastille Day'],
  ['Assomption', 'Assumption Day'],
  ['Toussaint', 'All Saints’ Day'],
  ['Armistice 1918', 'Armistice Day'],
  ['Noël', 'Christmas Day'],
  // Alsace-Moselle.
  ['Vendredi saint', 'Good Friday'],
  ['Saint-Étienne', 'St Stephen’s Day'],
  // Overseas.
  ["Abolition de l'esclavage", 'Abolition of Slavery Day'],
  ['Fête Victor Schœlcher', 'Victor Schœlcher Day'],
  // A date of `extraHolidays`.
  ['Jour férié', 'Public holiday'],
]);

/**
 * The English of a holiday's French name, or of names joined by a comma ("Fête du Travail,
 * Ascension" in 2008); any other text (a rule's comment) as it is.
 */
export const holidayEn = (text: string): string =>
  text
    .split(', ')
    .map((name) => NAMES.get(name) ?? name)
    .join(', ');
