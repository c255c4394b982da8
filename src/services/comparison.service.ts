/** Two classes side by side, and the competency questions: who requires what, what is shared, what is alike. */
import { badInput, notFound } from '../errors/app-error';
import { competencyKey } from '../model/keys';
import type { Loaders } from '../loaders/loaders';
import type { JobClassRecord } from '../loaders/records';
import type { TraversalRepository } from '../repositories/traversal.repository';
import type { JobClassService } from './job-class.service';
import { payComparable, payMovement } from './pay';

type Named = { id: string; name: string };

export class ComparisonService {
  constructor(
    private readonly loaders: Loaders,
    private readonly classes: JobClassService,
    private readonly traversal: TraversalRepository,
  ) {}

  async compare(aId: string, bId: string) {
    if (aId === bId) throw badInput('a and b are the same class', 'b');
    const [a, b] = await Promise.all([this.classes.get(aId), this.classes.get(bId)]);
    const [between, third, competencies] = await Promise.all([
      this.traversal.distinctionsBetween(aId, bId),
      this.traversal.distinctionsViaThird(aId, bId),
      this.traversal.canonicalCompetencies([aId, bId]),
    ]);
    const ca = competencies.get(aId) ?? [];
    const cb = competencies.get(bId) ?? [];
    const idsB = new Set(cb.map((k) => k.id));
    const idsA = new Set(ca.map((k) => k.id));
    const shared = ca.filter((k) => idsB.has(k.id));
    return {
      a,
      b,
      statements: await this.statements(between),
      thirdClassStatements: await this.statements(third),
      sharedCompetencies: sortByName(shared),
      onlyInA: sortByName(ca.filter((k) => !idsB.has(k.id))),
      onlyInB: sortByName(cb.filter((k) => !idsA.has(k.id))),
      similarity: jaccard(ca.length, cb.length, shared.length),
      payComparable: payComparable(a, b),
      payDifference: payMovement(a, b, ' vs '),
    };
  }

  async sharedCompetencies(classIds: string[]): Promise<Named[]> {
    const ids = [...new Set(classIds)];
    if (ids.length < 2 || ids.length > 50) throw badInput('give between 2 and 50 distinct class ids', 'classIds');
    await Promise.all(ids.map((id) => this.classes.get(id)));
    const sets = await this.traversal.canonicalCompetencies(ids);
    const [first, ...rest] = ids.map((id) => sets.get(id) ?? []);
    return sortByName(first.filter((k) => rest.every((set) => set.some((o) => o.id === k.id))));
  }

  async classesRequiring(name: string) {
    const key = competencyKey(name);
    if (!key) throw badInput('competency name is empty', 'competency');
    const found = await this.loaders.competency.load(key);
    if (!found) throw notFound('Competency', name);
    const rows = await this.traversal.classesRequiring(key);
    return rows.map((r) => ({ jobClass: r.jobClass as unknown as JobClassRecord, asNames: r.asNames, kinds: r.kinds }));
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

function jaccard(a: number, b: number, shared: number): number {
  const union = a + b - shared;
  return union === 0 ? 0 : Math.round((shared / union) * 1000) / 1000;
}

function sortByName<T extends Named>(list: T[]): T[] {
  return [...list].sort((x, y) => x.name.localeCompare(y.name));
}
