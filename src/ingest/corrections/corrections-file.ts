/**
 * `<document>.corrections.yaml` (or `.yml`, `.json`) beside a document: the analyst's corrections of it.
 *
 *   version: 1
 *   by: j.rivera                 # default author of every correction below
 *   corrections:
 *     - kind: promotion          # field | promotion | distinction | competency
 *       action: add              # add | change | remove
 *       class: "62722S"          # a code or a title, or {code, title}
 *       from: "62721S"
 *       months: 6
 *       reason: The spec's qualification clause was cut off at a page break.
 *   facts: [...]                 # ignored: what `ingest --dry-run` read, to copy from
 */
import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CorrectionSchema, correctionIssues, type Correction } from './correction';

const CorrectionsFileSchema = z
  .object({
    version: z.literal(1),
    by: z.string().trim().min(1).optional(),
    corrections: z.array(z.record(z.unknown())).default([]),
    facts: z.unknown().optional(),
  })
  .strict();

export const CORRECTIONS_SUFFIXES = ['.corrections.yaml', '.corrections.yml', '.corrections.json'];

/** The corrections file beside `documentPath`, if there is one. */
export function correctionsFileFor(documentPath: string): string | undefined {
  return CORRECTIONS_SUFFIXES.map((s) => documentPath + s).find((p) => fs.existsSync(p));
}

/** Reads and validates a corrections file; throws with a message naming the file and each bad entry. */
export function readCorrectionsFile(file: string): Correction[] {
  const source = fs.readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(source) : parseYaml(source);
  } catch (error) {
    throw new Error(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = CorrectionsFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${correctionIssues(parsed.error, 'file')}`);
  const problems: string[] = [];
  const corrections = parsed.data.corrections.flatMap((entry, i) => {
    const one = CorrectionSchema.safeParse({ by: parsed.data.by, ...entry });
    if (one.success) return [one.data];
    problems.push(correctionIssues(one.error, `corrections[${i}]`));
    return [];
  });
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return corrections;
}
