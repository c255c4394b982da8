/**
 * What a document was read to say, in the vocabulary of a corrections file: `ingest --dry-run` prints this
 * beside the normalized document so an analyst copies an entry into `corrections:`, sets `action`, edits it and
 * adds `reason` (see README, "Correcting what was read").
 */
import type { NormalizedDocument } from '../../model/specification';
import { CORRECTABLE_FIELDS } from './correction';

export type Fact = Record<string, string | number>;

export function documentFacts(doc: NormalizedDocument): Fact[] {
  const facts: Fact[] = [];
  for (const c of doc.classes) {
    const cls = c.code ?? c.title;
    const record = c as unknown as Record<string, unknown>;
    for (const field of CORRECTABLE_FIELDS) {
      const value = record[field];
      if (value === undefined || value === null) continue;
      facts.push({ kind: 'field', class: cls, field, value: typeof value === 'object' ? (value as { text: string }).text : (value as string | number) });
    }
    c.promotionRequirements.forEach((p) => facts.push({ kind: 'promotion', class: cls, from: p.from.code ?? p.from.title, ...(p.months !== undefined ? { months: p.months } : {}), statement: p.statement }));
    c.distinctions.forEach((d) => facts.push({ kind: 'distinction', class: cls, other: d.other.code ?? d.other.title, statement: d.statement }));
    c.competencies.forEach((k) => facts.push({ kind: 'competency', class: cls, name: k.name, competencyKind: k.kind, ...(k.definition ? { definition: k.definition } : {}) }));
  }
  return facts;
}

/** A corrections file to start from: no corrections yet, and every fact the document gave. */
export function correctionsTemplate(doc: NormalizedDocument): { version: 1; by: string; corrections: never[]; facts: Fact[] } {
  return { version: 1, by: 'your name', corrections: [], facts: documentFacts(doc) };
}
