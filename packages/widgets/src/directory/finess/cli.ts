#!/usr/bin/env node
/// <reference types="node" />
/**
 * `msp-kit-finess`: the national FINESS extract (and a federation's overlay) → directory JSON for
 * `<msp-directory>` and `<msp-team>`.
 *
 *   msp-kit-finess etalab-cs1100507-stock-20261102-0336.csv --region hauts-de-france \
 *     --overlay federation.csv --out annuaire.json
 *
 * Exit status: 0 when the file was written (malformed lines and overlay problems are reported and
 * skipped), 1 on a usage error, an unreadable input, an extract of which no `structureet` row can be
 * read or an overlay of which no row can be used (none of its numbers in the extract, too), and with
 * `--strict` on any problem (an overlay number not in the extract among them).
 */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importFiness, keptCategories, type ImportSummary } from './convert.js';
import { parseOverlay, type OverlayIssue } from './overlay.js';
import { FinessFormatError, parseFiness } from './parse.js';
import { REGIONS, regionDepartments } from './regions.js';
import { DEPARTEMENT_PATTERN } from '../departements.js';
import { inseeOrder } from '../filters.js';

const USAGE = `Usage: msp-kit-finess <extract.csv> --out <directory.json> [options]

Turns the FINESS extract (data.gouv.fr, "FINESS Extraction du Fichier des établissements",
etalab format) into the msp-kit directory format. Keeps the maisons de santé (category 603).

Options:
  --out <file>            where to write the directory JSON ("-" for standard output)
  --departement <codes>   keep these départements only, e.g. 59,62 (also --department)
  --region <names>        keep regions' départements, e.g. hauts-de-france or its INSEE code 32;
                          several: normandie,bretagne
  --with-centres          also keep the centres de santé (category 124)
  --with-cpts             also keep the CPTS (category 604)
  --overlay <file>        the federation's overlay (one file), JSON or CSV, keyed by FINESS number
  --strict                write nothing and fail on any malformed line or overlay problem,
                          an overlay FINESS number not in the extract among them
  --help                  show this help

Regions: ${Object.keys(REGIONS).join(', ')}`;

const n = (value: number) => value.toLocaleString('en');
const plural = (count: number, word: string, words = `${word}s`) => `${n(count)} ${count === 1 ? word : words}`;

/**
 * Text from the files, as it can be printed: control characters (from a binary file, a stray byte)
 * would garble the terminal, and a line break or tab would break the layout of the report.
 */
const printable = (text: string) => text.replace(/[\t\n]/g, ' ').replace(/\p{Cc}/gu, '\ufffd');

/** Malformed lines listed in the summary: a format change makes one per row, which nobody reads. */
export const MALFORMED_LINES_SHOWN = 20;

/**
 * A file's bytes a megabyte at a time: the national extract (about 100 MB) is never held whole
 * (see `parseFiness`). Each piece is a new buffer, as the reader keeps the end of a cut line.
 */
function* fileChunks(fd: number, size = 1 << 20): Generator<Uint8Array, void> {
  for (;;) {
    const chunk = Buffer.allocUnsafe(size);
    const read = readSync(fd, chunk, 0, size, null);
    if (!read) return;
    yield chunk.subarray(0, read);
  }
}

/** `Problems (2):` and one indented line each. */
function formatProblems(issues: readonly OverlayIssue[]): string[] {
  return issues.length ? [`Problems (${n(issues.length)}):`, ...issues.map((issue) => `  ${printable(`${issue.where}: ${issue.message}`)}`)] : [];
}

/** The summary, as people read it. */
export function formatSummary(s: ImportSummary, departments?: readonly string[]): string {
  const out: string[] = [];
  out.push(
    `FINESS extract${s.extractDate ? ` of ${s.extractDate}` : ''} (${s.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}): ` +
      `${plural(s.read.structureet, 'structureet row')}, ${plural(s.read.geolocalisation, 'geolocalisation row')}`,
  );
  const kinds = [
    s.kept.msp && plural(s.kept.msp, 'maison de santé', 'maisons de santé'),
    s.kept['centre-de-sante'] && plural(s.kept['centre-de-sante'], 'centre de santé', 'centres de santé'),
    s.kept.cpts && plural(s.kept.cpts, 'CPTS', 'CPTS'),
  ].filter(Boolean);
  out.push(
    `Kept ${plural(s.kept.total, 'structure')}${kinds.length ? `: ${kinds.join(', ')}` : ''}` +
      ` (${plural(s.kept.member, 'federation member')}; ${n(s.kept.withoutCoordinates)} without coordinates)`,
  );
  const skipped = [
    s.skipped.otherCategory && `${n(s.skipped.otherCategory)} of other categories`,
    s.skipped.centres && `${plural(s.skipped.centres, 'centre de santé', 'centres de santé')} (add --with-centres)`,
    s.skipped.cpts && `${plural(s.skipped.cpts, 'CPTS', 'CPTS')} (add --with-cpts)`,
    s.skipped.outsideArea && `${n(s.skipped.outsideArea)} outside ${departments?.join(', ') ?? 'the area'}`,
    s.skipped.excluded && `${n(s.skipped.excluded)} excluded by the overlay`,
    s.skipped.invalid && `${n(s.skipped.invalid)} invalid (see below)`,
  ].filter(Boolean);
  if (skipped.length) out.push(`Skipped: ${skipped.join(', ')}`);
  if (s.overlay) {
    const parts = [`${n(s.overlay.merged)} merged`];
    if (s.overlay.unknown.length) parts.push(`${plural(s.overlay.unknown.length, 'FINESS number')} not in the extract: ${s.overlay.unknown.join(', ')}`);
    if (s.overlay.notKept.length) parts.push(`${n(s.overlay.notKept.length)} in the extract but not kept (category or area): ${s.overlay.notKept.join(', ')}`);
    out.push(`Overlay: ${parts.join('; ')}`);
  }
  for (const note of s.notes) out.push(`Note: ${printable(note)}`);
  if (s.errors.length) {
    out.push(`Malformed lines, skipped (${n(s.errors.length)}):`);
    for (const e of s.errors.slice(0, MALFORMED_LINES_SHOWN)) out.push(`  line ${e.line}: ${printable(e.message)}`);
    const more = s.errors.length - MALFORMED_LINES_SHOWN;
    if (more > 0) out.push(`  … and ${plural(more, 'more line')} (the first ${MALFORMED_LINES_SHOWN} are shown)`);
  }
  out.push(...formatProblems(s.issues));
  return out.join('\n');
}

/** Runs the command; returns the exit status. */
export function main(
  argv: string[],
  io: { out: (text: string) => unknown; err: (text: string) => unknown } = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
): number {
  let args: ReturnType<typeof parse>;
  const parse = (values: string[]) =>
    parseArgs({
      args: values,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        departement: { type: 'string', multiple: true },
        department: { type: 'string', multiple: true },
        region: { type: 'string', multiple: true },
        'with-centres': { type: 'boolean', default: false },
        'with-cpts': { type: 'boolean', default: false },
        overlay: { type: 'string', multiple: true },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  try {
    args = parse(argv);
  } catch (error) {
    io.err(`msp-kit-finess: ${(error as Error).message}\n\n${USAGE}\n`);
    return 1;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const fail = (message: string, usage = '') => {
    io.err(`msp-kit-finess: ${printable(message)}\n${usage && `\n${usage}\n`}`);
    return 1;
  };
  if (positionals.length !== 1) return fail(`give one FINESS extract file (got ${positionals.length})`, USAGE);
  if (!values.out) return fail('--out <file> is required ("-" for standard output)');

  // A second file would silently replace the first one's members and hours.
  if ((values.overlay?.length ?? 0) > 1) return fail('one --overlay only (put its rows in one file)');
  const overlayFile = values.overlay?.[0];
  if (overlayFile?.trim() === '') return fail('--overlay needs a file name');

  const departments = new Set<string>();
  for (const list of [...(values.departement ?? []), ...(values.department ?? [])]) {
    const codes = list.split(/[\s,;]+/).filter(Boolean);
    // Given empty (a shell variable not set), it would mean no filter: the whole of France.
    if (!codes.length) return fail('--departement needs one or more département codes, e.g. 59,62');
    for (const code of codes) {
      const normal = code.toUpperCase().padStart(2, '0');
      if (!DEPARTEMENT_PATTERN.test(normal)) {
        const corsica = normal === '20' ? '; Corsica is 2A and 2B (or --region corse)' : '';
        return fail(`--departement: "${code}" is not a département code (59, 2A, 974…)${corsica}`);
      }
      departments.add(normal);
    }
  }
  for (const list of values.region ?? []) {
    const names = list.split(/[,;]/).map((name) => name.trim()).filter(Boolean);
    if (!names.length) return fail('--region needs a region name, e.g. hauts-de-france');
    for (const name of names) {
      const codes = regionDepartments(name);
      if (!codes) {
        // "974" or "2A" (a département where a region was asked) says how to give it.
        const departement = DEPARTEMENT_PATTERN.test(name.toUpperCase()) ? `; "${name}" is a département: --departement ${name.toUpperCase()}` : '';
        return fail(`--region: unknown region "${name}"; one of ${Object.keys(REGIONS).join(', ')}, or its INSEE code (32…)${departement}`);
      }
      codes.forEach((code) => departments.add(code));
    }
  }

  const file = positionals[0]!;
  const withCentres = values['with-centres'];
  const withCpts = values['with-cpts'];
  // Only the rows of the categories kept are held; the others are counted.
  const categories = keptCategories({ withCentres, withCpts });
  let extract;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    extract = parseFiness(fileChunks(fd), { categories });
  } catch (error) {
    if (error instanceof FinessFormatError) return fail(`${file} is not a FINESS extract in the etalab format: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code) return fail(`cannot read ${file}: ${(error as Error).message}`);
    throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let overlay;
  if (overlayFile) {
    try {
      overlay = parseOverlay(readFileSync(overlayFile), basename(overlayFile));
    } catch (error) {
      return fail(`cannot read ${overlayFile}: ${(error as Error).message}`);
    }
    // An overlay given and wholly unusable is a mistake (a sheet whose FINESS column is not found,
    // every number mangled): members and hours would silently be missing from the directory.
    if (!overlay.entries.size) {
      if (overlay.issues.length) io.err(`${formatProblems(overlay.issues).join('\n')}\n`);
      return fail(
        `--overlay ${overlayFile}: no row could be used (problems above); expected one row per structure with its FINESS number (9 characters) ` +
          'under a header such as "N° FINESS", or JSON keyed by FINESS number. Nothing written.',
      );
    }
  }
  const list = departments.size ? [...departments].sort((a, b) => inseeOrder(a).localeCompare(inseeOrder(b))) : undefined;
  const { directory, summary } = importFiness(extract, {
    ...(list && { departments: list }),
    withCentres,
    withCpts,
    ...(overlay && { overlay }),
    files: { extract: basename(file), ...(overlayFile && { overlay: basename(overlayFile) }) },
  });
  io.err(`${formatSummary(summary, list)}\n`);
  // Not one row read (a newer format, another file): writing an empty directory would empty the
  // site's. Said first, as what the overlay and --strict would say follows from it.
  if (!summary.read.structureet) {
    return fail(
      summary.errors.length
        ? `no structureet row of ${file} could be read (${plural(summary.errors.length, 'malformed line')}, the first ones above). ` +
            'If it is the FINESS extract as downloaded from data.gouv.fr, its format may have changed: tell the msp-kit maintainers, with the lines above. Nothing written.'
        : `${file} has no structureet row: a download cut short? Download the extract again. Nothing written.`,
    );
  }
  const unknown = summary.overlay?.unknown.length ?? 0;
  // Not one number of the overlay in the extract: as unusable as an overlay without a FINESS column.
  if (overlay && unknown === overlay.entries.size) {
    return fail(
      `--overlay ${overlayFile}: none of its FINESS numbers is in the extract (listed above); expected the establishments' numbers (FINESS ET), ` +
        "not the legal entities' (FINESS EJ). Nothing written.",
    );
  }
  const problems = summary.errors.length + summary.issues.length + unknown;
  if (values.strict && problems) return fail(`--strict: ${plural(problems, 'problem')} above; nothing written`);
  const json = `${JSON.stringify(directory, null, 2)}\n`;
  if (values.out === '-') io.out(json);
  else {
    try {
      writeFileSync(values.out, json);
    } catch (error) {
      return fail(`cannot write ${values.out}: ${(error as Error).message}`);
    }
    io.err(`Wrote ${values.out} (${plural(directory.structures.length, 'structure')}).\n`);
    if (problems) io.err(`Check the ${plural(problems, 'problem')} listed above: a structure or a value they concern may be missing from it.\n`);
  }
  return 0;
}

// Run when executed (`node --import tsx …/cli.ts`, or the `msp-kit-finess` bin), not when imported by tests.
if (process.argv[1] && /(?:cli\.[jt]s|msp-kit-finess)$/.test(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
