/**
 * Worker-thread entry point of the bulk load: parses one document per message (the same parseDocument as the
 * per-document path) and posts back the normalized document, or the error that stopped it.
 */
import { parentPort } from 'node:worker_threads';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from './pipeline';
import type { ManifestEntry } from './manifest';

export interface ParseRequest {
  index: number;
  file: string;
  manifest?: ManifestEntry;
}

parentPort?.on('message', (request: ParseRequest) => {
  try {
    const parsed = parseDocument({ fileName: path.basename(request.file), bytes: fs.readFileSync(request.file), manifest: request.manifest });
    parentPort!.postMessage({ index: request.index, ...parsed });
  } catch (error) {
    parentPort!.postMessage({ index: request.index, error: (error as Error).message });
  }
});
