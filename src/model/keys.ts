/**
 * Natural keys. Loading is idempotent because every node is MERGEd on a key computed here from what the
 * document says, never on a generated id. Keys are readable (they double as GraphQL ids).
 */
import { trimTrailing } from './trim';

/** Lowercase ASCII slug: "Business Operations Analyst 1" -> "business-operations-analyst-1". */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    // Runs are already one dash, so one at each end is all there is to trim (and stays linear).
    .replace(/^-|-$/g, '');
}

/**
 * A title as compared across documents: case, punctuation, "&"/"and" and stray spaces ignored,
 * so "Records Management Technician" and "records management  technician." are one title.
 */
export function normalizeTitle(title: string): string {
  return slugify(title.replace(/[’']/g, ''));
}

/**
 * A competency's identity: one competency named the same way in two documents is one node.
 * Case, punctuation, "&" vs "and", a leading article and trailing periods are ignored; different names for the same
 * thing are linked later by the alias table, not merged here.
 */
export function competencyKey(name: string): string {
  // "The use of hand tools" in one document and "Use of hand tools" in another name one competency.
  return normalizeTitle(trimTrailing(name, /[.:;,\s]/).replace(/^\s*(?:the|a|an)\s+(?=\S)/i, ''));
}

export function jobClassKey(jurisdictionId: string, ref: { code?: string; title: string }): string {
  return ref.code ? `${jurisdictionId}:${ref.code.trim().toUpperCase()}` : `${jurisdictionId}:${normalizeTitle(ref.title)}`;
}

export function seriesKey(jurisdictionId: string, series: { code?: string; title: string }): string {
  return series.code
    ? `${jurisdictionId}:series:${series.code.trim().toUpperCase()}`
    : `${jurisdictionId}:series:${normalizeTitle(series.title)}`;
}

export function jobFamilyKey(jurisdictionId: string, name: string): string {
  return `${jurisdictionId}:family:${normalizeTitle(name)}`;
}

export function agencyKey(jurisdictionId: string, name: string): string {
  return `${jurisdictionId}:agency:${normalizeTitle(name)}`;
}

export function positionKey(jurisdictionId: string, number: string): string {
  return `${jurisdictionId}:position:${number.trim()}`;
}

export function sourceDocumentKey(key: string): string {
  return `doc:${key}`;
}
