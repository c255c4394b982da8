/**
 * A job board's field list converted with every value pushed onto the next line:
 *   "Salary:" / "$50,960.00 Annually Location :" / "Aiken County, SC Job Type:" / "Full-Time Class Code::" / "KC54 ..."
 * Each line but the first ends with the next field's label; its opening words are the value of the label that ends
 * the line before. Such a run (three pairs or more) is marked so that readers take each value with its own label.
 */
import type { LaidLine } from './layout-lines';
import { sectionKind } from './section-kinds';

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
      // The line that ends the run is a value only when short; a section's own heading ("Requirements:") pairs with none.
      if (!tail) {
        const last = run[run.length - 1];
        if (last?.label && sectionKind(last.label) === 'other' && lines[j].folded.trim().length <= 60) run.push({ line: lines[j], head: lines[j].folded.trim() });
        break;
      }
      run.push({ line: lines[j], label: sectionKind(tail.label) === 'other' ? tail.label : undefined, head: tail.head });
      if (!run[run.length - 1].label) break;
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
