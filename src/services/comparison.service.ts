/** Two classes side by side, and the competency questions: who requires what, what is shared, what is alike. */
import { badInput, notFound } from '../errors/app-error';
import { competencyKey } from '../model/keys';
import type { Loaders } from '../loaders/loaders';
import type { JobClassRecord } from '../loaders/records';
import type { TraversalRepository } from '../repositories/traversal.repository';
import type { JobClassService } from './job-class.service';
import { payComparable, payMovement } from './pay';
import { GapService } from './gap.service';

type Named = { id: string; name: string };

export class ComparisonService {
  constructor(
    private readonly loaders: Loaders,
    private readonly classes: JobClassService,
    private readonly traversal: TraversalRepository,
  ) {}

  /**
   * Competencies are compared on the documents' own terms: each side keeps its document's names; with
   * useEquivalences, names linked as equivalent (CURATED or ANALYST) count as one, and the answer lists the
   * links it used.
   */
  async compare(aId: string, bId: string, useEquivalences = true) {
    if (aId === bId) throw badInput('a and b are the same class', 'b');
    const [a, b] = await Promise.all([this.classes.get(aId), this.classes.get(bId)]);
    const [between, third, gap] = await Promise.all([
      this.traversal.distinctionsBetween(aId, bId),
      this.traversal.distinctionsViaThird(aId, bId),
      new GapService(this.loaders, this.classes).gap(a, b, useEquivalences),
    ]);
    const ownA = await this.loaders.competenciesOfClass.load(aId);
    const dropped = new Set(gap.competenciesDropped.map((r) => r.competency.id));
    const shared = unique(ownA.map((r) => r.competency).filter((k) => !dropped.has(k.id)));
    const onlyInA = unique(gap.competenciesDropped.map((r) => r.competency));
    const onlyInB = unique(gap.competenciesGained.map((r) => r.competency));
    return {
      a,
      b,
      statements: await this.statements(between),
      thirdClassStatements: await this.statements(third),
      sharedCompetencies: sortByName(shared),
      onlyInA: sortByName(onlyInA),
      onlyInB: sortByName(onlyInB),
      equivalencesUsed: gap.equivalencesUsed,
      similarity: jaccard(gap.competenciesKept + onlyInA.length, gap.competenciesKept + onlyInB.length, gap.competenciesKept),
      payComparable: payComparable(a, b),
      payDifference: payMovement(a, b, ' vs '),
    };
  }

  async sharedCompetencies(classIds: string[], useEquivalences = true): Promise<Named[]> {
    const ids = [...new Set(classIds)];
    if (ids.length < 2 || ids.length > 50) throw badInput('give between 2 and 50 distinct class ids', 'classIds');
    await Promise.all(ids.map((id) => this.classes.get(id)));
    const sets = useEquivalences
      ? await this.traversal.canonicalCompetencies(ids)
      : new Map((await Promise.all(ids.map((id) => this.loaders.competenciesOfClass.load(id)))).map((rs, i) => [ids[i], unique(rs.map((r) => r.competency))]));
    const [first, ...rest] = ids.map((id) => sets.get(id) ?? []);
    return sortByName(first.filter((k) => rest.every((set) => set.some((o) => o.id === k.id))));
  }

  async classesRequiring(name: string, useEquivalences = true) {
    const key = competencyKey(name);
    if (!key) throw badInput('competency name is empty', 'competency');
    const found = await this.loaders.competency.load(key);
    if (!found) throw notFound('Competency', name);
    const rows = await this.traversal.classesRequiring(key, useEquivalences);
    return rows.map((r) => ({ jobClass: r.jobClass as unknown as JobClassRecord, asNames: r.asNames, kinds: r.kinds, viaEquivalence: !r.asNames.some((n) => competencyKey(n) === key) }));
  }

  async similarClasses(classId: string, limit: number) {
    if (limit < 1 || limit > 100) throw badInput('limit must be between 1 and 100', 'limit');
    await this.classes.get(classId);
    const rows = await this.traversal.similarClasses(classId, limit);
    return rows.map((r) => ({ jobClass: r.jobClass as unknown as JobClassRecord, score: r.score, shared: sortByName(r.shared) }));
  }

  private async statements(rows: Record<string, unknown>[]) {
    const classes = await this.loaders.jobClass.loadMany([...new Set(rows.flatMap((r) => [String(r.from), String(r.to)]))]);
    const byId = new Map(classes.filter((c): c is JobClassRecord => !!c && !(c instanceof Error)).map((c) => [c.id, c]));
    return rows.map((r) => ({
      from: byId.get(String(r.from))!,
      to: byId.get(String(r.to))!,
      statement: String(r.statement),
      source: r.doc ? { doc: String(r.doc), start: Number(r.start), end: Number(r.end) } : null,
    }));
  }
}

function unique<T extends Named>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((k) => !seen.has(k.id) && seen.add(k.id));
}

function jaccard(a: number, b: number, shared: number): number {
  const union = a + b - shared;
  return union === 0 ? 0 : Math.round((shared / union) * 1000) / 1000;
}

function sortByName<T extends Named>(list: T[]): T[] {
  return [...list].sort((x, y) => x.name.localeCompare(y.name));
}
