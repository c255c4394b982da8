/**
 * The plan audit's checks (pure): what looks wrong in one employer's classification plan. Each finding names
 * the classes (and series) involved and the promotion edges it rests on, so the caller can cite passages.
 */
import { normalizeTitle } from './keys';

export type FindingKind = 'GRADE_INVERSION' | 'PROMOTION_CYCLE' | 'UNSPECIFIED_CLASS' | 'UNREACHABLE_CLASS' | 'DUPLICATE_TITLE' | 'SERIES_GAP';

export interface PlanClass {
  id: string;
  code: string | null;
  title: string;
  specified: boolean;
  seriesId: string | null;
  rank: number | null;
  payGrade: string | null;
  payBand: string | null;
}

export interface PlanEdge {
  from: string;
  to: string;
  doc: string | null;
  start: number | null;
  end: number | null;
  statement: string | null;
}

export interface Finding {
  kind: FindingKind;
  message: string;
  classIds: string[];
  seriesId: string | null;
  edges: PlanEdge[];
}

/** All findings, in a stable order (kind, then the classes named). */
export function auditPlan(classes: PlanClass[], edges: PlanEdge[]): Finding[] {
  const findings = [...gradeInversions(classes), ...seriesGaps(classes), ...cycles(edges), ...unspecified(classes), ...unreachable(classes, edges), ...duplicateTitles(classes)];
  return findings;
}

function bySeries(classes: PlanClass[]): Map<string, PlanClass[]> {
  const series = new Map<string, PlanClass[]>();
  for (const c of classes) if (c.seriesId && c.rank !== null) (series.get(c.seriesId) ?? series.set(c.seriesId, []).get(c.seriesId)!).push(c);
  for (const levels of series.values()) levels.sort((a, b) => a.rank! - b.rank! || (a.id < b.id ? -1 : 1));
  return new Map([...series].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The grade (or band) of a class as a number, with its scale; null when absent or not a number. */
function pay(c: PlanClass): { scale: string; value: number } | null {
  const [scale, raw] = c.payGrade ? ['pay grade', c.payGrade] : c.payBand ? ['pay band', c.payBand] : [null, null];
  const value = Number(raw);
  return scale && raw !== null && Number.isFinite(value) ? { scale, value } : null;
}

/** A higher level of a series paid at a lower grade or band than the level below it. */
export function gradeInversions(classes: PlanClass[]): Finding[] {
  const out: Finding[] = [];
  for (const [seriesId, levels] of bySeries(classes)) {
    for (let i = 1; i < levels.length; i++) {
      const [lower, upper] = [levels[i - 1], levels[i]];
      const [pl, pu] = [pay(lower), pay(upper)];
      if (pl && pu && pl.scale === pu.scale && upper.rank! > lower.rank! && pu.value < pl.value) {
        out.push({ kind: 'GRADE_INVERSION', seriesId, classIds: [lower.id, upper.id], edges: [], message: `${upper.title} (level ${upper.rank}) is at ${pu.scale} ${pu.value}, below ${lower.title} (level ${lower.rank}) at ${pl.value}` });
      }
    }
  }
  return out;
}

/** A series whose level numbers skip one (levels 1, 2 and 4: no level 3). */
export function seriesGaps(classes: PlanClass[]): Finding[] {
  const out: Finding[] = [];
  for (const [seriesId, levels] of bySeries(classes)) {
    const ranks = [...new Set(levels.map((l) => l.rank!))];
    const missing: number[] = [];
    for (let r = Math.min(...ranks) + 1; r < Math.max(...ranks); r++) if (!ranks.includes(r)) missing.push(r);
    if (missing.length) out.push({ kind: 'SERIES_GAP', seriesId, classIds: levels.map((l) => l.id), edges: [], message: `levels ${ranks.join(', ')}: no level ${missing.join(', ')}` });
  }
  return out;
}

/** Classes that promote, through one or more steps, back to themselves (Tarjan's strongly connected components). */
export function cycles(edges: PlanEdge[]): Finding[] {
  const out = new Map<string, string[]>();
  for (const e of edges) (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  // Iterative, so a long chain cannot overflow the call stack.
  const visit = (root: string) => {
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1];
      const targets = out.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const t = targets[frame.next++];
        if (!index.has(t)) {
          index.set(t, counter);
          low.set(t, counter++);
          stack.push(t);
          onStack.add(t);
          work.push({ node: t, next: 0 });
        } else if (onStack.has(t)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(t)!));
        continue;
      }
      work.pop();
      if (work.length) low.set(work[work.length - 1].node, Math.min(low.get(work[work.length - 1].node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== frame.node);
        components.push(component.sort());
      }
    }
  };
  for (const node of [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort()) if (!index.has(node)) visit(node);
  return components
    .filter((c) => c.length > 1 || edges.some((e) => e.from === c[0] && e.to === c[0]))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map((component) => {
      const members = new Set(component);
      return { kind: 'PROMOTION_CYCLE' as const, seriesId: null, classIds: component, edges: edges.filter((e) => members.has(e.from) && members.has(e.to)), message: `${component.length} classes promote into one another in a cycle` };
    });
}

/** Classes other documents name but none specifies. */
export function unspecified(classes: PlanClass[]): Finding[] {
  return dedupeById(classes)
    .filter((c) => !c.specified)
    .map((c) => ({ kind: 'UNSPECIFIED_CLASS' as const, seriesId: null, classIds: [c.id], edges: [], message: `${c.title} is named but has no specification of its own` }));
}

/**
 * Specified classes no promotion path reaches: isolated from every career path (no edge in or out), or a level
 * above the first of its series that no edge leads to.
 */
export function unreachable(classes: PlanClass[], edges: PlanEdge[]): Finding[] {
  const into = new Set(edges.filter((e) => e.from !== e.to).map((e) => e.to));
  const from = new Set(edges.filter((e) => e.from !== e.to).map((e) => e.from));
  const firstRank = new Map<string, number>();
  for (const c of classes) if (c.seriesId && c.rank !== null) firstRank.set(c.seriesId, Math.min(firstRank.get(c.seriesId) ?? Infinity, c.rank));
  const placed = new Map<string, PlanClass[]>();
  for (const r of classes) if (r.seriesId && r.rank !== null) (placed.get(r.id) ?? placed.set(r.id, []).get(r.id)!).push(r);
  const out: Finding[] = [];
  for (const c of dedupeById(classes)) {
    if (!c.specified || into.has(c.id)) continue;
    const rows = placed.get(c.id) ?? [];
    const aboveFirst = rows.some((r) => r.rank! > firstRank.get(r.seriesId!)!);
    if (aboveFirst) out.push({ kind: 'UNREACHABLE_CLASS', seriesId: rows[0].seriesId, classIds: [c.id], edges: [], message: `no promotion leads to ${c.title}, though it is level ${rows[0].rank} of its series` });
    else if (!from.has(c.id)) out.push({ kind: 'UNREACHABLE_CLASS', seriesId: rows[0]?.seriesId ?? null, classIds: [c.id], edges: [], message: `${c.title} is on no promotion path: no promotion leads to it or from it` });
  }
  return out;
}

/** The same title under different codes in one plan. */
export function duplicateTitles(classes: PlanClass[]): Finding[] {
  const byTitle = new Map<string, PlanClass[]>();
  for (const c of dedupeById(classes)) {
    const key = normalizeTitle(c.title);
    (byTitle.get(key) ?? byTitle.set(key, []).get(key)!).push(c);
  }
  return [...byTitle.values()]
    .filter((group) => new Set(group.map((c) => c.code ?? `(no code: ${c.id})`)).size > 1)
    .map((group) => ({ kind: 'DUPLICATE_TITLE' as const, seriesId: null, classIds: group.map((c) => c.id).sort(), edges: [], message: `"${group[0].title}" is the title of ${group.length} classes with different codes (${group.map((c) => c.code ?? 'no code').join(', ')})` }))
    .sort((a, b) => (a.classIds[0] < b.classIds[0] ? -1 : 1));
}

function dedupeById(classes: PlanClass[]): PlanClass[] {
  const seen = new Set<string>();
  return classes.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
