/**
 * Lines, columns and table cells rebuilt from the positions of a PDF's text items (pdf.js `getTextContent`), not
 * guessed from the text. Pure geometry, so it is tested on its own:
 * - items on one baseline form a row; a gap wider than an em splits the row into segments (cells or columns);
 * - rows whose two segments keep a common gutter, each filling its side like wrapped prose, are two columns and are
 *   read column by column; other rows of several segments are table rows, cells aligned on the table's column starts
 *   and joined by "\t";
 * - rows near the top or bottom of most pages with the same text (digits aside) are page furniture and dropped;
 * - lines of one paragraph are joined; a gap taller than a line and a half starts a new paragraph (a blank line).
 */
import type { LineHint, LineKind, PageMark } from './source-text';

/** A text item in page space: y grows downwards from the top of the page, at the baseline. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PageItems {
  width: number;
  height: number;
  items: PlacedText[];
}

export interface Segment {
  x0: number;
  x1: number;
  text: string;
}

export interface Row {
  y: number;
  size: number;
  segments: Segment[];
}

/** A line in reading order, before paragraphs are joined. */
interface Placed {
  text: string;
  kind: LineKind;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Which flow the line belongs to on its page (full width, or a column); a change of flow is like a page break. */
  flow: string;
  /** Right edge of the flow, to tell a line that wraps from one that ends its paragraph. */
  right: number;
}

export interface PdfLayout {
  text: string;
  hints: LineHint[];
  pages: PageMark[];
  /** Rows dropped as repeated page headers or footers, as read. */
  furniture: string[];
}

const SEGMENT_GAP_EM = 1;
const SAME_ROW_EM = 0.4;
const PARAGRAPH_GAP_EM = 1.5;
/** Running headers and footers sit in the margins: the top and bottom 8% of the page (63 pt of a Letter page). */
const BAND = 0.08;
const BULLET = /^(?:[-*•▪◦·‣–●■➢►▸❖◆\uf0b7\uf0a7\uf0d8]|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|\([a-z]\))\s/;
const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$|^-\s*#\s*-$/i;

/** Groups a page's items into rows (top to bottom) of segments (left to right). */
export function rowsOf(items: PlacedText[]): Row[] {
  const sorted = items.filter((i) => i.text.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: { y: number; size: number; items: PlacedText[] }[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(item.y - row.y) <= SAME_ROW_EM * Math.max(row.size, item.size)) {
      row.items.push(item);
      row.size = Math.max(row.size, item.size);
    } else rows.push({ y: item.y, size: item.size, items: [item] });
  }
  return rows.map((row) => ({ y: row.y, size: row.size, segments: segmentsOf(row.items.sort((a, b) => a.x - b.x), row.size) }));
}

function segmentsOf(items: PlacedText[], size: number): Segment[] {
  const segments: Segment[] = [];
  for (const item of items) {
    const last = segments[segments.length - 1];
    const gap = last ? item.x - last.x1 : Infinity;
    if (last && gap <= SEGMENT_GAP_EM * size) {
      const space = gap > 0.15 * size && !/\s$/.test(last.text) && !/^\s/.test(item.text) ? ' ' : '';
      last.text += space + item.text;
      last.x1 = Math.max(last.x1, item.x + item.width);
    } else segments.push({ x0: item.x, x1: item.x + item.width, text: item.text });
  }
  return segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text);
}

const furnitureKey = (row: Row): string => row.segments.map((s) => s.text).join(' ').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/** Rows in the top or bottom band of a page that repeat (digits aside) on at least half the pages, or page numbers. */
export function findFurniture(pages: { height: number; rows: Row[] }[]): Set<Row> {
  const inBand = (row: Row, height: number) => row.y < height * BAND || row.y > height * (1 - BAND);
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.rows.filter((r) => inBand(r, page.height)).map(furnitureKey));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const furniture = new Set<Row>();
  for (const page of pages) {
    for (const row of page.rows) {
      if (!inBand(row, page.height)) continue;
      const key = furnitureKey(row);
      if ((counts.get(key) ?? 0) >= needed || PAGE_NUMBER.test(key)) furniture.add(row);
    }
  }
  return furniture;
}

/** Reading order of one page's rows: column regions column by column, everything else row by row. */
function placePage(rows: Row[], page: number): Placed[] {
  const out: Placed[] = [];
  const fullRight = Math.max(0, ...rows.filter((r) => r.segments.length === 1).map((r) => r.segments[0].x1));
  let i = 0;
  while (i < rows.length) {
    const columns = columnRegion(rows, i);
    if (columns) {
      const { end, lo, hi } = columns;
      const region = rows.slice(i, end);
      const left = region.flatMap((r) => r.segments.filter((s) => s.x1 <= hi).map((s) => ({ r, s })));
      const right = region.flatMap((r) => r.segments.filter((s) => s.x0 >= lo).map((s) => ({ r, s })));
      const leftRight = Math.max(...left.map((p) => p.s.x1));
      const rightRight = Math.max(...right.map((p) => p.s.x1));
      for (const { r, s } of left) out.push(line(s.text, s.x0, s.x1, r, `${page}:${i}:L`, leftRight));
      for (const { r, s } of right) out.push(line(s.text, s.x0, s.x1, r, `${page}:${i}:R`, rightRight));
      i = end;
      continue;
    }
    if (rows[i].segments.length > 1) {
      let end = i + 1;
      while (end < rows.length && rows[end].segments.length > 1 && !columnRegion(rows, end)) end++;
      out.push(...tableRows(rows.slice(i, end), `${page}:${i}:T`, fullRight));
      i = end;
      continue;
    }
    const [s] = rows[i].segments;
    out.push(line(s.text, s.x0, s.x1, rows[i], `${page}:F`, fullRight));
    i++;
  }
  return out;
}

function line(text: string, x0: number, x1: number, row: Row, flow: string, right: number, kind: LineKind = 'paragraph'): Placed {
  return { text, kind, x0, x1, y: row.y, size: row.size, flow, right };
}

/**
 * Two columns start at `start` when at least three rows in a run split at a common gutter and both sides read like
 * wrapped prose (most lines nearly fill their column). A table's cells are short and ragged, so they fail the test.
 */
function columnRegion(rows: Row[], start: number): { end: number; lo: number; hi: number } | null {
  const first = rows[start];
  if (first.segments.length !== 2) return null;
  let lo = first.segments[0].x1;
  let hi = first.segments[1].x0;
  let end = start + 1;
  for (; end < rows.length; end++) {
    const segs = rows[end].segments;
    if (segs.length === 2) {
      const nlo = Math.max(lo, segs[0].x1);
      const nhi = Math.min(hi, segs[1].x0);
      if (nhi - nlo < 0.5 * rows[end].size) break;
      lo = nlo;
      hi = nhi;
    } else if (segs.length === 1) {
      if (!(segs[0].x1 <= hi || segs[0].x0 >= lo)) break;
    } else break;
  }
  const region = rows.slice(start, end);
  const pairs = region.filter((r) => r.segments.length === 2);
  if (pairs.length < 3) return null;
  // Prose columns carry lines of words; a two-column form or table ("Position Number: 66029 | Phone: ...") does not.
  const chars = (k: number) => pairs.reduce((n, r) => n + r.segments[k].text.length, 0) / pairs.length;
  if (chars(0) < 25 || chars(1) < 25) return null;
  const leftSegs = region.flatMap((r) => r.segments.filter((s) => s.x1 <= hi));
  const rightSegs = region.flatMap((r) => r.segments.filter((s) => s.x0 >= lo));
  const fills = (segs: Segment[]): boolean => {
    const x0 = Math.min(...segs.map((s) => s.x0));
    const x1 = Math.max(...segs.map((s) => s.x1));
    const widths = segs.map((s) => s.x1 - s.x0).sort((a, b) => a - b);
    return widths[Math.floor(widths.length / 2)] >= 0.6 * (x1 - x0);
  };
  return fills(leftSegs) && fills(rightSegs) ? { end, lo, hi } : null;
}

/** Table rows with cells placed on the table's column starts, so an empty cell keeps its place. */
function tableRows(rows: Row[], flow: string, right: number): Placed[] {
  const anchors: number[] = [];
  const tolerance = Math.max(...rows.map((r) => r.size));
  for (const x of rows.flatMap((r) => r.segments.map((s) => s.x0)).sort((a, b) => a - b)) {
    if (!anchors.length || x - anchors[anchors.length - 1] > tolerance) anchors.push(x);
  }
  return rows.map((row) => {
    const cells: string[] = [];
    for (const s of row.segments) {
      let column = 0;
      anchors.forEach((a, k) => {
        if (a <= s.x0 + tolerance) column = k;
      });
      column = Math.max(column, cells.length);
      while (cells.length < column) cells.push('');
      cells.push(s.text);
    }
    const x0 = row.segments[0].x0;
    return line(cells.join('\t'), x0, row.segments[row.segments.length - 1].x1, row, flow, right, 'table-row');
  });
}

/** The whole document's text: pages in order, furniture dropped, paragraphs joined, with hints and page marks. */
export function layoutPages(pages: PageItems[]): PdfLayout {
  const rowsByPage = pages.map((p) => ({ height: p.height, rows: rowsOf(p.items) }));
  const furniture = findFurniture(rowsByPage);
  const dropped = [...furniture].map((r) => r.segments.map((s) => s.text).join(' '));
  const bodySize = bodyTextSize(rowsByPage.flatMap((p) => p.rows));
  const lines: string[] = [];
  const kinds: (LineKind | undefined)[] = [];
  const marks: PageMark[] = [];
  let offset = 0; // length of lines.join('\n') so far
  let previous: Placed | undefined;
  rowsByPage.forEach((page, index) => {
    const placed = placePage(page.rows.filter((r) => !furniture.has(r)), index);
    let pageStart: number | undefined;
    for (const current of placed) {
      const kind = current.kind === 'paragraph' ? (current.size >= 1.2 * bodySize ? 'heading' : BULLET.test(current.text) ? 'list-item' : 'paragraph') : current.kind;
      const join = previous !== undefined && continues(previous, current);
      if (join) {
        const last = lines[lines.length - 1];
        // A line broken after a hyphen or a slash ("full-" / "time", "imaging/" / "microfilming") joins without a space.
        const glue = /[A-Za-z][-/]$/.test(last) ? '' : ' ';
        pageStart ??= offset + glue.length;
        lines[lines.length - 1] = last + glue + current.text;
        offset += glue.length + current.text.length;
      } else {
        if (previous !== undefined && newParagraph(previous, current)) {
          lines.push('');
          kinds.push(undefined);
          offset += 1;
        }
        if (lines.length) offset += 1;
        pageStart ??= offset;
        lines.push(current.text);
        kinds.push(kind);
        offset += current.text.length;
      }
      previous = current;
    }
    if (pageStart !== undefined) marks.push({ page: index + 1, start: pageStart, end: offset });
  });
  // A page ends where the next begins, so every offset of the text falls on some page.
  marks.forEach((m, k) => (m.end = k + 1 < marks.length ? marks[k + 1].start : offset + 1));
  const hints: LineHint[] = [];
  kinds.forEach((kind, line) => kind && hints.push({ line, kind }));
  return { text: lines.length ? `${lines.join('\n')}\n` : '', hints, pages: marks, furniture: dropped };
}

/**
 * The next line carries on the same paragraph when it wrapped: its first word would not have fitted at the end of
 * the line before (measured with the next line's average character width), whatever the punctuation.
 */
function continues(a: Placed, b: Placed): boolean {
  if (a.kind === 'table-row' || b.kind === 'table-row' || BULLET.test(b.text)) return false;
  if (Math.abs(a.size - b.size) > 0.15 * a.size) return false;
  if (a.flow === b.flow && (b.y - a.y > PARAGRAPH_GAP_EM * a.size || b.x0 < a.x0 - a.size)) return false;
  const charWidth = (b.x1 - b.x0) / Math.max(1, b.text.length);
  const firstWord = b.text.split(' ')[0].length;
  return a.x1 + charWidth * (firstWord + 1) > a.right - 0.5 * a.size;
}

function newParagraph(a: Placed, b: Placed): boolean {
  if (a.flow !== b.flow) return true;
  return b.y - a.y > PARAGRAPH_GAP_EM * Math.max(a.size, b.size);
}

/** The body text size: the size that carries the most characters (small table type must not make prose a heading). */
function bodyTextSize(rows: Row[]): number {
  const chars = new Map<number, number>();
  for (const r of rows) {
    const size = Math.round(r.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + r.segments.reduce((n, s) => n + s.text.length, 0));
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}
