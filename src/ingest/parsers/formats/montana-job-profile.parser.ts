/**
 * State of Montana job profile: a form about one position. Section I identifies the position and its class
 * ("Class Code Number", "Class Code Title", "Pay Band", "Position Number"); Section II lists duties lettered
 * A, B, C with % of time; Section III has knowledge, skills, behaviors, and education and experience as
 * checkbox lists. Unfilled form parts (signatures, the evaluation page) are ignored.
 */
import type { Duty, JobClassSpec, NormalizedDocumentInput, PositionSpec, QualificationKind } from '../../../model/specification';
import type { DocumentParser, ParseContext } from '../parser';
import { blocks, listItems, passage, splitLines, squash, trimSpan, type Line } from '../text/lines';
import { findSections, type HeadingRule } from '../text/sections';
import { readListedItems } from '../text/competencies';
import { educationLevelIn, readQualificationClause, readQualificationParagraphs, type QualificationFact } from '../text/qualifications';
import { flsaFrom, labelledCells, repairJoinedWords, type Cell } from '../text/fields';
import { append } from '../text/append';

type Kind = 'identification' | 'mission' | 'purpose' | 'duties' | 'examples' | 'essential' | 'demands' | 'supervise' | 'minimum' | 'knowledge' | 'skills' | 'behaviors'
  | 'education' | 'fields' | 'otherEducation' | 'experience' | 'otherExperience' | 'alternative' | 'alternativeInclude' | 'other' | 'signatures' | 'evaluation';
const HEADINGS: HeadingRule<Kind>[] = [
  { kind: 'identification', pattern: /^SECTION I\s*[-–]\s*Identification/i },
  { kind: 'mission', pattern: /^Work Unit Mission Statement/i },
  { kind: 'purpose', pattern: /^Describe the Job.s Overall Purpose/i },
  { kind: 'duties', pattern: /^SECTION II\s*[-–]\s*Major Duties/i },
  { kind: 'examples', pattern: /^(?:\d\.\s*)?Specific examples of problems solved/i },
  { kind: 'essential', pattern: /^(?:[-\d.\s]*)Which of the duties/i },
  { kind: 'demands', pattern: /^The following mental and physical demands/i },
  { kind: 'supervise', pattern: /^(?:\d\.\s*)?Does this position supervise/i },
  { kind: 'minimum', pattern: /^SECTION III\s*[-–]\s*Minimum Qualifications/i },
  { kind: 'knowledge', pattern: /^KNOWLEDGE:/ },
  { kind: 'skills', pattern: /^SKILLS:/ },
  { kind: 'behaviors', pattern: /^Behaviors required/i },
  { kind: 'education', pattern: /^Education:/i },
  { kind: 'fields', pattern: /^Please specify the acceptable and related fields of study:/i },
  { kind: 'otherEducation', pattern: /^Other education, training, certification, or licensing required[^:]*:/i },
  { kind: 'experience', pattern: /^Experience:/i },
  { kind: 'otherExperience', pattern: /^Other specific experience[^:]*:/i },
  { kind: 'alternative', pattern: /^Alternative Qualifications:/i },
  { kind: 'alternativeInclude', pattern: /^Alternative qualifications include:/i },
  { kind: 'signatures', pattern: /^SECTION\s*V\b|^SECTION\s+IV\s*-\s*Si/i },
  { kind: 'other', pattern: /^SECTION IV/i },
  { kind: 'evaluation', pattern: /^STATE OF MONTANA.*JOB EVALUATION$/i },
];

/** "A. MT Votes System Operations", "- A. This position ensures ...", "# B. Administers ... 30%", "OTHER DUTIES", "C. Other Duties 10%". */
const DUTY_HEAD = /^(?:[-#*\s]*)(?:([A-H])\.\s+(.+)|(OTHER DUTIES)\b\s*(.*))$/i;
const PERCENT = /(\d{1,3})\s*%\s*$/;

/** Section I's "Label: value" cells, first occurrence of each label, with the line each came from. */
function identification(lines: Line[]): Map<string, Cell> {
  const fields = new Map<string, Cell>();
  for (const line of lines) for (const cell of labelledCells(line)) if (!fields.has(cell.label)) fields.set(cell.label, cell);
  return fields;
}

function readDuties(text: string, body: Line[]): (Duty & { letter?: string; title: string })[] {
  const duties: (Duty & { letter?: string; title: string; lines: Line[] })[] = [];
  for (const line of body) {
    if (!line.clean || /^% of Time$/i.test(line.clean)) continue;
    const head = DUTY_HEAD.exec(line.clean);
    if (head) {
      duties.push({ letter: head[1]?.toUpperCase(), title: squash((head[2] ?? head[3] ?? '').replace(PERCENT, '')), text: '', essential: false, span: { start: line.start, end: line.end }, lines: [line] });
      const percent = PERCENT.exec(line.clean);
      if (percent) duties[duties.length - 1].percentOfTime = Number(percent[1]);
      continue;
    }
    const current = duties[duties.length - 1];
    if (!current) continue;
    const percent = /^[-\s]*(\d{1,3})\s*%$/.exec(line.clean);
    if (percent && current.percentOfTime === undefined) {
      current.percentOfTime = Number(percent[1]);
      continue;
    }
    if (/^_+$/.test(line.clean)) continue;
    current.lines.push(line);
  }
  return duties.map(({ lines, ...duty }) => {
    const kept = lines.filter((l) => !/^[-\s]*\d{1,3}\s*%$/.test(l.clean) && !/^_+$/.test(l.clean));
    const p = passage(text, kept);
    const rest = kept.length > 1 ? passage(text, kept.slice(1)).text : '';
    return { ...duty, text: [duty.title, rest].filter(Boolean).join(': '), span: p.span };
  }).filter((duty) => duty.text);
}

/** Ticked options of a checkbox list ("XX 1-year ...", "X 1 to 2 years"); with none ticked the list says nothing. */
function ticked(lines: Line[]): { text: string; line: Line }[] {
  const out: { text: string; line: Line }[] = [];
  for (const line of lines) {
    const raw = line.raw.replace(/<[^<>]+>/g, '\t');
    for (const option of raw.split(/☐|□|\t|\s{2,}/)) {
      const m = /^\s*(?:X{1,2}|☒|■|✔|✓)\s+(.+?)\s*$/.exec(option);
      if (m) out.push({ text: squash(m[1]), line });
    }
  }
  return out;
}

export const montanaJobProfileParser: DocumentParser = {
  format: 'montana-job-profile',

  detect(text) {
    const signs = [/JOB PROFILE AND EVALUATION/i, /Class Code Number/i, /Class Code Title/i, /Position Number/i, /Pay Band/i, /Major Duties or Responsibilities/i];
    return signs.filter((s) => s.test(text)).length / signs.length;
  },

  parse(ctx: ParseContext): NormalizedDocumentInput {
    const { text } = ctx;
    const lines = splitLines(text);
    const warnings: string[] = [];
    // Form labels often carry their answer on the same line, so a heading line may be long.
    const sections = findSections(lines, HEADINGS, 2000);
    const source = { key: ctx.key, fileName: ctx.fileName, sha256: ctx.sha256, format: 'montana-job-profile' as const, url: ctx.url, text };
    const idSection = sections.find((s) => s.kind === 'identification');
    const cells = identification(idSection ? idSection.body : lines.slice(0, 60));
    const fields = { get: (label: string) => cells.get(label)?.value };
    const code = fields.get('class code number') || fields.get('job code number') || undefined;
    const classTitle = fields.get('class code title') || fields.get('job code title');
    if (!classTitle) {
      return { source, jurisdiction: ctx.jurisdiction, agency: ctx.agency, warnings: ['no "Class Code Title" in Section I: the profile names no class'] };
    }
    const title = repairJoinedWords(classTitle);
    const spec: JobClassSpec = {
      title: title.text,
      code,
      payBand: fields.get('pay band') || undefined,
      duties: [],
      qualifications: [],
      competencies: [],
      distinctions: [],
      promotionRequirements: [],
      advancement: [],
      span: trimSpan(text, idSection?.heading.start ?? 0, text.length),
    };
    // FLSA: both options are printed; the one ticked ("X FLSA Non-Exempt") counts, none ticked says nothing.
    const flsaTicked = lines.map((l) => /(?:^|\s)(?:X{1,2}|☒|■)\s+FLSA\s+(Non[-\s]?Exempt|Exempt)\b/i.exec(l.clean)).find(Boolean);
    const flsaCell = flsaTicked?.[1];
    if (flsaCell) spec.flsaStatus = flsaFrom(flsaCell);

    const positions: PositionSpec[] = [];
    const number = fields.get('position number');
    if (number) {
      const workingTitle = fields.get('working title') ? repairJoinedWords(fields.get('working title')!) : undefined;
      if (workingTitle?.repaired) warnings.push(`working title "${fields.get('working title')}" read as "${workingTitle.text}" (words run together)`);
      const numberLine = cells.get('position number')!.line;
      const former = /formerly position\s*#?\s*(\d+)/i.exec(text)?.[1];
      positions.push({ number: number.split(/\s/)[0], workingTitle: workingTitle?.text || undefined, jobClass: { title: spec.title, code }, formerNumber: former, span: trimSpan(text, numberLine.start, numberLine.end) });
    } else warnings.push('no position number in Section I');

    const qualifications: QualificationFact[] = [];
    let essentialText = '';
    for (const section of sections) {
      const paragraphs = blocks(section.body);
      switch (section.kind) {
        case 'purpose':
          if (paragraphs.length) spec.concept = passage(text, paragraphs[0], false);
          break;
        case 'duties':
          spec.duties = readDuties(text, section.body);
          break;
        case 'essential':
          essentialText = section.body.map((l) => l.clean).join('\n');
          break;
        case 'knowledge':
          append(spec.competencies, readListedItems(text, listItems(section.body), 'KNOWLEDGE'));
          break;
        case 'skills':
          append(spec.competencies, readListedItems(text, listItems(section.body).filter((item) => !/:\s*$/.test(item[item.length - 1].clean)), 'SKILL'));
          break;
        case 'behaviors':
          append(spec.competencies, readListedItems(text, listItems(section.body), 'BEHAVIOR'));
          break;
        case 'education':
          for (const option of ticked(section.body)) {
            const level = educationLevelIn(option.text);
            qualifications.push({ kind: 'EDUCATION', text: option.text, option: 1, educationLevel: level, span: trimSpan(text, option.line.start, option.line.end) });
          }
          break;
        case 'fields':
        case 'alternativeInclude': {
          const body = [section.inline ? { span: locateInline(text, section.heading, section.inline) } : null, ...paragraphs.map((p) => passage(text, p, false))].filter((p): p is { span: { start: number; end: number } } => p !== null);
          const read = readQualificationParagraphs(text, body, section.kind === 'fields' ? 1 : 2);
          append(qualifications, read.facts.map((q) => (section.kind === 'alternativeInclude' && q.kind === 'OTHER' ? { ...q, kind: 'SUBSTITUTION' as QualificationKind } : q)));
          break;
        }
        case 'experience':
          for (const option of ticked(section.body)) {
            const facts = readQualificationClause(`${option.text} of experience`, option.line.start, 1).map((q) => ({ ...q, kind: 'EXPERIENCE' as QualificationKind, text: option.text, span: trimSpan(text, option.line.start, option.line.end) }));
            append(qualifications, facts);
          }
          break;
        case 'other':
          if (paragraphs.length) spec.workingConditions = passage(text, paragraphs[0], false);
          break;
        default:
          break;
      }
    }
    spec.qualifications = qualifications;
    // Essential functions are named by duty title ("- MT Votes System Operations") or letter ("Duty A:").
    const essentialLetters = new Set([...essentialText.matchAll(/Duty\s+([A-H])\b/g)].map((m) => m[1]));
    spec.duties = spec.duties.map((duty) => {
      const { letter, title: dutyTitle, ...rest } = duty as Duty & { letter?: string; title?: string };
      const named = dutyTitle && essentialText.includes(dutyTitle);
      return { ...rest, essential: Boolean(named || (letter && essentialLetters.has(letter))) };
    });
    if (!spec.duties.length) warnings.push('no lettered duties in Section II');
    return { source, jurisdiction: ctx.jurisdiction, agency: ctx.agency, classes: [spec], positions, warnings };
  },
};

function locateInline(text: string, heading: Line, inline: string): { start: number; end: number } {
  const at = heading.raw.lastIndexOf(inline.slice(0, 20));
  return at < 0 ? trimSpan(text, heading.start, heading.end) : trimSpan(text, heading.start + at, heading.end);
}
