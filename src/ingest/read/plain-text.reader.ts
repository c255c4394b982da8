/** Plain text and markdown: the decoded text as it is, with no hints (layout is inferred downstream). */
import { createHash } from 'node:crypto';
import { decodeDocument } from './decode-text';
import type { SourceText } from './source-text';
import { inlineBreaksToLines } from './inline-breaks';

export function readPlainText(bytes: Buffer, name: string, mediaType: 'text/plain' | 'text/markdown'): SourceText {
  const decoded = decodeDocument(bytes, name);
  // Text copied from a web page may keep its line breaks as <br /> tags; they become lines (no hints to shift).
  return { text: inlineBreaksToLines(decoded.text), mediaType, originalSha256: sha256(bytes), hints: [], pages: [], warnings: decoded.warnings };
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
