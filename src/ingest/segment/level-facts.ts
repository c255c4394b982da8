/**
 * Facts a class's anchor takes from elsewhere in the document: each series level's code and grade, a series listed under a title line.
 */
import { BULLET } from '../parsers/text/lines';
import { type LaidLine } from '../layout/layout-lines';
import { codeToken, gradeToken, readLabels } from './labels';
import { checkTitle, displayTitle, endsLikeTitle } from './title-words';
import { normalizeTitle } from '../../model/keys';
import { type ClassAnchor, LEVEL_HEADING, levelOf, usable, labelsOf } from './anchor';
import { headerColumns } from './tables';
import { titleFromCandidate } from './title-candidates';

/**
 * The levels of a combined series title ("Plant Mechanic I/II/III") take the code and grade the document gives
 * each of them elsewhere: a table row under a header naming its columns ("Plant Mechanic I | 3101 | 14"), a line
 * opening with the level's title ("Plant Mechanic II – Class Code 3102 – Pay Grade 16", "Plant Mechanic II
 * (3102) Grade 16"), or label lines just under the level's own line ("Class Code: 3102").
 */
export function withLevelFacts(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor[] {
  const levels = anchors.filter((a) => a.series && (!a.code || !a.grade));
  if (levels.length < 2) return anchors;
  const titles = anchors.map((a) => a.title.toLowerCase());
  let columns: ReturnType<typeof headerColumns>;
  const facts = new Map<ClassAnchor, { code?: string; grade?: string }>();
  lines.forEach((l, i) => {
    if (!usable(l)) return;
    if (l.kind === 'table-row' && headerColumns(l.cells)) return void (columns = headerColumns(l.cells));
    // "Roadway Maintenance/General Transportation Tech I: A16": a working title and a slash before the level's title.
    const bare = l.folded.replace(BULLET, '').trim();
    const unprefixed = bare.replace(/^[A-Z][A-Za-z ]{2,40}\/(?=[A-Z])/, '');
    const folded = unprefixed !== bare && levels.some((a) => unprefixed.toLowerCase().startsWith(a.title.toLowerCase())) ? unprefixed : bare;
    // "Level II" on a line of its own introduces that level.
    const byRank = LEVEL_HEADING.exec(folded);
    const level = byRank ? levels.find((a) => a.series?.level === levelOf(byRank[1])) : levels.find((a) => {
      const t = a.title.toLowerCase();
      // The line opens with this level's title and no longer title ("Plant Mechanic I" is not "Plant Mechanic II").
      return folded.toLowerCase().startsWith(t) && !titles.some((o) => o.length > t.length && o.startsWith(t) && folded.toLowerCase().startsWith(o)) && !/^[\w/]/.test(folded.slice(t.length));
    });
    if (!level) return;
    const got = facts.get(level) ?? {};
    if (byRank) {
      labelsUnder(lines, i, got);
    } else if (l.cells.length >= 2 && columns && l.cells[columns.title]?.toLowerCase().startsWith(level.title.toLowerCase())) {
      got.code ??= columns.code >= 0 ? codeToken(l.cells[columns.code] ?? '') : undefined;
      got.grade ??= columns.grade >= 0 ? gradeToken(l.cells[columns.grade] ?? '') : undefined;
    } else {
      const rest = folded.slice(level.title.length);
      const labels = readLabels(rest.replace(/^\s*[-–—:|]\s*/, ''), [rest]);
      const code = labels.find((x) => x.name === 'code') ?? BARE_CODE_IN_REST.exec(rest);
      got.code ??= code ? codeToken('value' in code ? code.value : code[1]) : /^\s*\(\s*([A-Z]{0,3}\d{3,6}[A-Z]{0,2})\s*\)/.exec(rest)?.[1];
      const grade = labels.find((x) => x.name === 'grade') ?? BARE_GRADE_IN_REST.exec(rest);
      got.grade ??= grade ? gradeToken('value' in grade ? grade.value : grade[1]) : undefined;
      // Under a grade label of its own ("Salary Plan/Grade:"), the value after each level's colon is its grade.
      const value = /^:\s*([A-Z]{0,2}\d{1,3}[A-Z]?)\b/.exec(rest);
      if (value && gradeLabelAbove(lines, i)) got.grade ??= gradeToken(value[1]);
      // Label lines right under the level's own line, up to the next level or a sentence.
      labelsUnder(lines, i, got);
    }
    facts.set(level, got);
  });
  return anchors.map((a) => {
    const f = facts.get(a);
    return f ? { ...a, code: a.code ?? f.code, grade: a.grade ?? f.grade } : a;
  });
}
/** A grade label with no value on its line ("Salary Plan/Grade:") heads the lines from `i` up, level lines between. */
function gradeLabelAbove(lines: LaidLine[], i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 6; k--) {
    const l = lines[k];
    if (!usable(l)) continue;
    seen++;
    if (/^[A-Za-z /]{0,30}\b(?:grade|range)\s*:$/i.test(l.folded.trim())) return true;
    if (!/^[^:]{3,90}:\s*[A-Z]{0,2}\d{1,3}[A-Z]?\b/.test(l.folded.trim())) return false;
  }
  return false;
}

/** Code and grade labels on the lines right under line `i`, up to the first line that is no label. */
function labelsUnder(lines: LaidLine[], i: number, got: { code?: string; grade?: string }): void {
  for (const next of lines.slice(i + 1, i + 5)) {
    if (!usable(next)) continue;
    const under = labelsOf(next);
    if (!under.length) break;
    got.code ??= codeToken(under.find((x) => x.name === 'code')?.value ?? '');
    got.grade ??= gradeToken(under.find((x) => x.name === 'grade')?.value ?? '');
  }
}

export const BARE_CODE_IN_REST = /\b(?:class|job)\s+(?:code|no\.?|number)\s*(?:[:#]\s*)?([A-Z]{0,3}\d{3,6}[A-Z]{0,2})\b/i;
export const BARE_GRADE_IN_REST = /\b(?:pay\s+|salary\s+)?(?:grade|range)\s*(?:[:#]\s*)?([A-Z]{0,2}\d{1,3}[A-Z]?)\b/i;

/**
 * A specification whose title line names one class, listing its series further down, each member on its own line
 * with its code ("Assistant Airport Manager" ... "The complete series includes: / Assistant Airport Manager (Class
 * No. 005520) / Airport Manager (Class No. 005500)"): the listed lines are rows (codes only), and the text is the
 * titled class's, from its title line on. Returns that class's anchor; marks the rows in place.
 */
export function seriesListUnderTitle(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor | undefined {
  const usableLines = lines.filter(usable);
  const head = usableLines.slice(0, 3).find((l) => !anchors.some((a) => a.line === l.index) && l.folded.length <= 90);
  if (!head) return undefined;
  const headTitle = titleFromCandidate(head.folded);
  if (!headTitle) return undefined;
  const position = new Map(usableLines.map((l, i) => [l.index, i]));
  const coded = anchors.filter((a) => a.evidence === 'title-with-code' && !a.row && a.line > head.index).sort((a, b) => a.line - b.line);
  // Runs of listed members: anchors on consecutive usable lines, one per line.
  const runs: ClassAnchor[][] = [];
  for (const a of coded) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && position.get(a.line)! - position.get(last.line)! === 1) run.push(a);
    else if (!last || a.line !== last.line) runs.push([a]);
  }
  const run = runs.find((r) => r.length >= 2 && r.some((a) => normalizeTitle(a.title) === normalizeTitle(headTitle)));
  if (!run) return undefined;
  const member = run.find((a) => normalizeTitle(a.title) === normalizeTitle(headTitle))!;
  for (const a of run) a.row = true;
  return { line: head.index, title: member.title, code: member.code, grade: member.grade, evidence: 'heading' };
}

/**
 * A bulleted list of titles, two or more with their codes ("• Construction Manager I (#4392)"): it is a list of
 * classes, so its other items that are clearly job titles ("• Senior Accountant") are classes too, and every
 * listed class is a row (the group names and notes between items are no class's text).
 */
export function listedTitlesBesideCoded(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor[] {
  const coded = anchors.filter((a) => a.evidence === 'title-with-code' && lines[a.line]?.kind === 'list-item');
  if (coded.length < 2) return [];
  const [first, last] = [Math.min(...coded.map((a) => a.line)), Math.max(...coded.map((a) => a.line))];
  for (const a of coded) a.row = true;
  const out: ClassAnchor[] = [];
  // From a few lines before the first coded item to a few after the last: the same list.
  for (const l of lines.slice(Math.max(0, first - 4), last + 5)) {
    if (l.kind !== 'list-item' || anchors.some((a) => a.line === l.index)) continue;
    const item = l.folded.replace(BULLET, '').trim();
    const title = item.length <= 60 && !/[.:;]$/.test(item) ? titleFromCandidate(item) : undefined;
    if (title && title === item && checkTitle(title).strong && endsLikeTitle(title)) out.push({ line: l.index, title: displayTitle(title), evidence: 'table-row', row: true });
  }
  return out;
}
