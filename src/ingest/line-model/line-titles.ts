/**
 * The class titles a laid-out line could carry, read from its shape alone: the whole line, a label's value, a
 * table cell, the line without its code, grade or trailing remark, the part before a separator (" - ", " | ",
 * ", "), and the levels of a combined series title. Used twice: to label lines from an analyst's reading
 * (a line is class evidence when one of its readings is an expected title) and to name the class of a line the
 * line model keeps. A sentence is never cut into a reading, so a title only mentioned in prose is not one.
 */
import type { LaidLine } from '../layout/layout-lines';
import { LABEL_LINE } from '../layout/layout-lines';
import { expandSeriesTitle } from '../segment/segment-classes';
import { normalizeTitle } from '../../model/keys';

const LEAD_MARK = /^(?:[-*•#>]{1,6}|\(?\d{1,3}[.)]|\([a-z]\)|[a-z][.)]) /;
const LEAD_CODE = /^(?:[A-Z]{0,3}\d[\d.]{1,7}[A-Z]{0,2}|[A-Z]{1,3}-\d{2,6}) ?(?:[-:|.] ?| )(?=[A-Za-z])|^[A-Z]{1,3}\d{2,6}(?=[A-Z][a-z])/;
/** A label in capitals without its colon before a title-case value: "TITLE Custodian I", "REPORTS TO Office Manager". */
const CAPS_LABEL = /^(?:(?:CLASS |JOB |POSITION )?TITLE|CLASSIFICATION|POSITION|(?:IMMEDIATE )?SUPERVISOR|REPORTS TO) (?=[A-Z][a-z])/;
const TRAIL_CODE = / ?(?:[-|:,] ?)?(?:(?:class|job) ?(?:code|no\.?|#) ?:? ?)?#? ?(?:[A-Z]{0,3}\d{3,6}[A-Z]{0,2}|[A-Z]{1,3}-\d{2,6})$/;
const TRAIL_GRADE = /,? ?(?:- ?)?(?:pay |salary )?(?:grade|range|band) ?:? ?[A-Z]{0,3}-?\d{1,3}(?:\.\d)?[A-Z]?$/i;
const ARROW = / ?(?:→|->|=>|»|⇒) ?/;
const TRAIL_REMARK = / ?\([^()]{0,80}\) ?$/;
const SEPARATOR = / (?:-|–|—|\|) |, ?|\t/;
/** "X at Employer", "X with the City of Y": a posting names the employer after the title. */
const AT_EMPLOYER = /^(.{3,80}?) (?:at|with) (?=[A-Z])/;

/** A sentence: ends with a full stop after a lowercase word, or runs long with lowercase words. */
function isSentence(text: string): boolean {
  const words = text.split(/\s+/);
  return /[a-z]{2}[.;!?]$/.test(text) || words.length > 14 || words.filter((w) => /^[a-z]{4,}$/.test(w)).length >= 4;
}

/** A line or cell without its bullet or number and without a trailing colon or blanks. */
function tidy(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(LEAD_MARK, '');
  let end = t.length;
  while (end > 0 && (t[end - 1] === ':' || t[end - 1] === ' ')) end--;
  return t.slice(0, end);
}

/** Key a title is compared by: case, spaces, dashes and a trailing remark in parentheses ignored. */
export const titleKey = (title: string) => normalizeTitle(title.replace(TRAIL_REMARK, ''));

/** Every title reading of one line, unnormalized, most literal first (duplicates removed). */
export function lineTitleReadings(line: Pick<LaidLine, 'folded' | 'cells' | 'kind'>): string[] {
  if (line.kind === 'blank') return [];
  const base = tidy(line.folded.replace(/\*\*|__|<\/?[a-z0-9]{1,10}>/gi, ''));
  if (!base) return [];
  const roots = [base];
  const label = LABEL_LINE.exec(base);
  if (label) roots.push(label[2].trim(), label[1].trim());
  if (line.cells.length > 1) roots.push(...line.cells.map(tidy));
  // A career ladder: "Electrician 1 (C20) → Electrician 2 (C21)" carries one title per step.
  if (ARROW.test(base)) roots.push(...base.split(ARROW).map((s) => s.replace(LEAD_MARK, '').trim()).filter(Boolean));
  const out: string[] = [];
  const push = (t: string) => {
    const v = t.replace(/\s+/g, ' ').trim();
    if (v.length >= 2 && !out.includes(v)) out.push(v);
  };
  for (const root of roots) {
    const sentence = isSentence(root);
    const variants = [root];
    if (!sentence) {
      let v = root;
      // Strip in turn until nothing changes: "1234 - Planner III (Fort Carson), Grade 24 #730".
      for (let i = 0; i < 4; i++) {
        const next = v.replace(CAPS_LABEL, '').replace(LEAD_CODE, '').replace(TRAIL_GRADE, '').replace(TRAIL_CODE, '').replace(TRAIL_REMARK, '').trim();
        if (next === v || next.length < 2) break;
        v = next;
        variants.push(v);
      }
      for (const x of [...variants]) {
        const first = x.split(SEPARATOR)[0];
        if (first && first !== x) variants.push(first, first.replace(TRAIL_CODE, '').replace(TRAIL_REMARK, '').trim());
        const at = AT_EMPLOYER.exec(x);
        if (at) variants.push(at[1]);
      }
    }
    for (const v of variants) {
      push(v);
      if (sentence) continue;
      const series = expandSeriesTitle(v);
      if (series) for (const level of series.levels) push(`${series.base} ${level}`);
    }
  }
  return out;
}

/**
 * The labelling rule, written down: a line is class evidence when one of its readings (above) equals an expected
 * class title by `titleKey`. Readings never cut a sentence, so "The Planner II reviews ..." is not evidence while
 * "Planner II", "Job Title: Planner II", "3812 | Planner II | 27", "PLANNER II (3812)" and "Planner I, II, III" are.
 */
export function labelLines(lines: Pick<LaidLine, 'folded' | 'cells' | 'kind'>[], expectedTitles: string[]): boolean[] {
  const keys = new Set(expectedTitles.map(titleKey).filter(Boolean));
  return lines.map((l) => lineTitleReadings(l).some((r) => keys.has(titleKey(r))));
}
