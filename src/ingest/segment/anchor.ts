/**
 * What segmentation produces (an anchor per class, on evidence) and the small helpers every reader of lines shares.
 */
import { capitalizedShare, type LaidLine } from '../layout/layout-lines';
import { lineLabels, type LabelValue } from './labels';
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
  /**
   * One of several classes a posting lists each with a line or two of its own, before sections for all of them
   * ("Knowledge, Skills, and Abilities:"): what the last class's body reads from its first heading on is every one's.
   */
  sharedTail?: boolean;
}

export interface Segmentation {
  anchors: ClassAnchor[];
  /** Why no class was found: the headings and labels seen and what was missing. */
  reason?: string;
}

export const levelOf = (numeral: string) => ROMAN[numeral.toUpperCase()] ?? Number(numeral);
/** "Level II" (or "Level 2:") on a line of its own: a part of the text for one level of a series. */
export const LEVEL_HEADING = /^level\s+(I{1,3}|IV|VI{0,3}|IX|X|\d{1,2})\s*:?$/i;
export const usable = (l: LaidLine) => l.kind !== 'blank' && l.kind !== 'furniture';

export const labelCache = new WeakMap<LaidLine, LabelValue[]>();

/** A line's labels, read once per line (segmentation asks more than once). */
export function labelsOf(l: LaidLine): LabelValue[] {
  if (l.kind === 'blank' || l.kind === 'furniture') return [];
  let labels = labelCache.get(l);
  if (!labels) labelCache.set(l, (labels = lineLabels(l)));
  return labels;
}

/** Most words capitalized (small joining words and remarks in parentheses aside): a name, not a sentence. */
export function capitalizedWords(text: string): boolean {
  return capitalizedShare(text.replace(/\([^()]*\)/g, ' ').split(/\s+/).filter(Boolean)) >= 0.8;
}
