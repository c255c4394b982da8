/** Placeholder until the format parsers land: every document is refused with a clear message. */
import type { DocumentParser } from './parser';

export const PARSERS: DocumentParser[] = [];

export function detectFormat(_text: string): { parser: DocumentParser; confidence: number } {
  throw new Error('no document parsers are installed yet');
}
