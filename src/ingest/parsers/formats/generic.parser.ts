/**
 * The fallback for employers we have never seen: driven by headings and labels, not by layout. A heading is a
 * short line in capitals, ending in a colon, or marked up as one; its words decide what the section holds
 * (duties, qualifications, knowledge, skills, abilities, competencies, distinguishing characteristics, ...).
 * A document with several "Class Title:" blocks yields several classes; titles that differ only by a level
 * numeral (Planner I, II, III) form a series. What cannot be placed is reported as a warning.
 */
import type { Duty, JobClassSpec, JobFamilySpec, NormalizedDocumentInput, SeriesSpec } from '../../../model/specification';
import { slugify } from '../../../model/keys';
import type { DocumentParser, ParseContext } from '../parser';
import { BULLET, blocks, cleanMarkup, listItems, passage, splitLines, squash, trimSpan, type Line } from '../text/lines';
import { readListedItems, readProseCharacteristics } from '../text/competencies';
import { readDistinctions } from '../text/distinctions';
import { readQualificationParagraphs } from '../text/qualifications';
import { flsaFrom, toIsoDate } from '../text/fields';
import { append } from '../text/append';

type Kind = 'concept' | 'distinguishing' | 'duties' | 'qualifications' | 'licenses' | 'ksa' | 'knowledge' | 'skills' | 'abilities' | 'competencies' | 'behaviors'
  | 'received' | 'exercised' | 'conditions' | 'other';

/** Order matters: the first rule whose words appear in a heading decides its kind. */
const KINDS: [Kind, RegExp][] = [
  ['distinguishing', /distinguishing|distinguished/i],
  ['received', /supervision received|supervision and guidance received|^supervision$|reports to/i],
  ['exercised', /supervision exercised|supervisory responsibilit/i],
  ['ksa', /knowledge,?\s+skills?,?\s+(and|&)\s+abilit|\bksas?\b/i],
  ['competencies', /competenc/i],
  ['behaviors', /behavio/i],
  ['knowledge', /knowledge/i],
  ['abilities', /\babilit/i],
  ['skills', /skills?\b/i],
  ['licenses', /licen[cs]|certificat/i],
  ['duties', /duties|responsibilities|accountabilities|examples of work|tasks|work performed|functions/i],
  ['qualifications', /qualifications|education|experience|requirements|training/i],
  ['conditions', /working conditions|physical demands|work(ing)? environment|environmental|physical requirements/i],
  ['concept', /definition|concept|summary|general statement|purpose|nature of (the )?work|class characteristics|description|overview|scope|basic function/i],
];

const LABELS = {
  title: /^(?:(?:Class(?:ification)?(?:\s+Code)?|Job(?:\s+Code)?|Position)\s+)?Title\s*:\s*(.+)$/i,
  code: /^(?:Class|Job|Classification)\s*(?:Code|Number|No\.?|#)\s*:\s*([A-Za-z0-9-]+)/i,
  payGrade: /^(?:Pay|Salary)\s*Grade\s*:\s*(.+)$|^Grade\s*:\s*(.+)$/i,
  payBand: /^(?:Pay|Salary)\s*(?:Range|Band)\s*:\s*(.+)$/i,
  bargainingUnit: /^(?:Bargaining Unit|Union|Representation Unit|B\.\s?U\.)\s*:\s*(.+)$/i,
  flsa: /^FLSA(?:\s+Status)?\s*:\s*(.+)$/i,
  established: /^(?:Date\s+)?(?:Established|Adopted|Created)(?:\s+Date)?\s*:\s*(.+)$/i,
  effective: /^(?:Effective|Revised|Last Revised)(?:\s+Date)?\s*:\s*(.+)$/i,
  series: /^(?:Class\s+)?Series\s*:\s*(.+)$/i,
  family: /^(?:Job|Occupational)\s+Family\s*:\s*(.+)$/i,
};
const LEVEL = /^(.*?)\s+(I{1,3}|IV|V|VI{0,3}|\d{1,2})$/;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 };
const NOT_A_TITLE = /\b(city|county|state|department|court|superior|specification|classification|page \d|human resources|personnel|civil service|commission|authority|revised|effective|job profile|section [ivx]+)\b/i;

/** "HIGHWAY MAINTAINER II" reads as "Highway Maintainer II"; mixed-case titles are kept as written. */
function displayTitle(title: string): string {
  if (title !== title.toUpperCase()) return title;
  return title.toLowerCase().replace(/\b([a-z])([a-z']*)/g, (word, first: string, rest: string) =>
    /^(i|ii|iii|iv|v|vi|vii|viii)$/.test(word) ? word.toUpperCase() : /^(of|and|the|for|in|on|to)$/.test(word) ? word : first.toUpperCase() + rest);
}

function isHeading(line: Line): boolean {
  // "EXAMPLES OF ESSENTIAL DUTIES (illustrative only ...)": the words before the parenthesis decide. Long
  // lines are prose, never headings: rejecting them first keeps the test linear on hostile input.
  if (line.clean.length > 400) return false;
  const open = line.clean.lastIndexOf('(');
  const trailingNote = open > 0 && /^\([^()]*\)\*?\s*$/.test(line.clean.slice(open)) ? line.clean.slice(0, open).replace(/\s*\*?$/, '') : line.clean;
  const clean = trailingNote.replace(/\t/g, ' ');
  if (!clean || clean.length > 90 || BULLET.test(clean)) return false;
  if (/^#{1,6}\s/.test(line.raw.trim()) || /^\*\*[^*]+\*\*:?$/.test(line.raw.trim())) return true;
  const letters = clean.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) return true;
  return /^[A-Z][^.:]{2,70}:$/.test(clean) && clean.split(/\s+/).length <= 9;
}

function kindOf(heading: string): Kind {
  return KINDS.find(([, pattern]) => pattern.test(heading))?.[0] ?? 'other';
}

interface Block {
  titleLine: Line;
  title: string;
  lines: Line[];
  /** True when no line looked like a title and the first line stands in for one. */
  guessed?: boolean;
}

/** Class blocks: each "Class Title:" label starts one; without labels the whole document is one class. */
function classBlocks(lines: Line[]): Block[] {
  const starts = lines.map((l, i) => ({ i, m: LABELS.title.exec(l.clean) })).filter((s) => s.m);
  if (starts.length) {
    return starts.map((s, k) => ({ titleLine: lines[s.i], title: squash(s.m![1]), lines: lines.slice(s.i, k + 1 < starts.length ? starts[k + 1].i : lines.length) }));
  }
  // Without a title label, a document must have at least one section we recognize to be a specification at all.
  const firstSection = lines.findIndex((l) => isHeading(l) && kindOf(l.clean) !== 'other');
  if (firstSection < 0) return [];
  const candidates = lines.slice(0, firstSection);
  const titleLine = candidates.find((l) => l.clean && l.clean.length <= 80 && !NOT_A_TITLE.test(l.clean) && !/:/.test(l.clean) && /[A-Za-z]{3}/.test(l.clean));
  if (titleLine) return [{ titleLine, title: squash(titleLine.clean.replace(/\t/g, ' ')), lines }];
  // Last resort: the first line of the document, flagged, so the rest of what it says is not lost.
  const first = lines.find((l) => /[A-Za-z]{3}/.test(l.clean));
  return first ? [{ titleLine: first, title: squash(first.clean.replace(/\t/g, ' ')).slice(0, 120), lines, guessed: true }] : [];
}

function readDutyItems(text: string, body: Line[], essential: boolean): Duty[] {
  const MARK = /\((?:E|essential)\)|^\*?essential\b|\sE$/i;
  const items = itemsOf(body)
    .filter((g) => !(g.length === 1 && /:\s*$/.test(g[0].clean)))
    .map((g) => passage(text, g));
  // When some items carry an essential mark, only those are essential, whatever the heading says.
  const someMarked = items.some((p) => MARK.test(p.text));
  return items
    .map((p) => {
      const percent = /(?:^|\s|\()(\d{1,3})\s*%/.exec(p.text);
      const marked = MARK.test(p.text);
      const words = p.text.replace(/\((?:E|essential)\)|\sE$/gi, '').replace(/^\(?\d{1,3}\s*%\)?\s*[-–:]?\s*/, '').replace(/\s*[-–(]?\s*\d{1,3}\s*%\)?\s*$/, '').trim();
      return { text: words || p.text, span: p.span, essential: someMarked ? marked : essential, percentOfTime: percent ? Number(percent[1]) : undefined };
    })
    .filter((d) => d.text.length > 3 && (d.percentOfTime === undefined || d.percentOfTime <= 100));
}

/**
 * Items of a section: bullets when there are bullets; otherwise a line per item when every line ends like a
 * sentence or a label (a hard-wrapped paragraph has lines that stop mid-sentence), else paragraphs.
 */
function itemsOf(body: Line[]): Line[][] {
  if (body.some((l) => BULLET.test(l.clean))) return listItems(body);
  return blocks(body).flatMap((block) => {
    const lineStructured = block.length > 1 && block.slice(0, -1).every((l) => /[.;:!?)]$|\sE$/.test(l.clean));
    return lineStructured ? block.map((l) => [l]) : [block];
  });
}

function splitAtOr(group: Line[]): Line[][] {
  const out: Line[][] = [[]];
  for (const line of group) {
    if (/^(or|and)$/i.test(line.clean)) out.push([line], []);
    else out[out.length - 1].push(line);
  }
  return out.filter((g) => g.length);
}

function readClass(text: string, block: Block, warnings: string[]): { spec: JobClassSpec; series?: string; family?: JobFamilySpec } {
  const spec: JobClassSpec = { title: displayTitle(block.title), duties: [], qualifications: [], competencies: [], distinctions: [], promotionRequirements: [], span: trimSpan(text, block.titleLine.start, block.lines[block.lines.length - 1].end) };
  let series: string | undefined;
  let family: JobFamilySpec | undefined;
  let option = 1;
  // Labels anywhere in the block ("Class Code: 4410", "FLSA: Exempt", "Pay Grade: 22").
  for (const line of block.lines) {
    // Label cells are separated by tabs, runs of spaces or vertical bars ("Class code: 7342 | FLSA: Non-exempt");
    // a two-cell table row without a colon ("Class No.<tab>2214") reads as "Class No.: 2214".
    const rawCells = line.raw.split(/\t| {2,}|\s\|\s/).map((c) => cleanMarkup(c)).filter(Boolean);
    const cells = rawCells.length === 2 && !rawCells[0].includes(':') ? [`${rawCells[0]}: ${rawCells[1]}`] : rawCells;
    for (const cell of cells) {
      let m: RegExpExecArray | null;
      if ((m = LABELS.code.exec(cell)) && !spec.code) spec.code = m[1];
      else if ((m = LABELS.payGrade.exec(cell)) && !spec.payGrade) spec.payGrade = squash(m[1] ?? m[2]);
      else if ((m = LABELS.payBand.exec(cell)) && !spec.payBand) spec.payBand = squash(m[1]);
      else if ((m = LABELS.bargainingUnit.exec(cell)) && !spec.bargainingUnit) spec.bargainingUnit = squash(m[1]);
      else if ((m = LABELS.flsa.exec(cell))) spec.flsaStatus = flsaFrom(m[1]);
      else if ((m = LABELS.established.exec(cell))) spec.establishedDate = toIsoDate(m[1]) ?? spec.establishedDate;
      else if ((m = LABELS.effective.exec(cell))) spec.effectiveDate = toIsoDate(m[1]) ?? spec.effectiveDate;
      else if ((m = LABELS.series.exec(cell))) series = squash(m[1]);
      else if ((m = LABELS.family.exec(cell))) family = { name: squash(m[1]).replace(/\s+Job Family$/i, ''), span: trimSpan(text, line.start, line.end) };
    }
  }
  const titleAt = block.lines.indexOf(block.titleLine);
  const headings = block.lines.map((l, i) => ({ i, l })).filter(({ l, i }) => i > titleAt && isHeading(l) && !Object.values(LABELS).some((p) => p.test(l.clean)));
  headings.forEach(({ i, l }, k) => {
    const heading = squash(l.clean.replace(/\t/g, ' ')).replace(/:$/, '');
    const body = block.lines.slice(i + 1, k + 1 < headings.length ? headings[k + 1].i : block.lines.length);
    const paragraphs = blocks(body);
    const kind = kindOf(heading);
    if (!paragraphs.length) return;
    const all = paragraphs.flat();
    switch (kind) {
      case 'concept':
        spec.concept ??= passage(text, all, false);
        break;
      case 'distinguishing':
        for (const p of paragraphs) append(spec.distinctions, readDistinctions(text, trimSpan(text, p[0].start, p[p.length - 1].end), spec.title));
        if (!spec.concept && !spec.distinctions.length) spec.concept = passage(text, all, false);
        break;
      case 'received':
        spec.supervisionReceived = passage(text, all, false);
        break;
      case 'exercised':
        spec.supervisionExercised = passage(text, all, false);
        break;
      case 'duties':
        append(spec.duties, readDutyItems(text, body, /essential/i.test(heading)));
        break;
      case 'qualifications':
      case 'licenses': {
        // An "OR" line between two alternatives need not be set off by blank lines.
        const split = itemsOf(body).flatMap((g) => splitAtOr(g));
        const groups = split.map((g) => passage(text, g, false));
        const read = readQualificationParagraphs(text, groups, option);
        append(spec.qualifications, read.facts.map((q) => (kind === 'licenses' && q.kind !== 'SUBSTITUTION' ? { ...q, kind: 'LICENSE' as const } : q)));
        append(spec.promotionRequirements, read.promotions);
        option = read.facts.length ? Math.max(...read.facts.map((q) => q.option)) : option;
        break;
      }
      case 'knowledge':
      case 'skills':
      case 'abilities':
      case 'ksa':
      case 'competencies':
      case 'behaviors': {
        const fallback = ({ knowledge: 'KNOWLEDGE', skills: 'SKILL', abilities: 'ABILITY', ksa: 'KNOWLEDGE', competencies: 'COMPETENCY', behaviors: 'BEHAVIOR' } as const)[kind];
        const prose = !body.some((line) => BULLET.test(line.clean)) && paragraphs.every((p) => /;/.test(p.map((x) => x.clean).join(' ')) && /\b(knowledge|skill|ability)\s+(of|in|to)\b/i.test(p[0].clean));
        if (prose) for (const p of paragraphs) append(spec.competencies, readProseCharacteristics(text, trimSpan(text, p[0].start, p[p.length - 1].end)));
        else append(spec.competencies, readListedItems(text, itemsOf(body), fallback));
        break;
      }
      case 'conditions':
        spec.workingConditions ??= passage(text, all, false);
        break;
      default:
        warnings.push(`${spec.title}: section "${heading}" was not placed`);
    }
  });
  if (block.guessed) warnings.push(`no class title was found; the first line "${spec.title}" stands in for it`);
  if (!headings.length) warnings.push(`${spec.title}: no section headings were recognized`);
  if (!spec.duties.length) warnings.push(`${spec.title}: no duties found`);
  if (!spec.qualifications.length) warnings.push(`${spec.title}: no minimum qualifications found`);
  return { spec, series, family };
}

export const genericParser: DocumentParser = {
  format: 'generic',

  detect(text) {
    const lines = splitLines(text).filter(isHeading);
    const known = new Set(lines.map((l) => kindOf(l.clean)).filter((k) => k !== 'other'));
    return Math.min(0.4, known.size / 10);
  },

  parse(ctx: ParseContext): NormalizedDocumentInput {
    const { text } = ctx;
    const lines = splitLines(text);
    const warnings: string[] = [];
    const read = classBlocks(lines).map((block) => readClass(text, block, warnings));
    const classes = read.map((r) => r.spec);
    // A series: an explicit "Series:" label, or titles that differ only by a level numeral.
    const series: SeriesSpec[] = [];
    const byBase = new Map<string, JobClassSpec[]>();
    read.forEach(({ spec, series: label }) => {
      const base = label ?? LEVEL.exec(spec.title)?.[1];
      if (!base) return;
      const members = byBase.get(base);
      if (members) members.push(spec);
      else byBase.set(base, [spec]);
    });
    const labelled = new Set(read.map((r) => r.series).filter(Boolean));
    for (const [base, members] of byBase) {
      if (members.length < 2 && !labelled.has(base)) continue;
      const key = slugify(base);
      const level = (c: JobClassSpec) => {
        const numeral = LEVEL.exec(c.title)?.[2];
        return numeral ? (ROMAN[numeral] ?? Number(numeral)) : Number.MAX_SAFE_INTEGER;
      };
      members.sort((a, b) => level(a) - level(b)).forEach((c, i) => {
        c.seriesKey = key;
        c.level = i + 1;
      });
      const spans = members.map((m) => m.span);
      series.push({ key, title: base, span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) } });
    }
    return {
      source: { key: ctx.key, fileName: ctx.fileName, sha256: ctx.sha256, format: 'generic', url: ctx.url, text },
      jurisdiction: ctx.jurisdiction,
      agency: ctx.agency,
      jobFamily: read.find((r) => r.family)?.family,
      series,
      classes,
      warnings,
    };
  },
};
