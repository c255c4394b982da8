/**
 * `ingest --bulk`: parse in worker threads, write many documents per transaction (BulkDocumentWriter), build
 * derived edges once at the end. For loading a whole plan; the per-document path (pipeline.ts) stays for the
 * API and small loads. Parsing runs ahead of writing by at most a few batches, so memory stays bounded by the
 * batch size, not by the corpus.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Executor } from '../db/executor';
import type { NormalizedDocument } from '../model/specification';
import { BulkDocumentWriter } from '../repositories/bulk-document.writer';
import { applyAliasTable } from './competency-aliases';
import type { IngestReport } from './ingest-report';
import { collectDocuments, parseDocument } from './pipeline';
import type { ManifestEntry } from './manifest';

export interface BulkOptions {
  /** Documents per write transaction. */
  batchSize?: number;
  /** Parser threads; 0 parses on the main thread. Default: cores - 1, at least 1. */
  workers?: number;
  /**
   * Write transactions in flight at once (default 2). One transaction keeps one of Neo4j's cores busy while the
   * next batch's rows are built; two let Neo4j work on one batch while it commits another (bench:load).
   */
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

type Parsed = { index: number; document?: NormalizedDocument; warnings?: string[]; error?: string };

/** Loads every document under `paths`; one report per document, in order. */
export async function bulkIngestPaths(executor: Executor, paths: string[], options: BulkOptions = {}): Promise<IngestReport[]> {
  const files = collectDocuments(paths);
  const workers = options.workers ?? Math.max(1, os.cpus().length - 1);
  const parse = workers > 0 ? workerParser(workers) : mainThreadParser();
  const batchSize = options.batchSize ?? 100;
  const writer = new BulkDocumentWriter(executor);
  const reports: IngestReport[] = new Array(files.length);
  try {
    // Parse the next batch while the current ones are written; each transaction is one batch, whole or not at all.
    const concurrency = Math.max(1, options.concurrency ?? 2);
    const writing = new Set<Promise<void>>();
    let written = 0;
    let pending = parse(files.slice(0, batchSize).map((f, i) => ({ ...f, index: i })));
    for (let start = 0; start < files.length; start += batchSize) {
      const parsed = await pending;
      const next = start + batchSize;
      pending = next < files.length ? parse(files.slice(next, next + batchSize).map((f, i) => ({ ...f, index: next + i }))) : Promise.resolve([]);
      const write: Promise<void> = writeParsed(writer, parsed, files, reports).then(() => {
        writing.delete(write);
        written += parsed.length;
        options.onProgress?.(written, files.length);
      });
      writing.add(write);
      if (writing.size >= concurrency) await Promise.race(writing);
    }
    await Promise.all(writing);
    await writer.finish();
  } finally {
    parse.close();
  }
  if (reports.some((r) => r.status === 'CREATED' || r.status === 'UPDATED')) await applyAliasTable(executor);
  return reports;
}

async function writeParsed(writer: BulkDocumentWriter, parsed: Parsed[], files: { file: string }[], reports: IngestReport[]): Promise<void> {
  const report = (p: Parsed): IngestReport => ({
    file: path.basename(files[p.index].file),
    documentId: null,
    format: p.document?.source.format ?? null,
    status: 'FAILED',
    classes: p.document?.classes.map((c) => (c.code ? `${c.code} ${c.title}` : c.title)) ?? [],
    referencedClasses: [],
    relations: 0,
    competencies: 0,
    warnings: p.warnings ?? [],
    error: p.error ?? null,
    // The bulk path loads new documents only; corrections apply when a document is loaded one at a time.
    correctionsApplied: [],
    correctionsStale: [],
  });
  const writable = parsed.filter((p) => p.document && p.document.classes.length);
  for (const p of parsed) {
    reports[p.index] = report(p);
    if (p.document && !p.document.classes.length) reports[p.index].error = `${reports[p.index].file}: no job class was recognized; nothing was written`;
  }
  if (!writable.length) return;
  const outcome = await writer.writeBatch(writable.map((p) => p.document!));
  outcome.results.forEach((r, k) => {
    const target = reports[writable[k].index];
    if (!r.ok) {
      target.error = `${target.file}: not written: ${r.error}`;
      return;
    }
    Object.assign(target, { documentId: r.result.documentId, status: r.result.status, classes: r.result.classIds, referencedClasses: r.result.referencedClassIds, relations: r.result.relations, competencies: r.result.competencies });
  });
}

interface Parser {
  (items: { index: number; file: string; manifest?: ManifestEntry }[]): Promise<Parsed[]>;
  close(): void;
}

function mainThreadParser(): Parser {
  const parse = async (items: { index: number; file: string; manifest?: ManifestEntry }[]) =>
    items.map(({ index, file, manifest }) => {
      try {
        return { index, ...parseDocument({ fileName: path.basename(file), bytes: fs.readFileSync(file), manifest }) };
      } catch (error) {
        return { index, error: (error as Error).message };
      }
    });
  return Object.assign(parse, { close: () => undefined });
}

/** A pool of parse-worker threads; each batch's documents are spread over them round robin. */
function workerParser(count: number): Parser {
  const script = path.join(__dirname, 'parse-worker.js');
  if (!fs.existsSync(script)) return mainThreadParser(); // running from TypeScript sources (tests): no compiled worker
  const pool = Array.from({ length: count }, () => new Worker(script));
  const waiting = new Map<number, (p: Parsed) => void>();
  for (const worker of pool) {
    worker.on('message', (p: Parsed) => waiting.get(p.index)?.(p));
    // A crashed worker fails what it was parsing instead of leaving the load waiting forever.
    worker.on('error', (error) => [...waiting.entries()].forEach(([index, done]) => done({ index, error: `parser thread failed: ${error.message}` })));
  }
  const parse = (items: { index: number; file: string; manifest?: ManifestEntry }[]) =>
    Promise.all(
      items.map(
        (item, k) =>
          new Promise<Parsed>((resolve) => {
            waiting.set(item.index, (p) => {
              waiting.delete(item.index);
              resolve(p);
            });
            pool[k % pool.length].postMessage(item);
          }),
      ),
    );
  return Object.assign(parse, { close: () => pool.forEach((w) => void w.terminate()) });
}
