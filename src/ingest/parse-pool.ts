/**
 * Parsing off the request thread: a small pool of worker threads (piscina) runs `parseDocument`, each
 * document within a time budget. Past the budget the worker is terminated (the only way to stop a runaway
 * regex) and the document is refused with a message saying so; the event loop that answers other requests
 * never runs a parser.
 */
import path from 'node:path';
import { Piscina } from 'piscina';
import type { DocumentInput } from './pipeline';
import type { NormalizedDocument } from '../model/specification';
import type { ParseOutcome, ParseTask } from './parse-task';

export interface ParsePoolOptions {
  /** Worker threads (PARSE_WORKERS). */
  workers: number;
  /** Per-document budget in ms (PARSE_TIMEOUT_MS), queueing included. */
  timeoutMs: number;
}

/** A refusal by the pool: the budget was used up, or too many documents are waiting. */
export class ParseRefusedError extends Error {}

export class ParsePool {
  private readonly piscina: Piscina;
  /** Settles once a worker has loaded the parsers; the time budget starts after it, so a cold start is not counted. */
  private readonly ready: Promise<unknown>;

  constructor(private readonly options: ParsePoolOptions) {
    // From TypeScript sources (tests) the worker needs the transpiling loader; a build runs the .js directly.
    const fromSource = __filename.endsWith('.ts');
    const target = path.join(__dirname, fromSource ? 'parse-task.ts' : 'parse-task.js');
    this.piscina = new Piscina({
      filename: fromSource ? path.join(__dirname, 'parse-task.loader.js') : target,
      workerData: { target },
      minThreads: 1,
      maxThreads: Math.max(1, options.workers),
      idleTimeout: 30_000,
      maxQueue: Math.max(4, options.workers * 8),
      // A runaway parse must not take the process's memory with it.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    this.ready = this.piscina.run({ warmUp: true, fileName: '', bytes: new Uint8Array() } satisfies ParseTask).catch(() => undefined);
  }

  /** Parses `input` in a worker; throws with a clear message when it is refused or overruns its budget. */
  async parse(input: DocumentInput): Promise<{ document: NormalizedDocument; warnings: string[] }> {
    if (this.piscina.queueSize >= this.piscina.options.maxQueue) {
      throw new ParseRefusedError(`${input.fileName}: too many documents are being parsed at once; try again shortly`);
    }
    await this.ready;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.options.timeoutMs);
    const task: ParseTask = { fileName: input.fileName, bytes: new Uint8Array(input.bytes), manifest: input.manifest, contentType: input.contentType, source: input.source };
    let outcome: ParseOutcome;
    try {
      outcome = await this.piscina.run(task, { signal: abort.signal });
    } catch (error) {
      if (abort.signal.aborted) {
        throw new ParseRefusedError(`${input.fileName}: parsing took longer than ${this.options.timeoutMs} ms and was stopped; the document was not loaded (simplify or split it)`);
      }
      throw new ParseRefusedError(`${input.fileName}: the parser failed (${error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : 'unknown error'})`);
    } finally {
      clearTimeout(timer);
    }
    if (!outcome.ok) throw new ParseRefusedError(outcome.message);
    return { document: outcome.document, warnings: outcome.warnings };
  }

  /** Stops the worker threads (at shutdown, and after tests). */
  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}

let shared: ParsePool | null = null;
let sharedOptions: ParsePoolOptions = { workers: 2, timeoutMs: 10_000 };

/** Sets the shared pool's size and budget (main.ts, from PARSE_WORKERS and PARSE_TIMEOUT_MS). */
export function configureParsePool(options: ParsePoolOptions): void {
  sharedOptions = options;
}

/** The process's pool, made on first use; null when PARSE_WORKERS is 0 (parse on the calling thread). */
export function sharedParsePool(): ParsePool | null {
  if (sharedOptions.workers === 0) return null;
  shared ??= new ParsePool(sharedOptions);
  return shared;
}

export async function closeSharedParsePool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
