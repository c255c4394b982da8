/**
 * Metadata the text does not state (jurisdiction, agency, source URL, a stable key) comes from a
 * `manifest.json` beside the documents. A document missing from the manifest still loads, under an
 * "unknown" jurisdiction, with a warning.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { JurisdictionSpecSchema } from '../model/specification';

const ManifestEntrySchema = z.object({
  file: z.string().min(1),
  key: z.string().min(1).optional(),
  jurisdiction: JurisdictionSpecSchema,
  agency: z.string().min(1).optional(),
  url: z.string().url().optional(),
});
const ManifestSchema = z.object({ version: z.literal(1), documents: z.array(ManifestEntrySchema) });

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const UNKNOWN_JURISDICTION = { id: 'unknown', name: 'Unknown jurisdiction', kind: 'OTHER' as const };

/** Reads dir/manifest.json; returns entries by file name, or an empty map when there is no manifest. */
export function readManifest(dir: string): Map<string, ManifestEntry> {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) return new Map();
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return new Map(parsed.data.documents.map((d) => [d.file, d]));
}
