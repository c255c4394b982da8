/**
 * Builders for normalized documents, so writer and API tests can state exactly what a document says without
 * going through a parser. Spans point into a text generated from the same content.
 */
import { createHash } from 'node:crypto';
import { NormalizedDocumentSchema, type NormalizedDocument, type NormalizedDocumentInput } from '../../src/model/specification';

export interface ClassInput {
  title: string;
  code?: string;
  seriesKey?: string;
  level?: number;
  payGrade?: string;
  concept?: string;
  duties?: string[];
  competencies?: { name: string; kind?: 'KNOWLEDGE' | 'SKILL' | 'ABILITY' | 'BEHAVIOR' | 'COMPETENCY'; definition?: string }[];
  distinctions?: { title: string; code?: string; statement: string }[];
  promotions?: { title: string; code?: string; months?: number }[];
}

export function makeDocument(
  key: string,
  jurisdictionId: string,
  classes: ClassInput[],
  extra: Partial<NormalizedDocumentInput> = {},
): NormalizedDocument {
  const text = JSON.stringify({ key, classes, extra }, null, 1);
  const span = { start: 0, end: Math.min(10, text.length) };
  const input: NormalizedDocumentInput = {
    source: { key, fileName: `${key}.txt`, sha256: createHash('sha256').update(text).digest('hex'), format: 'generic', text },
    jurisdiction: { id: jurisdictionId, name: `Jurisdiction ${jurisdictionId}`, kind: 'OTHER' },
    classes: classes.map((c) => ({
      title: c.title,
      code: c.code,
      seriesKey: c.seriesKey,
      level: c.level,
      payGrade: c.payGrade,
      concept: c.concept ? { text: c.concept, span } : undefined,
      duties: (c.duties ?? []).map((d) => ({ text: d, essential: true, span })),
      competencies: (c.competencies ?? []).map((k) => ({ name: k.name, kind: k.kind ?? 'COMPETENCY', definition: k.definition, span })),
      distinctions: (c.distinctions ?? []).map((d) => ({ other: { title: d.title, code: d.code }, statement: d.statement, span })),
      promotionRequirements: (c.promotions ?? []).map((p) => ({ from: { title: p.title, code: p.code }, months: p.months, statement: `exp. as ${p.title}`, span })),
      span,
    })),
    ...extra,
  };
  return NormalizedDocumentSchema.parse(input);
}
