/**
 * Best promotion paths from one class to every class within a number of steps (pure; no database).
 *
 * "Best" is the least stated experience, then the fewest steps, then the fewest inferred steps. A step that
 * states no months counts 0. The search is a hop-layered Bellman-Ford: best[k][v] is the best walk of at most
 * k steps, so a path that is cheaper in months but longer never hides a shorter one that fits within maxSteps.
 * Walks and simple paths give the same best answer: removing a cycle never adds months and always removes steps.
 */

/** One move between two classes, folded over the PROMOTES_TO edges that support it. */
export interface StepLink {
  from: string;
  to: string;
  /** Any supporting edge is explicit (a qualification clause). */
  explicit: boolean;
  /** Least months any supporting edge states; null when none states a figure. */
  months: number | null;
}

/** The best path to one class. `steps` are in walking order from the origin. */
export interface HorizonEntry {
  target: string;
  months: number;
  /** False when no step on the path states months (the total is then unknown, not zero). */
  monthsStated: boolean;
  inferredSteps: number;
  steps: StepLink[];
}

interface Label {
  months: number;
  steps: number;
  inferred: number;
  stated: boolean;
  via: StepLink | null;
  /** The layer the predecessor's label is in. */
  prevLayer: number;
}

const better = (a: Label, b: Label | undefined): boolean =>
  !b || a.months < b.months || (a.months === b.months && (a.steps < b.steps || (a.steps === b.steps && a.inferred < b.inferred)));

/**
 * Best paths from `origin` along `links` (keyed by the class a link leaves), at most maxSteps long,
 * excluding the origin itself. Deterministic: links are relaxed in the order given.
 */
export function bestPaths(origin: string, links: ReadonlyMap<string, readonly StepLink[]>, maxSteps: number): HorizonEntry[] {
  const layers: Map<string, Label>[] = [new Map([[origin, { months: 0, steps: 0, inferred: 0, stated: false, via: null, prevLayer: -1 }]])];
  for (let k = 1; k <= maxSteps; k++) {
    const prev = layers[k - 1];
    const next = new Map(prev);
    let changed = false;
    for (const [node, label] of prev) {
      for (const link of links.get(node) ?? []) {
        const candidate: Label = {
          months: label.months + (link.months ?? 0),
          steps: label.steps + 1,
          inferred: label.inferred + (link.explicit ? 0 : 1),
          stated: label.stated || link.months !== null,
          via: link,
          prevLayer: k - 1,
        };
        if (better(candidate, next.get(link.to))) {
          next.set(link.to, candidate);
          changed = true;
        }
      }
    }
    layers.push(next);
    if (!changed) break;
  }
  const last = layers.length - 1;
  const entries: HorizonEntry[] = [];
  for (const [target, label] of layers[last]) {
    if (target === origin) continue;
    const steps: StepLink[] = [];
    let cursor: Label = label;
    while (cursor.via) {
      steps.unshift(cursor.via);
      cursor = layers[cursor.prevLayer].get(cursor.via.from)!;
    }
    entries.push({ target, months: label.months, monthsStated: label.stated, inferredSteps: label.inferred, steps });
  }
  return entries;
}

/** The same links walked backwards (for feeder classes): a link a->b becomes b->a. */
export function reverseLinks(links: readonly StepLink[]): Map<string, StepLink[]> {
  const byTo = new Map<string, StepLink[]>();
  for (const l of links) (byTo.get(l.to) ?? byTo.set(l.to, []).get(l.to)!).push({ ...l, from: l.to, to: l.from });
  return byTo;
}

/** Links grouped by the class they leave. */
export function linksByFrom(links: readonly StepLink[]): Map<string, StepLink[]> {
  const byFrom = new Map<string, StepLink[]>();
  for (const l of links) (byFrom.get(l.from) ?? byFrom.set(l.from, []).get(l.from)!).push(l);
  return byFrom;
}
