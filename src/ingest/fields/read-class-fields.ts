/**
 * Fields of one class, read inside its segment: labels (code, grade, FLSA, dates, series, family) wherever they
 * stand, then sections by heading kind, each read by the reader for what it holds.
 */
import type { Duty, JobClassSpec, JobFamilySpec } from '../../model/specification';
import { cellText, type LaidLine } from '../layout/layout-lines';
import { sectionKind, type SectionKind } from '../layout/section-kinds';
import type { ClassAnchor } from '../segment/segment-classes';
import { LEVEL_HEADING, capitalizedWords, levelOf } from '../segment/anchor';
import { codeToken, gradeToken, labelOnly, lineLabels } from '../segment/labels';
import { BULLET, blocks, passage, squash, trimSpan, type Line } from '../parsers/text/lines';
import { PHYSICAL_DEMAND, readCompetencyTemplate, readLedProse, readListedItems, readRequiredInProse } from '../parsers/text/competencies';
import { readDistinctions } from '../parsers/text/distinctions';
import { readQualificationParagraphs } from '../parsers/text/qualifications';
import { flsaFrom, toIsoDate } from '../parsers/text/fields';
import { append } from '../parsers/text/append';
import { readAdvancement, type AdvancementMention } from './advancement';
import { readPromotionClauses } from './promotion-clauses';
import { classMentions } from './class-names';
import { runsOnLeads, splitRunTogether } from './run-together-items';

export interface ClassRead {
  spec: JobClassSpec;
  /** Implied promotions read in this class's segment; the parser resolves who moves where across the document. */
  moves: AdvancementMention[];
  series?: string;
  family?: JobFamilySpec;
  /** Spans of "Level II:" sub-sections under a knowledge, skill or ability heading: what they list is that level's. */
  levelSections?: { level: number; start: number; end: number }[];
}

/** "Pay Grade 24", or with the schedule's name first: "Salary Grade Clerical - 6" (not a dollar figure "45,000"). */
const LOOSE_GRADE = /^(?:pay\s+|salary\s+|job\s+)?(?:grade|range|band|grid)\s+(?:[A-Z][a-z]{2,12}(?:\s*[-–])?\s*)?([A-Z]{0,3}-?\d{1,3}[A-Z]?)\b(?![,.]\d)/i;
/** A code alone on the line next to a title ("1B58", "0012"): two digits or more, not a year. */
export const BARE_CODE = /^(?!(?:19|20)\d\d$)(?=[A-Z]{0,3}\d[A-Z]?\d)[A-Z\d]{3,6}$/;
/**
 * A grade stated in prose: "Salary Range 31", "Pay Grade 24" ("Paygrade 8"), "is Range 33 of the salary schedule", "is graded at BC10". Not a span of
 * grades ("Range 20 - 24", "grades 5 to 9").
 */
const PROSE_GRADE = /\b(?:(?:[Pp]ay|[Ss]alary)\s?(?:[Gg]rade|[Rr]ange)|(?:is|at|in)\s+(?:[Gg]rade|[Rr]ange)|(?<=,\s)[Gg]rade(?=\s+[A-Z]{0,2}\d{1,3}[A-Z]?\s+position\b)|[Gg]raded\s+(?:at|as)(?:\s+(?:[Gg]rade|[Rr]ange))?)\s+(?:[Nn]o\.?\s*)?([A-Z]{0,2}-?\d{1,3}[A-Z]?)\b(?!\s*(?:-|to\b|through\b|and\b)\s*\d|[.,]\d)/;
/** A grade word, in capitals or title case, and its grade at the end of a label's value. */
const VALUE_ENDS_IN_GRADE = /(?:^|\s)(?:(?:[Pp]ay|PAY|[Ss]alary|SALARY)\s+)?(?:GRADE|Grade)\s+([A-Z]{0,2}-?\d{1,3}[A-Z]?(?:-\d{1,3})?)$/;
const LOOSE_CODE = /^(?:(?:class(?:ification)?|job)\s+(?:code|number|no\.?|specification)|code\s+(?:no\.?|number))\s+([A-Z]{0,4}-?\d[\dA-Z-]{1,9})\b/i;

function readDutyItems(text: string, body: Line[], essential: boolean): Duty[] {
  const MARK = /\((?:E|essential)\)|^\*?essential\b|\sE$/i;
  const items = itemsOf(body)
    .filter((g) => !(g.length === 1 && /:\s*$/.test(g[0].clean)))
    .map((g) => passage(text, g));
  const someMarked = items.some((p) => MARK.test(p.text));
  return items
    .map((p) => {
      const percent = /(?:^|\s|\()(\d{1,3})\s*%/.exec(p.text);
      const marked = MARK.test(p.text);
      const words = p.text.replace(/\((?:E|essential)\)|\sE$/gi, '').replace(/^\(?\d{1,3}\s*%\)?\s*[-–:]?\s*/, '').replace(/\s*[-–(]?\s*\d{1,3}\s*%\)?\s*$/, '').trim();
      const pct = percent ? Number(percent[1]) : undefined;
      return { text: words || p.text, span: p.span, essential: someMarked ? marked : essential, percentOfTime: pct !== undefined && pct <= 100 ? pct : undefined };
    })
    .filter((d) => d.text.length > 3);
}

/**
 * Items of a section: bullets when there are bullets; otherwise a line per item when every line ends like a
 * sentence or a label (a hard-wrapped paragraph has lines that stop mid-sentence), else paragraphs.
 */
export function itemsOf(body: Line[]): Line[][] {
  const content = body.filter((l) => (l as LaidLine).kind !== 'furniture');
  if (content.some((l) => BULLET.test(l.clean) || (l as LaidLine).kind === 'list-item')) {
    const items: Line[][] = [];
    let current: Line[] | null = null;
    for (const line of content) {
      if (!line.clean) {
        current = null;
        continue;
      }
      // A line after an item that closed with a full stop, starting with a capital, begins something else (the
      // list's end, a running header), not the item's continuation.
      const closed = current && /\.$/.test(current[current.length - 1].clean.trim()) && /^[A-Z]/.test(line.clean.trim());
      if (BULLET.test(line.clean) || (line as LaidLine).kind === 'list-item' || !current || closed) items.push((current = [line]));
      else current.push(line);
    }
    return items;
  }
  return blocks(content).flatMap((block) => {
    // Lines led by "Knowledge of", "Skill in", "Ability to" are items even when some do not end like sentences.
    const led = block.filter((l) => KSA_LEAD.test(l.clean));
    if (led.length >= 2) {
      const items: Line[][] = [];
      for (const l of block) {
        // A line after one that closed with a full stop starts an item too ("Have a working knowledge of ...").
        const prev = items[items.length - 1]?.[items[items.length - 1].length - 1];
        if (KSA_LEAD.test(l.clean) || !items.length || (prev && /[.;]$/.test(prev.clean.trim()) && PERSONAL_ITEM.test(l.clean.trim()))) items.push([l]);
        else items[items.length - 1].push(l);
      }
      return items;
    }
    const closed = (l: Line) => /[.;:!?)]$|\sE$|;\s+(?:and|or)$/.test(l.clean);
    if (block.length > 1 && block.slice(0, -1).every(closed)) return block.map((l) => [l]);
    // A list of lines ending in semicolons that lost one or two of them ("Works independently; and" / "May
    // supervise staff" / "Oversees projects;"): when every line opens with a capital, each is still an item.
    const semicolons = block.slice(0, -1).filter((l) => /;(?:\s+(?:and|or))?$/.test(l.clean)).length;
    if (block.length >= 4 && semicolons >= 3 && semicolons >= (block.length - 1) * 0.75 && block.every((l) => /^[A-Z]/.test(l.clean.trim()))) return block.map((l) => [l]);
    return [block];
  });
}

/**
 * "QUALIFICATIONS: This position requires that the person:": a label naming a section whose value only leads into
 * the lines below (no facts of its own, as "EDUCATION: Bachelor's degree and one of the following:" has). The
 * section's name, else undefined.
 */
export function sectionLeadIn(l: LaidLine): string | undefined {
  const m = l.kind === 'label' ? /^([^:]{3,60}):\s+(\S.{0,120}):\s*$/.exec(l.folded.trim()) : null;
  if (!m || sectionKind(m[1]) === 'other' || !/\b(?:following|requires?|required|must|should|will|person|candidates?|applicants?|incumbents?)\b/i.test(m[2])) return undefined;
  return /\b(?:degree|diploma|graduat\w*|experience|years?|licen[cs]e|certificat\w*)\b/i.test(m[2]) ? undefined : m[1];
}

/** A civil service examination's subjects, introduced as areas of knowledge, skills and abilities. */
const EXAM_SUBJECTS = /^subjects?\s+of\s+(?:the\s+)?exam(?:ination)?\s*:.{0,80}\b(?:knowledge|skills?|abilit(?:y|ies))\b.{0,60}:\s*$/i;
/** "At this level employees will have the ability to:", "The incumbent must be able to:": a list of abilities follows. */
const ABILITY_TO_LIST = /\b(?:(?:have|has|possess(?:es)?|demonstrate)\s+(?:the\s+|an?\s+)?abilit(?:y|ies)|be\s+able)\s+to\s*:\s*$/i;
/** A line introducing a list of what a candidate has: "The ideal candidate will possess:", "Applicants must have:". */
const CANDIDATE_POSSESSES = /^(?:the\s+)?(?:ideal|successful|qualified)?\s*(?:candidates?|applicants?)\s+(?:will|should|must)\s+(?:possess|have|demonstrate)(?:\s+the\s+following)?\s*:\s*$/i;
/**
 * A personal requirement listed among qualifications: "Be able to ...", "Have the ability to ...", "Have an excellent
 * working knowledge of ...", "Have good report writing skills" (not "Have attained a standard of education").
 */
const PERSONAL_ITEM = /^(?:must\s+)?(?:be\s|(?:ha(?:ve|s)|possess(?:es)?|demonstrates?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:knowledge|understanding|abilit(?:y|ies))\s+(?:of|to|in)\s|understands\s+(?!and\s)|(?:ha(?:ve|s)\s+)?(?:[\w,'’-]+\s+){0,8}skills(?:\s+(?:preferred|required|desired))?[\s.;,]*$|(?:strong|good|thorough|working|solid|sound|basic|general)\s+understanding\s+of\s)/i;
/** What a person must obtain or pass ("Must be able to obtain a CDL", "... provide a criminal background check"): a qualification. */
const OBTAINED = /\b(?:background\s+check|drug|medical\s+exam|physical\s+exam|licen[cs]e|certificat|endorsement|CDL|bond(?:ed|able)|insurable)\b/i;
/** A label in capitals after a sentence's end, inside a line: "... exam. KNOWLEDGE, SKILLS AND ABILITIES: ...". */
// Or a dash and a lead-in after it: "... preferred. KNOWLEDGE, SKILLS, AND ABILITIES - The following are essential: ...".
const INLINE_CAPS_LABEL = /(?<=[.!?]\s{1,3})([A-Z][A-Z,&/]*(?: [A-Z,&/]+){0,8})(?::|\s[-–—](?:\s[A-Z][a-z][^.:]{0,60}:)?)\s+(?=\S)/g;
/** "Essential Functions: Ability to a; b; c.": a label of any name whose value opens with a competency's lead. */
const LABEL_THEN_LEAD = /(?:^|(?<=[.!?]\s{1,3}))[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}:\s+(?=(?:(?:Thorough|Considerable|Good|Working|General|Basic)\s+)?(?:Ability\s+to|Abilities\s+to|Knowledge\s+of|Skills?\s+in)\s)/g;
const COMPETENCY_KINDS: SectionKind[] = ['knowledge', 'skills', 'abilities', 'ksa', 'competencies', 'behaviors'];
/** A competency's name in a framework: a few capitalized words ("Managing/Accepting Change", "Teamwork and Recognition"). */
const FRAMEWORK_NAME = /^[A-Z][\w/&'’-]*(?:\s+(?:and|&|of|[A-Z][\w/&'’-]*)){0,4}$/;
/** A behaviour in the third person: "Listens to others", "Is approachable", "Encourages ideas". */
const BEHAVIOUR = /^(?:Is|Are|Has|[A-Z][a-z]+s)\s/;
/** An item stating schooling or experience without a knowledge, skill or ability lead. */
const QUALIFICATION_ITEM = /^(?!.*\b(?:knowledge|skill|abilit(?:y|ies))\s+(?:of|in|to)\b).*\b(?:high school|graduat(?:e|ion)|diploma|GED|degree|years?(?:'|’)? (?:of )?(?:experience|training)|experience in)\b/i;
/** A personal requirement on a line of its own: an ability, knowledge or skills, not "be" alone. */
const OWN_LINE_ITEM = /^(?:must\s+)?(?:be\s+able\s+to\s|ha(?:ve|s)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:knowledge|abilit(?:y|ies))\s+(?:of|to|in)\s|(?:[\w,'’-]+\s+){0,8}skills[\s.;,]*$|(?:strong|good|thorough|working|solid|sound|basic|general)\s+understanding\s+of\s)/i;
/** A licence held, listed among what a person knows and can do ("A valid code 8 driver's license"): a qualification. */
const LICENSE_ITEM = /^(?:(?:a|an|must\s+(?:have|hold|possess)(?:\s+an?)?|possession\s+of(?:\s+an?)?)\s+)?(?:valid|current)\b.{0,40}\blicen[cs]e(?:\s+(?:is\s+)?(?:required|preferred))?[.;]?$/i;
// "Demonstrated physical ability to lift and move students": up to two words before the lead.
const KSA_LEAD = /^(?:an?\s+)?(?:(?:thorough|considerable|good|working|general|some|basic|extensive|comprehensive|demonstrated|proven|strong|physical|sound|solid|broad|detailed)\s+){0,2}(?:knowledge\s+of|knowledgeable\s+(?:of|about|in)|skills?\s+(?:in|to|at)|abilit(?:y|ies)\s+to|(?:be\s+)?able\s+to)\b/i;

function splitAtOr(group: Line[]): Line[][] {
  const out: Line[][] = [[]];
  for (const line of group) {
    if (/^(?:[-–—]\s*)?(or|and)(?:\s*[-–—])?$/i.test(line.clean)) out.push([line], []);
    else out[out.length - 1].push(line);
  }
  return out.filter((g) => g.length);
}

/** Labels of a line as fields of the class (the first value of each wins). */
function readLabelFields(text: string, line: LaidLine, spec: JobClassSpec, out: { series?: string; family?: JobFamilySpec }): void {
  for (const l of lineLabels(line)) {
    const v = squash(l.value);
    // A grade closing another label's value ("Classification: Non-Exempt GRADE 5").
    if (l.name !== 'grade' && l.name !== 'band' && v.length <= 60) {
      const g = VALUE_ENDS_IN_GRADE.exec(v);
      if (g) spec.payGrade ??= gradeToken(g[1]);
    }
    switch (l.name) {
      case 'code':
        spec.code ??= codeToken(v);
        break;
      case 'grade': {
        // "CONTRACT/GRADE: Personnel Policies, Management Provision, Grade 9": the grade closes the value.
        const closing = VALUE_ENDS_IN_GRADE.exec(v)?.[1];
        spec.payGrade ??= gradeToken(v) ?? (closing ? gradeToken(closing) : undefined);
        break;
      }
      case 'band':
        spec.payBand ??= gradeToken(v);
        break;
      case 'unit':
        if (v.length <= 60) spec.bargainingUnit ??= v;
        break;
      case 'flsa':
        spec.flsaStatus ??= flsaFrom(v);
        break;
      case 'established':
        spec.establishedDate ??= toIsoDate(v);
        break;
      case 'effective':
        spec.effectiveDate ??= toIsoDate(v);
        break;
      case 'series':
        if (v.length <= 80) out.series ??= v;
        break;
      case 'family':
        if (v.length <= 80) out.family ??= { name: v.replace(/\s+Job Family$/i, ''), span: trimSpan(text, line.start, line.end) };
        break;
      default:
        break;
    }
  }
  if (line.folded.length <= 60) {
    // A row of a converted table keeps its pipes ("|ANYTOWN, STATE |Grade 15 |"): each cell may be such a label.
    for (const piece of line.folded.split(/\s*\|\s*/)) {
      const g = LOOSE_GRADE.exec(piece);
      if (g) spec.payGrade ??= gradeToken(g[1]);
      const c = LOOSE_CODE.exec(piece);
      if (c) spec.code ??= codeToken(c[1]);
    }
  }
}

/**
 * Labels of some lines as fields of the class. A label alone on its line ("Job Code", "GRADE") takes the next
 * line as its value, even a bare number the layout took for a page number.
 */
export function readLabelLines(text: string, lines: LaidLine[], spec: JobClassSpec, out: { series?: string; family?: JobFamilySpec } = {}): void {
  const content = lines.filter((l) => l.kind !== 'blank');
  // The next line that is not furniture, for each line (one pass from the end, so long documents stay linear).
  const nextUsable: (LaidLine | undefined)[] = new Array(content.length);
  for (let i = content.length - 1, seen: LaidLine | undefined; i >= 0; i--) {
    nextUsable[i] = seen;
    if (content[i].kind !== 'furniture') seen = content[i];
  }
  // A table's header cells and its one row stacked one per line ("Job Code" / "Grade" / "Bargaining Unit", then
  // "JCP249" / "IT6" / "None"): two labels or more, then as many values, paired in order.
  const stacked = new Set<number>();
  for (let i = 0; i < content.length; i++) {
    let j = i;
    while (j < content.length && content[j].kind !== 'furniture' && labelOnly(cellText(content[j]))) j++;
    const values = content.slice(j, j + (j - i));
    // A bare number among the values is a cell, not the page number the layout may have taken it for.
    if (j - i >= 2 && values.length === j - i && values.every((v) => (v.kind !== 'furniture' || /^\d{1,3}$/.test(v.folded.trim())) && cellText(v).length <= 60 && !labelOnly(cellText(v)))) {
      values.forEach((v, k) => {
        const row = `${cellText(content[i + k]).replace(/[:#]\s*$/, '')}: ${cellText(v)}`;
        readLabelFields(text, { ...v, folded: row, cells: [row] }, spec, out);
      });
      for (let k = i; k < j + (j - i); k++) stacked.add(k);
    }
    i = Math.max(i, j - 1);
  }
  content.forEach((line, i) => {
    if (line.kind === 'furniture' || stacked.has(i)) return;
    // A label closed by a table's cell mark ("Pay Range |", then "A-19 |") is read without it.
    const alone = labelOnly(cellText(line));
    const after = content[i + 1];
    const next = after && (after.kind !== 'furniture' || (alone && alone !== 'title' && /^\d{1,3}$/.test(after.folded.trim()))) ? after : nextUsable[i];
    if (alone && alone !== 'title' && next && next.folded.length <= 60 && !labelOnly(cellText(next))) {
      const row = `${cellText(line).replace(/[:#]\s*$/, '')}: ${cellText(next)}`;
      readLabelFields(text, { ...line, folded: row, cells: [row] }, spec, out);
    } else readLabelFields(text, line, spec, out);
  });
}

/** "SALARY: $39,541 - $43,333 (G14)": a salary range with its grade in parentheses after it. */
const RANGE_THEN_GRADE = /\$\d{1,3}(?:,\d{3})*(?:\.\d{2})?\s?[-–]\s?\$\d{1,3}(?:,\d{3})*(?:\.\d{2})?\s?\(([A-Z]{1,2}\s?-?\d{1,3}[A-Z]?)\)/;

/** A grade stated in a sentence of the class's own text, when no label gave one. */
export function readProseGrade(lines: LaidLine[], spec: JobClassSpec): void {
  if (spec.payGrade || spec.payBand) return;
  for (const l of lines) {
    if (l.kind === 'furniture' || l.kind === 'blank' || l.folded.length > 2000) continue;
    const m = PROSE_GRADE.exec(l.folded) ?? RANGE_THEN_GRADE.exec(l.folded);
    if (m) {
      spec.payGrade = m[1].replace(/\s+/g, '');
      return;
    }
  }
}

/**
 * Runs of consecutive lines of the kinds kept: a blank line or a line of another kind (a heading, a list) ends a
 * run, so a span from a run's first line to its last never reaches over them.
 */
function runsOf(body: LaidLine[], keep: (l: LaidLine) => boolean): LaidLine[][] {
  const out: LaidLine[][] = [];
  let current: LaidLine[] = [];
  for (const l of body) {
    if (l.kind === 'furniture') continue;
    if (keep(l) && l.clean) current.push(l);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

/** The rank a level numeral at the end of a title gives ("Operator III" -> 3). */
export const levelRank = (title: string): number | undefined => {
  const numeral = /\s(I{1,3}|IV|VI{0,3}|\d{1,2})$/.exec(title.trim())?.[1];
  return numeral ? ({ I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 } as Record<string, number>)[numeral] ?? Number(numeral) : undefined;
};

export function readClassFields(text: string, anchor: ClassAnchor, body: LaidLine[], warnings: string[]): ClassRead {
  const last = body.length ? body[body.length - 1] : undefined;
  const start = body[0]?.start ?? 0;
  const spec: JobClassSpec = {
    title: anchor.title,
    // A number beside the title ("Support Programmer (Programmer IV) (00056023)") may be a posting's: a code
    // label in the class's own text ("State Job Code: 0244") says which is the class's.
    code: anchor.evidence === 'title-with-code' ? undefined : anchor.code,
    payGrade: anchor.grade,
    duties: [],
    qualifications: [],
    competencies: [],
    distinctions: [],
    promotionRequirements: [],
    advancement: [],
    span: trimSpan(text, start, Math.max(start, last?.end ?? start)),
  };
  const out: Pick<ClassRead, 'series' | 'family' | 'levelSections'> = {};
  const moves: AdvancementMention[] = [];
  readLabelLines(text, body, spec, out);
  spec.code ??= anchor.code;
  // A code alone on the line under the title ("SENIOR CLERK" then "0012").
  const underTitle = body.slice(1).find((l) => l.kind !== 'blank');
  if (!anchor.row && underTitle && BARE_CODE.test(underTitle.folded.trim())) spec.code ??= underTitle.folded.trim();

  let option = 1;
  // "QUALIFICATIONS: This position requires that the person:": a section's name and the lead-in to its lines.
  const leadIn = (l: LaidLine) => {
    const name = sectionLeadIn(l);
    return name ? { ...l, folded: name } : undefined;
  };
  const candidates = body
    .map((l, i) => ({ i, l: leadIn(l) ?? l }))
    .filter(({ l, i }) => i > 0 && (l.kind === 'heading' || (l.kind === 'label' && leadIn(body[i]))) && !lineLabels(l).length);
  // A heading broken over two lines ("KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL" / "CHARACTERISTICS") is one.
  const headings: { i: number; l: LaidLine }[] = [];
  for (const h of candidates) {
    const prev = headings[headings.length - 1];
    // Not when the next line names a section of its own ("Knowledge of" left empty, then "Minimum Qualifications").
    const continues = (/(?:\b(?:and|or|of|for|the|&)|,)\s*$/i.test(prev?.l.folded ?? '') && sectionKind(h.l.folded) === 'other') || (h.l.folded.split(/\s+/).length <= 2 && sectionKind(h.l.folded) === 'other');
    if (prev && h.i === prev.i + 1 && continues) {
      headings[headings.length - 1] = { i: h.i, l: { ...prev.l, folded: `${prev.l.folded} ${h.l.folded}` } };
      continue;
    }
    headings.push(h);
  }
  let lastKind: SectionKind | undefined;
  headings.forEach(({ i, l }, k) => {
    const heading = squash(l.folded.replace(/\t/g, ' ')).replace(/:$/, '');
    const sectionBody = body.slice(i + 1, k + 1 < headings.length ? headings[k + 1].i : body.length).filter((x) => x.kind !== 'furniture');
    const paragraphs = blocks(sectionBody);
    // "Level II:" under "Knowledge, Skills and Abilities" continues that section for one level of the family.
    const levelHead = LEVEL_HEADING.exec(heading);
    const inherits = levelHead && lastKind && COMPETENCY_KINDS.includes(lastKind) ? lastKind : undefined;
    if (levelHead && inherits && sectionBody.length) (out.levelSections ??= []).push({ level: levelOf(levelHead[1]), start: l.start, end: sectionBody[sectionBody.length - 1].end });
    const kind: SectionKind = inherits ?? sectionKind(heading);
    lastKind = kind;
    if (!paragraphs.length) return;
    const all = paragraphs.flat();
    switch (kind) {
      case 'concept':
        spec.concept ??= passage(text, all, false);
        for (const p of paragraphs) append(moves, readAdvancement(text, trimSpan(text, p[0].start, p[p.length - 1].end)));
        break;
      case 'distinguishing':
        for (const p of paragraphs) {
          const span = trimSpan(text, p[0].start, p[p.length - 1].end);
          const said = readDistinctions(text, span, spec.title);
          append(spec.distinctions, said);
          append(moves, readAdvancement(text, span));
          // A distinguishing section that compares levels without "distinguished from" ("The Custodian II is
          // assigned ...") still names the classes this one is told apart from; the paragraph is the statement.
          const statement = squash(p.map((x) => x.clean).join(' '));
          for (const title of classMentions(statement, spec.title)) {
            if (spec.distinctions.some((d) => [title, title.replace(/s$/, '')].some((t) => d.other.title.toLowerCase() === t.toLowerCase()))) continue;
            spec.distinctions.push({ other: { title }, statement, span });
          }
        }
        if (!spec.concept && !spec.distinctions.length) spec.concept = passage(text, all, false);
        break;
      case 'advancement':
        for (const p of paragraphs) append(moves, readAdvancement(text, trimSpan(text, p[0].start, p[p.length - 1].end), true));
        break;
      case 'received':
        spec.supervisionReceived = passage(text, all, false);
        break;
      case 'exercised':
        spec.supervisionExercised = passage(text, all, false);
        break;
      case 'duties':
        append(spec.duties, readDutyItems(text, sectionBody, /essential/i.test(heading)));
        break;
      case 'qualifications':
      case 'licenses': {
        // Listed personal requirements among the qualifications ("- Be able to work well with others", "- Be well
        // organized") are competencies; physical demands are not.
        const personal = itemsOf(sectionBody)
          .map((g) => {
            const label = g.findIndex((x, i) => i > 0 && (x as LaidLine).kind === 'label');
            return label < 0 ? g : g.slice(0, label);
          })
          // A line of its own ending in a semicolon or a full stop is a list's item too when it names an ability,
          // knowledge or skills ("Good negotiation skills;", "Be able to make minor repairs as needed."), not any
          // "Must be ..." ("Must be at least 18 years of age.").
          .filter((g) => ((g[0] as LaidLine).kind === 'list-item' || BULLET.test(g[0].clean) || (g.length === 1 && /[.;](?:\s+(?:and|or))?$/.test(g[0].clean) && OWN_LINE_ITEM.test(g[0].clean.trim()))) && PERSONAL_ITEM.test(g[0].clean.replace(BULLET, '').trim()));
        // "Ability to perform all duties ...", "Knows basic food preparation ...": a line of its own led like an item of
        // knowledge or ability, among lines that are each one requirement, is one too.
        const lineItems = sectionBody.filter((x) => x.kind === 'paragraph' && x.clean.length <= 200);
        if (lineItems.length >= 2 && lineItems.length === sectionBody.filter((x) => x.kind !== 'blank' && x.kind !== 'furniture').length) {
          for (const x of lineItems) if (KSA_LEAD.test(x.clean) || /^knows\s/i.test(x.clean)) personal.push([x]);
        }
        append(spec.competencies, readListedItems(text, personal, 'ABILITY').filter((c) => !PHYSICAL_DEMAND.test(c.name) && !OBTAINED.test(c.name)).map((c) => ({ ...c, name: c.name.replace(/\s+(?:preferred|required|desired)$/i, '') })));
        const split = itemsOf(sectionBody).flatMap((g) => splitAtOr(g));
        const groups = split.map((g) => passage(text, g, false));
        const read = readQualificationParagraphs(text, groups, option);
        append(spec.qualifications, read.facts.map((q) => (kind === 'licenses' && q.kind !== 'SUBSTITUTION' ? { ...q, kind: 'LICENSE' as const } : q)));
        for (const g of groups) append(spec.promotionRequirements, readPromotionClauses(text, g.span));
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
        // Prose: "Knowledge of a; b; c." (items between semicolons), or one line of two or more led sentences ("In
        // addition to the lower levels: Knowledge of a. Skill in b.").
        const led = /^(?:[A-Za-z]+\s+){0,2}(?:knowledge\s+of|skills?\s+in|abilit(?:y|ies)\s+to)\b/i;
        const ledSentences = (p: Line[]) => {
          if (p.length !== 1 || kind === 'competencies' || kind === 'behaviors') return false;
          const sentences = p[0].clean.replace(/^[^:]{0,160}:\s+/, '').split(/(?<=\.)\s+(?=[A-Z])/);
          return sentences.length >= 2 && sentences.every((x) => led.test(x));
        };
        const prose = !sectionBody.some((line) => BULLET.test(line.clean) || line.kind === 'list-item') && !paragraphs.some((p) => runsOnLeads(text, p)) && paragraphs.every((p) => (/;/.test(p.map((x) => x.clean).join(' ')) && /\b(knowledge|skill|ability)\s+(of|in|to)\b/i.test(p[0].clean)) || ledSentences(p));
        if (prose) for (const p of paragraphs) append(spec.competencies, readLedProse(text, trimSpan(text, p[0].start, p[p.length - 1].end), fallback));
        else {
          const named = kind === 'competencies' || kind === 'behaviors';
          // (Only when the heading names qualifications too: under "Knowledge, Skills and Abilities" alone, the
          // document itself lists a diploma as one of them.)
          const mixed = /qualification|requirement|education|experience/i.test(heading);
          // Under "Qualifications and Knowledge" an unled paragraph of schooling and experience is a qualification,
          // not a competency; a led item with semicolons ("Good knowledge of a; and b.") is several items.
          // Under "The Ideal Candidate" a diploma may stand among the qualities; it is not one.
          const candidate = /candidate/i.test(heading);
          // Nor is a paragraph of several sentences (what the employer offers, the salary), a licence, something to
          // obtain, experience or a record, whatever verb opens it ("Possesses a valid driver's license").
          const quality = (words: string) => !/[.!?]\s+[A-Z]/.test(words) && words.length <= 200 && !LICENSE_ITEM.test(words.replace(/^(?:has|possess(?:es)?)\s+/i, '')) && !OBTAINED.test(words) && !/\b(?:experience|convict(?:ed|ions?)|felon(?:y|ies))\b/i.test(words);
          const items = splitRunTogether(text, itemsOf(sectionBody), named).filter((item) => {
            const joined = squash(item.map((x) => x.clean).join(' '));
            const words = joined.replace(BULLET, '');
            // "Valid SC Driver's License - CDL preferred", "Construction Experience - ...": a named item's name is a
            // licence or experience, a requirement rather than a quality.
            const head = words.split(/\s[-–—]\s/)[0].trim();
            if (head !== words.trim() && (LICENSE_ITEM.test(head) || /\bexperience$/i.test(head))) return false;
            return !LICENSE_ITEM.test(words) && ((named && !candidate) || !(mixed || candidate) || !QUALIFICATION_ITEM.test(joined)) && (!candidate || quality(words));
          });
          for (const item of items) {
            const words = squash(item.map((x) => x.clean).join(' ')).replace(BULLET, '');
            if (!named && /;/.test(words) && KSA_LEAD.test(words)) append(spec.competencies, readLedProse(text, trimSpan(text, item[0].start, item[item.length - 1].end)));
            else append(spec.competencies, readListedItems(text, [item], fallback));
          }
        }
        break;
      }
      case 'conditions':
        spec.workingConditions ??= passage(text, all, false);
        break;
      default:
        warnings.push(`line ${l.index + 1}: section "${heading.slice(0, 60)}" of ${spec.title} was not placed`);
    }
  });
  const placedHere = new Set(headings.flatMap(({ i, l }, k) => (['knowledge', 'skills', 'abilities', 'ksa', 'competencies'].includes(sectionKind(l.folded)) ? body.slice(i, headings[k + 1]?.i ?? body.length) : [])));
  // "Considerable knowledge of: a; b; c." standing anywhere (under a "Qualifications:" label, say) is a list of items.
  // Each such line of a block (after "Qualifications: ..." in the same block, say) starts its own list, which runs
  // to the next such line or the block's end.
  const ledList = (l: Line) => /^(?:\w+\s+){0,2}(?:knowledge\s+of|skills?\s+(?:in|to)|abilit(?:y|ies)\s+to)\s*:\s*\S/i.test(l.clean) && (l as LaidLine).kind !== 'heading';
  for (const p of blocks(body.filter((l) => l.kind !== 'furniture'))) {
    p.forEach((l, i) => {
      if (!ledList(l)) return;
      const next = p.findIndex((x, j) => j > i && (ledList(x) || (x as LaidLine).kind === 'label'));
      const end = next < 0 ? p[p.length - 1] : p[next - 1];
      append(spec.competencies, readLedProse(text, trimSpan(text, l.start, end.end)));
    });
  }
  // "The ideal candidate will possess:" and its list: what the work asks of a person, item by item. So is the list
  // after "... employees will have the ability to:", each item an ability.
  // (Not under a known section's heading: "Physical Demands: ... must be able to:" lists demands, "Conditions of
  // Employment: Must be able to:" conditions, duties and supervision their own things.)
  const underSection = new Set(headings.flatMap(({ i, l }, k) => (sectionKind(l.folded) !== 'other' ? body.slice(i, headings[k + 1]?.i ?? body.length) : [])));
  body.forEach((l, i) => {
    const abilities = ABILITY_TO_LIST.test(l.clean) && !placedHere.has(l) && !underSection.has(l);
    if (!CANDIDATE_POSSESSES.test(l.clean) && !abilities) return;
    const items: Line[][] = [];
    for (const next of body.slice(i + 1)) {
      if (next.kind === 'blank') continue;
      if (next.kind !== 'list-item') break;
      if (!spec.competencies.some((c) => c.span.start >= next.start && c.span.start < next.end)) items.push([next]);
    }
    append(spec.competencies, readListedItems(text, items, abilities ? 'ABILITY' : 'SKILL').filter((c) => !PHYSICAL_DEMAND.test(c.name) && !OBTAINED.test(c.name)));
  });
  // "SUBJECT OF EXAMINATION: Written test will cover knowledge, skills, and/or abilities in such areas as:" and its
  // numbered subjects ("1. Clerical Aptitude and Form Completion", each over a paragraph saying what it tests): a
  // civil service examination names the class's competencies by their areas.
  body.forEach((l, i) => {
    if (!EXAM_SUBJECTS.test(l.clean)) return;
    const items: Line[][] = [];
    // Numbered 1, 2, 3 ... with at most two paragraphs saying what each tests: another list (the documents to attach,
    // numbered from 1 again) or more prose ends the subjects.
    let described = 0;
    for (const next of body.slice(i + 1)) {
      if (next.kind === 'blank') continue;
      if (next.kind === 'paragraph' && !/^\d/.test(next.clean)) {
        if (++described > 2) break;
        continue;
      }
      const m = /^(\d{1,2})[.)]\s+([A-Z][^.:;]{3,100})$/.exec(next.clean.trim());
      if (!m || Number(m[1]) !== items.length + 1 || !capitalizedWords(m[2])) break;
      items.push([{ ...next, clean: m[2] }]);
      described = 0;
    }
    append(spec.competencies, readListedItems(text, items, 'KNOWLEDGE'));
  });
  // A posting that dropped its headings keeps its knowledge and ability items among the duties ("- Knowledge of a
  // variety of grounds maintenance procedures."): a list item led by "Knowledge of", "Skill in", "Ability to" is one
  // wherever it stands. Physical demands are not.
  // So are lines of their own that lost their bullets, two or more in a row, each a led sentence ("Thorough
  // knowledge of the use of common building materials." / "Ability to weld and fabricate metal materials.").
  const ledLine = (l: LaidLine | undefined) => !!l && l.kind === 'paragraph' && l.clean.length <= 300 && KSA_LEAD.test(l.clean) && !/;/.test(l.clean);
  body.forEach((l, i) => {
    // Neighbours across blank lines: a page that sets each line apart as its own paragraph.
    const neighbour = (step: number) => {
      let j = i + step;
      while (body[j]?.kind === 'blank') j += step;
      return body[j];
    };
    const run = ledLine(l) && !placedHere.has(l) && (ledLine(neighbour(-1)) || ledLine(neighbour(1)));
    if ((l.kind !== 'list-item' || !KSA_LEAD.test(l.clean.replace(BULLET, ''))) && !run) return;
    append(spec.competencies, readListedItems(text, [[l]], 'KNOWLEDGE').filter((c) => !PHYSICAL_DEMAND.test(c.name)));
  });
  // A paragraph of led sentences only ("Knowledge of a. Knowledge of b. Skill in c."), wherever it stands: a page
  // that glued its knowledge heading onto the end of the duties leaves them under the duties.
  for (const l of body) {
    if (l.kind !== 'paragraph' || placedHere.has(l) || l.clean.length > 4000) continue;
    const sentences = l.clean.trim().split(/(?<=\.)\s+(?=[A-Z])/);
    // Knowledge or skill among them: abilities alone may be conditions of employment ("Ability to pass a background check").
    if (sentences.length < 2 || !sentences.every((x) => KSA_LEAD.test(x)) || !sentences.some((x) => /\b(?:knowledge|skills?)\b/i.test(x.slice(0, 40)))) continue;
    if (spec.competencies.some((c) => c.span.start >= l.start && c.span.start < l.end)) continue;
    append(spec.competencies, readLedProse(text, trimSpan(text, l.start, l.end)).filter((c) => !PHYSICAL_DEMAND.test(c.name)));
  }
  // In a list whose items are mostly so led, a short item between them naming skills or a proficiency is of the same
  // kind ("3. High level of proficiency in technology." among "Ability to ..." items); a diploma, a licence or a
  // physical demand is not.
  for (const items of runsOf(body.filter((l) => l.kind !== 'blank'), (l) => l.kind === 'list-item')) {
    const led = items.filter((l) => KSA_LEAD.test(l.clean.replace(BULLET, '')));
    if (led.length < 2 || led.length * 2 < items.length || items.some((l) => placedHere.has(l))) continue;
    for (const l of items) {
      // Not twice: an item a section already read (under its qualifications, say) keeps its first kind.
      if (spec.competencies.some((c) => c.span.start >= l.start && c.span.start < l.end)) continue;
      const words = squash(l.clean.replace(BULLET, ''));
      const named = PERSONAL_ITEM.test(words) || /^(?:[A-Za-z]+\s+){0,3}proficiency\s+(?:in|with)\s/i.test(words);
      if (!named || KSA_LEAD.test(words) || words.length > 120 || QUALIFICATION_ITEM.test(words) || LICENSE_ITEM.test(words) || OBTAINED.test(words) || PHYSICAL_DEMAND.test(words)) continue;
      append(spec.competencies, readListedItems(text, [[l]], 'SKILL'));
    }
  }
  // A competency framework as a nested list ("• Communication" over "• Listens to others", "• Is approachable",
  // ...): a short name over three or more behaviours stated in the third person is a competency.
  const indent = (l: Line) => {
    const from = text.lastIndexOf('\n', l.start - 1) + 1;
    return /^[ \t]*/.exec(text.slice(from, Math.min(from + 80, l.end)))![0].length;
  };
  body.forEach((l, i) => {
    const name = l.clean.replace(BULLET, '').trim();
    if (l.kind !== 'list-item' || !FRAMEWORK_NAME.test(name) || sectionKind(name) !== 'other') return;
    const own = indent(l);
    const children: Line[] = [];
    for (const next of body.slice(i + 1, i + 40)) {
      if (next.kind === 'blank') continue;
      if (next.kind !== 'list-item' || indent(next) <= own) break;
      children.push(next);
    }
    if (children.length >= 3 && children.every((c) => BEHAVIOUR.test(c.clean.replace(BULLET, '').trim()))) append(spec.competencies, [{ name, kind: 'COMPETENCY', span: trimSpan(text, l.start, l.end) }]);
  });
  // "This classification is distinguished from Accountant I in that ..." in a definition or any other paragraph:
  // the same relation as under a distinguishing heading.
  for (const p of runsOf(body, (l) => l.kind === 'paragraph' || l.kind === 'label' || l.kind === 'list-item')) {
    const span = trimSpan(text, p[0].start, p[p.length - 1].end);
    if (!/\b(?:distinguished|distinguishes(?:\s+itself)?|differs?|different|differentiated)\s+from\b/i.test(text.slice(span.start, span.end))) continue;
    for (const d of readDistinctions(text, span, spec.title)) {
      if (!spec.distinctions.some((x) => x.other.title.toLowerCase() === d.other.title.toLowerCase())) spec.distinctions.push(d);
    }
  }
  // Implied promotions stated in any paragraph ("Incumbents ... advance to Court Attendant by the end of ..."), not
  // only under a definition or distinguishing heading; a move already read is not read twice.
  const placed = new Set(moves.map((m) => m.span.start));
  for (const p of runsOf(body, (l) => l.kind === 'paragraph' || l.kind === 'label')) {
    const span = trimSpan(text, p[0].start, p[p.length - 1].end);
    if (placed.has(span.start)) continue;
    append(moves, readAdvancement(text, span).filter((m) => !moves.some((x) => x.to?.title === m.to?.title && x.from?.title === m.from?.title)));
  }
  // "KNOWLEDGE, SKILLS, AND ABILITIES: Working knowledge of a. Thorough knowledge of b. Ability to c.": a label
  // naming a knowledge, skill or ability section, its value led sentences (to the end of its block).
  for (const p of blocks(body.filter((l) => l.kind !== 'furniture'))) {
    p.forEach((l, i) => {
      // Up to 90 characters: "FULL PERFORMANCE KNOWLEDGES, SKILLS, ABILITIES AND PERSONAL CHARACTERISTICS: ...".
      const label = /^([A-Za-z][A-Za-z ,&/]{2,90}?):\s*\S/.exec(l.clean);
      if (!['label', 'paragraph'].includes((l as LaidLine).kind) || !label || !['ksa', 'knowledge', 'skills', 'abilities'].includes(sectionKind(label[1]))) return;
      const colon = text.indexOf(':', l.start);
      const next = p.findIndex((x, j) => j > i && (x as LaidLine).kind === 'label');
      const end = next < 0 ? p[p.length - 1] : p[next - 1];
      if (colon < 0 || colon >= end.end) return;
      append(spec.competencies, readLedProse(text, trimSpan(text, colon + 1, end.end)));
    });
  }
  // A page flattened into one line keeps its labels in capitals mid-line ("... diploma. KNOWLEDGE, SKILLS AND
  // ABILITIES: Ability to a. Ability to b. REPORTS TO: ..."): the value runs to the next such label.
  for (const l of body) {
    if (l.kind !== 'paragraph' && l.kind !== 'label') continue;
    const labels = [...l.clean.matchAll(INLINE_CAPS_LABEL)];
    labels.forEach((m, k) => {
      if (!['ksa', 'knowledge', 'skills', 'abilities'].includes(sectionKind(m[1]))) return;
      const from = text.indexOf(m[0], l.start);
      const to = k + 1 < labels.length ? text.indexOf(labels[k + 1][0], from + m[0].length) : l.end;
      if (from < 0 || from >= l.end || to < 0 || to > l.end) return;
      // "KNOWLEDGE OF: • Laws ... • Policies ...": bullets kept inline; each is an item of the label's kind.
      const value = text.slice(from + m[0].length, to);
      const bullets = [...value.matchAll(/•\s*([^•]+)/g)];
      if (bullets.length >= 2) {
        const fallback = ({ knowledge: 'KNOWLEDGE', skills: 'SKILL', abilities: 'ABILITY' } as const)[sectionKind(m[1]) as 'knowledge'] ?? 'KNOWLEDGE';
        const items = bullets.map((b) => {
          const start = from + m[0].length + (b.index ?? 0);
          return [{ raw: b[0], clean: b[0].trim(), start, end: start + b[0].trimEnd().length, index: l.index }];
        });
        append(spec.competencies, readListedItems(text, items, fallback));
        return;
      }
      append(spec.competencies, readLedProse(text, trimSpan(text, from + m[0].length, to)));
    });
  }
  // "Essential Functions: Ability to prepare correspondence; answer the telephone; operate office equipment." in a
  // page's running text: the led sentence, to its end, whatever the label is called.
  for (const l of body) {
    if ((l.kind !== 'paragraph' && l.kind !== 'label') || l.clean.length > 20000) continue;
    for (const m of l.clean.matchAll(LABEL_THEN_LEAD)) {
      const from = text.indexOf(m[0], l.start);
      if (from < 0 || from >= l.end) continue;
      const rest = text.slice(from + m[0].length, l.end);
      const stop = /\.(?=\s+[A-Z(]|\s*$)/.exec(rest);
      append(spec.competencies, readLedProse(text, trimSpan(text, from + m[0].length, from + m[0].length + (stop ? stop.index + 1 : rest.length))));
    }
  }
  // "... perform some of the duties of the Operator II level but are not expected to function at the same skill
  // level", "as compared to the Worker II": a comparison names the classes this one is told apart from.
  for (const p of runsOf(body, (l) => l.kind === 'paragraph' || l.kind === 'label')) {
    const statement = squash(p.map((x) => x.clean).join(' '));
    for (const sentence of statement.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      if (!/\bnot expected to (?:function|perform) at the same\b|\bas compared (?:to|with)\b/i.test(sentence)) continue;
      for (const title of classMentions(sentence, spec.title)) {
        // A class is "not expected to function at the same level" as a higher level only, never a lower one.
        if (levelRank(title) !== undefined && levelRank(spec.title) !== undefined && levelRank(spec.title)! >= levelRank(title)!) continue;
        if (!spec.distinctions.some((d) => d.other.title.toLowerCase() === title.toLowerCase())) spec.distinctions.push({ other: { title }, statement: sentence, span: trimSpan(text, p[0].start, p[p.length - 1].end) });
      }
    }
  }
  // A school district's template: "SKILLS are required to ...; Specific skill based competencies ... include: ...".
  for (const l of body) {
    if ((l.kind !== 'paragraph' && l.kind !== 'label') || spec.competencies.some((c) => c.span.start >= l.start && c.span.start < l.end)) continue;
    append(spec.competencies, readCompetencyTemplate(text, trimSpan(text, l.start, l.end)));
  }
  // Knowledge and abilities a sentence of prose requires, wherever it stands ("The position requires the ability to ...").
  for (const p of runsOf(body, (l) => l.kind === 'paragraph' || l.kind === 'label')) append(spec.competencies, readRequiredInProse(text, trimSpan(text, p[0].start, p[p.length - 1].end)));
  // Entries of an ordinance or plan state qualifications without a heading: their experience clauses still count.
  if (!headings.some(({ l }) => ['qualifications', 'licenses'].includes(sectionKind(l.folded))) && !anchor.row) {
    for (const p of blocks(body.slice(1).filter((l) => l.kind !== 'furniture' && l.kind !== 'heading'))) {
      const span = trimSpan(text, p[0].start, p[p.length - 1].end);
      if (/experience|service|\b(?:years?|months?)\s+(?:as|in)\b/i.test(text.slice(span.start, span.end))) append(spec.promotionRequirements, readPromotionClauses(text, span));
    }
  }
  // Promotion clauses keep one entry per class named; the same class from two clauses keeps the first.
  spec.promotionRequirements = spec.promotionRequirements.filter((p, i, all) => all.findIndex((q) => q.from.title.toLowerCase() === p.from.title.toLowerCase()) === i);
  // "Must possess required knowledge, skills ... with or without reasonable accommodations": a legal notice.
  spec.competencies = spec.competencies.filter((c, i, all) => !/reasonable accommodation/i.test(c.name) && all.findIndex((d) => d.name.toLowerCase() === c.name.toLowerCase() && d.kind === c.kind) === i);
  if (!anchor.row) {
    if (!headings.length) warnings.push(`line ${anchor.line + 1}: ${spec.title}: no section headings were recognized`);
  }
  return { spec, moves, ...out };
}
