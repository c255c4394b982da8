/**
 * Plan tables (CSV, TSV, XLSX): a list of an employer's classes or positions, read by header names. The text does
 * not say whose plan it is, so a manifest entry (or the CLI's --jurisdiction) must.
 */
import { NormalizedDocumentSchema, type NormalizedDocument } from '../../model/specification';
import type { ManifestEntry } from '../manifest';
import { MAX_DOCUMENT_BYTES } from '../read/decode-text';
import { PlanTableError } from './columns';
import { planTableDocument } from './plan-table';
import { PLAN_TABLE_EXTENSIONS, readTable } from './read-table';

export { PlanTableError } from './columns';
export { PLAN_TABLE_EXTENSIONS } from './read-table';

export function isPlanTable(fileName: string): boolean {
  return PLAN_TABLE_EXTENSIONS.test(fileName);
}

/** Reads, maps and validates a plan table; throws with a message naming the file and what is wrong. */
export async function parsePlanTable(input: { fileName: string; bytes: Buffer; manifest?: ManifestEntry }): Promise<{ document: NormalizedDocument; warnings: string[] }> {
  const { fileName, bytes, manifest } = input;
  if (!manifest) {
    throw new PlanTableError(`${fileName}: a plan table does not say whose plan it is: add it to manifest.json beside it, or pass --jurisdiction <id>`);
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new PlanTableError(`${fileName}: the file is ${(bytes.length / 1048576).toFixed(1)} MB; a plan table is at most ${MAX_DOCUMENT_BYTES / 1048576} MB`);
  }
  const table = await readTable(bytes, fileName);
  const raw = planTableDocument(table, { fileName, key: manifest.key ?? fileName, jurisdiction: manifest.jurisdiction, agency: manifest.agency, url: manifest.url, bytes });
  const parsed = NormalizedDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new PlanTableError(`${fileName}: the table gives an invalid document: ${issues.join('; ')}`);
  }
  return { document: parsed.data, warnings: parsed.data.warnings };
}
