/**
 * Readers: one per kind of original, chosen by magic bytes first (what the file is), then the HTTP content type,
 * then the file extension. Each returns a `SourceText`; nothing after this point looks at the file type again.
 */
import { readDocx } from './docx.reader';
import { readHtml } from './html.reader';
import { readPdf } from './pdf.reader';
import { readPlainText } from './plain-text.reader';
import { DocumentReadError, MAX_DOCUMENT_BYTES, MAX_ORIGINAL_BYTES, megabytes } from './read-error';
import type { MediaType, SourceText } from './source-text';

export { DocumentReadError, MAX_ORIGINAL_BYTES, MAX_DOCUMENT_BYTES };
export type { SourceText, LineHint, PageMark, MediaType } from './source-text';

const DOCX: MediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** File extensions the readers take (for folder scans). */
export const READABLE_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.pdf', '.docx'];

/** What kind of original these bytes are; refuses what no reader takes, naming the file. */
export function detectMediaType(bytes: Buffer, name: string, contentType?: string): MediaType {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const type = contentType?.split(';')[0].trim().toLowerCase();
  const head = bytes.subarray(0, 1024);
  if (head.includes('%PDF-')) return 'application/pdf';
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    if (bytes.includes('word/document.xml') || ext === 'docx') return DOCX;
    throw new DocumentReadError(`${name}: a zip archive that is not a Word document; unzip it and load the documents inside`);
  }
  if (bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new DocumentReadError(
      ext === 'docx'
        ? `${name}: the Word document is encrypted with a password; save an unprotected copy and load that`
        : `${name}: an old binary Office file (.doc/.xls); save it as .docx and load that`,
    );
  }
  if (ext === 'pdf' || type === 'application/pdf') throw new DocumentReadError(`${name}: not a PDF (no %PDF header); the file is damaged or is something else`);
  if (ext === 'docx' || type === DOCX) throw new DocumentReadError(`${name}: not a readable Word document (not a .docx zip package); save it again as .docx`);
  if (type === 'text/html' || type === 'application/xhtml+xml' || ext === 'html' || ext === 'htm') return 'text/html';
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))) return 'text/html';
  if (type === 'text/markdown' || ext === 'md') return 'text/markdown';
  return 'text/plain';
}

/** Reads any supported original. Refuses, naming the file, what is too big or unreadable. */
export async function readDocument(bytes: Buffer, name: string, contentType?: string): Promise<SourceText> {
  checkSize(bytes, name);
  const mediaType = detectMediaType(bytes, name, contentType);
  const source =
    mediaType === 'application/pdf' ? await readPdf(bytes, name)
    : mediaType === DOCX ? await readDocx(bytes, name)
    : readSync(bytes, name, mediaType);
  checkText(source, name);
  return source;
}

/** Reads the originals that need no asynchronous work (plain text, markdown, HTML); PDF and Word need `readDocument`. */
export function readTextDocument(bytes: Buffer, name: string, contentType?: string): SourceText {
  checkSize(bytes, name);
  const mediaType = detectMediaType(bytes, name, contentType);
  if (mediaType === 'application/pdf' || mediaType === DOCX) throw new Error(`${name}: ${mediaType} needs readDocument (asynchronous)`);
  const source = readSync(bytes, name, mediaType);
  checkText(source, name);
  return source;
}

function readSync(bytes: Buffer, name: string, mediaType: MediaType): SourceText {
  if (mediaType === 'text/html') return readHtml(bytes, name);
  if (mediaType === 'text/plain' || mediaType === 'text/markdown') return readPlainText(bytes, name, mediaType);
  throw new DocumentReadError(`${name}: ${mediaType} is not read here`);
}

function checkSize(bytes: Buffer, name: string): void {
  if (bytes.length > MAX_ORIGINAL_BYTES) {
    throw new DocumentReadError(`${name}: the file is ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_ORIGINAL_BYTES)} (split it, or check it is the right file)`);
  }
  if (bytes.length === 0) throw new DocumentReadError(`${name}: the file is empty`);
}

function checkText(source: SourceText, name: string): void {
  if (Buffer.byteLength(source.text) > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError(`${name}: its text is ${megabytes(Buffer.byteLength(source.text))}; a classification document has at most ${megabytes(MAX_DOCUMENT_BYTES)} of text`);
  }
}
