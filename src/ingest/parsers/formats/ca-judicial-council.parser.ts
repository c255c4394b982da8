/**
 * California Judicial Council class specification: the title on the first line, a job family definition,
 * class summary, distinguishing characteristics, essential duties as bullets, education and experience
 * alternatives separated by "OR", and "KNOWLEDGE OF" / "SKILL IN" / "ABILITY TO" lists.
 */
import type { JobClassSpec, JobFamilySpec, NormalizedDocumentInput } from '../../../model/specification';
import type { DocumentParser, ParseContext } from '../parser';
import { blocks, listItems, passage, splitLines, trimSpan } from '../text/lines';
import { findSections, type HeadingRule } from '../text/sections';
import { readListedItems } from '../text/competencies';
import { readDistinctions } from '../text/distinctions';
import { readQualificationClause, readQualificationParagraphs } from '../text/qualifications';
import { append } from '../text/append';

type Kind = 'family' | 'summary' | 'distinguishing' | 'duties' | 'specific' | 'minimum' | 'educationExperience' | 'licensing' | 'knowledge' | 'skill' | 'ability' | 'conditions' | 'note';
const HEADINGS: HeadingRule<Kind>[] = [
  { kind: 'family', pattern: /^JOB FAMILY DEFINITION/ },
  { kind: 'summary', pattern: /^CLASS SUMMARY/ },
  { kind: 'distinguishing', pattern: /^DISTINGUISHING CHARACTERISTICS/ },
  { kind: 'duties', pattern: /^EXAMPLES OF ESSENTIAL DUTIES|^ESSENTIAL DUTIES/ },
  { kind: 'specific', pattern: /^EXAMPLES OF POSITION SPECIFIC/ },
  { kind: 'minimum', pattern: /^MINIMUM QUALIFICATIONS\s*$/ },
  { kind: 'educationExperience', pattern: /^EDUCATION AND EXPERIENCE/ },
  { kind: 'licensing', pattern: /^LICENSING AND CERTIFICATIONS?/ },
  { kind: 'knowledge', pattern: /^KNOWLEDGE OF\s*:?\s*$/ },
  { kind: 'skill', pattern: /^SKILLS? IN\s*:?\s*$/ },
  { kind: 'ability', pattern: /^ABILITY TO\s*:?\s*$/ },
  { kind: 'conditions', pattern: /^WORKING CONDITIONS/ },
  { kind: 'note', pattern: /^Please note/ },
];

export const caJudicialCouncilParser: DocumentParser = {
  format: 'ca-judicial-council',

  detect(text) {
    const signs = [/JOB FAMILY DEFINITION/, /CLASS SUMMARY/, /EXAMPLES OF ESSENTIAL DUTIES/, /KNOWLEDGE OF\s*\n/, /SKILL IN\s*\n/, /Judicial Council/];
    return signs.filter((s) => s.test(text)).length / signs.length;
  },

  parse(ctx: ParseContext): NormalizedDocumentInput {
    const { text } = ctx;
    const lines = splitLines(text);
    const warnings: string[] = [];
    const sections = findSections(lines, HEADINGS, 300);
    const firstHeading = sections[0]?.heading.index ?? lines.length;
    const titleLine = lines.slice(0, firstHeading).find((l) => l.clean);
    if (!titleLine) {
      return { source: { key: ctx.key, fileName: ctx.fileName, sha256: ctx.sha256, format: 'ca-judicial-council', url: ctx.url, text }, jurisdiction: ctx.jurisdiction, agency: ctx.agency, warnings: ['no class title before the first heading'] };
    }
    const title = titleLine.clean;
    const spec: JobClassSpec = { title, duties: [], qualifications: [], competencies: [], distinctions: [], promotionRequirements: [], advancement: [], span: trimSpan(text, titleLine.start, text.length) };
    let jobFamily: JobFamilySpec | undefined;
    let option = 1;
    for (const section of sections) {
      const paragraphs = blocks(section.body);
      if (!paragraphs.length) continue;
      switch (section.kind) {
        case 'family': {
          const definition = passage(text, paragraphs.flat(), false);
          const name = /within the (.+?) Job Family/i.exec(definition.text)?.[1];
          if (name) jobFamily = { name, definition, span: definition.span };
          else warnings.push('the job family definition does not name the family');
          break;
        }
        case 'summary':
          spec.concept = passage(text, paragraphs.flat(), false);
          break;
        case 'distinguishing':
          for (const p of paragraphs) append(spec.distinctions, readDistinctions(text, trimSpan(text, p[0].start, p[p.length - 1].end), title));
          break;
        case 'duties':
          append(spec.duties, listItems(section.body).map((item) => ({ ...passage(text, item), essential: true })));
          break;
        case 'educationExperience': {
          const read = readQualificationParagraphs(text, paragraphs.map((p) => passage(text, p, false)), option);
          append(spec.qualifications, read.facts);
          append(spec.promotionRequirements, read.promotions);
          option = read.nextOption;
          break;
        }
        case 'licensing':
          for (const item of listItems(section.body)) {
            const p = passage(text, item);
            append(spec.qualifications, readQualificationClause(text.slice(p.span.start, p.span.end).replace(/^[-*•\s]+/, (m) => ' '.repeat(m.length)), p.span.start, 1).map((q) => ({ ...q, kind: 'LICENSE' as const })));
          }
          break;
        case 'knowledge':
          append(spec.competencies, readListedItems(text, listItems(section.body), 'KNOWLEDGE'));
          break;
        case 'skill':
          append(spec.competencies, readListedItems(text, listItems(section.body), 'SKILL'));
          break;
        case 'ability':
          append(spec.competencies, readListedItems(text, listItems(section.body), 'ABILITY'));
          break;
        case 'conditions':
          spec.workingConditions = passage(text, paragraphs.flat(), false);
          break;
        default:
          break;
      }
    }
    return {
      source: { key: ctx.key, fileName: ctx.fileName, sha256: ctx.sha256, format: 'ca-judicial-council', url: ctx.url, text },
      jurisdiction: ctx.jurisdiction,
      agency: ctx.agency,
      jobFamily,
      classes: [spec],
      warnings,
    };
  },
};
