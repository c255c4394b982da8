/**
 * Ingestion: read -> detect format -> parse -> normalize -> validate -> write. Each document is written in one
 * transaction, so a failure anywhere leaves the graph as it was; a failed document gets a report with the error
 * and never stops the others.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from '../db/executor';
import { NormalizedDocumentSchema, type NormalizedDocument } from '../model/specification';
import { DocumentRepository, type StepHook } from '../repositories/document.repository';
import { decodeDocument } from './read-document';
import { readManifest, UNKNOWN_JURISDICTION, type ManifestEntry } from './manifest';
import { normalizeDocument } from './normalize';
import { detectFormat } from './parsers';
import { describeWriteFailure, type IngestReport } from './ingest-report';
import { applyAliasTable } from './competency-aliases';

export interface IngestOptions {
  dryRun?: boolean;
  force?: boolean;
  afterStep?: StepHook;
  /** Parses off the calling thread (the API passes its worker pool, src/ingest/parse-pool.ts); default: in-line. */
  /** Failures to throw instead of reporting (the API throws DATABASE_UNAVAILABLE as a GraphQL error). */
  rethrow?: (error: unknown) => boolean;
  parse?: (input: DocumentInput) => Promise<{ document: NormalizedDocument; warnings: string[] }>;
}

export interface DocumentInput {
  fileName: string;
  bytes: Buffer;
  manifest?: ManifestEntry;
}

/** Parses and validates without touching the graph. Throws with a message naming what is wrong. */
export function parseDocument(input: DocumentInput): { document: NormalizedDocument; warnings: string[] } {
  const decoded = decodeDocument(input.bytes, input.fileName);
  const { parser } = detectFormat(decoded.text);
  const manifest = input.manifest;
  const raw = parser.parse({
    text: decoded.text,
    fileName: input.fileName,
    sha256: createHash('sha256').update(decoded.text).digest('hex'),
    key: manifest?.key ?? input.fileName,
    jurisdiction: manifest?.jurisdiction ?? UNKNOWN_JURISDICTION,
    agency: manifest?.agency ? { name: manifest.agency } : undefined,
    url: manifest?.url,
  });
  const normalized = normalizeDocument(raw);
  const parsed = NormalizedDocumentSchema.safeParse(normalized);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${input.fileName}: the parsed document is invalid: ${issues.join('; ')}`);
  }
  const warnings = [...decoded.warnings, ...parsed.data.warnings];
  if (!manifest) warnings.push(`${input.fileName}: not in a manifest; loaded under jurisdiction "${UNKNOWN_JURISDICTION.id}"`);
  return { document: parsed.data, warnings };
}

export async function ingestDocument(executor: Executor | null, input: DocumentInput, options: IngestOptions = {}): Promise<IngestReport & { document?: NormalizedDocument }> {
  const report: IngestReport = { file: input.fileName, documentId: null, format: null, status: 'FAILED', classes: [], referencedClasses: [], relations: 0, competencies: 0, warnings: [], error: null };
  let document: NormalizedDocument;
  try {
    const parsed = options.parse ? await options.parse(input) : parseDocument(input);
    document = parsed.document;
    report.format = document.source.format;
    report.warnings = parsed.warnings;
    report.classes = document.classes.map((c) => (c.code ? `${c.code} ${c.title}` : c.title));
  } catch (error) {
    return { ...report, error: (error as Error).message };
  }
  if (options.dryRun || !executor) return { ...report, status: 'DRY_RUN', document };
  if (!document.classes.length) return { ...report, error: `${input.fileName}: no job class was recognized; nothing was written` };
  try {
    const result = await new DocumentRepository(executor).save(document, { force: options.force, afterStep: options.afterStep });
    return {
      ...report,
      documentId: result.documentId,
      status: result.status,
      classes: result.classIds,
      referencedClasses: result.referencedClassIds,
      relations: result.relations,
      competencies: result.competencies,
    };
  } catch (error) {
    if (options.rethrow?.(error)) throw error;
    return { ...report, error: `${input.fileName}: not written: ${describeWriteFailure(error)}` };
  }
}

/** Expands files and folders into document files (.txt, .md), each with its folder's manifest entry. */
export function collectDocuments(paths: string[]): { file: string; manifest?: ManifestEntry }[] {
  const out: { file: string; manifest?: ManifestEntry }[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new Error(`${p}: no such file or folder`);
    if (fs.statSync(p).isDirectory()) {
      const manifest = readManifest(p);
      for (const name of fs.readdirSync(p).sort()) {
        if (!/\.(txt|md|text)$/i.test(name) || /^readme\.md$/i.test(name)) continue;
        out.push({ file: path.join(p, name), manifest: manifest.get(name) });
      }
    } else {
      out.push({ file: p, manifest: readManifest(path.dirname(p)).get(path.basename(p)) });
    }
  }
  return out;
}

export async function ingestPaths(
  executor: Executor | null,
  paths: string[],
  options: IngestOptions & { onProgress?: (report: IngestReport, index: number, total: number) => void } = {},
): Promise<IngestReport[]> {
  const docs = collectDocuments(paths);
  const reports: IngestReport[] = [];
  for (const [index, doc] of docs.entries()) {
    const report = await ingestDocument(executor, { fileName: path.basename(doc.file), bytes: fs.readFileSync(doc.file), manifest: doc.manifest }, options);
    reports.push(report);
    options.onProgress?.(report, index + 1, docs.length);
  }
  if (executor && !options.dryRun && reports.some((r) => r.status === 'CREATED' || r.status === 'UPDATED')) await applyAliasTable(executor);
  return reports;
}
