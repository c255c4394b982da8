/**
 * Class segmentation: where each class a document specifies begins, on evidence only. Evidence is a title label
 * ("Class Title: X"), a title with its code ("X (1234)", "1234 - X"), a title next to a code label, a combined
 * series title ("X I, II, III") or a row of a table of classes. A heading-like line just above the first known
 * section ("Definition", "Examples of Duties") counts only when it looks like a job title. Nothing else, never a
 * first line or a running header, becomes a title: a document without evidence is refused with what was seen.
 */
import { dashEntryAnchors } from './dash-entries';
import { payRangeAnchors, payTableAnchors, titleOverGradeLine, titlePayParagraphs, titleScaleRows } from './pay-tables';
import { ordinanceSectionAnchors } from './ordinance-sections';
import { BULLET } from '../parsers/text/lines';
import { cellText, type LaidLine } from '../layout/layout-lines';
import { sectionKind } from '../layout/section-kinds';
import { codeToken, gradeToken, labelOnly, readLabels } from './labels';
import { checkTitle, displayTitle, endsLikeTitle, endsWithJobNoun } from './title-words';
import { normalizeTitle } from '../../model/keys';
import { type ClassAnchor, type Segmentation, usable, labelsOf, levelOf } from './anchor';
import { withoutPostingOverLevels, dedupe, abbreviates } from './dedupe';
import { trailingValueRows, codeGradeTitleRun, oneRowTables, titleStatusRuns, stepRateRows } from './value-rows';
import { inlinePlanAnchors, titleListAnchors, codeRunThenTitles, stepScheduleRows, codeRowAnchors, codeCapsAnchors, inlineTitleCodeAnchors, contentsAnchors, cycleRows, numberedStackedRows, inlineHeaderRows, codeListingRows, valueRunThenTitles, titlesThenValueRun, titlesThenCodeRun, runOnRows, titleGradePairRows, keyedRows, otherOpeningLines } from './flattened-tables';
import { withLevelFacts, seriesListUnderTitle, listedTitlesBesideCoded } from './level-facts';
import { titleRunAnchors } from './title-runs';
import { titleLabelInRun, labelColumnTitle, labelRowTitle, inlineLevelAnchors, levelListAnchors, jsonRecordAnchor, seriesSentence, definingSentence, namingSentence, entryLevelSentence, lowerCaseSubject, footerTitle, supervisionLevels, titleRateLines, levelItemsUnderHeadline, siblingLevelLines, codedLevelAnchors, classesInParens, systemTitle, labelledCodeMentions } from './prose-anchors';
import { expandSeriesTitle, alternativeTitles } from './series-titles';
import { eeoHeaderRows } from './eeo-header-rows';
import { groupedClasses } from './grouped-classes';
import { levelDescriptors, singleLevelDescriptor } from './level-descriptors';
import { headerColumns, tableAnchors, wordHeaderRows, columnBlockRows, headedTitleColumn, closedCellRows } from './tables';
import { summaryRows } from './summary-rows';
import { DUTIES_DOCUMENT_FIRST, GENERIC_UNIT, ORGANIZATION_NAME, ownLabel, withoutGluedLabel, GRADE_IN_PARENS, gradeInParens, titleAfterEmployer, openingCapitalsTitle, labelledTitle, trailingGrade, capitalsRun, hashCode, titleFromCandidate, titleAbove, POSTING_NUMBER_PREFIX, splitRangeAndRates, titleInJobHeadline, openingTitleWithCode } from './title-candidates';

const CODE_IN_PARENS = /^(.{3,80}?)\s*[([]\s*(?:(?:class|job|position)?\s*(?:code|no\.?|number|#)?\s*[:#]?\s*)([A-Z]{0,4}-?\d[\dA-Z-]{1,9}|[A-Z]{2,6}\d{0,4})\s*[)\]]\s*$/i;
const LEVEL_WITH_GRADE = /^([A-Z][A-Za-z'&/ -]{2,60}?\s(?:I{1,3}|IV|VI{0,3}|\d))\s*\(\s*((?:pay\s+|salary\s+)?(?:grade|range|band)\s*[:#]?\s*[A-Z]{0,2}-?\d{1,3}(?:\.\d)?[A-Z]?)\s*\)\s*(?::|$)/i;
/** "Deputy Clerk Grade 10 MC/1": a title, its grade, and perhaps a code after it, in one label's value. */
const GRADE_IN_VALUE = /^(.{3,80}?)\s+(?:pay\s+|salary\s+)?grade\s*:?\s*([A-Z]{0,2}-?\d{1,3}[A-Z]?)(?:\s+([A-Z]{1,4}[/-]?\d{1,6}|\d{3,6}))?$/i;
/** "Harbor Pilot (Class Code 4521, Grade 17)": a labelled code and grade together in the title's parentheses. */
const PARENS_CODE_GRADE = /^(.{3,80}?)\s*\(\s*(?:class|job|position)?\s*(?:code|no\.?|number|#)\s*[:#]?\s*([A-Z]{0,4}-?\d[\dA-Z-]{1,9})\s*[,;]\s*((?:pay\s+|salary\s+)?(?:grade|range|band)\s*[:#]?\s*[A-Z]{0,3}-?\d{1,3}[A-Z]?)\s*\)\s*$/i;
const CODE_THEN_TITLE = /^((?:[A-Z]{1,3}\d{2,6}|\d{3,6})(?:[A-Z]{1,2}(?=[\s:|-]))?)\s*(?:[-:|]\s*|\s\/\s|\s+|(?=[A-Z][a-z]))([A-Za-z].{2,160})$/;
/** "Class Code 27960: Engineering Technician": a code with its label, then the title. */
const LABELLED_CODE_THEN_TITLE = /^(?:class|job|occ\.|occupational|position) ?(?:code|no\.?|number|#) ?:? ?([A-Z]{0,3}\d{2,6}[A-Z]{0,2}) ?[:|-] ?([A-Z].{2,80})$/i;
const TITLE_THEN_CODE = /^([A-Za-z].{2,80}?)\s+(?:-|\||:)\s*(?:(?:class|job)\s*(?:code|no\.?|#)?\s*[:#]?\s*)?([A-Z]{0,3}\d{3,6}[A-Z]{0,2})$/;
/** "Traffic Counter Class Code 705": the code's own label parts the title from its code, evidence enough of a title. */
const TITLE_CLASS_CODE = /^([A-Z][A-Za-z'&/ -]{2,80}?)\s+(?:[Cc]lass|[Jj]ob|CLASS|JOB)\s+(?:[Cc]ode|CODE|[Nn]o\.?|NO\.?|[Nn]umber|NUMBER|#)(?:\s*[:#])?\s*([A-Z]{0,3}\d{3,6}[A-Z]{0,2})$/;

/** Job boards open with "What are the responsibilities and job description for the X position at Y?". */
const POSTING = /\b(?:job description|responsibilities)\s+for\s+(?:the|a|an)\s+(.{3,90}?)\s+(?:position|job|role)\b/i;
/** A recruitment's opening sentence: "... is seeking qualified candidates for the X I/II (Flex) position for ...". */
const RECRUITING = /\b(?:candidates|applicants|applications|individuals|persons?|recruiting|recruitment|hiring)\s+for\s+(?:the|an?|our|its)\s+(?:(?:[Ff]ull|[Pp]art|FULL|PART)[- ][Tt]ime,?\s+|[Aa]t[- ][Ww]ill,?\s+|(?:[Uu]n)?[Cc]lassified,?\s+|[Tt]emporary,?\s+|[Pp]ermanent,?\s+|[Rr]egular,?\s+)*([A-Z][^.;:]{2,90}?)\s+(?:position|positions|classification|vacanc(?:y|ies))\b/;
/** "St. Louis County is hiring a dedicated and compassionate Social Worker for our team": a few words of praise before the title. */
const HIRING_A = /\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:hiring|seeking|recruiting|looking\s+for)\s+(?:a|an)\s+(?:[a-z-]+,?\s+){0,4}([A-Z][^.;:!?]{2,80}?)(?=\.(?:\s|$)|[,;]|\s+(?:to|who|for|in|at|with|position)\b|$)/;
/** "The Office of Academic Affairs is seeking to hire a Faculty Services Specialist I.": the class the posting fills. */
const SEEKING_TO_HIRE = /\b(?:seeking|looking|wishes|wants)\s+to\s+(?:hire|fill|employ)\s+(?:a|an|one|two|three|\d)\s+(?:(?:[Ff]ull|[Pp]art)[-‐‑ ][Tt]ime\s+|[Ll]imited[-‐‑ ](?:[Dd]uration|[Tt]erm)\s+|[Qq]ualified\s+|[Tt]emporary\s+|[Pp]ermanent\s+|[Ss]easonal\s+|[Rr]egular\s+)*([A-Z][^.;:!?]{2,80}?)(?=\.(?:\s|$)|[,;]|\s+(?:to|who|for|in|at|with|position)\b|$)/;
/** "... seeking a qualified candidate to fill an open Utility Locator 1 or 2 position": the class (or levels) it fills. */
const TO_FILL_OPEN = /\bto\s+fill\s+(?:an?|the)\s+(?:open|vacant)\s+([A-Z][^.;:!?]{2,80}?)\s+(?:position|vacancy|role)\b/;
/** "CITY OF X CIVIL SERVICE EXAMINATION FOR FIREFIGHTER RECRUIT The ...": an announcement's capitals naming its class. */
const ANNOUNCED_FOR = /\b(?:EXAMINATION|RECRUITMENT|ANNOUNCEMENT|VACANCY|TESTING)\s+FOR\s+(?:THE\s+)?(?:POSITION\s+OF\s+)?((?:[A-Z][A-Z'&/-]+|I{1,3}|IV)(?:\s(?:[A-Z][A-Z'&/-]+|I{1,3}|IV|OF|AND|&)){0,6})(?=\s+[A-Z][a-z]|\s*[:.]|\s*$)/;
/**
 * "Peoria Public Library is accepting applications for FULL-TIME LIBRARY ASSISTANT - Currently assigned to ...": a
 * posting's sentence naming the class it fills (its term of hours, and the assignment after a dash, are not).
 */
const ACCEPTING_FOR = /\b(?:is|are)\s+(?:now\s+|currently\s+)?accepting\s+applications\s+for\s+(?:the\s+)?(?:(?:full|part)[- ]time\s+)?(?:position\s+of\s+)?(?:an?\s+)?((?:[A-Z][\w'&/-]*|I{1,3}|IV)(?:\s(?:[A-Z][\w'&/-]*|I{1,3}|IV|of|and|&)){0,6})(?=\s+[-–]\s|\s+(?:for|in|at|with|to)\s|\s*[.,;:(]|\s*$)/;
/** "the examination for principal account clerk (open competitive – #61-577)": a civil service exam's class in lower case. */
const EXAM_FOR = /\bexamination\s+for\s+(?:the\s+)?([a-z][a-z'&/ -]{3,60}?)\s+\((?:open[- ]competitive|promotion(?:al)?)\b/;
/** "The requirements for the position of Deputy Fire Chief include ...": a memo or notice naming the class it fills. */
const REQUIREMENTS_FOR = /\b(?:requirements|qualifications)\s+for\s+(?:the\s+)?(?:position|rank|class(?:ification)?|job)\s+of\s+([A-Z][^.;:,]{2,60}?)\s+(?:include|includes|are|is)\b/;
/** "Starting pay per hour for Maintenance Worker is $18.40 to $22.08": a posting naming its class with its pay. */
const PAY_FOR = /\b(?:pay|salary|wage|rate)(?:\s+(?:per\s+hour|range|rate))?\s+for\s+(?:the\s+|an?\s+)?([A-Z][^.;:$]{2,60}?)\s+(?:is|are|starts|will\s+be|ranges)\s+(?:from\s+)?\$/;
/** Several titles with their codes on one line of a flattened page: "HOUSING SPECIALIST I (#GE1 ) $33.21 ...". */
const CAPS_TITLE_CODE = /(?:^|\s|(?<=[a-z]))((?:[A-Z][A-Z'&/.-]+|I{1,3}|IV|V)(?:\s+(?:[A-Z][A-Z'&/.-]+|I{1,3}|IV|VI{0,3}|OF|AND|&)){0,7})\s*\(\s*#?\s*([A-Z]{0,4}-?\d[\dA-Z-]{0,9})\s*\)/g;
const BAND_THEN_TITLE = /^(?:band|grade|pay\s+grade|level)\s+([A-Z]?\d{1,3}[A-Z]?)\s+[-–—:]\s+([A-Z].{2,80})$/i;
/** An all-capitals title line ending in its code: "GENERAL LABOR I D8D1XX", "ACCOUNTANT II 1234". */
const CAPS_TITLE_THEN_CODE = /^([A-Z][A-Z'&/ -]{2,70}?(?:\s+(?:I{1,3}|IV|V|VI{0,3}|\d))?)\s+([A-Z]{0,3}\d[\dA-Z]{2,8}|[A-Z]\d[A-Z\d]{2,6})$/;
/** A label whose value is on the next line: "Class Specifications for the Class:", "Job Title:". */
const TITLE_LABEL_ALONE = /(?:\bfor the class|\b(?:class(?:ification)?|job|position)\s+title|^title|^classification|^class)\s*:\s*$/i;
/** A career ladder written with arrows: "Electrician 1 (C20) → Electrician 2 (C21)". */
const ARROW = /\s*(?:→|->|=>|»|⇒|-->)\s*/;
const LADDER_STEP = /^(.{3,80}?)(?:\s*\(([^()]{1,12})\))?\s*$/;

/** "Public Works", "Parks and Recreation": a unit's name of a few capitalized words. */
const UNIT_NAME = /^[A-Z][a-z]+(?: (?:&|and|of|[A-Z][a-z]+)){0,3}$/;

/**
 * The classes a combined series title names, each with its series and level ("Court Clerk I-II-III"). A unit
 * after the levels is part of each level's title ("Utility Worker I or II - Public Works"); an assignment after a
 * colon is not.
 */
function levelTitles(title: string): { title: string; series: { title: string; level: number } }[] | undefined {
  let [head, tail] = [title, ''];
  const unit = /^(.+?) [-–—] (.{3,40})$/.exec(title);
  // "Transportation Specialist III, IV, or V: District Maintenance": an assignment after a colon is the posting's.
  const assignment = /^(.+?): (.{3,60})$/.exec(title);
  if (unit && (GENERIC_UNIT.test(unit[2]) || UNIT_NAME.test(unit[2])) && expandSeriesTitle(unit[1])) [head, tail] = [unit[1], ` - ${unit[2]}`];
  else if (assignment && expandSeriesTitle(assignment[1])) head = assignment[1];
  const series = expandSeriesTitle(head);
  // A level keeps its own rank where the levels skip one ("Custodian I, III, IV"); else its place in the list.
  const ranks = series?.levels.map((n) => levelOf(n));
  const own = !!ranks && ranks.every((r, i) => Number.isInteger(r) && r > 0 && (i === 0 || r > ranks[i - 1]));
  return series?.levels.map((n, i) => ({ title: displayTitle(`${series.base} ${n}${tail}`), series: { title: displayTitle(`${series.base}${tail}`), level: own ? ranks![i] : i + 1 } }));
}

/** "(19) Principal Account Clerk" then its text: numbered class entries of an ordinance or a plan. */
const NUMBERED_TITLE = /^\((\d{1,3})\)\s+(.{3,70})$/;

export function segmentClasses(lines: LaidLine[], text = ''): Segmentation {
  const found = findAnchors(lines, text);
  return { ...found, anchors: withLevelFacts(lines, found.anchors) };
}

function findAnchors(lines: LaidLine[], text: string): Segmentation {
  const anchors: ClassAnchor[] = [];
  const taken = new Set<number>();
  const add = (a: ClassAnchor) => {
    taken.add(a.line);
    anchors.push(a);
  };
  // A title naming several levels ("Court Clerk I-II-III") is one class per level, wherever it stands; a code
  // on its line is the series' code, shared by its levels.
  const addTitle = (a: ClassAnchor): void => {
    const alternatives = alternativeTitles(a.title);
    if (alternatives.length > 1) return alternatives.forEach((title) => addTitle({ ...a, title: displayTitle(title) }));
    const series = levelTitles(a.title);
    if (!series) return add(a);
    series.forEach((level) => add({ line: a.line, ...level, code: a.code, evidence: 'series-title' }));
  };

  // Documents that are sets of classes with their own evidence (benchmark descriptions, a pay table, a salary
  // ordinance's ranges, level paragraphs with their pay, a two-column table one cell per line) are read as such
  // before any single title is looked for.
  for (const read of [dashEntryAnchors, payTableAnchors, payRangeAnchors, titlePayParagraphs, closedCellRows]) {
    const set = read(lines);
    if (set.length) return { anchors: dedupe(set) };
  }

  const ladder: ClassAnchor[] = [];
  for (const l of lines) {
    if (!usable(l)) continue;
    const posting = POSTING.exec(l.folded);
    if (posting && l.index < 5) {
      // The board's remarks after a comma go too ("Paraprofessional,1:1 , Deadline: Until Filled").
      const remark = /^([^,]{3,80}?)\s*,\s*(.*[:\d].*)$/.exec(posting[1]);
      const postingTitle = remark && checkTitle(remark[1]).strong ? remark[1] : posting[1];
      // A unit after a series' levels stays ("Maintenance Worker I or II - Street Maintenance"); other words after a dash go.
      const title = titleFromCandidate(levelTitles(postingTitle) && !expandSeriesTitle(postingTitle) ? postingTitle : postingTitle.replace(/\s+-\s+.*$/, ''));
      // The class's own title line with its code right under a job board's headline ("Road Maintenance Worker
      // RD/14-605") names the class; the headline may give the recruitment's working title.
      const own = lines.slice(l.index + 1).filter(usable).slice(0, 2).find((x) => hashCode(x.folded) && checkTitle(titleFromCandidate(x.folded) ?? '').strong);
      if (own) {
        add({ line: l.index, title: displayTitle(titleFromCandidate(own.folded)!), code: hashCode(own.folded), evidence: 'title-with-code' });
        continue;
      }
      // So does a level's title in capitals on a line of its own a few lines down ("SUBSTITUTE CUSTODIAN,
      // COUNTYWIDE" in the headline, then "CUSTODIAN II"), its series named in the headline's title.
      const level = lines.slice(l.index + 1).filter(usable).slice(0, 8).map((x) => ({ x, t: titleFromCandidate(x.folded) })).find(({ x, t }) => {
        const m = t ? /^(.{3,60}) (?:I{1,3}|IV|VI{0,3}|\d)$/.exec(t) : null;
        return m && t === x.folded.trim() && x.folded === x.folded.toUpperCase() && checkTitle(t!).strong && postingTitle.toLowerCase().includes(m[1].toLowerCase());
      });
      if (level) {
        add({ line: l.index, title: displayTitle(level.t!), evidence: 'heading' });
        continue;
      }
      const fuller = fullerTitleBelow(lines, l.index, postingTitle.replace(/\s*\((?:#\s?)?\d{1,6}\)$/, ''));
      if (fuller) {
        add({ line: l.index, title: displayTitle(fuller), evidence: 'heading' });
        continue;
      }
      if (title) {
        // "Election Clerk II (SR-10)": a pay schedule's letters and a range of one or two digits are the grade.
        const grade = /\(([A-Z]{1,3}-\d{1,2}[A-Z]?)\)$/.exec(postingTitle.trim())?.[1];
        addTitle({ line: l.index, title: displayTitle(title), grade, evidence: 'posting' });
        continue;
      }
    }
    // A recruitment naming its class only in its opening sentence; the title must be clearly one.
    // Within the opening of the page (a job board puts its headline, dates and pay before the first sentence).
    const recruiting = !posting && l.index < 25 && !anchors.length ? RECRUITING.exec(l.folded) ?? PAY_FOR.exec(l.folded) : null;
    const named = recruiting ? titleFromCandidate(recruiting[1]) : undefined;
    if (named && (checkTitle(named).strong || expandSeriesTitle(named))) {
      addTitle({ line: l.index, title: displayTitle(named), evidence: 'posting' });
      continue;
    }
    if (ARROW.test(l.folded) && l.folded.split(ARROW).length >= 2) {
      const steps = l.folded.replace(/^[-•*·\s]+/, '').split(ARROW).map((part) => LADDER_STEP.exec(part.trim())).filter((m): m is RegExpExecArray => !!m);
      const titled = steps.map((m) => ({ title: titleFromCandidate(m[1]), grade: m[2] ? gradeToken(m[2]) : undefined })).filter((x) => x.title);
      if (titled.length >= 2 && titled.length === steps.length) {
        titled.forEach((x, i) => ladder.push({ line: l.index, title: displayTitle(x.title!), grade: x.grade, evidence: 'ladder', row: true, next: titled[i + 1] ? displayTitle(titled[i + 1].title!) : undefined }));
        continue;
      }
    }
    // A table's header row ("Job Code | Job Title | Reports To") names columns: its cells are not labels and values.
    if (l.kind === 'table-row' && headerColumns(l.cells)) continue;
    const numbered = NUMBERED_TITLE.exec(l.folded);
    if (numbered && checkTitle(numbered[2]).strong && titleFromCandidate(numbered[2])) {
      add({ line: l.index, title: displayTitle(titleFromCandidate(numbered[2])!), evidence: 'title-label' });
      continue;
    }
    // A label and its value may each be closed by a table's cell mark ("Classification Title |").
    if (TITLE_LABEL_ALONE.test(ownLabel(cellText(l))) || labelOnly(ownLabel(cellText(l))) === 'title') {
      // A heading naming the page's kind ("Class Specification") over a label line is no label of its own.
      const next = lines.slice(l.index + 1).find(usable);
      // Nor is a line with a label of its own ("- Role: Analyst") the label's value.
      const title = next && next.kind !== 'label' && !/^(?:[-*•]\s+)?[A-Z][\w ]{1,30}:\s/.test(next.folded.trim()) && titleFromCandidate(withoutGluedLabel(cellText(next)).replace(CODE_IN_PARENS, '$1'));
      // A label without its colon ("Job Title") may be a header cell of a table stacked one cell per line: the
      // next line is its title only when it is clearly one, not the next header ("Scheduled Hours Per Week").
      const colon = /:\s*$/.test(l.folded);
      if (next && title && (colon || checkTitle(title).strong)) {
        // "Position" / "Clerical Officer – Grade III": a grade written after the title on the label's value line.
        addTitle({ line: l.index, title: displayTitle(title), grade: trailingGrade(cellText(next)), evidence: 'title-label' });
        taken.add(next.index);
        continue;
      }
    }
    // "BAND 1 - Order In Council Coordinator": a posting's title line led by the class's band or grade.
    const banded = l.index < 12 && l.folded.length <= 100 ? BAND_THEN_TITLE.exec(l.folded.trim()) : null;
    if (banded && titleFromCandidate(banded[2]) === banded[2] && checkTitle(banded[2]).strong) {
      addTitle({ line: l.index, title: displayTitle(banded[2]), grade: banded[1], evidence: 'title-with-code' });
      continue;
    }
    const caps = l.folded.length <= 600 ? [...l.folded.matchAll(CAPS_TITLE_CODE)].filter((m) => checkTitle(m[1]).strong) : [];
    if (caps.length) {
      for (const m of caps) addTitle({ line: l.index, title: displayTitle(m[1].trim()), code: m[2], evidence: 'title-with-code' });
      continue;
    }
    // Remarks in parentheses after the code ("... 3912 (C) (REV 11/16/23)": an exam type, a revision) are not the title's.
    const capsCode = CAPS_TITLE_THEN_CODE.exec(l.folded.length <= 160 ? l.folded.replace(/(?:\s*\([^()]{1,20}\))+\s*$/, '') : l.folded);
    if (capsCode && checkTitle(capsCode[1]).strong && /\d/.test(capsCode[2])) {
      addTitle({ line: l.index, title: displayTitle(capsCode[1].trim()), code: capsCode[2], evidence: 'title-with-code' });
      continue;
    }
    const labels = labelsOf(l);
    // "CLASS SERIES TITLE: Payroll Services Specialist I/II": a series label naming its levels names its classes.
    const seriesLabel = labels.find((x) => x.name === 'series');
    const seriesLevels = seriesLabel && !labels.some((x) => x.name === 'title') ? expandSeriesTitle(seriesLabel.value) : undefined;
    if (seriesLevels && checkTitle(seriesLevels.base).strong) {
      seriesLevels.levels.forEach((n, i) => add({ line: l.index, title: displayTitle(`${seriesLevels.base} ${n}`), series: { title: displayTitle(seriesLevels.base), level: i + 1 }, evidence: 'series-title' }));
      continue;
    }
    const titleValue = labels.find((x) => x.name === 'title');
    // "JOB TITLE: Deputy Clerk Grade 10 MC/1": the grade (and a code after it) written into the title's value.
    const inValue = titleValue ? GRADE_IN_VALUE.exec(titleValue.value) : null;
    const gradedLabel = titleValue && inValue && checkTitle(inValue[1]).strong ? { ...titleValue, value: inValue[1] } : titleValue;
    // "Position Class Code / Title: A7019 / Executive Asst/Enterprise Unit": one label for both, its value likewise;
    // "Title: 512 - Maintenance Worker II - PARKS": a careers site writes the class's code before its title.
    const codeFirst = /\bcode\s*\/\s*title\s*:/i.test(l.folded) ? /^([A-Z]{0,4}\d{2,6}[A-Z]{0,2})\s+[/|-]\s+(.{3,80})$/ : /^([A-Z]{0,3}\d{3,6})\s+[-–—]\s+([A-Z][a-z].{1,80})$/;
    const both = gradedLabel ? codeFirst.exec(gradedLabel.value.trim()) : null;
    let titleLabel = both ? { ...gradedLabel!, value: both[2] } : gradedLabel;
    // "Job Title: Detention" / "Officer I Job" / "Code: 721": a label grid whose value wrapped onto the next line,
    // that line closing with the first word of the next label.
    const wrapped = titleLabel ? wrappedLabelValue(lines, l.index) : undefined;
    if (titleLabel && wrapped) titleLabel = { ...titleLabel, value: `${titleLabel.value.trim()} ${wrapped.rest}` };
    if (titleLabel) {
      const gradeLike = /^(?:grid|grade|range|band|level|step|class)\s+\S{1,6}$/i.test(titleLabel.value.trim());
      const title = gradeLike ? undefined : titleFromCandidate(titleLabel.value.replace(CODE_IN_PARENS, '$1')) ?? labelledTitle(titleLabel.value);
      // "Mechanical Engineer I - III (9915)": the levels read from the title, a posting's number after it aside.
      const series = levelTitles(titleLabel.value) ?? (title ? levelTitles(title) : undefined);
      const code = labels.find((x) => x.name === 'code');
      if (series && !code) {
        series.forEach((level) => add({ line: l.index, ...level, evidence: 'series-title' }));
        continue;
      }
      // A label naming a working title that is not a job title ("Job Title: Court Administrative Support") under
      // a posting's headline that clearly is one: the headline is the class.
      const headline = title && !checkTitle(title).strong && !anchors.length ? titleAbove(lines, l.index, 4, taken) : undefined;
      if (headline && checkTitle(headline.title).strong) {
        addTitle({ line: headline.index, title: displayTitle(headline.title), evidence: 'heading' });
        continue;
      }
      if (title) {
        const inParens = CODE_IN_PARENS.exec(titleLabel.value);
        const valueCode = inValue?.[3] && /\d/.test(inValue[3]) ? inValue[3] : undefined;
        add({ line: l.index, title: displayTitle(title), code: both?.[1] ?? (code ? codeToken(code.value) : inParens?.[2] ?? hashCode(titleLabel.value) ?? valueCode), grade: gradedLabel !== titleValue ? inValue![2] : undefined, evidence: 'title-label' });
        continue;
      }
    }
    // "PARAPROFESSIONAL I (GRADE 18):EDUCATION ...": a level's title with its grade opening a line, a heading glued on.
    const levelGrade = LEVEL_WITH_GRADE.exec(l.folded);
    if (levelGrade && checkTitle(levelGrade[1]).strong) {
      add({ line: l.index, title: displayTitle(levelGrade[1].trim()), grade: gradeToken(levelGrade[2]), evidence: 'title-with-code' });
      continue;
    }
    // A schedule's row runs long with its rates ("4105 Accountant (Treasurer) NEX MAR10_8 $24.23 ... $77,001.60"); prose does not split so.
    if (l.kind === 'paragraph' && l.folded.length > 90 && !(/^[A-Z]{0,3}\d{3,6}\s/.test(l.folded) && splitRangeAndRates(l.folded))) continue;
    const whole = l.cells.length > 1 && l.kind !== 'table-row' ? l.folded : l.cells.length > 1 ? '' : l.folded;
    // "• Construction Manager I (#4392)": a list of titles with their codes reads like lines of their own.
    const text = l.kind === 'list-item' ? whole.replace(BULLET, '') : whole;
    if (!text) continue;
    // "Job Code:" / "41102 - Resource Technician 2" under a stacked title label: the value of the code label,
    // the code the labelled title's (the words after it name the classification the position is filled in).
    const titleAnchor = anchors.length && anchors[anchors.length - 1].evidence === 'title-label' ? anchors[anchors.length - 1] : undefined;
    const above = titleAnchor && !titleAnchor.code && l.index - titleAnchor.line <= 6 ? lines.slice(Math.max(0, l.index - 3), l.index).filter(usable).pop() : undefined;
    if (titleAnchor && above && labelOnly(above.folded) === 'code') {
      const stacked = /^([A-Z]{0,4}-?\d{3,6}[A-Z]?)\s+[-–—]\s+\S/.exec(text.trim());
      if (stacked) {
        titleAnchor.code = stacked[1];
        continue;
      }
    }
    const codeAndGrade = PARENS_CODE_GRADE.exec(text);
    if (codeAndGrade && titleFromCandidate(codeAndGrade[1]) && checkTitle(codeAndGrade[1]).strong) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(codeAndGrade[1])!), code: codeAndGrade[2], grade: gradeToken(codeAndGrade[3]), evidence: 'title-with-code' });
      continue;
    }
    const paren = CODE_IN_PARENS.exec(text);
    // A code of letters alone is written in capitals ("(WWTP)"); "(Cores)" is a note on the position.
    if (paren && titleFromCandidate(paren[1]) && checkTitle(paren[1]).strong && (/\d/.test(paren[2]) || paren[2] === paren[2].toUpperCase())) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(paren[1])!), code: paren[2], evidence: 'title-with-code' });
      continue;
    }
    const labelled = LABELLED_CODE_THEN_TITLE.exec(text.replace(/\s+/g, ' ').trim());
    const labelledTitleText = labelled && titleFromCandidate(labelled[2]);
    if (labelled && labelledTitleText && checkTitle(labelledTitleText).strong) {
      addTitle({ line: l.index, title: displayTitle(labelledTitleText), code: labelled[1], evidence: 'title-with-code' });
      continue;
    }
    const before = CODE_THEN_TITLE.exec(text) ?? undefined;
    const rated = before && splitRangeAndRates(before[2]);
    const rowTitle = rated ? rated.title : before?.[2];
    // ("123 - Summary of Duties - Sexton": a policy's number before the document's kind is no class code.)
    if (before && rowTitle && titleFromCandidate(rowTitle) && checkTitle(rowTitle.replace(GRADE_IN_PARENS, '')).strong && l.kind !== 'list-item' && !DUTIES_DOCUMENT_FIRST.test(rowTitle)) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(rowTitle)!), code: before[1], grade: rated?.grade ?? gradeInParens(rowTitle), evidence: 'title-with-code' });
      continue;
    }
    const labelledAfter = TITLE_CLASS_CODE.exec(text);
    // "Job Class Code: 4521" is a label whose words end like this, not a title "Job".
    if (labelledAfter && !/^(?:job|position|title|classification|occupational)$/i.test(labelledAfter[1].trim()) && titleFromCandidate(labelledAfter[1]) && checkTitle(labelledAfter[1]).ok) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(labelledAfter[1])!), code: labelledAfter[2], evidence: 'title-with-code' });
      continue;
    }
    const after = TITLE_THEN_CODE.exec(text);
    if (after && titleFromCandidate(after[1]) && checkTitle(after[1]).strong) {
      addTitle({ line: l.index, title: displayTitle(titleFromCandidate(after[1])!), code: after[2], evidence: 'title-with-code' });
      continue;
    }
    const series = l.kind === 'heading' || l.kind === 'paragraph' ? expandSeriesTitle(capitalsRun(text.replace(POSTING_NUMBER_PREFIX, ''))) : undefined;
    if (series && (l.kind === 'heading' || checkTitle(series.base).strong)) {
      series.levels.forEach((n, i) => add({ line: l.index, title: displayTitle(`${series.base} ${n}`), series: { title: displayTitle(series.base), level: i + 1 }, evidence: 'series-title' }));
    }
  }

  // A code label with no title of its own: the title is the clearly-titled line just above it.
  for (const l of lines) {
    if (!usable(l) || taken.has(l.index)) continue;
    const code = labelsOf(l).find((x) => x.name === 'code' && codeToken(x.value));
    if (!code) continue;
    // "DEPUTY CLERK III | CLASS NO. 3624 | SALARY GROUP A17": the title in the row's first cell, before its labels.
    const first = l.kind === 'table-row' && l.cells.length >= 2 && !labelsOf(l).some((x) => x.name === 'title') ? l.cells[0].trim() : '';
    const own = first && !labelOnly(first) && !readLabels(first, [first]).length ? titleFromCandidate(first) : undefined;
    if (own && own.toLowerCase() === first.toLowerCase() && checkTitle(own).strong) {
      const grade = labelsOf(l).find((x) => x.name === 'grade');
      add({ line: l.index, title: displayTitle(own), code: codeToken(code.value), grade: grade ? gradeToken(grade.value) : undefined, evidence: 'title-with-code' });
      continue;
    }
    // The class just above without a code of its own takes this one; one that has a code leaves it to a new title.
    const near = anchors.filter((a) => !a.row && a.line <= l.index && l.index - a.line <= 4).sort((a, b) => b.line - a.line)[0];
    if (near && !near.code) {
      near.code = codeToken(code.value);
      continue;
    }
    if (anchors.some((a) => !a.row && a.line > l.index && a.line - l.index <= 2)) continue;
    const above = titleAbove(lines, l.index, 4, taken);
    if (above) add({ line: above.index, title: displayTitle(above.title), code: codeToken(code.value), evidence: 'code-label' });
  }

  // Entries of one shape (a title line, its description, then its code label): a later title line followed by a
  // description in the same way is an entry too, though a text's cut came before its code.
  const entries = anchors.filter((a) => a.evidence === 'code-label');
  if (entries.length >= 2) {
    const described = (i: number) => {
      const next = lines.slice(i + 1).find(usable);
      return !!next && next.kind === 'paragraph' && next.folded.length > 80 && /^[A-Z]/.test(next.folded);
    };
    if (entries.every((a) => described(a.line))) {
      for (const l of lines.slice(entries[0].line + 1)) {
        if (!usable(l) || taken.has(l.index) || l.folded.length > 60 || !described(l.index)) continue;
        const t = titleFromCandidate(l.folded);
        if (t && t === l.folded.trim() && checkTitle(t).strong) add({ line: l.index, title: displayTitle(t), evidence: 'heading' });
      }
    }
  }

  const titled = seriesListUnderTitle(lines, anchors);
  if (titled) add(titled);
  for (const a of listedTitlesBesideCoded(lines, anchors)) add(a);
  // A header row "TITLE GRADE EEO-4 CODE" gives each level its grade and code, in the order of the titles.
  const eeo = eeoHeaderRows(lines, anchors);
  if (eeo) anchors.splice(0, anchors.length, ...eeo);

  // Not over a class its own title label or code already names.
  const descriptors = anchors.some((a) => a.evidence === 'title-label' || a.evidence === 'title-with-code') ? [] : levelDescriptors(lines);
  if (descriptors.length) return { anchors: descriptors };
  for (const a of contentsAnchors(lines)) if (!anchors.some((b) => normalizeTitle(b.title) === normalizeTitle(a.title))) anchors.push(a);
  for (const a of stepScheduleRows(lines)) if (!anchors.some((b) => normalizeTitle(b.title) === normalizeTitle(a.title))) anchors.push(a);
  anchors.sort((a, b) => a.line - b.line);
  // A table with its header row in words is the document's list of classes; titles it repeats elsewhere (a
  // resolution's prose) are the same classes, and lines inside it are not classes of their own.
  const worded = [...wordHeaderRows(lines), ...columnBlockRows(lines), ...summaryRows(lines)].sort((a, b) => a.line - b.line);
  if (worded.length) {
    const inside = (a: ClassAnchor) => worded.some((w) => w.line === a.line);
    return { anchors: dedupe([...worded, ...anchors.filter((a) => !inside(a) && worded.some((w) => normalizeTitle(w.title) === normalizeTitle(a.title)))]) };
  }
  const listed = headedTitleColumn(lines, text);
  if (listed.length) return { anchors: dedupe(listed) };
  if (!anchors.length && ladder.length) return { anchors: dedupe(ladder) };
  const json = anchors.length ? undefined : jsonRecordAnchor(lines, text);
  if (json) return { anchors: [json] };
  const levels = anchors.length ? [] : levelListAnchors(lines);
  if (levels.length) return { anchors: dedupe(levels) };
  const oneLevel = anchors.length ? undefined : singleLevelDescriptor(lines);
  if (oneLevel) add(oneLevel);
  if (!anchors.length) {
    const column = labelColumnTitle(lines);
    if (column) add({ line: column.line, title: displayTitle(column.title), evidence: 'title-label' });
  }
  if (!anchors.length) {
    const row = lines.filter(usable).slice(0, 20).map((l) => ({ l, title: labelRowTitle(l.folded) })).find((x) => x.title);
    if (row) add({ line: row.l.index, title: displayTitle(row.title!), evidence: 'title-label' });
  }
  if (!anchors.length) for (const a of codeCapsAnchors(lines)) add(a);
  if (!anchors.length) for (const a of inlineTitleCodeAnchors(lines)) add(a);
  if (!anchors.length) {
    const mentioned = labelledCodeMentions(lines);
    if (mentioned.length) return { anchors: dedupe(mentioned) };
  }
  if (!anchors.length) for (const a of oneRowTables(lines)) add(a);
  if (!anchors.length) {
    const inRun = titleLabelInRun(lines);
    if (inRun) add(inRun);
  }
  if (!anchors.length) {
    // The line a text's cut ends on, when the text stops without a line break.
    const cut = text && !text.endsWith('\n') ? lines[lines.length - 1]?.index ?? -1 : -1;
    // Titles listed under grade headings ("PS -1", then "Cashier 8.40", "Lifeguard", "Recreation Aide"): each
    // grade's first title with its first step reads like a row of a table, the titles under it do not.
    const listed = titleListAnchors(lines);
    if (listed.length >= 4 && listed.every((a) => a.grade)) return { anchors: dedupe(listed) };
    const rows = tableAnchors(lines, cut);
    if (rows.length) return { anchors: dedupe(rows) };
    const coded = codeRowAnchors(lines);
    if (coded.length) return { anchors: dedupe(coded) };
    const valued = [...trailingValueRows(lines), ...codeGradeTitleRun(lines, cut), ...titleStatusRuns(lines)];
    if (valued.length) return { anchors: dedupe(valued) };
    const inline = inlinePlanAnchors(lines);
    if (inline.length) return { anchors: dedupe(inline) };
    const inlineHeaded = inlineHeaderRows(lines);
    if (inlineHeaded.length) return { anchors: dedupe(inlineHeaded) };
    const paired = titleGradePairRows(lines);
    if (paired.length) return { anchors: dedupe(paired) };
    const runOn = runOnRows(lines);
    if (runOn.length) return { anchors: dedupe(runOn) };
    const listing = codeListingRows(lines);
    if (listing.length) return { anchors: dedupe(listing) };
    const keyed = keyedRows(lines);
    if (keyed.length) return { anchors: dedupe(keyed) };
    const columns = codeRunThenTitles(lines);
    if (columns.length) return { anchors: dedupe(columns) };
    const valueColumns = [...valueRunThenTitles(lines), ...titlesThenValueRun(lines), ...titlesThenCodeRun(lines)];
    if (valueColumns.length) return { anchors: dedupe(valueColumns) };
    const titleRun = titleRunAnchors(lines);
    if (titleRun.length) return { anchors: dedupe(titleRun) };
    const cycled = cycleRows(lines);
    if (cycled.length) return { anchors: dedupe(cycled) };
    const numbered = numberedStackedRows(lines);
    if (numbered.length) return { anchors: dedupe(numbered) };
    const rated = titleRateLines(lines);
    if (rated.length) return { anchors: dedupe(seriesNamedByHeadline(lines, rated)) };
    const stepped = stepRateRows(lines);
    if (stepped.length) return { anchors: dedupe(stepped) };
    const codedLevels = codedLevelAnchors(lines);
    if (codedLevels.length) return { anchors: codedLevels };
    if (listed.length) return { anchors: dedupe(listed) };
    const inlineLevels = inlineLevelAnchors(lines);
    if (inlineLevels.length) return { anchors: dedupe(inlineLevels) };
  }

  if (!anchors.length) {
    const coded = openingTitleWithCode(lines);
    if (coded) add({ line: coded.line, title: displayTitle(coded.title), code: coded.code, evidence: 'title-with-code' });
  }
  if (!anchors.length) {
    const opening = openingCapitalsTitle(lines, text);
    if (opening) add({ ...opening, evidence: 'heading' });
  }
  if (!anchors.length) {
    const post = postTitleOverDetails(lines);
    if (post) add(post);
  }
  // Nothing else named the class: a clear job title before the first known section (a posting's or a page's
  // title line), else a heading just above that section.
  if (!anchors.length) {
    // A page's title naming a section's words among many others ("Albany Civil Service Job Description Reference
    // Guide") is not the first section.
    // Nor is a site's banner naming its pages in the plural ("Job Descriptions"), nor the document's kind alone
    // above its title ("Job Description" then "Selectboard Assistant").
    // With a colon ("Job Description:") only when a short title line follows it.
    const kindOverTitle = (l: LaidLine) => {
      const next = lines.slice(l.index + 1).find(usable);
      return !!next && next.folded.trim().split(/\s+/).length <= 6 && !/[.:;]$/.test(next.folded.trim()) && checkTitle(titleFromCandidate(next.folded) ?? '').strong;
    };
    const sectionHeading = (l: LaidLine) =>
      !/^(?:job|class(?:ification)?|position)\s+(?:descriptions?|specifications?)$/i.test(l.folded.trim()) && !(/^(?:job|position)\s+description:$/i.test(l.folded.trim()) && kindOverTitle(l)) && !employerDocument(l.folded.trim()) && (l.folded.trim().split(/\s+/).length <= 6 || /:\s*$/.test(l.folded) || l.folded === l.folded.toUpperCase());
    // A title with the document's kind after it ("Groundskeeper I/II Job Description") is the title, not a section.
    const titled = (l: LaidLine) => checkTitle(l.folded).strong || checkTitle(titleFromCandidate(l.folded) ?? '').strong;
    const first = lines.find((l) => l.kind === 'heading' && sectionKind(l.folded) !== 'other' && !titled(l) && sectionHeading(l));
    const limit = first ? first.index : Math.min(lines.length, 40);
    // A title with the pay's label run on after it ("Library Technician Salary: $44,125.00 ...") is a title line.
    const paidTitle = (l: LaidLine) => l.kind === 'label' && /^[A-Z][\w ,/&'-]{2,60}?\s(?:Salary|Pay|Wage)\s*:/.test(l.folded);
    const before = lines.slice(0, limit).filter((l) => usable(l) && !/:\s*$/.test(l.folded) && (l.kind !== 'label' || paidTitle(l)) && l.kind !== 'list-item' && l.folded.length <= 90);
    const titleLine = (l: LaidLine) => {
      const t = titleFromCandidate(l.cells.length > 1 ? l.cells[0] : l.folded);
      return !!t && checkTitle(t).strong && (l.kind === 'heading' || before.indexOf(l) < 6 || l.folded === l.folded.toUpperCase());
    };
    // "JOB DESCRIPTION: WATER PLANT OPERATOR TRAINEE" under a posting's headline ("Water Operator Trainee - Full
    // Time"): the document's own statement of its class outranks the posting's working title.
    // The statement may stand on the line after its label ("Job Description:" then "PATROLMAN").
    const STATED = /^(?:job|position|class(?:ification)?)\s+(?:description|specification)\s*:\s*(.{3,80})?$/i;
    const described = lines
      .slice(0, limit + 1)
      .filter(usable)
      .slice(0, 8)
      .map((l) => {
        const m = STATED.exec(l.folded.trim());
        if (m && !m[1] && kindOverTitle(l)) {
          const next = lines.slice(l.index + 1).find(usable)!;
          return { l: next, value: next.folded.trim() };
        }
        return { l, value: m?.[1] };
      })
      .find(({ value }) => {
        const t = value ? titleFromCandidate(value) : undefined;
        return !!t && checkTitle(t).strong;
      })?.l;
    // "Clerk Duties" over "KRAKOW TOWNSHIP CLERK": a page's heading naming its duties heads the title line after it,
    // when that line ends with the same job.
    const dutiesOf = (l: LaidLine, k: number) => {
      const m = /^(.+?)\s(?:duties|responsibilities)$/i.exec(l.folded.trim());
      const job = m?.[1].split(' ').pop()!.toLowerCase();
      return !!job && before.slice(k + 1, k + 3).some((x) => titleLine(x) && x.folded.trim().toLowerCase().endsWith(` ${job}`));
    };
    const strong = described ?? before.find((l, k) => titleLine(l) && !dutiesOf(l, k));
    if (!strong) {
      // A job board's bullets (a date, a place, the hours) may come before its headline.
      // The first section's own line may be the headline ("JOB DESCRIPTION: Route Monitor").
      for (const l of lines.slice(0, Math.max(limit + 1, 3)).filter((x) => usable(x) && x.kind !== 'list-item').slice(0, 4)) {
        const t = titleAfterEmployer(l.folded) ?? titleInJobHeadline(l.folded);
        if (t) {
          addTitle({ line: l.index, title: displayTitle(t), evidence: 'heading' });
          break;
        }
      }
    }
    const pick = anchors.length ? undefined : strong ?? (first ? (() => { const a = titleAbove(lines, first.index, 3, taken); return a ? lines[a.index] : undefined; })() : undefined);
    // A job board's headline picked as the title line ("Clinton County Senior Tax Clerk/Typist in Plattsburgh, New
    // York") names the employer and the place around the title.
    const title = pick && (titleInJobHeadline(pick.folded) ?? titleFromCandidate(pick.cells.length > 1 ? pick.cells[0] : pick.folded));
    const series = title ? levelTitles(title) : undefined;
    if (pick && title && alternativeTitles(title).length > 1) addTitle({ line: pick.index, title, evidence: 'heading' });
    else if (pick && series) series.forEach((level) => add({ line: pick.index, ...level, evidence: 'series-title' }));
    else if (pick && title) {
      // The title may come again a few lines down with its code ("Library Assistant" ... "Library Assistant LIB/4").
      const again = lines.slice(pick.index + 1).filter(usable).slice(0, 8).find((l) => hashCode(l.folded) && titleFromCandidate(l.folded)?.toLowerCase() === title.toLowerCase());
      add({ line: pick.index, title: displayTitle(title), grade: trailingGrade(pick.folded), code: hashCode(pick.folded) ?? (again && hashCode(again.folded)), evidence: 'heading' });
      // Titles stacked above one specification ("PLANNER I" / "PLANNER II") all share its body.
      for (let i = pick.index + 1; i < limit; i++) {
        const l = lines[i];
        if (!usable(l)) continue;
        const t = titleFromCandidate(l.folded);
        if (!t || !checkTitle(t).strong || l.kind !== 'heading' || !/\b(?:I{1,3}|IV|V|\d)$/.test(t)) break;
        add({ line: pick.index, title: displayTitle(t), evidence: 'heading' });
      }
      // Other levels of the same series on lines of their own further down ("Administrative Assistant 2", then
      // its text, then "Administrative Assistant 3"): each is a class with the text under it.
      const level = /^(.+) (I{1,3}|IV|VI?|\d{1,2})$/.exec(title);
      const elsewhere = level ? otherOpeningLines(lines) : new Set<number>();
      for (const l of level ? lines.slice(pick.index + 1) : []) {
        if (!usable(l) || l.kind === 'list-item' || l.folded.length > 60 || elsewhere.has(l.index)) continue;
        const other = /^(.+) (I{1,3}|IV|VI?|\d{1,2}):?$/.exec(l.folded.trim());
        if (other && other[1].toLowerCase() === level![1].toLowerCase() && other[2] !== level![2]) add({ line: l.index, title: displayTitle(`${other[1]} ${other[2]}`), evidence: 'heading' });
      }
    }
  }

  // A posting's working title read as its title gives way to the class the posting names behind it.
  const behind = classBehindWorkingTitle(lines, anchors);
  if (behind) {
    anchors.splice(0, anchors.length);
    addTitle(behind);
  }
  // With nothing else, a posting's sentence hiring for the class; a title label anywhere outranks it.
  if (!anchors.length) {
    const opening = lines.filter(usable).slice(0, 3);
    const announced = opening.map((l) => ({ l, m: ANNOUNCED_FOR.exec(l.folded.slice(0, 400)) })).find((x) => x.m && checkTitle(x.m[1]).strong && titleFromCandidate(x.m[1]) === x.m[1].trim());
    if (announced) addTitle({ line: announced.l.index, title: displayTitle(announced.m![1]), evidence: 'posting' });
    const exam = announced ? undefined : opening.map((l) => ({ l, m: EXAM_FOR.exec(l.folded.slice(0, 400)) })).find((x) => x.m);
    // displayTitle capitalizes a title written in capitals; so the lower-case one is read as capitals first.
    const examTitle = exam ? displayTitle(exam.m![1].toUpperCase()) : undefined;
    if (exam && examTitle && checkTitle(examTitle).strong) addTitle({ line: exam.l.index, title: examTitle, evidence: 'posting' });
    // (The term of hours in capitals, "FULL-TIME", is not matched by the pattern's lower-case words.)
    const accepting = anchors.length ? undefined : opening.map((l) => ({ l, named: ACCEPTING_FOR.exec(l.folded.slice(0, 400))?.[1].replace(/^(?:FULL|PART)-TIME\s+/i, '') })).find((x) => x.named && /^[A-Z]/.test(x.named));
    const acceptingTitle = accepting && titleFromCandidate(accepting.named!);
    if (accepting && acceptingTitle && checkTitle(acceptingTitle).strong && endsLikeTitle(acceptingTitle)) addTitle({ line: accepting.l.index, title: displayTitle(acceptingTitle), evidence: 'posting' });
  }
  if (!anchors.length) {
    const hire = lines.filter(usable).slice(0, 25).map((l) => ({ l, m: SEEKING_TO_HIRE.exec(l.folded) ?? TO_FILL_OPEN.exec(l.folded) })).find((x) => x.m);
    const named = hire ? titleFromCandidate(hire.m![1]) : undefined;
    if (hire && named && (checkTitle(named).strong || expandSeriesTitle(named))) addTitle({ line: hire.l.index, title: displayTitle(named), evidence: 'posting' });
  }
  if (!anchors.length) {
    const required = lines.filter(usable).map((l) => ({ l, m: REQUIREMENTS_FOR.exec(l.folded) })).filter((x) => x.m);
    const titles = new Set(required.map((x) => normalizeTitle(x.m![1])));
    const named = required.length && titles.size === 1 ? titleFromCandidate(required[0].m![1]) : undefined;
    // The whole page is the class's text: the sentence naming it also states its requirements.
    const first = lines.find(usable);
    if (first && named && named === required[0].m![1] && checkTitle(named).strong) addTitle({ line: first.index, title: displayTitle(named), evidence: 'posting' });
  }
  if (!anchors.length) for (const a of levelLinesWithText(lines)) add(a);
  if (!anchors.length) for (const a of supervisionLevels(lines)) add(a);
  if (!anchors.length) {
    const series = seriesSentence(lines);
    if (series) addTitle(series);
  }
  // Prose that names the page's one class, strongest first: a defining sentence, the subject named most often, a
  // series' entry level, a template's footer, a lower-case subject.
  for (const read of [definingSentence, namingSentence, entryLevelSentence, footerTitle, lowerCaseSubject]) {
    if (anchors.length) break;
    const one = read(lines);
    if (one) add(one);
  }
  if (!anchors.length) {
    const scaled = titleScaleRows(lines);
    if (scaled.length) return { anchors: dedupe(scaled) };
    const graded = titleOverGradeLine(lines);
    if (graded) add(graded);
  }
  if (!anchors.length) for (const a of listedVacancies(lines)) add(a);
  if (!anchors.length) for (const a of establishedPositions(lines)) add(a);
  if (!anchors.length) for (const a of ordinanceSectionAnchors(lines)) add(a);
  if (!anchors.length) for (const a of groupedClasses(lines)) add(a);
  if (!anchors.length) {
    // Last of all, a posting's "is hiring a ... X": the title must end like a job ("seeking a Chief Allied Health,
    // Scientific ..." is cut at its comma).
    const hire = lines.filter(usable).slice(0, 25).map((l) => ({ l, m: HIRING_A.exec(l.folded) })).find((x) => x.m);
    const named = hire ? titleFromCandidate(hire.m![1]) : undefined;
    if (hire && named && checkTitle(named).strong && endsWithJobNoun(named)) addTitle({ line: hire.l.index, title: displayTitle(named), evidence: 'posting' });
  }

  anchors.sort((a, b) => a.line - b.line);
  const reportsTo = supervisorUnderTitle(lines, anchors);
  if (reportsTo) anchors.splice(0, 1, reportsTo);
  const levelItems = levelItemsUnderHeadline(lines, anchors);
  if (levelItems) anchors.splice(0, anchors.length, ...levelItems);
  const siblings = siblingLevelLines(lines, anchors);
  if (siblings) anchors.splice(0, anchors.length, ...siblings);
  const unique = dedupe(withoutPostingOverLevels(anchors)).map((a, _, all) => (all.length === 1 ? withoutPostSuffix(a, lines) : a));
  if (unique.length) return { anchors: unique };
  return { anchors: [], reason: refusal(lines) };
}

/** "HEAD OF SECTION: ENGINEERING SUPPORT SERVICES": a post's title in capitals, its job before the colon and its unit after. */
const POST_TITLE_LINE = /^([A-Z][A-Z &]{2,40}):\s+([A-Z][A-Z &,-]{2,60})$/;
/** The post's details under it: "SAP POST NUMBER 20002537", "TASK LEVEL T22", "SALARY SCALE: R333 ...". */
const POST_DETAIL = /^(?:[A-Z]{2,5}\s+)?(?:POST\s+(?:NUMBER|NO\.?)|TASK\s+(?:LEVEL|GRADE)|SALARY(?:\s+SCALE)?|(?:PAY\s+)?GRADE|LEVEL|REFERENCE)\b/;

/**
 * A municipal vacancy (South Africa's form) names its post as "JOB: UNIT" in capitals with the post's number, grade
 * or salary on the lines below; a letterhead's office above it ("CITY MANAGER", who issues the advert) is not the class.
 */
function postTitleOverDetails(lines: LaidLine[]): ClassAnchor | undefined {
  const used = lines.filter(usable).slice(0, 30);
  for (const [i, l] of used.entries()) {
    const m = POST_TITLE_LINE.exec(l.folded.trim());
    // The job may lead its words ("HEAD OF SECTION"); a label or a section's name ("DEPARTMENT", "REQUIREMENTS") is none.
    if (!m || !checkTitle(m[1]).strong || labelOnly(m[1]) || sectionKind(m[1]) !== 'other' || !(endsLikeTitle(m[1]) || /^(?:HEAD|CHIEF|DIRECTOR|MANAGER|DEPUTY)\b/.test(m[1]))) continue;
    if (!used.slice(i + 1, i + 5).some((x) => POST_DETAIL.test(x.folded.trim()))) continue;
    return { line: l.index, title: displayTitle(`${m[1].trim()}: ${m[2].trim()}`), evidence: 'heading' };
  }
  return undefined;
}

/**
 * The class a posting names behind its working title: in a sentence ("The system title for this position is X"),
 * or in parentheses after the working title in its prose ("the position of Y (X III)"), one class only. It stands
 * for a title read from one line as a heading, a posting's headline or a combined series title (wherever that
 * title was read), or for nothing found; never for classes read from tables, codes or several lines.
 */
function classBehindWorkingTitle(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor | undefined {
  const posted = anchors.every((a) => (a.evidence === 'heading' || a.evidence === 'posting' || a.evidence === 'series-title') && a.line === anchors[0].line);
  if (!posted) return undefined;
  const system = systemTitle(lines);
  if (system) return { line: anchors[0]?.line ?? system.line, title: displayTitle(system.title), evidence: 'posting' };
  const inParens = classesInParens(lines);
  if (new Set(inParens.map((x) => normalizeTitle(x.inner))).size !== 1) return undefined;
  const working = new Set(anchors.map((a) => normalizeTitle(a.title)));
  if (anchors.length && !inParens.some((x) => working.has(normalizeTitle(x.outer)))) return undefined;
  return { line: anchors[0]?.line ?? inParens[0].line, title: displayTitle(inParens[0].inner), evidence: 'posting' };
}

/**
 * The page's own title line a few lines under a job board's headline, naming the class in full where the headline
 * shortens it: with the unit before it ("Intern - City Trees Project" over "Planning Department Intern - City
 * Trees Project"), or an acronym spelled out ("Deputy Clerk of the SJC" over "DEPUTY CLERK OF THE SUPREME JUDICIAL
 * COURT").
 */
const UNIT_WORD = /\b(?:department|division|office|bureau|unit|section|program)\s*$/i;

function fullerTitleBelow(lines: LaidLine[], at: number, headline: string): string | undefined {
  const short = headline.trim().toLowerCase();
  const acronym = /^(.{3,60}?) ([A-Z]{2,6})$/.exec(headline.trim());
  for (const l of lines.slice(at + 1, at + 20).filter(usable).slice(0, 4)) {
    const line = l.folded.trim();
    if (l.kind === 'label' || line.length > 90 || /[.:;]$/.test(line) || !checkTitle(titleFromCandidate(line) ?? '').strong) continue;
    const lower = line.toLowerCase();
    // The words before are a unit's name ("Planning Department"), not a kind of the job ("Route Bus Driver").
    if (lower.length > short.length + 3 && lower.endsWith(` ${short}`) && UNIT_WORD.test(line.slice(0, -short.length))) return line;
    if (acronym && lower.startsWith(`${acronym[1].toLowerCase()} `) && abbreviates(acronym[2], line.slice(acronym[1].length + 1).split(' '))) return line;
  }
  return undefined;
}

/** An employer's letterhead naming the kind of document ("Pitt County Schools Job Description"): no section. */
function employerDocument(line: string): boolean {
  const kind = /\s(?:job|position|class)\s+(?:description|specification)$/i.exec(line);
  return !!kind && ORGANIZATION_NAME.test(line.slice(0, kind.index));
}

/**
 * "Equipment Operator" / "Supervisor, Public Works Maintenance (221)": a page's title line, then, with no label,
 * the supervising class it reports to with that class's code. The title line is the class; the supervisor is not.
 */
function supervisorUnderTitle(lines: LaidLine[], anchors: ClassAnchor[]): ClassAnchor | undefined {
  const [coded] = anchors;
  if (anchors.length !== 1 || coded.evidence !== 'title-with-code' || !/\b(?:supervisor|manager|director|superintendent|foreman)\b/i.test(coded.title)) return undefined;
  const opening = lines.filter(usable).slice(0, 3);
  const first = opening[0];
  if (!first || first.index >= coded.line || !opening.some((l) => l.index === coded.line) || first.folded.length > 60) return undefined;
  const title = titleFromCandidate(first.folded);
  if (!title || title !== first.folded.trim() || !checkTitle(title).strong || normalizeTitle(title) === normalizeTitle(coded.title)) return undefined;
  return { line: first.index, title: displayTitle(title), evidence: 'heading' };
}

/**
 * "Chief Deputy Clerk - Jackson", "Heavy Equipment Operator - Muskogee Turnpike": a posting's one title with the
 * place or site after a dash. When the posting's own text names the class without that part ("the position of
 * Chief Deputy Clerk in ...", "Heavy Equipment Operator is responsible"), the part is the post's, not the class's.
 */
const ASSIGNMENT_KIND = /^(?:facilities|parks|grounds|streets?|roads?|utilities|fleet|water|wastewater|sewer|drainage|stormwater|custodial|maintenance|buildings?|transit|library|recreation|airport|cemetery|golf|aquatics|landfill|solid waste|sanitation|traffic|signals|fire|police|courts?|records|finance|payroll|accounting|engineering|planning|construction|electrical|plumbing|hvac|mechanics?|operations|(?:public )?works|animal (?:control|services)|bilingual|part[- ]time|full[- ]time|seasonal|temporary)$/i;

/** The values of a page's unit fields ("Department: Parks", "Organizational Unit:" with its value on the next line). */
function pageUnits(lines: LaidLine[]): string[] {
  const used = lines.filter(usable).slice(0, 60);
  const label = /\b(?:organizational\s+unit|department|division)\s*:\s*(.*)$/i;
  return used.flatMap((l, i) => {
    const m = l.folded.length <= 300 ? label.exec(l.folded) : null;
    if (!m) return [];
    const value = m[1].trim() || (used[i + 1]?.folded ?? '').replace(/\s+[A-Z][\w ]{0,30}:+\s*$/, '');
    return value ? [value.trim()] : [];
  });
}

function withoutPostSuffix(a: ClassAnchor, lines: LaidLine[]): ClassAnchor {
  const placed = withoutPlace(a, lines);
  if (placed) return placed;
  const m = /^(.{3,60}?)\s[-–—]\s([A-Z][\w'. ]{1,40})$/.exec(a.title);
  // The unit the page names in its own field ("Organizational Unit:" over "Plant Operations (10000152) Site:") is the
  // post's, wherever the title came from.
  if (m && !a.series && !ASSIGNMENT_KIND.test(m[2]) && checkTitle(m[1]).strong && pageUnits(lines).some((u) => u.toLowerCase().startsWith(m[2].toLowerCase()))) return { ...a, title: m[1] };
  // An assignment named by its kind of work ("Maintenance Worker - Facilities") or a unit by its kind ("Clerk I -
  // Court") stays: the employer titles it so.
  if (!m || (a.evidence !== 'heading' && a.evidence !== 'posting') || a.series || !checkTitle(m[1]).strong || ASSIGNMENT_KIND.test(m[2]) || GENERIC_UNIT.test(m[2])) return a;
  const head = m[1].toLowerCase();
  const alone = lines.some((l) => {
    if (!usable(l) || l.index === a.line) return false;
    const text = l.folded.toLowerCase();
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) if (!/^\s*[-–—]/.test(text.slice(at + head.length)) && /^(?:\s|[.,;:]|$)/.test(text.slice(at + head.length))) return true;
    return false;
  });
  return alone ? { ...a, title: m[1] } : a;
}

/**
 * "Apprentice Line Worker I-IV - City of Burnet" over "- Apprentice I: $44,990 ..." / "- Apprentice II: ...": rows
 * that shorten the series the headline names, level for level, are its levels under the headline's full name.
 */
function seriesNamedByHeadline(lines: LaidLine[], rows: ClassAnchor[]): ClassAnchor[] {
  const first = lines.find(usable);
  const headline = first ? titleFromCandidate(first.folded) : undefined;
  const series = headline ? expandSeriesTitle(headline) : undefined;
  if (!series) return rows;
  const base = series.base.toLowerCase().split(' ');
  const levels = rows.map((r) => /^(.+) (I{1,3}|IV|VI{0,3}|\d{1,2})$/.exec(r.title));
  // The row's words are some of the series' words in order ("Apprentice I", "Trainee II" for "Meter Technician Trainee").
  const shortens = (words: string[]) => {
    let k = 0;
    for (const w of base) if (w === words[k]) k++;
    return words.length < base.length && k === words.length;
  };
  if (!levels.every((m) => m && shortens(m[1].toLowerCase().split(' '))) || levels.map((m) => m![2]).join() !== series.levels.join()) return rows;
  return rows.map((r, k) => ({ ...r, title: displayTitle(`${series.base} ${series.levels[k]}`), series: { title: displayTitle(series.base), level: k + 1 } }));
}

/** "There are hereby established the following positions ...:": an ordinance creating positions, one per numbered item. */
const ESTABLISHED = /\b(?:(?:hereby\s+)?(?:established|created)\s+the\s+following\s+(?:positions|classes|classifications)|following\s+(?:positions|classes|classifications)\s+(?:are|is)\s+(?:hereby\s+)?(?:established|created))\b/i;
const POSITION_ITEM = /^\(?(\d{1,2})[.)]\s+(?:(\d{1,3})\s+)?([A-Za-z][\w'/-]*(?:\s+[\w'/-]+){0,5}?)\s*(:)?$/;

/**
 * "(1) 1 water supervisor", "(5) 3 laborers:" then "Grade I" / "Grade II": the positions an ordinance establishes,
 * each numbered with its head count; a plural is the class's name in the plural, and grades listed under an item
 * are its levels.
 */
function establishedPositions(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  const at = used.findIndex((l) => ESTABLISHED.test(l.folded));
  if (at < 0) return [];
  const out: ClassAnchor[] = [];
  for (let i = at + 1; i < used.length; i++) {
    const m = POSITION_ITEM.exec(used[i].folded.trim());
    if (!m) break;
    const words = m[3].split(/\s+/);
    // Two or more are named in the plural ("3 laborers", "2 secretaries", "4 aides"): the class is the singular.
    if (Number(m[2] ?? 1) > 1) words[words.length - 1] = words[words.length - 1].replace(/ies$/, 'y').replace(/(ss|sh|ch|x)es$/, '$1').replace(/men$/, 'man').replace(/([^s])s$/, '$1');
    // Written in lower case ("part-time garbage truck driver"): displayTitle capitalizes a title read as capitals.
    const title = displayTitle(words.join(' ').toUpperCase());
    // The ordinance's words make each item a position, with or without a common job noun ("cemetery sexton").
    if (!checkTitle(title).ok) break;
    const grades: string[] = [];
    while (m[4] && i + 1 < used.length && /^(?:grade|level|class)\s+(?:I{1,3}|IV|VI{0,3}|\d{1,2})$/i.test(used[i + 1].folded.trim())) grades.push(used[++i].folded.trim());
    if (grades.length) grades.forEach((g, k) => out.push({ line: used[i - grades.length + k + 1].index, title: `${title} ${g}`, grade: g.split(/\s+/)[1], series: { title, level: k + 1 }, evidence: 'series-title', row: true }));
    else out.push({ line: used[i].index, title, evidence: 'table-row', row: true });
  }
  return out.length >= 3 ? out : [];
}

/** "The current vacancies are listed below:", "We are filling the following positions:": the classes a posting fills. */
const VACANCIES_BELOW = /\b(?:(?:vacancies|positions|openings)\s+(?:are\s+)?listed\s+below|(?:filling|fill|recruiting\s+for)\s+the\s+following\s+(?:vacancies|positions))\s*:?\s*$/i;

/**
 * The lines under a posting's sentence announcing the vacancies it fills: each a title or a series on one line
 * ("Parks Maintenance Worker - I / II (Grounds, Horticulture, ..."), a remark in parentheses after it aside.
 */
function listedVacancies(lines: LaidLine[]): ClassAnchor[] {
  const at = lines.findIndex((l) => usable(l) && VACANCIES_BELOW.test(l.folded));
  if (at < 0) return [];
  const out: ClassAnchor[] = [];
  for (const l of lines.slice(at + 1)) {
    if (l.kind === 'blank') continue;
    if (!usable(l) || l.folded.length > 120) break;
    const text = l.folded.replace(BULLET, '').replace(/\s*\(.*$/, '').trim();
    const series = expandSeriesTitle(text);
    // The sections after the list (qualifications, duties) are every listed class's.
    if (series && checkTitle(series.base).strong) series.levels.forEach((n, k) => out.push({ line: l.index, title: displayTitle(`${series.base} ${n}`), series: { title: displayTitle(series.base), level: k + 1 }, evidence: 'series-title', sharedTail: true }));
    else {
      const title = titleFromCandidate(text);
      if (!title || !checkTitle(title).strong || !endsLikeTitle(title)) break;
      out.push({ line: l.index, title: displayTitle(title), evidence: 'posting', sharedTail: true });
    }
  }
  return out;
}

/** A US state or Canadian province, by name or postal abbreviation: what follows a city's comma in an address. */
const STATE_OR_PROVINCE = /A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY]|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New\s+(?:Hampshire|Jersey|Mexico|York)|North\s+(?:Carolina|Dakota)|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode\s+Island|South\s+(?:Carolina|Dakota)|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West\s+Virginia|Wisconsin|Wyoming|Alberta|British\s+Columbia|Manitoba|Ontario|Quebec|Saskatchewan|Nova\s+Scotia/;

/**
 * "Court Administrator San Antonio": a job board's headline with the city after the title, no dash between. The
 * words go when the page writes them as a place ("San Antonio, Texas", "San Antonio, TX") and what is left ends
 * in a job noun.
 */
function withoutPlace(a: ClassAnchor, lines: LaidLine[]): ClassAnchor | undefined {
  if ((a.evidence !== 'heading' && a.evidence !== 'posting') || a.series) return undefined;
  const words = a.title.split(' ');
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const [head, tail] = [words.slice(0, -k).join(' '), words.slice(-k)];
    if (!tail.every((w) => /^[A-Z][a-z]+$/.test(w)) || !checkTitle(head).strong || !endsWithJobNoun(head) || endsWithJobNoun(tail.join(' '))) continue;
    const place = new RegExp(`\\b${tail.join('\\s+')},\\s+(?:${STATE_OR_PROVINCE.source})\\b`);
    if (lines.some((l) => usable(l) && l.index !== a.line && place.test(l.folded))) return { ...a, title: head };
  }
  return undefined;
}

function refusal(lines: LaidLine[]): string {
  const headings = lines.filter((l) => l.kind === 'heading').map((l) => l.folded.slice(0, 40));
  const labels = lines.flatMap((l) => labelsOf(l).map((x) => x.label.trim())).slice(0, 8);
  const seen = [
    headings.length
      ? `headings ${headings.slice(0, 8).map((h) => `"${h}"`).join(', ')}`
      : `no headings (first lines ${lines.filter(usable).slice(0, 3).map((l) => `"${l.folded.slice(0, 40)}"`).join(', ')})`,
    labels.length ? `labels ${[...new Set(labels)].map((h) => `"${h}"`).join(', ')}` : 'no labels',
  ].join('; ');
  return `no job class was recognized: ${seen}; missing a class title (a "Class Title:" label, a title with its class code, a job title above the first section, or a table of classes)`;
}

export type { ClassAnchor, Evidence, Segmentation } from './anchor';
export { expandSeriesTitle, repeatedCoreTitles } from './series-titles';
export { stackedRows } from './tables';
export { trailingGrade } from './title-candidates';
export { abbreviates, spelledOut } from './dedupe';

/**
 * Levels of one series each on a line of its own with its text after it ("Appraiser I" / "Under direction, ..." /
 * "Appraiser II" / ...), wherever they stand (under a "Definition" heading, say): two or more levels of one base.
 */
function levelLinesWithText(lines: LaidLine[]): ClassAnchor[] {
  const used = lines.filter(usable);
  const found = used.flatMap((l, i) => {
    // "Trades Worker III duties:" over its bullets: a level's heading naming what its list holds.
    const m = /^(.{3,55}?) (I{1,3}|IV|VI?|\d)(?: ([Dd]uties|DUTIES|[Rr]esponsibilities|RESPONSIBILITIES|[Ee]ssential [Ff]unctions|[Qq]ualifications|QUALIFICATIONS|[Rr]equirements|REQUIREMENTS):?)?$/.exec(l.folded.trim());
    const next = used[i + 1];
    const listed = !!m?.[3] && next?.kind === 'list-item';
    return m && l.kind !== 'list-item' && next && ((next.kind === 'paragraph' && next.folded.length > 60) || listed) && checkTitle(m[1]).strong ? [{ l, base: m[1], numeral: m[2] }] : [];
  });
  const base = found[0]?.base.toLowerCase();
  // Each level's first line (the levels may come round again under the next heading).
  const same = found.filter((f, i) => f.base.toLowerCase() === base && found.findIndex((g) => g.base.toLowerCase() === base && g.numeral === f.numeral) === i);
  if (same.length < 2) return [];
  // The level is the numeral's ("Trades Worker III" and "IV" posted together are levels 3 and 4).
  return same.map((f) => ({ line: f.l.index, title: displayTitle(`${f.base} ${f.numeral}`), series: { title: displayTitle(f.base), level: levelOf(f.numeral) }, evidence: 'heading' as const }));
}

/** The labels a grid splits over two lines: the first word closes a line, the rest and the colon open the next. */
const SPLIT_LABEL = /^(?:(job|class|position)\s*\n\s*(code|number|no\.?)|(effective)\s*\n\s*(date)|(last)\s*\n\s*(revised)|(pay)\s*\n\s*(grade))\s*:/i;

/**
 * "Job Title: Detention" / "Officer I Job" / "Code: 721": the value of the label on line `at` goes on over the next
 * line, which ends with the first word of the next label ("Job" of "Job Code:"). The words before that word are the
 * value's rest.
 */
function wrappedLabelValue(lines: LaidLine[], at: number): { rest: string } | undefined {
  const [next, after] = lines.slice(at + 1).filter(usable);
  if (!next || !after || next.folded.length > 60 || /:/.test(next.folded)) return undefined;
  const m = /^(.*\S)\s+(\S+)$/.exec(next.folded.trim());
  if (!m || !SPLIT_LABEL.test(`${m[2]}\n${after.folded.trim()}`)) return undefined;
  return { rest: m[1] };
}
