/**
 * careerHorizon, feederClasses and JobClass.promotesTo/promotedFrom: exact answers on the seeds, and on a
 * generated plan the same classes, months and steps as a brute-force enumeration of simple paths.
 */
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { generateCorpus, prng, SMALL_CORPUS } from '../../scripts/corpus/generate-corpus';
import { referenceHorizon, type ReferenceLink } from '../../scripts/corpus/reference-horizon';

let graph: Graph;
let api: TestApi;

const HORIZON = `query($id: ID!, $steps: Int!, $months: Int, $inf: Boolean!, $order: HorizonOrder!, $feeders: Boolean!) {
  careerHorizon(classId: $id, maxSteps: $steps, maxMonths: $months, includeInferred: $inf, orderBy: $order, limit: 500) @skip(if: $feeders) { ...h }
  feederClasses(classId: $id, maxSteps: $steps, maxMonths: $months, includeInferred: $inf, orderBy: $order, limit: 500) @include(if: $feeders) { ...h }
}
fragment h on CareerHorizon {
  origin { id } totalReachable
  classes { rank jobClass { id } steps totalMonthsExperience explicit payMovement payChange
    path { from { id } to { id } explicit monthsExperience payMovement edges { basis inferred monthsExperience } } }
}`;

interface HorizonClassData {
  rank: number;
  jobClass: { id: string };
  steps: number;
  totalMonthsExperience: number | null;
  explicit: boolean;
  payMovement: string | null;
  payChange: number | null;
  path: { from: { id: string }; to: { id: string }; explicit: boolean; monthsExperience: number | null; payMovement: string | null; edges: { basis: string; inferred: boolean; monthsExperience: number | null }[] }[];
}
interface HorizonData {
  origin: { id: string };
  totalReachable: number;
  classes: HorizonClassData[];
}

async function horizon(id: string, options: { steps?: number; months?: number | null; inf?: boolean; order?: string; feeders?: boolean } = {}): Promise<HorizonData> {
  const variables = { id, steps: options.steps ?? 3, months: options.months ?? null, inf: options.inf ?? true, order: options.order ?? 'PAY', feeders: options.feeders ?? false };
  const { data, errors } = await api.run<{ careerHorizon?: HorizonData; feederClasses?: HorizonData }>(HORIZON, variables);
  expect(errors).toBeUndefined();
  return (variables.feeders ? data!.feederClasses : data!.careerHorizon)!;
}

beforeAll(async () => {
  graph = await openTestGraph();
  api = await createTestApi(graph.executor);
}, 60_000);
afterAll(async () => {
  await api?.stop();
  await graph?.close();
});

describe('on the seeds', () => {
  beforeAll(async () => {
    await clearGraph(graph.executor);
    await ingestPaths(graph.executor, [path.resolve(__dirname, '../../seeds')]);
  }, 120_000);

  it('careerHorizon of Business Operations Analyst 1 is level 2: one explicit step, 6 months, pay grade 10 -> 12', async () => {
    const result = await horizon('state-of-ohio:62721S');
    expect(result.origin.id).toBe('state-of-ohio:62721S');
    expect(result.totalReachable).toBe(1);
    const [only] = result.classes;
    expect(only).toMatchObject({ rank: 1, jobClass: { id: 'state-of-ohio:62722S' }, steps: 1, totalMonthsExperience: 6, explicit: true, payMovement: 'pay grade 10 -> 12', payChange: 2 });
    expect(only.path).toHaveLength(1);
    expect(only.path[0]).toMatchObject({ explicit: true, monthsExperience: 6, payMovement: 'pay grade 10 -> 12' });
    expect(only.path[0].edges.map((e) => e.basis)).toEqual(['QUALIFICATION', 'SERIES_ORDER']);
    // Explicit edges only: the same class, the series-order edge gone from the step.
    const strict = await horizon('state-of-ohio:62721S', { inf: false });
    expect(strict.classes.map((c) => [c.jobClass.id, c.totalMonthsExperience])).toEqual([['state-of-ohio:62722S', 6]]);
    expect(strict.classes[0].path[0].edges.map((e) => e.basis)).toEqual(['QUALIFICATION']);
    // Within 5 months nothing is reachable.
    expect((await horizon('state-of-ohio:62721S', { months: 5 })).classes).toEqual([]);
    // The top of the ladder leads nowhere.
    expect((await horizon('state-of-ohio:62722S')).totalReachable).toBe(0);
  });

  it('feederClasses of Operations Coordinator are Program Coordinator and Staff Assistant, inferred from distinctions', async () => {
    const result = await horizon('city-and-county-of-denver:operations-coordinator', { feeders: true, order: 'STEPS' });
    expect(result.classes.map((c) => [c.rank, c.jobClass.id, c.steps, c.explicit, c.totalMonthsExperience, c.payMovement])).toEqual([
      [1, 'city-and-county-of-denver:program-coordinator', 1, false, null, null],
      [2, 'city-and-county-of-denver:staff-assistant', 1, false, null, null],
    ]);
    // Steps read in promotion order: from the feeder up to the class asked about.
    expect(result.classes[0].path[0]).toMatchObject({ from: { id: 'city-and-county-of-denver:program-coordinator' }, to: { id: 'city-and-county-of-denver:operations-coordinator' } });
    expect(result.classes[0].path[0].edges[0].basis).toBe('DISTINCTION');
    expect((await horizon('city-and-county-of-denver:operations-coordinator', { feeders: true, inf: false })).classes).toEqual([]);
    const ohio = await horizon('state-of-ohio:62722S', { feeders: true });
    expect(ohio.classes.map((c) => [c.jobClass.id, c.totalMonthsExperience, c.payMovement, c.payChange])).toEqual([['state-of-ohio:62721S', 6, 'pay grade 10 -> 12', 2]]);
  });

  it('JobClass.promotesTo and promotedFrom give one step each way, with the edges behind it', async () => {
    const { data, errors } = await api.run<{ jobClass: { promotesTo: { jobClass: { id: string; promotedFrom: { jobClass: { id: string } }[] }; explicit: boolean; monthsExperience: number | null; edges: { basis: string }[] }[] } }>(
      '{ jobClass(id: "state-of-ohio:62721S") { promotesTo { jobClass { id promotedFrom { jobClass { id } } } explicit monthsExperience edges { basis } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.jobClass.promotesTo).toEqual([
      { jobClass: { id: 'state-of-ohio:62722S', promotedFrom: [{ jobClass: { id: 'state-of-ohio:62721S' } }] }, explicit: true, monthsExperience: 6, edges: [{ basis: 'QUALIFICATION' }, { basis: 'SERIES_ORDER' }] },
    ]);
    const strict = await api.run<{ jobClass: { promotesTo: unknown[] } }>('{ jobClass(id: "judicial-council-of-california:business-systems-coordinator") { promotesTo(includeInferred: false) { explicit } all: promotesTo { jobClass { id } explicit } } }');
    expect(strict.data!.jobClass).toEqual({ promotesTo: [], all: [{ jobClass: { id: 'judicial-council-of-california:business-systems-analyst' }, explicit: false }] });
  });

  it('rejects bounds out of range and unknown classes', async () => {
    const tooFar = await api.run(HORIZON, { id: 'state-of-ohio:62721S', steps: 7, months: null, inf: true, order: 'PAY', feeders: false });
    expect(tooFar.errors?.[0]).toMatchObject({ message: expect.stringMatching(/maxSteps/), extensions: { code: 'BAD_USER_INPUT' } });
    const negative = await api.run(HORIZON, { id: 'state-of-ohio:62721S', steps: 2, months: -1, inf: true, order: 'PAY', feeders: true });
    expect(negative.errors?.[0]).toMatchObject({ message: expect.stringMatching(/maxMonths/), extensions: { code: 'BAD_USER_INPUT' } });
    const unknown = await api.run(HORIZON, { id: 'state-of-ohio:NOPE', steps: 2, months: null, inf: true, order: 'PAY', feeders: false });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('on a generated plan', () => {
  let links: Map<boolean, ReferenceLink[]>;
  let classIds: string[];

  beforeAll(async () => {
    await clearGraph(graph.executor);
    const repo = new DocumentRepository(graph.executor);
    for (const doc of generateCorpus(SMALL_CORPUS)) await repo.save(doc);
    // The reference folds the raw PROMOTES_TO edges itself: a move is explicit when any edge is, and its months
    // are the least any allowed edge states.
    const rows = await graph.executor.runText('MATCH (a:JobClass)-[r:PROMOTES_TO]->(b:JobClass) RETURN a.id AS from, b.id AS to, r.inferred AS inferred, r.monthsExperience AS months', {}, 'READ');
    const fold = (includeInferred: boolean) => {
      const byPair = new Map<string, ReferenceLink>();
      for (const r of rows) {
        if (!includeInferred && r.inferred) continue;
        const key = `${r.from}>${r.to}`;
        const link = byPair.get(key) ?? { from: String(r.from), to: String(r.to), explicit: false, months: null };
        link.explicit ||= !r.inferred;
        if (typeof r.months === 'number') link.months = link.months === null ? r.months : Math.min(link.months, r.months);
        byPair.set(key, link);
      }
      return [...byPair.values()];
    };
    links = new Map([[true, fold(true)], [false, fold(false)]]);
    classIds = (await graph.executor.runText('MATCH (c:JobClass {jurisdictionId: "gen-0"}) RETURN c.id AS id ORDER BY id', {}, 'READ')).map((r) => String(r.id));
  }, 300_000);

  it.each([false, true])('agrees with the brute-force reference on random classes and bounds (feeders: %s)', async (feeders) => {
    const random = prng(feeders ? 17 : 11);
    let nonEmpty = 0;
    let multiStep = 0;
    for (let i = 0; i < 60; i++) {
      const origin = classIds[Math.floor(random() * classIds.length)];
      const steps = 1 + Math.floor(random() * 4);
      const inf = random() < 0.7;
      const months = random() < 0.4 ? Math.floor(random() * 40) : null;
      const result = await horizon(origin, { steps, months, inf, feeders, order: 'MONTHS' });
      const expected = [...referenceHorizon(links.get(inf)!, origin, steps, inf, feeders)].filter(([, b]) => months === null || b.months <= months);
      expect({ origin, reached: result.classes.map((c) => c.jobClass.id).sort() }).toEqual({ origin, reached: expected.map(([id]) => id).sort() });
      expect(result.totalReachable).toBe(expected.length);
      const want = new Map(expected);
      for (const c of result.classes) {
        const best = want.get(c.jobClass.id)!;
        expect({ id: c.jobClass.id, months: c.totalMonthsExperience ?? 0, steps: c.steps, explicit: c.explicit }).toEqual({ id: c.jobClass.id, months: best.months, steps: best.steps, explicit: best.inferred === 0 });
        // The path is a real chain of allowed moves whose months add up.
        const chain = [c.path[0].from.id, ...c.path.map((s) => s.to.id)];
        expect(chain).toEqual(feeders ? [c.jobClass.id, ...chain.slice(1, -1), origin] : [origin, ...chain.slice(1, -1), c.jobClass.id]);
        expect(c.path).toHaveLength(c.steps);
        expect(c.path.reduce((sum, s) => sum + (s.monthsExperience ?? 0), 0)).toBe(best.months);
        for (const s of c.path) {
          expect(links.get(inf)!.some((l) => l.from === s.from.id && l.to === s.to.id)).toBe(true);
          expect(s.edges.length).toBeGreaterThan(0);
          if (!inf) expect(s.edges.every((e) => !e.inferred)).toBe(true);
        }
        if (c.steps > 1) multiStep += 1;
      }
      // Ranked by months, then steps, then id.
      const keys = result.classes.map((c) => [c.totalMonthsExperience ?? 0, c.steps, c.jobClass.id] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : 1));
      expect(keys).toEqual(sorted);
      expect(result.classes.map((c) => c.rank)).toEqual(result.classes.map((_, k) => k + 1));
      if (result.classes.length) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(20);
    expect(multiStep).toBeGreaterThan(20);
  }, 300_000);

  it('ranks by pay rise by default, largest first', async () => {
    const result = await horizon('gen-0:J0S1L1', { steps: 4 });
    const changes = result.classes.map((c) => c.payChange);
    const comparable = changes.filter((c): c is number => c !== null);
    expect(comparable.length).toBeGreaterThan(0);
    expect(comparable).toEqual([...comparable].sort((a, b) => b - a));
    expect(changes.slice(0, comparable.length).every((c) => c !== null)).toBe(true);
  });

  it('nested promotesTo costs one query per level (DataLoader batching)', async () => {
    const from = classIds.find((id) => links.get(true)!.filter((l) => l.from === id).length >= 2)!;
    const { data, errors, queries } = await api.run<{ jobClass: { promotesTo: { jobClass: { promotesTo: { jobClass: { promotesTo: { jobClass: { id: string } }[] } }[] } }[] } }>(
      'query($id: ID!) { jobClass(id: $id) { promotesTo { jobClass { promotesTo { jobClass { promotesTo { jobClass { id } } } } } } } }',
      { id: from },
    );
    expect(errors).toBeUndefined();
    const level1 = data!.jobClass.promotesTo;
    expect(level1.length).toBeGreaterThanOrEqual(2);
    expect(level1.map((l) => l.jobClass)).toHaveLength(links.get(true)!.filter((l) => l.from === from).length);
    // jobClass, then one promotesTo batch per level: 4 round trips whatever the fan-out.
    expect(queries).toBe(4);
  });
});
