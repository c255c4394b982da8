/**
 * The gap along a path: exact answers on the Ohio series, and on a generated plan with equivalences the same
 * gained/dropped sets as a set difference computed in TypeScript from the raw REQUIRES and SAME_AS links.
 */
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { applyAliasTable } from '../../src/ingest/competency-aliases';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { generateCorpus, prng } from '../../scripts/corpus/generate-corpus';

let graph: Graph;
let api: TestApi;

const GAP = `query($ids: [ID!]!, $eq: Boolean!) { pathGap(classIds: $ids, useEquivalences: $eq) {
  from { id } to { id } competenciesKept
  competenciesGained { competency { id name } kind source { passage } }
  competenciesDropped { competency { id name } kind source { passage } }
  qualificationsGained { text source { passage } }
  qualificationsDropped { text source { passage } }
  equivalencesUsed { from { id } to { id } canonical { id } basis }
} }`;
interface Gap {
  from: { id: string };
  to: { id: string };
  competenciesKept: number;
  competenciesGained: { competency: { id: string; name: string }; source: { passage: string } }[];
  competenciesDropped: { competency: { id: string; name: string }; source: { passage: string } }[];
  qualificationsGained: { text: string; source: { passage: string } }[];
  qualificationsDropped: { text: string; source: { passage: string } }[];
  equivalencesUsed: { from: { id: string }; to: { id: string }; canonical: { id: string }; basis: string }[];
}

async function gap(ids: string[], eq = true): Promise<Gap[]> {
  const { data, errors } = await api.run<{ pathGap: Gap[] }>(GAP, { ids, eq });
  expect(errors).toBeUndefined();
  return data!.pathGap;
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

  it('Business Operations Analyst 1 -> 2: the level-2 qualification clauses gained, the level-1 ones dropped, each with its passage', async () => {
    const [step] = await gap(['state-of-ohio:62721S', 'state-of-ohio:62722S']);
    expect(step.from.id).toBe('state-of-ohio:62721S');
    expect(step.qualificationsGained.map((q) => q.text)).toEqual([
      expect.stringMatching(/^Completion of undergraduate core program in business or public administration/),
      expect.stringMatching(/2 yrs\. trg\. or 2 yrs\. exp\. in customer service/),
      expect.stringMatching(/6 mos\. exp\. as Business Operations Analyst 1, 62721S/),
    ]);
    expect(step.qualificationsDropped.map((q) => q.text)).toEqual([
      expect.stringMatching(/^Completion of associate core coursework in business or public administration/),
      expect.stringMatching(/18 mos\. training or 18 mos\. exp\. in customer service/),
    ]);
    for (const q of [...step.qualificationsGained, ...step.qualificationsDropped]) expect(q.source.passage).toContain(q.text.slice(0, 20));
    // The two levels list the same knowledge and abilities.
    expect(step.competenciesGained).toEqual([]);
    expect(step.competenciesDropped).toEqual([]);
    expect(step.competenciesKept).toBeGreaterThan(5);
    expect(step.equivalencesUsed).toEqual([]);
  });

  it('the same gap comes with each step of promotionPaths and careerHorizon', async () => {
    const { data, errors } = await api.run<{ promotionPaths: { paths: { steps: { gap: { qualificationsGained: unknown[] } }[] }[] }; careerHorizon: { classes: { path: { gap: { qualificationsDropped: unknown[] } }[] }[] } }>(
      '{ promotionPaths(from: "state-of-ohio:62721S", to: "state-of-ohio:62722S") { paths { steps { gap { qualificationsGained { text } } } } } careerHorizon(classId: "state-of-ohio:62721S") { classes { path { gap(useEquivalences: false) { qualificationsDropped { text } } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.promotionPaths.paths[0].steps[0].gap.qualificationsGained).toHaveLength(3);
    expect(data!.careerHorizon.classes[0].path[0].gap.qualificationsDropped).toHaveLength(2);
  });

  it('rejects a path of one class', async () => {
    const { errors } = await api.run(GAP, { ids: ['state-of-ohio:62721S'], eq: true });
    expect(errors?.[0]).toMatchObject({ message: expect.stringMatching(/path of 2 to 11/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('on a generated plan with equivalences', () => {
  let requires: Map<string, Set<string>>;
  let canonical: Map<string, string>;
  let steps: { from: string; to: string }[];

  beforeAll(async () => {
    await clearGraph(graph.executor);
    const repo = new DocumentRepository(graph.executor);
    for (const doc of generateCorpus({ jurisdictions: 1, seriesPerJurisdiction: 60, maxLevels: 5, crossLinksPerSeries: 2, distinctionsPerSeries: 1, competencyPool: 24, seed: 31 })) await repo.save(doc);
    // Fold competencies 0-3, 4-7 and 8-11 into three groups.
    const groups = [0, 1, 2].map((g) => ({ canonical: `Competency ${g * 4}`, category: null, members: [0, 1, 2, 3].map((m) => `Competency ${g * 4 + m}`) }));
    await applyAliasTable(graph.executor, { version: 1, updated: 'test', groups });
    const rows = await graph.executor.runText('MATCH (c:JobClass)-[:REQUIRES]->(k:Competency) RETURN c.id AS c, collect(DISTINCT k.id) AS ks', {}, 'READ');
    requires = new Map(rows.map((r) => [String(r.c), new Set(r.ks as string[])]));
    canonical = new Map((await graph.executor.runText('MATCH (a:Competency)-[:SAME_AS]->(b:Competency) RETURN a.id AS a, b.id AS b', {}, 'READ')).map((r) => [String(r.a), String(r.b)]));
    steps = (await graph.executor.runText('MATCH (a:JobClass)-[:PROMOTES_TO]->(b:JobClass) RETURN DISTINCT a.id AS from, b.id AS to ORDER BY from, to', {}, 'READ')).map((r) => ({ from: String(r.from), to: String(r.to) }));
  }, 300_000);

  it.each([true, false])('gained and dropped agree with set differences (useEquivalences: %s)', async (eq) => {
    const random = prng(eq ? 3 : 4);
    const fold = (id: string) => (eq ? (canonical.get(id) ?? id) : id);
    let usedAny = 0;
    for (let i = 0; i < 40; i++) {
      const step = steps[Math.floor(random() * steps.length)];
      const [result] = await gap([step.from, step.to], eq);
      const lower = [...(requires.get(step.from) ?? [])];
      const higher = [...(requires.get(step.to) ?? [])];
      const lowerKeys = new Set(lower.map(fold));
      const higherKeys = new Set(higher.map(fold));
      expect(result.competenciesGained.map((c) => c.competency.id).sort()).toEqual(higher.filter((k) => !lowerKeys.has(fold(k))).sort());
      expect(result.competenciesDropped.map((c) => c.competency.id).sort()).toEqual(lower.filter((k) => !higherKeys.has(fold(k))).sort());
      expect(result.competenciesKept).toBe([...higherKeys].filter((k) => lowerKeys.has(k)).length);
      for (const u of result.equivalencesUsed) {
        expect(eq).toBe(true);
        expect(u.from.id).not.toBe(u.to.id);
        expect(fold(u.from.id)).toBe(u.canonical.id);
        expect(fold(u.to.id)).toBe(u.canonical.id);
        expect(u.basis).toBe('CURATED');
      }
      // An equivalence is reported exactly when a folded match joins two different names.
      const joined = higher.filter((h) => !lower.includes(h) && lower.some((l) => fold(l) === fold(h)));
      if (joined.length) usedAny += 1;
      expect(result.equivalencesUsed.length > 0).toBe(joined.length > 0);
    }
    if (eq) expect(usedAny).toBeGreaterThan(3);
  }, 120_000);
});
