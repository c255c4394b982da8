/**
 * What segmentation produces (an anchor per class, on evidence) and the small helpers every reader of lines shares.
 */
import { type LaidLine } from '../layout/layout-lines';
import { readLabels, type LabelValue } from './labels';
import { ROMAN } from './title-words';

export type Evidence = 'title-label' | 'title-with-code' | 'code-label' | 'series-title' | 'table-row' | 'heading' | 'posting' | 'ladder';

export interface ClassAnchor {
  /** Index of the line the class begins on (its body runs to the next anchor with a body). */
  line: number;
  title: string;
  code?: string;
  grade?: string;
  /** For the levels of a combined series title. */
  series?: { title: string; level: number };
  evidence: Evidence;
  /** A row of a table of classes: it has no body of its own. */
  row?: boolean;
  /** The next class of a career ladder written with arrows. */
  next?: string;
  /** The level a band or series table gives the class. */
  level?: number;
  /** Known to be whole even on a line a text's cut ends (a title closed by its dot leader). */
  whole?: boolean;
  /** A table row read under a header row that names its columns. */
  headed?: boolean;
}

export interface Segmentation {
  anchors: ClassAnchor[];
  /** Why no class was found: the headings and labels seen and what was missing. */
  reason?: string;
}

export const levelOf = (numeral: string) => ROMAN[numeral.toUpperCase()] ?? Number(numeral);
export const usable = (l: LaidLine) => l.kind !== 'blank' && l.kind !== 'furniture';

export const labelCache = new WeakMap<LaidLine, LabelValue[]>();

/** A line's labels, read once per line (segmentation asks more than once). */
export function labelsOf(l: LaidLine): LabelValue[] {
  if (l.kind === 'blank' || l.kind === 'furniture') return [];
  let labels = labelCache.get(l);
  if (!labels) labelCache.set(l, (labels = readLabels(l.folded, l.cells)));
  return labels;
}

/**
 * A list of classes under header cells on lines of their own ("Classification Number" / "Classification Title"):
 * each line after is a row, its title with the code before it when it has one ("2113 Agriculture Environment
 * Inspector", "Air Quality Engineer"). The header is the evidence, so a row needs only to read as a title; four
 * rows or more make the list. A row on the line a text's cut ends may be incomplete and is left out.
 */
/** Most words capitalized (small joining words aside): a name, not a sentence. */
export function capitalizedWords(text: string): boolean {
  const words = text.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter((w) => w && !/^(?:of|and|the|for|in|on|to|a|an|or|with|&|-|\/)$/i.test(w));
  return words.length > 0 && words.filter((w) => /^[A-Z0-9]/.test(w)).length / words.length >= 0.8;
}
