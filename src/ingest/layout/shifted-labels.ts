/**
 * A job board's field list converted with every value pushed onto the next line:
 *   "Salary:" / "$50,960.00 Annually Location :" / "Aiken County, SC Job Type:" / "Full-Time Class Code::" / "KC54 ..."
 * Each line but the first ends with the next field's label; its opening words are the value of the label that ends
 * the line before. Such a run (three pairs or more) is marked so that readers take each value with its own label.
 */
import type { LaidLine } from './layout-lines';

/** A label closing a line: a few capitalized words and one or two colons ("Class Code::", "Location :"). */
const TAIL_LABEL = /(?:^|\s)((?:[A-Z][A-Za-z.#/&'()-]*|of|and|to|[-–])(?:\s(?:[A-Z][A-Za-z.#/&'()-]*|of|and|to|[-–])){0,4})\s?::?\s*$/;

export interface Shifted {
  /** The label the line before closes with. */
  label: string;
  /** The value: this line's text before its own closing label. */
  value: string;
}

function tailOf(l: LaidLine): { label: string; head: string } | undefined {
  if (l.kind === 'blank' || l.folded.length > 200) return undefined;
  const m = TAIL_LABEL.exec(l.folded);
  if (!m || !/[A-Za-z]/.test(m[1])) return undefined;
  return { label: m[1].trim(), head: l.folded.slice(0, m.index).trim() };
}

/** The shifted label of each line inside such runs, by line index. */
export function shiftedLabels(lines: LaidLine[]): Map<number, Shifted> {
  const out = new Map<number, Shifted>();
  let i = 0;
  while (i < lines.length) {
    const run: { line: LaidLine; label?: string; head: string }[] = [];
    for (let j = i; j < lines.length && lines[j].kind !== 'blank'; j++) {
      const tail = tailOf(lines[j]);
      // After the first line, a value must open the line (a lone label is a field left empty, which ends the run).
      if (run.length && tail && !tail.head) break;
      run.push({ line: lines[j], label: tail?.label, head: tail ? tail.head : lines[j].folded.trim() });
      if (!tail) break;
    }
    const pairs = run.slice(1).filter((r, k) => run[k].label && r.head);
    if (pairs.length >= 3) {
      run.slice(1).forEach((r, k) => {
        if (run[k].label && r.head) out.set(r.line.index, { label: run[k].label!, value: r.head });
      });
      i += run.length;
    } else i += 1;
  }
  return out;
}
