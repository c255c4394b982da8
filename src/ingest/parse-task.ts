/**
 * The task a parse worker thread runs: `parseDocument` of the pipeline, on bytes sent from the main thread.
 * It answers with plain data (the normalized document, or the refusal's message), never a thrown Error,
 * so what crosses the thread boundary is always cloneable.
 */
import { parseDocument, type DocumentInput } from './pipeline';
import type { NormalizedDocument } from '../model/specification';

export interface ParseTask {
  /** A no-op task: answers once the worker has loaded its modules. */
  warmUp?: boolean;
  fileName: string;
  bytes: Uint8Array;
  manifest?: DocumentInput['manifest'];
  contentType?: string;
  /** The original as already read (PDF, Word, HTML): plain data, so it crosses the thread boundary. */
  source?: DocumentInput['source'];
}

export type ParseOutcome = { ok: true; document: NormalizedDocument; warnings: string[] } | { ok: false; message: string };

export default function parseTask(task: ParseTask): ParseOutcome {
  if (task.warmUp) return { ok: false, message: 'warm' };
  try {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    return { ok: true, ...parseDocument({ fileName: task.fileName, bytes, manifest: task.manifest, contentType: task.contentType, source: task.source }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
