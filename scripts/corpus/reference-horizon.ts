/**
 * A brute-force reference for career horizons, independent of the in-memory search it checks: enumerate every
 * simple path of at most maxSteps from a class and keep, per class reached, the least (months, steps,
 * inferred steps). Exponential in maxSteps; meant for generated test plans only.
 */
export interface ReferenceLink {
  from: string;
  to: string;
  explicit: boolean;
  months: number | null;
}

export interface ReferenceBest {
  months: number;
  steps: number;
  inferred: number;
}

export function referenceHorizon(links: ReferenceLink[], origin: string, maxSteps: number, includeInferred: boolean, reverse = false): Map<string, ReferenceBest> {
  const out = new Map<string, ReferenceLink[]>();
  for (const l of links) {
    if (!includeInferred && !l.explicit) continue;
    const key = reverse ? l.to : l.from;
    (out.get(key) ?? out.set(key, []).get(key)!).push(l);
  }
  const best = new Map<string, ReferenceBest>();
  const onPath = new Set([origin]);
  const walk = (node: string, months: number, steps: number, inferred: number) => {
    if (steps === maxSteps) return;
    for (const l of out.get(node) ?? []) {
      const next = reverse ? l.from : l.to;
      if (onPath.has(next)) continue;
      const candidate = { months: months + (l.months ?? 0), steps: steps + 1, inferred: inferred + (l.explicit ? 0 : 1) };
      const known = best.get(next);
      if (!known || candidate.months < known.months || (candidate.months === known.months && (candidate.steps < known.steps || (candidate.steps === known.steps && candidate.inferred < known.inferred)))) best.set(next, candidate);
      onPath.add(next);
      walk(next, candidate.months, candidate.steps, candidate.inferred);
      onPath.delete(next);
    }
  };
  walk(origin, 0, 0, 0);
  return best;
}
