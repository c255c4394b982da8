/**
 * What changes between two classes on a path: competencies and qualification clauses the higher class asks
 * for that the lower one does not (gained), and the reverse (dropped). Pure; the caller supplies each class's
 * requirements as its document states them, and optionally an equivalence (competency id -> canonical id).
 */

export interface GapCompetency {
  competency: { id: string; name: string };
}

export interface GapQualification {
  kind: string;
  text: string;
}

export interface Equivalence {
  id: string;
  name: string;
  basis: string;
}

/** A used equivalence: two differently named requirements taken as the same one. */
export interface UsedEquivalence {
  from: { id: string; name: string };
  to: { id: string; name: string };
  via: Equivalence;
}

/** Qualification clauses compare by kind and wording, case, punctuation and spacing ignored. */
export function qualificationKey(q: GapQualification): string {
  return `${q.kind}|${q.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;
}

export function stepGap<C extends GapCompetency, Q extends GapQualification>(
  lower: { competencies: C[]; qualifications: Q[] },
  higher: { competencies: C[]; qualifications: Q[] },
  canonical: ReadonlyMap<string, Equivalence> = new Map(),
) {
  const fold = (c: C) => canonical.get(c.competency.id)?.id ?? c.competency.id;
  const lowerKeys = new Map(lower.competencies.map((c) => [fold(c), c]));
  const higherKeys = new Map(higher.competencies.map((c) => [fold(c), c]));
  // An equivalence is used for a requirement whose own name the other class lacks but whose folded one it has.
  const lowerIds = new Set(lower.competencies.map((c) => c.competency.id));
  const used = new Map<string, UsedEquivalence>();
  for (const h of higher.competencies) {
    const l = lowerKeys.get(fold(h));
    if (l && !lowerIds.has(h.competency.id)) {
      const via = canonical.get(h.competency.id) ?? canonical.get(l.competency.id)!;
      used.set(`${l.competency.id}>${h.competency.id}`, { from: l.competency, to: h.competency, via });
    }
  }
  const lowerQ = new Set(lower.qualifications.map(qualificationKey));
  const higherQ = new Set(higher.qualifications.map(qualificationKey));
  return {
    competenciesGained: dedupe(higher.competencies.filter((c) => !lowerKeys.has(fold(c))), (c) => c.competency.id),
    competenciesDropped: dedupe(lower.competencies.filter((c) => !higherKeys.has(fold(c))), (c) => c.competency.id),
    competenciesKept: [...higherKeys.keys()].filter((k) => lowerKeys.has(k)).length,
    qualificationsGained: higher.qualifications.filter((q) => !lowerQ.has(qualificationKey(q))),
    qualificationsDropped: lower.qualifications.filter((q) => !higherQ.has(qualificationKey(q))),
    equivalencesUsed: [...used.values()],
  };
}

function dedupe<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}
