/**
 * FINESS coordinates to WGS84 (latitude, longitude in degrees), with proj4. The `sourcecoordet`
 * field of a `geolocalisation` row names the coordinate system, either as a token at its end
 * (older files: `…,LAMBERT_93`, `UTM_N20`, `UTM_N22`, `UTM_S40`, `UTM_S38`, `UTM_N21`) or as an
 * EPSG code (recent files: `…,EPSG:2154 RGF93 / Lambert-93 (Métropole)`). When it names none, the
 * département decides. Node only (the widgets receive WGS84 already).
 */
import proj4 from 'proj4';

/** proj4 definitions of the systems FINESS uses (parameters from the EPSG registry). */
export const PROJECTIONS = {
  /** RGF93 v1 / Lambert-93: metropolitan France. */
  'EPSG:2154': '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  /** RRAF 1991 / UTM zone 20N: Guadeloupe, Martinique (older files' `UTM_N20`). */
  'EPSG:4559': '+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  /** RGAF09 / UTM zone 20N: Guadeloupe, Martinique (recent files). */
  'EPSG:5490': '+proj=utm +zone=20 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  /** WGS 84 / UTM zone 20N. */
  'EPSG:32620': '+proj=utm +zone=20 +datum=WGS84 +units=m +no_defs',
  /**
   * RGFG95 / UTM zone 22N: Guyane. RGFG95, like every RGxx frame, is ITRF-based: taken as WGS84,
   * as PROJ does (the historical 2,2,-2 m shift would move points by 3.5 m).
   */
  'EPSG:2972': '+proj=utm +zone=22 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  /** RGR92 / UTM zone 40S: La Réunion. */
  'EPSG:2975': '+proj=utm +zone=40 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  /** RGM04 / UTM zone 38S: Mayotte. */
  'EPSG:4471': '+proj=utm +zone=38 +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  /** RGSPM06 / UTM zone 21N: Saint-Pierre-et-Miquelon. */
  'EPSG:4467': '+proj=utm +zone=21 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  /** WGS 84 / UTM zone 21N (Saint-Pierre-et-Miquelon in recent files). */
  'EPSG:32621': '+proj=utm +zone=21 +datum=WGS84 +units=m +no_defs',
} as const;

export type Crs = keyof typeof PROJECTIONS;

/** Tokens of older extracts. */
const TOKENS: Record<string, Crs> = {
  LAMBERT_93: 'EPSG:2154',
  UTM_N20: 'EPSG:4559',
  UTM_N22: 'EPSG:2972',
  UTM_S40: 'EPSG:2975',
  UTM_S38: 'EPSG:4471',
  UTM_N21: 'EPSG:4467',
};

/** The system of each overseas département (INSEE code), the rest being Lambert-93. */
const BY_DEPARTMENT: Record<string, Crs> = { '971': 'EPSG:5490', '972': 'EPSG:5490', '973': 'EPSG:2972', '974': 'EPSG:2975', '975': 'EPSG:4467', '976': 'EPSG:4471' };

const isCrs = (code: string): code is Crs => code in PROJECTIONS;

/**
 * The coordinate system named by `sourcecoordet`, else the département's; `undefined` when the
 * field names a system we do not know (better no point than a point in the sea).
 */
export function crsOf(source: string, department?: string): Crs | undefined {
  const epsg = /EPSG:\s*(\d+)/i.exec(source)?.[1];
  if (epsg) {
    const code = `EPSG:${epsg}`;
    return isCrs(code) ? code : undefined;
  }
  const token = /([A-Z]+_[A-Z0-9]+)\s*$/.exec(source.trim())?.[1];
  if (token) return TOKENS[token];
  return department ? (BY_DEPARTMENT[department] ?? 'EPSG:2154') : undefined;
}

const converters = new Map<Crs, proj4.Converter>();

/** WGS84 latitude and longitude (6 decimals, about 10 cm) of a point in `crs`. */
export function toWgs84(x: number, y: number, crs: Crs): { lat: number; lon: number } | undefined {
  let converter = converters.get(crs);
  if (!converter) converters.set(crs, (converter = proj4(PROJECTIONS[crs], 'WGS84')));
  const [lon, lat] = converter.forward<[number, number]>([x, y]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return { lat: round(lat), lon: round(lon) };
}

/**
 * Generous bounds of each territory, `[south, west, north, east]` in degrees: metropolitan France
 * with Corsica, and each overseas département (INSEE code; Guadeloupe's with Saint-Martin and
 * Saint-Barthélemy, which FINESS files under it). A point outside came from wrong coordinates.
 */
const TERRITORIES: Record<string, { name: string; bounds: readonly [number, number, number, number] }> = {
  '971': { name: 'Guadeloupe', bounds: [15.5, -63.5, 18.5, -60.5] },
  '972': { name: 'Martinique', bounds: [14, -61.5, 15.2, -60.5] },
  '973': { name: 'Guyane', bounds: [1.5, -55, 6.5, -51] },
  '974': { name: 'La Réunion', bounds: [-21.6, 54.9, -20.6, 56.1] },
  '975': { name: 'Saint-Pierre-et-Miquelon', bounds: [46.5, -56.7, 47.4, -55.9] },
  '976': { name: 'Mayotte', bounds: [-13.2, 44.8, -12.4, 45.6] },
};
const METROPOLITAN_FRANCE = { name: 'metropolitan France', bounds: [41, -5.8, 51.5, 10] } as const;

/** The territory of `department` when `point` falls outside it (in the sea, on another continent), else `undefined`. */
export function outsideTerritory(point: { lat: number; lon: number }, department: string): string | undefined {
  const { name, bounds } = TERRITORIES[department] ?? METROPOLITAN_FRANCE;
  const [south, west, north, east] = bounds;
  return point.lat >= south && point.lat <= north && point.lon >= west && point.lon <= east ? undefined : name;
}
