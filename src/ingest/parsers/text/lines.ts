/**
 * Lines and blocks of a raw document with their offsets, and the markup cleaning every parser needs.
 * Spans always index into the raw text; the cleaned text is what we store as a fact's wording.
 */
import type { Span } from '../../../model/specification';
import { squash } from '../../../model/trim';
import { decodeEntities } from '../../layout/fold';

export interface Line {
  /** The raw line, without its line break. */
  raw: string;
  /** The line without markup (HTML tags, markdown emphasis and heading marks, escapes), trimmed. */
  clean: string;
  start: number;
  end: number;
  index: number;
}

/** Converted documents carry HTML tags, markdown emphasis, backslash escapes and checkbox glyphs. */
/**
 * "[DEPUTY CLERK III [CLASS NO. 3624": a line opened by a bracket never closed on it; such brackets are a
 * conversion's lost cell or item marks, not text.
 */
export const hasUnclosedBracketMarks = (raw: string): boolean => !raw.includes(']') && /^\s*\[(?=[A-Z])/.test(raw);

export function cleanMarkup(raw: string): string {
  if (hasUnclosedBracketMarks(raw)) raw = raw.replace(/(^|\s)\[(?=[A-Z])/g, '$1');
  // Entities and odd spaces are undone; hyphens other than the en and em dash (which documents use as separators
  // we keep in the stored wording) read as "-".
  return decodeEntities(raw)
    // [^<>] rather than [^>]: an unclosed "<a" stops at the next "<" instead of rescanning the line.
    .replace(/<\/?[a-z][^<>]*>/gi, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/\\([*_#\\-])/g, '$1')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2010-\u2012\u2015\u2212\ufe63\uff0d]/g, '-')
    .replace(/[ \t]+/g, (m) => (m.includes('\t') ? '\t' : ' '))
    .trim();
}

const PAGE_FURNITURE = /^(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+|-\s*\d+\s*-)$/i;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = text.slice(start, end).replace(/\r$/, '');
    const clean = cleanMarkup(raw);
    // Page furniture of a PDF conversion ("Page 2 of 5") reads as a blank line, never as content.
    lines.push({ raw, clean: PAGE_FURNITURE.test(clean) ? '' : clean, start, end: start + raw.length, index: index++ });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Narrows a span to its non-blank content. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export { squash };

/** Groups consecutive non-blank lines into blocks (paragraphs or list items that wrap). */
export function blocks(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (!line.clean) {
      if (current.length) out.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) out.push(current);
  return out;
}

/** "o Knowledge of ...": a PDF's hollow bullet comes through as the letter o, before a capital. */
// Word and PDF bullets arrive as other glyphs too: a black circle, an arrowhead, a Symbol font's private-use bullet.
export const BULLET = /^\s*(?:[-*•▪◦·‣●■➢►▸❖◆\uf0b7\uf0a7\uf0d8]|o(?=\s+[A-Z])|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))\s+/;

/** List items: a bullet line starts an item; indented or unbulleted continuation lines join the item before. */
export function listItems(lines: Line[]): Line[][] {
  const items: Line[][] = [];
  let current: Line[] | null = null;
  for (const line of lines) {
    if (!line.clean) {
      current = null;
      continue;
    }
    if (BULLET.test(line.clean) || !current) {
      current = [line];
      items.push(current);
    } else current.push(line);
  }
  return items;
}

/** The text of a group of lines with list markers removed, and the span it covers. */
export function passage(text: string, lines: Line[], stripBullet = true): { text: string; span: Span } {
  if (!lines.length) throw new Error('passage() needs at least one line');
  const words = lines.map((l, i) => (i === 0 && stripBullet ? l.clean.replace(BULLET, '') : l.clean)).join(' ');
  return { text: squash(words), span: trimSpan(text, lines[0].start, lines[lines.length - 1].end) };
}

/** The span of `needle` inside the raw text between `from` and `to`, or the fallback when it is not found verbatim. */
export function locate(text: string, needle: string, from: number, to: number, fallback: Span): Span {
  const at = text.slice(from, to).indexOf(needle);
  return at < 0 ? fallback : { start: from + at, end: from + at + needle.length };
}
