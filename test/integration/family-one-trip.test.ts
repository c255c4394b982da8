/**
 * classFamily in one round trip (issue 12): the GraphQL query, the service the exporters and the CLI use, and
 * the old hop-by-hop algorithm (frozen statements, test/support/family-hop-by-hop.ts) give the same answers on
 * the generated family corpus, for every scope kind, 1-3 hops and node caps that cut in the core and in a hop;
 * and a family costs one statement where the old path made 2 + hops.
 */
import type { Graph } from '../../src/server/bootstrap';
import type { Subgraph } from '../../src/model/subgraph';
import { FamilyRepository, type FamilyScopeKind } from '../../src/repositories/family.repository';
import { FamilyService, toSubgraph, type FamilyScopeArgs } from '../../src/services/family.service';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { FAMILY_TEST, loadFamilyCorpus } from '../support/family-corpus';
import { hopByHopFamily } from '../support/family-hop-by-hop';

let graph: Graph;
let api: TestApi;

const FIELD: Record<FamilyScopeKind, keyof FamilyScopeArgs> = { series: 'seriesId', jobFamily: 'jobFamilyId', jurisdiction: 'jurisdictionId', class: 'classId' };
const FAMILY = `query($scope: FamilyScope!, $maxNodes: Int) {
  classFamily(scope: $scope, maxNodes: $maxNodes) { truncated nodes { id type } edges { id } }
}`;

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  await loadFamilyCorpus(graph.executor);
  api = await createTestApi(graph.executor);
}, 120_000);
afterAll(async () => {
  await api.stop();
  await graph.close();
});

/** The service with an executor that counts the statements it runs. */
function countingService() {
  let statements = 0;
  const executor = graph.executor.withObserver(() => (statements += 1));
  return { service: new FamilyService(new FamilyRepository(executor, 10_000)), statements: () => statements };
}

/** Edges in id order (ties of source, type and target come back in no set order, old path and new alike). */
const byId = (subgraph: Subgraph) => ({ ...subgraph, edges: [...subgraph.edges].sort((a, b) => a.id.localeCompare(b.id)) });

describe('classFamily round trips', () => {
  it.each([
    ['series', FAMILY_TEST.seriesId, 1],
    ['series', FAMILY_TEST.generatedSeriesId, 2],
    ['jobFamily', FAMILY_TEST.jobFamilyId, 2],
    ['jurisdiction', FAMILY_TEST.generatedJurisdictionId, 1],
    ['class', FAMILY_TEST.lowClassId, 3],
  ] as [FamilyScopeKind, string, number][])('%s %s, %i hop(s): one statement per request (the old path made 2 + hops)', async (kind, id, hops) => {
    const { data, errors, queries } = await api.run<{ classFamily: Subgraph }>(FAMILY, { scope: { [FIELD[kind]]: id, hops }, maxNodes: 2000 });
    expect(errors).toBeUndefined();
    expect(data!.classFamily.nodes.length).toBeGreaterThan(1);
    expect(queries).toBe(1);
    const old = await hopByHopFamily(graph.executor, kind, id, hops, 2000);
    expect(old.roundTrips).toBe(2 + hops);
    // The path the exporters and the CLI take (the service over its own executor) counts the same.
    const counting = countingService();
    await counting.service.classFamily({ [FIELD[kind]]: id, hops });
    expect(counting.statements()).toBe(1);
  });

  it('answers an unknown id with NOT_FOUND after one statement', async () => {
    const counting = countingService();
    await expect(counting.service.classFamily({ seriesId: 'nope:series:X', hops: 2 })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', entity: 'ClassSeries' } });
    expect(counting.statements()).toBe(1);
  });
});

describe('classFamily in one statement against the old hop-by-hop algorithm', () => {
  it('gives the same nodes (in order), edges, edge ids and truncation for every scope kind, 1-3 hops and small caps', async () => {
    const ids = async (cypher: string) => (await graph.executor.runText(cypher, {}, 'READ')).map((r) => String(r.id));
    const scopes: [FamilyScopeKind, string][] = [
      ...[FAMILY_TEST.seriesId, ...(await ids(`MATCH (s:ClassSeries {jurisdictionId: 'gen-0'}) RETURN s.id AS id ORDER BY id LIMIT 3`))].map((id) => ['series', id] as [FamilyScopeKind, string]),
      ['jobFamily', FAMILY_TEST.jobFamilyId],
      ['jurisdiction', FAMILY_TEST.jurisdictionId],
      ['jurisdiction', FAMILY_TEST.generatedJurisdictionId],
      ...[FAMILY_TEST.lowClassId, FAMILY_TEST.highClassId, ...(await ids(`MATCH (c:JobClass {jurisdictionId: 'gen-0'})-[:PROMOTES_TO]-() RETURN DISTINCT c.id AS id ORDER BY id LIMIT 3`))].map((id) => ['class', id] as [FamilyScopeKind, string]),
    ];
    expect(scopes.length).toBeGreaterThanOrEqual(11);
    const service = new FamilyService(new FamilyRepository(graph.executor, 10_000));
    const seen = { cases: 0, untruncated: 0, cutInCore: 0, cutInHop: 0, grewInThirdHop: 0 };
    for (const [kind, id] of scopes) {
      for (const hops of [1, 2, 3]) {
        for (const maxNodes of [1, 2, 5, 12, 40, 5000]) {
          const old = await hopByHopFamily(graph.executor, kind, id, hops, maxNodes);
          const now = await service.classFamily({ [FIELD[kind]]: id, hops }, maxNodes);
          expect({ kind, id, hops, maxNodes, ...byId(now) }).toEqual({ kind, id, hops, maxNodes, ...byId(toSubgraph(old)) });
          seen.cases += 1;
          if (!old.truncated) seen.untruncated += 1;
          else if (old.roundTrips === 2) seen.cutInCore += 1;
          else seen.cutInHop += 1;
          if (hops === 3 && old.roundTrips === 5 && old.nodes.length > (await hopByHopFamily(graph.executor, kind, id, 2, maxNodes)).nodes.length) seen.grewInThirdHop += 1;
        }
      }
    }
    // The corpus exercised every branch of the cut: none, in the core, in a hop; and a third hop that added nodes.
    expect(seen.cases).toBe(scopes.length * 18);
    expect(seen.untruncated).toBeGreaterThan(0);
    expect(seen.cutInCore).toBeGreaterThan(0);
    expect(seen.cutInHop).toBeGreaterThan(0);
    expect(seen.grewInThirdHop).toBeGreaterThan(0);
  }, 120_000);

  it('finds no family for an unknown id of any kind, like the old path', async () => {
    for (const kind of Object.keys(FIELD) as FamilyScopeKind[]) {
      const old = await hopByHopFamily(graph.executor, kind, 'nope:none', 2, 10);
      expect(old.nodes).toEqual([]);
      await expect(new FamilyService(new FamilyRepository(graph.executor, 10_000)).classFamily({ [FIELD[kind]]: 'nope:none', hops: 2 }, 10)).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    }
  });
});
