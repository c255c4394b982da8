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
import { MAX_ORIGINAL_BYTES, readDocument, readTextDocument, READABLE_EXTENSIONS, type SourceText } from './read';
import { megabytes } from './read/read-error';
import { fetchDocument, isUrl } from './read/fetch-url';
import { readManifest, UNKNOWN_JURISDICTION, type ManifestEntry } from './manifest';
import { normalizeDocument } from './normalize';
import { detectFormat } from './parsers';
import { describeWriteFailure, type IngestReport } from './ingest-report';
import { applyAliasTable } from './competency-aliases';
import { isPlanTable, parsePlanTable } from './plan-table';
import { documentFacts, outcomeLines, prepareCorrections, readCorrectionsFile, correctionsFileFor, type IncomingCorrection } from './corrections';
import type { JurisdictionSpec } from '../model/specification';
import { isAppError } from '../errors/app-error';

export interface IngestOptions {
  dryRun?: boolean;
  force?: boolean;
  afterStep?: StepHook;
  /** Whose plan a document outside any manifest belongs to (the CLI's --jurisdiction). */
  jurisdiction?: JurisdictionSpec;
  /** Parses off the calling thread (the API passes its worker pool, src/ingest/parse-pool.ts); default: in-line. */
  parse?: (input: DocumentInput) => Promise<{ document: NormalizedDocument; warnings: string[] }>;
  /** Failures to throw instead of reporting (the API throws DATABASE_UNAVAILABLE as a GraphQL error). */
  rethrow?: (error: unknown) => boolean;
}

export interface DocumentInput {
  fileName: string;
  bytes: Buffer;
  manifest?: ManifestEntry;
  /** A corrections file beside the document (see src/ingest/corrections). */
  correctionsFile?: string;
  /** Corrections given through the API. */
  corrections?: IncomingCorrection[];
  /** The HTTP content type of a fetched document, when there is one. */
  contentType?: string;
  /** The original already read (see `readSource`); without it the bytes are read as text, markdown or HTML. */
  source?: SourceText;
}

/** Reads the original (any format the readers take) into the text we parse and store. */
export async function readSource(input: DocumentInput): Promise<SourceText> {
  return input.source ?? readDocument(input.bytes, input.fileName, input.contentType);
}

/** Parses and validates without touching the graph. Throws with a message naming what is wrong. */
export function parseDocument(input: DocumentInput): { document: NormalizedDocument; warnings: string[] } {
  const source = input.source ?? readTextDocument(input.bytes, input.fileName, input.contentType);
  const { parser } = detectFormat(source.text);
  const manifest = input.manifest;
  const raw = parser.parse({
    text: source.text,
    fileName: input.fileName,
    sha256: createHash('sha256').update(source.text).digest('hex'),
    key: manifest?.key ?? input.fileName,
    jurisdiction: manifest?.jurisdiction ?? UNKNOWN_JURISDICTION,
    agency: manifest?.agency ? { name: manifest.agency } : undefined,
    url: manifest?.url,
    hints: source.hints,
    pages: source.pages,
  });
  const normalized = normalizeDocument(raw);
  normalized.source = { ...normalized.source, mediaType: source.mediaType, originalSha256: source.originalSha256, pages: source.pages.length ? source.pages : undefined };
  const parsed = NormalizedDocumentSchema.safeParse(normalized);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${input.fileName}: the parsed document is invalid: ${issues.join('; ')}`);
  }
  const warnings = [...source.warnings, ...parsed.data.warnings];
  if (!manifest) warnings.push(`${input.fileName}: not in a manifest; loaded under jurisdiction "${UNKNOWN_JURISDICTION.id}"`);
  return { document: parsed.data, warnings };
}

export async function ingestDocument(executor: Executor | null, input: DocumentInput, options: IngestOptions = {}): Promise<IngestReport & { document?: NormalizedDocument; facts?: unknown[] }> {
  const report: IngestReport = { file: input.fileName, documentId: null, format: null, status: 'FAILED', classes: [], referencedClasses: [], relations: 0, competencies: 0, warnings: [], error: null, correctionsApplied: [], correctionsStale: [] };
  let document: NormalizedDocument;
  let corrections: Awaited<ReturnType<typeof prepareCorrections>>;
  try {
    let parsed: { document: NormalizedDocument; warnings: string[] };
    if (isPlanTable(input.fileName)) parsed = await parsePlanTable(input);
    else {
      const read = { ...input, source: await readSource(input) };
      parsed = options.parse ? await options.parse(read) : parseDocument(read);
    }
    const incoming = [...(input.correctionsFile ? readCorrectionsFile(input.correctionsFile).map((correction) => ({ correction, origin: 'FILE' as const })) : []), ...(input.corrections ?? [])];
    corrections = await prepareCorrections(options.dryRun ? null : executor, parsed.document, incoming);
    document = corrections.document;
    report.format = document.source.format;
    report.warnings = [...parsed.warnings, ...corrections.warnings];
    const lines = outcomeLines(corrections.outcomes);
    report.correctionsApplied = lines.applied;
    report.correctionsStale = lines.stale;
    report.classes = document.classes.map((c) => (c.code ? `${c.code} ${c.title}` : c.title));
  } catch (error) {
    // Reading stored corrections touches the database: its trouble is the caller's to report, as a write's is.
    if (options.rethrow?.(error)) throw error;
    if (isAppError(error)) return { ...report, error: `${input.fileName}: not written: ${describeWriteFailure(error)}` };
    return { ...report, error: (error as Error).message };
  }
  if (!document.classes.length && !document.positions.length) {
    // The segmenter says what it saw and what was missing; that reason replaces the generic one.
    const reason = report.warnings.find((w) => w.startsWith('no job class was recognized:')) ?? 'no job class was recognized';
    return { ...report, warnings: report.warnings.filter((w) => w !== reason && !w.startsWith('no job class was recognized')), error: `${input.fileName}: ${reason}; nothing was written` };
  }
  if (options.dryRun || !executor) return { ...report, status: 'DRY_RUN', document, facts: documentFacts(document) };
  try {
    const result = await new DocumentRepository(executor).save(document, { force: options.force, afterStep: options.afterStep, corrections: corrections.write });
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

const READABLE = new RegExp(`(${[...READABLE_EXTENSIONS, '.csv', '.tsv', '.xlsx'].map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');

/**
 * Expands files and folders into documents (.txt, .md, .html, .htm, .pdf, .docx, and .csv/.tsv/.xlsx plan tables), each with its folder's manifest
 * entry; an http(s) URL is kept as it is and fetched when its turn comes.
 */
export function collectDocuments(paths: string[]): { file: string; manifest?: ManifestEntry }[] {
  const out: { file: string; manifest?: ManifestEntry }[] = [];
  for (const p of paths) {
    if (isUrl(p)) {
      out.push({ file: p });
      continue;
    }
    if (!fs.existsSync(p)) throw new Error(`${p}: no such file or folder`);
    if (fs.statSync(p).isDirectory()) {
      const manifest = readManifest(p);
      for (const name of fs.readdirSync(p).sort()) {
        if (!READABLE.test(name) || /^readme\.md$/i.test(name)) continue;
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
    const manifest = doc.manifest ?? (options.jurisdiction ? { file: path.basename(doc.file), jurisdiction: options.jurisdiction } : undefined);
    const report = isUrl(doc.file) ? await ingestUrl(executor, doc.file, options) : await ingestFile(executor, doc.file, manifest, options);
    reports.push(report);
    options.onProgress?.(report, index + 1, docs.length);
  }
  if (executor && !options.dryRun && reports.some((r) => r.status === 'CREATED' || r.status === 'UPDATED')) await applyAliasTable(executor);
  return reports;
}

const failed = (file: string, error: string): IngestReport => ({ file, documentId: null, format: null, status: 'FAILED', classes: [], referencedClasses: [], relations: 0, competencies: 0, warnings: [], error, correctionsApplied: [], correctionsStale: [] });

/** A file too big to be a specification is refused from its size, before it is read into memory. */
async function ingestFile(executor: Executor | null, file: string, manifest: ManifestEntry | undefined, options: IngestOptions): Promise<IngestReport> {
  const fileName = path.basename(file);
  const size = fs.statSync(file).size;
  if (size > MAX_ORIGINAL_BYTES) return failed(fileName, `${fileName}: the file is ${megabytes(size)}; the limit is ${megabytes(MAX_ORIGINAL_BYTES)} (split it, or check it is the right file)`);
  return ingestDocument(executor, { fileName, bytes: fs.readFileSync(file), manifest, correctionsFile: correctionsFileFor(file) }, options);
}

/** Fetches a published document (timeout, size limit) and loads it; its URL is its key and its source address. */
async function ingestUrl(executor: Executor | null, url: string, options: IngestOptions): Promise<IngestReport> {
  try {
    const fetched = await fetchDocument(url);
    const manifest = { file: fetched.fileName, key: url, jurisdiction: UNKNOWN_JURISDICTION, url };
    const report = await ingestDocument(executor, { fileName: fetched.fileName, bytes: fetched.bytes, contentType: fetched.contentType, manifest }, options);
    return { ...report, warnings: [...report.warnings, `${url}: loaded under jurisdiction "${UNKNOWN_JURISDICTION.id}" (a URL has no manifest)`] };
  } catch (error) {
    return failed(url, (error as Error).message);
  }
}
