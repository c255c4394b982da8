/**
 * `ingest <url>`: fetches a published document with a timeout and a size limit (the body is read as a stream and
 * abandoned past the limit, whatever Content-Length claims). The file name comes from the URL's last path segment,
 * with an extension from the content type when it has none, so the readers can pick by name as for files.
 */
import { DocumentReadError, MAX_ORIGINAL_BYTES, megabytes } from './read-error';

export interface FetchedDocument {
  fileName: string;
  bytes: Buffer;
  contentType?: string;
  url: string;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

const EXTENSIONS: Record<string, string> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'text/plain': '.txt',
  'text/markdown': '.md',
};

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxBytes = options.maxBytes ?? MAX_ORIGINAL_BYTES;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DocumentReadError(`${url}: not a valid URL`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(parsed, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.8,*/*;q=0.5' } });
    if (!response.ok) throw new DocumentReadError(`${url}: the server answered ${response.status} ${response.statusText}`.trim());
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw tooBig(url, declared, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    if (response.body) {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        total += chunk.length;
        if (total > maxBytes) {
          controller.abort();
          throw tooBig(url, total, maxBytes);
        }
        chunks.push(Buffer.from(chunk));
      }
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    return { fileName: fileNameOf(new URL(response.url || url), contentType), bytes: Buffer.concat(chunks), contentType, url };
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    if (controller.signal.aborted) throw new DocumentReadError(`${url}: no complete answer within ${timeoutMs / 1000} s`);
    throw new DocumentReadError(`${url}: could not be fetched (${(error as Error).cause ?? (error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

function tooBig(url: string, bytes: number, max: number): DocumentReadError {
  return new DocumentReadError(`${url}: the document is over ${megabytes(max)} (${megabytes(bytes)} so far); the limit is ${megabytes(max)}`);
}

function fileNameOf(url: URL, contentType: string | undefined): string {
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '') || url.hostname;
  const safe = last.replace(/[^\w .()-]+/g, '_').slice(0, 150);
  const ext = EXTENSIONS[contentType?.split(';')[0].trim().toLowerCase() ?? ''];
  return ext && !safe.toLowerCase().endsWith(ext) && !(ext === '.html' && /\.htm$/i.test(safe)) ? `${safe}${ext}` : safe;
}
