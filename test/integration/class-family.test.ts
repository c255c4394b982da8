/**
 * classFamily (issue 5) against the real graph: each scope agrees with an independent reference (plain MATCH +
 * breadth-first search in TypeScript), the node cap truncates nearest-first, and bad scopes are refused.
 */
import type { Graph } from '../../src/server/bootstrap';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { FAMILY_TEST, loadFamilyCorpus, referenceFamily } from '../support/family-corpus';

let graph: Graph;
let api: TestApi;

const FAMILY = `query($scope: FamilyScope!, $maxNodes: Int) {
  classFamily(scope: $scope, maxNodes: $maxNodes) {
    truncated
    nodes { id type label properties }
    edges { id source target type properties }
  }
}`;

interface FamilyResult {
  classFamily: {
    truncated: boolean;
    nodes: { id: string; type: string; label: string; properties: Record<string, unknown> }[];
    edges: { id: string; source: string; target: string; type: string; properties: Record<string, unknown> }[];
  };
}

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

async function family(scope: Record<string, unknown>, maxNodes?: number) {
  // An omitted variable lets the argument default (500) apply.
  return api.run<FamilyResult>(FAMILY, maxNodes === undefined ? { scope } : { scope, maxNodes });
}

describe('classFamily', () => {
  it.each([
    ['seriesId', 'ClassSeries', FAMILY_TEST.seriesId, 1],
    ['seriesId', 'ClassSeries', FAMILY_TEST.generatedSeriesId, 1],
    ['seriesId', 'ClassSeries', FAMILY_TEST.generatedSeriesId, 2],
    ['jobFamilyId', 'JobFamily', FAMILY_TEST.jobFamilyId, 1],
    ['jurisdictionId', 'Jurisdiction', FAMILY_TEST.jurisdictionId, 1],
    ['jurisdictionId', 'Jurisdiction', FAMILY_TEST.generatedJurisdictionId, 1],
    ['classId', 'JobClass', FAMILY_TEST.lowClassId, 1],
    ['classId', 'JobClass', FAMILY_TEST.lowClassId, 3],
  ])('%s %s %s, %i hop(s): same nodes and edge count as the reference', async (field, label, id, hops) => {
    const { data, errors, queries } = await family({ [field]: id, hops }, 2000);
    expect(errors).toBeUndefined();
    const result = data!.classFamily;
    const expected = await referenceFamily(graph.executor, { label, id }, hops);
    expect(result.truncated).toBe(false);
    expect(new Set(result.nodes.map((n) => `${n.type}|${n.id}`))).toEqual(expected.nodeKeys);
    expect(result.edges).toHaveLength(expected.edgeCount);
    expect(new Set(result.edges.map((e) => e.id)).size).toBe(result.edges.length);
    // Every edge joins two nodes of the subgraph.
    const ids = new Set(result.nodes.map((n) => n.id));
    expect(result.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    // The core, every hop and the edges in one statement, whatever the size and the hops.
    expect(queries).toBe(1);
  });

  it('draws the hand-written series with its family, positions, competencies and promotion', async () => {
    const { data } = await family({ seriesId: FAMILY_TEST.seriesId });
    const { nodes, edges } = data!.classFamily;
    const types = (t: string) => nodes.filter((n) => n.type === t).map((n) => n.id).sort();
    expect(types('ClassSeries')).toEqual([FAMILY_TEST.seriesId]);
    expect(types('JobClass')).toEqual(expect.arrayContaining(['fam-test:BA1', 'fam-test:BA2', 'fam-test:BA3', 'fam-test:SA1']));
    expect(types('JobFamily')).toEqual([FAMILY_TEST.jobFamilyId]);
    expect(types('Position')).toHaveLength(2);
    expect(types('Competency')).toEqual(expect.arrayContaining(['data-analysis', 'negotiation', 'writing']));
    const low = nodes.find((n) => n.id === FAMILY_TEST.lowClassId)!;
    expect(low.label).toBe(`BA1 ${FAMILY_TEST.awkwardTitle}`);
    expect(low.properties).toMatchObject({ code: 'BA1', title: FAMILY_TEST.awkwardTitle, payGrade: '10', specified: true });
    const explicit = edges.find((e) => e.type === 'PROMOTES_TO' && e.source === 'fam-test:BA1' && e.target === 'fam-test:BA2' && e.properties.basis === 'QUALIFICATION');
    expect(explicit?.properties).toMatchObject({ inferred: false, monthsExperience: 12 });
    expect(edges.filter((e) => e.type === 'HAS_LEVEL').map((e) => e.properties.rank).sort()).toEqual([1, 2, 3]);
  });

  it('cuts at maxNodes, keeping the scope node and its members first, and says so', async () => {
    const { data, errors } = await family({ seriesId: FAMILY_TEST.seriesId }, 3);
    expect(errors).toBeUndefined();
    expect(data!.classFamily.truncated).toBe(true);
    expect(data!.classFamily.nodes.map((n) => n.id)).toEqual([FAMILY_TEST.seriesId, 'fam-test:BA1', 'fam-test:BA2']);
    const hop = await family({ seriesId: FAMILY_TEST.seriesId }, 6);
    expect(hop.data!.classFamily.truncated).toBe(true);
    expect(hop.data!.classFamily.nodes).toHaveLength(6);
  });

  it.each([
    [{ seriesId: 'nope:series:X' }, 'ClassSeries'],
    [{ jobFamilyId: 'nope:family:x' }, 'JobFamily'],
    [{ jurisdictionId: 'nope' }, 'Jurisdiction'],
    [{ classId: 'nope:X1' }, 'JobClass'],
  ])('NOT_FOUND for an unknown id (%j)', async (scope, entity) => {
    const { data, errors } = await family(scope);
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity, id: Object.values(scope)[0] });
  });

  it.each([
    [{}, /exactly one/],
    [{ seriesId: FAMILY_TEST.seriesId, classId: FAMILY_TEST.lowClassId }, /exactly one.*got seriesId, classId/],
    [{ seriesId: FAMILY_TEST.seriesId, hops: 0 }, /hops must be between 1 and 3/],
    [{ seriesId: FAMILY_TEST.seriesId, hops: 4 }, /hops must be between 1 and 3/],
    [{ seriesId: '' }, /seriesId is empty/],
  ])('BAD_USER_INPUT for %j', async (scope, message) => {
    const { errors } = await family(scope);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(message);
  });

  it('BAD_USER_INPUT for maxNodes out of range', async () => {
    for (const maxNodes of [0, 5001]) {
      const { errors } = await family({ seriesId: FAMILY_TEST.seriesId }, maxNodes);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
