/**
 * Ohio-style state series specification: one series, several levels. Each level appears twice: first in a
 * "JOB TITLE / JOB CODE / PAY GRADE" row followed by its class concept, later in a "JOB TITLE / JOB CODE / B. U."
 * row followed by its duties, worker characteristics, minimum qualifications and working conditions.
 */
import type { Duty, JobClassSpec, NormalizedDocumentInput, SeriesSpec, Span } from '../../../model/specification';
import type { DocumentParser, ParseContext } from '../parser';
import { blocks, passage, splitLines, squash, trimSpan, type Line } from '../text/lines';
import { findSections, type HeadingRule } from '../text/sections';
import { readProseCharacteristics } from '../text/competencies';
import { readQualificationParagraphs } from '../text/qualifications';
import { toIsoDate } from '../text/fields';
import { append } from '../text/append';

type Kind = 'purpose' | 'concept' | 'duties' | 'characteristics' | 'qualifications' | 'training' | 'conditions';
const HEADINGS: HeadingRule<Kind>[] = [
  { kind: 'purpose', pattern: /^SERIES PURPOSE/ },
  { kind: 'concept', pattern: /^CLASS CONCEPT/ },
  { kind: 'duties', pattern: /^JOB DUTIES/ },
  { kind: 'characteristics', pattern: /^MAJOR WORKER CHARACTERISTICS/ },
  { kind: 'qualifications', pattern: /^MINIMUM CLASS QUALIFICATIONS/ },
  { kind: 'training', pattern: /^TRAINING AND DEVELOPMENT/ },
  { kind: 'conditions', pattern: /^UNUSUAL WORKING CONDITIONS/ },
];

const isTableHeader = (line: Line) => /JOB TITLE/.test(line.clean) && /JOB CODE/.test(line.clean);

interface Row {
  header: Line;
  values: Line;
  cells: Record<string, string>;
  /** Lines after the row up to the next table header. */
  body: Line[];
}

function readRows(lines: Line[]): Row[] {
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    if (!isTableHeader(line)) return;
    // Plain loops from i + 1: findIndex from 0 for every header would make the scan quadratic.
    let valuesAt = i + 1;
    while (valuesAt < lines.length && !lines[valuesAt].clean) valuesAt++;
    if (valuesAt >= lines.length) return;
    const values = lines[valuesAt];
    const columns = line.clean.split('\t').map((c) => squash(c).toUpperCase().replace(/\.\s*/g, '.'));
    const cellValues = values.raw.split('\t').map((c) => squash(c));
    const cells: Record<string, string> = {};
    columns.forEach((column, k) => (cells[column] = cellValues[k] ?? ''));
    let next = valuesAt + 1;
    while (next < lines.length && !isTableHeader(lines[next])) next++;
    rows.push({ header: line, values, cells, body: lines.slice(valuesAt + 1, next) });
  });
  return rows;
}

export const ohioSeriesParser: DocumentParser = {
  format: 'ohio-series',

  detect(text) {
    const signs = [/CLASSIFICATION SPECIFICATION/, /SERIES NUMBER/, /JOB TITLE[\s\S]{0,80}JOB CODE/, /CLASS CONCEPT/, /MAJOR WORKER CHARACTERISTICS/, /MINIMUM CLASS QUALIFICATIONS/];
    return signs.filter((s) => s.test(text)).length / signs.length;
  },

  parse(ctx: ParseContext): NormalizedDocumentInput {
    const { text } = ctx;
    const lines = splitLines(text);
    const warnings: string[] = [];
    const headerLine = lines.find((l) => /CLASSIFICATION SERIES/.test(l.clean));
    const seriesTitle = headerLine ? /CLASSIFICATION SERIES\s+(.+?)(?:\t|\s+SERIES NUMBER|$)/.exec(headerLine.clean)?.[1]?.trim() : undefined;
    const seriesCode = headerLine ? /SERIES NUMBER\s+([0-9A-Z]+)/.exec(headerLine.clean)?.[1] : undefined;
    const rows = readRows(lines);

    const series: SeriesSpec[] = [];
    if (seriesTitle) {
      const purposeSection = findSections(lines.slice(0, rows[0]?.header.index ?? lines.length), HEADINGS, 200).find((s) => s.kind === 'purpose');
      const purposeLines = purposeSection?.body.filter((l) => l.clean) ?? [];
      series.push({
        key: seriesCode ?? seriesTitle,
        code: seriesCode,
        title: seriesTitle,
        purpose: purposeLines.length ? passage(text, purposeLines, false) : undefined,
        span: trimSpan(text, headerLine!.start, (rows[0]?.header.start ?? text.length)),
      });
    } else warnings.push('no "CLASSIFICATION SERIES" header: the classes are loaded without a series');

    const classes = new Map<string, JobClassSpec & { spans: Span[] }>();
    for (const row of rows) {
      const title = row.cells['JOB TITLE'];
      const code = row.cells['JOB CODE'];
      if (!title || !code) {
        warnings.push(`a job table row at offset ${row.values.start} has no title or code; skipped`);
        continue;
      }
      let spec = classes.get(code);
      if (!spec) {
        spec = { title, code, seriesKey: series[0]?.key, level: classes.size + 1, duties: [], qualifications: [], competencies: [], distinctions: [], promotionRequirements: [], advancement: [], span: { start: 0, end: 0 }, spans: [] };
        classes.set(code, spec);
      }
      if (row.cells['PAY GRADE']) spec.payGrade = row.cells['PAY GRADE'];
      if (row.cells['B.U.']) spec.bargainingUnit = row.cells['B.U.'];
      const effective = row.cells['EFFECTIVE'] && toIsoDate(row.cells['EFFECTIVE']);
      if (effective) spec.effectiveDate = effective;
      const last = row.body.filter((l) => l.clean).pop() ?? row.values;
      spec.spans.push({ start: row.header.start, end: last.end });
      readRowSections(text, row, spec);
    }

    return {
      source: { key: ctx.key, fileName: ctx.fileName, sha256: ctx.sha256, format: 'ohio-series', url: ctx.url, text },
      jurisdiction: ctx.jurisdiction,
      agency: ctx.agency,
      series,
      classes: [...classes.values()].map(({ spans, ...spec }) => ({
        ...spec,
        span: { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) },
      })),
      warnings,
    };
  },
};

function readRowSections(text: string, row: Row, spec: JobClassSpec): void {
  for (const section of findSections(row.body, HEADINGS, 200)) {
    const paragraphs = blocks(section.body);
    if (!paragraphs.length) continue;
    switch (section.kind) {
      case 'concept':
        spec.concept = passage(text, paragraphs.flat(), false);
        break;
      case 'duties':
        spec.duties = paragraphs.map((p): Duty => ({ ...passage(text, p, false), essential: false }));
        break;
      case 'characteristics':
        for (const p of paragraphs) {
          if (/^\(/.test(p[0].clean)) continue; // "(*)Developed after employment." is a footnote
          append(spec.competencies, readProseCharacteristics(text, trimSpan(text, p[0].start, p[p.length - 1].end)));
        }
        break;
      case 'qualifications': {
        const read = readQualificationParagraphs(text, paragraphs.map((p) => passage(text, p, false)));
        append(spec.qualifications, read.facts);
        append(spec.promotionRequirements, read.promotions);
        break;
      }
      case 'conditions': {
        const p = passage(text, paragraphs.flat(), false);
        if (!/^(none|not applicable)\.?$/i.test(p.text)) spec.workingConditions = p;
        break;
      }
      default:
        break;
    }
  }
}
