import iconv from 'iconv-lite';
import { DocumentReadError, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_LINES, megabytes } from './read-error';

/**
 * Turns bytes into text we can parse, or a clear refusal. Empty, binary and oversized files are refused;
 * UTF-16 (by BOM) and Windows-1252/Latin-1 (invalid UTF-8) are decoded with a warning rather than lost.
 */
export { DocumentReadError, MAX_DOCUMENT_BYTES, MAX_DOCUMENT_LINES };

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

/** `maxBytes` bounds the bytes read (the stored-text limit by default; a web page's markup may be larger). */
export function decodeDocument(bytes: Buffer, name: string, maxBytes = MAX_DOCUMENT_BYTES): DecodedText {
  if (bytes.length === 0) throw new DocumentReadError(`${name}: the file is empty`);
  if (bytes.length > maxBytes) {
    throw new DocumentReadError(
      `${name}: the file is ${megabytes(bytes.length)}; a classification document is at most ${maxBytes / 1024 / 1024} MB (split it, or check it is the right file)`,
    );
  }
  const warnings: string[] = [];
  let text: string;
  let encoding: DecodedText['encoding'];
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 && bytes.length % 2 === 1) {
    // Two bytes per code unit: an odd count means the file was cut or is not UTF-16 (swap16 would throw a bare RangeError).
    throw new DocumentReadError(`${name}: the file starts with a UTF-16 byte order mark but has an odd number of bytes (${bytes.length}); it is truncated or not UTF-16`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = bytes.subarray(2).toString('utf16le');
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    text = swapped.toString('utf16le');
    encoding = 'utf-16be';
  } else {
    if (looksBinary(bytes)) throw new DocumentReadError(`${name}: this is a binary file, not text (documents are read as .txt, .md, .html, .pdf or .docx)`);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
      text = decoder.decode(bytes);
      encoding = 'utf-8';
    } catch {
      // Node's TextDecoder reads 'windows-1252' as Latin-1 (0x80-0x9F become control characters, so the
      // en dashes and curly quotes Word puts there are lost); iconv-lite implements the real code page.
      text = iconv.decode(bytes, 'windows-1252');
      encoding = 'windows-1252';
      warnings.push(`${name}: not valid UTF-8; read as Windows-1252`);
    }
  }
  if (encoding.startsWith('utf-16')) warnings.push(`${name}: read as ${encoding.toUpperCase()}`);
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new DocumentReadError(`${name}: the file has no text`);
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && lines <= MAX_DOCUMENT_LINES; at = text.indexOf('\n', at + 1)) lines += 1;
  if (lines > MAX_DOCUMENT_LINES) throw new DocumentReadError(`${name}: the file has more than ${MAX_DOCUMENT_LINES} lines; a classification document has at most that many (split it, or check it is the right file)`);
  return { text, encoding, warnings };
}

/** NUL bytes, or many control characters in the first 8 KB, mean binary. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control += 1;
  }
  return control / sample.length > 0.1;
}
