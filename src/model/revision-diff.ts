/**
 * What changed between two revision snapshots of a class: fields changed, and promotion edges, distinctions,
 * competencies, qualification clauses and duties added or removed. Pure.
 */
export interface ClassSnapshot {
  fields: Record<string, unknown>;
  promotesTo: string[];
  promotedFrom: string[];
  distinctions: string[];
  competencies: string[];
  qualifications: string[];
  duties: string[];
}

export type ChangeKind = 'FIELD' | 'PROMOTES_TO' | 'PROMOTED_FROM' | 'DISTINCTION' | 'COMPETENCY' | 'QUALIFICATION' | 'DUTY';

export interface RevisionChange {
  kind: ChangeKind;
  change: 'ADDED' | 'REMOVED' | 'CHANGED';
  /** The field name (FIELD) or the item added or removed. */
  item: string;
  before: string | null;
  after: string | null;
}

const LISTS: [keyof ClassSnapshot, ChangeKind][] = [
  ['promotesTo', 'PROMOTES_TO'],
  ['promotedFrom', 'PROMOTED_FROM'],
  ['distinctions', 'DISTINCTION'],
  ['competencies', 'COMPETENCY'],
  ['qualifications', 'QUALIFICATION'],
  ['duties', 'DUTY'],
];

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function diffSnapshots(before: ClassSnapshot, after: ClassSnapshot): RevisionChange[] {
  const changes: RevisionChange[] = [];
  for (const field of [...new Set([...Object.keys(before.fields), ...Object.keys(after.fields)])].sort()) {
    const [b, a] = [text(before.fields[field]), text(after.fields[field])];
    if (b !== a) changes.push({ kind: 'FIELD', change: b === null ? 'ADDED' : a === null ? 'REMOVED' : 'CHANGED', item: field, before: b, after: a });
  }
  for (const [list, kind] of LISTS) {
    const [b, a] = [new Set(before[list] as string[]), new Set(after[list] as string[])];
    for (const item of [...b].filter((x) => !a.has(x)).sort()) changes.push({ kind, change: 'REMOVED', item, before: item, after: null });
    for (const item of [...a].filter((x) => !b.has(x)).sort()) changes.push({ kind, change: 'ADDED', item, before: null, after: item });
  }
  return changes;
}
