/**
 * Denver Career Service Authority class specification: "Career Service Authority", the title, a general
 * statement, distinguishing characteristics, supervision levels, essential duties, named competencies with
 * definitions, education / experience / equivalency, and a class detail block (FLSA code, established date).
 */
import type { JobClassSpec, NormalizedDocumentInput } from '../../../model/specification';
import type { DocumentParser, ParseContext } from '../parser';
import { blocks, passage, splitLines, squash, trimSpan } from '../text/lines';
import { findSections, type HeadingRule } from '../text/sections';
import { nameAndKind, readNamedDefinition } from '../text/competencies';
import { readDistinctions } from '../text/distinctions';
import { readQualificationParagraphs } from '../text/qualifications';
import { flsaFrom, toIsoDate } from '../text/fields';
import { append } from '../text/append';

type Kind = 'general' | 'distinguishing' | 'guidelines' | 'received' | 'communications' | 'exercised' | 'duties' | 'minimum' | 'competencies'
  | 'physical' | 'environment' | 'education' | 'experience' | 'equivalency' | 'detail' | 'flsa' | 'established' | 'establishedBy' | 'history' | 'code' | 'pay';
const HEADINGS: HeadingRule<Kind>[] = [
  { kind: 'general', pattern: /^GENERAL STATEMENT OF CLASS DUTIES/ },
  { kind: 'distinguishing', pattern: /^DISTINGUISHING CHARACTERISTICS/ },
  { kind: 'guidelines', pattern: /^Guidelines, Difficulty and Decision Making Level:/i },
  { kind: 'received', pattern: /^Level of Supervision Received[^:]*:/i },
  { kind: 'communications', pattern: /^Interpersonal Communications and Purpose:/i },
  { kind: 'exercised', pattern: /^Level of Supervision Exercised:/i },
  { kind: 'duties', pattern: /^ESSENTIAL DUTIES/ },
  { kind: 'minimum', pattern: /^MINIMUM QUALIFICATIONS/ },
  { kind: 'competencies', pattern: /^Competencies, Knowledge,? (&|and) Skills:/i },
  { kind: 'physical', pattern: /^Physical Demands:/i },
  { kind: 'environment', pattern: /^Working Environment:/i },
  { kind: 'education', pattern: /^Education Requirement:/i },
  { kind: 'experience', pattern: /^Experience Requirement:/i },
  { kind: 'equivalency', pattern: /^Education\/Experience Equivalency:/i },
  { kind: 'detail', pattern: /^CLASS DETAIL/ },
  { kind: 'flsa', pattern: /^FLSA CODE:/ },
  { kind: 'established', pattern: /^ESTABLISHED DATE:/ },
  { kind: 'establishedBy', pattern: /^ESTABLISHED BY:/ },
  { kind: 'history', pattern: /^CLASS HISTORY/ },
  { kind: 'code', pattern: /^(CLASS|JOB) CODE:/ },
  { kind: 'pay', pattern: /^(PAY GRADE|SALARY GRADE|PAY RANGE):/ },
];

/** The closing note under the duties list is about allocation, not a duty. */
const ALLOCATION_NOTE = /^Any one position may not include all/i;

export const denverCsaParser: DocumentParser = {
  format: 'denver-csa',

  detect(text) {
    const signs = [/Career Service Authority/, /GENERAL STATEMENT OF CLASS DUTIES/, /Level of Supervision Received/, /Competencies, Knowledge/, /CLASS DETAIL/, /FLSA CODE:/];
    return signs.filter((s) => s.test(text)).length / signs.length;
  },

  parse(ctx: ParseContext): NormalizedDocumentInput {
    const { text } = ctx;
    const lines = splitLines(text);
    const warnings: string[] = [];
    const sections = findSections(lines, HEADINGS);
    const firstHeading = sections[0]?.heading.index ?? lines.length;
    const titleLine = lines.slice(0, firstHeading).find((l) => l.clean && !/^Career Service Authority$|^Page \d+ of \d+$/i.test(l.clean));
    const source = { key: ctx.key, fileName: ctx.fileName, sha256: ctx.sha256, format: 'denver-csa' as const, url: ctx.url, text };
    if (!titleLine) return { source, jurisdiction: ctx.jurisdiction, agency: ctx.agency, warnings: ['no class title before the first heading'] };
    const title = titleLine.clean;
    const spec: JobClassSpec = { title, duties: [], qualifications: [], competencies: [], distinctions: [], promotionRequirements: [], advancement: [], span: trimSpan(text, titleLine.start, text.length) };
    const qualificationParagraphs: { span: { start: number; end: number } }[] = [];
    for (const section of sections) {
      const paragraphs = blocks(section.body).filter((p) => !/^Page \d+ of \d+$/i.test(p[0].clean));
      const inline = section.inline;
      switch (section.kind) {
        case 'general':
          if (paragraphs.length) spec.concept = passage(text, paragraphs.flat(), false);
          break;
        case 'distinguishing':
          for (const p of paragraphs) append(spec.distinctions, readDistinctions(text, trimSpan(text, p[0].start, p[p.length - 1].end), title));
          break;
        case 'received':
          if (paragraphs.length) spec.supervisionReceived = passage(text, paragraphs.flat(), false);
          break;
        case 'exercised':
          if (paragraphs.length) spec.supervisionExercised = passage(text, paragraphs.flat(), false);
          break;
        case 'duties':
          append(spec.duties, paragraphs.filter((p) => !ALLOCATION_NOTE.test(p[0].clean)).map((p) => ({ ...passage(text, p, false), essential: true })));
          break;
        case 'competencies':
          for (const p of paragraphs) {
            const { text: body, span } = passage(text, p, false);
            const named = readNamedDefinition(body);
            if (named) spec.competencies.push({ name: named.name, kind: 'COMPETENCY', definition: named.definition, span });
            else spec.competencies.push({ ...nameAndKind(body, 'COMPETENCY'), span });
          }
          break;
        case 'environment':
          if (paragraphs.length) spec.workingConditions = passage(text, paragraphs.flat(), false);
          break;
        case 'education':
        case 'experience':
        case 'equivalency':
          append(qualificationParagraphs, paragraphs.map((p) => passage(text, p, false)));
          break;
        case 'flsa':
          spec.flsaStatus = flsaFrom(inline || squash(paragraphs[0]?.[0].clean ?? ''));
          break;
        case 'established': {
          const date = toIsoDate(inline || (paragraphs[0]?.[0].clean ?? ''));
          if (date) spec.establishedDate = date;
          else warnings.push(`established date "${inline}" is not a date`);
          break;
        }
        case 'code':
          if (inline) spec.code = inline;
          break;
        case 'pay':
          if (inline) spec.payGrade = inline;
          break;
        default:
          break;
      }
    }
    // Education, experience and the equivalency are one alternative: all of them together.
    const read = readQualificationParagraphs(text, qualificationParagraphs);
    append(spec.qualifications, read.facts.map((q) => ({ ...q, option: 1 })));
    append(spec.promotionRequirements, read.promotions);
    return { source, jurisdiction: ctx.jurisdiction, agency: ctx.agency, classes: [spec], warnings };
  },
};
