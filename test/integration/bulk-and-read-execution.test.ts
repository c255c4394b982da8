/**
 * How reads and bulk loads execute, against the real Neo4j: the bulk writer builds the same graph as the
 * per-document writer and never half-writes a failing document; jobClasses counts only when asked and pages
 * through index-backed statements with the same answers; a selection down to level competencies is fetched in
 * one look-ahead statement; Competency.requiredBy is limitable; promotionPaths is one round trip; every request's
 * read transaction is given back.
 */
import type { Graph } from '../../src/server/bootstrap';
import type { Executor } from '../../src/db/executor';
import type { NormalizedDocument } from '../../src/model/specification';
import { DocumentRepository } from '../../src/repositories/document.repository';
import { BulkDocumentWriter } from '../../src/repositories/bulk-document.writer';
import { generateCorpus, prng } from '../../scripts/corpus/generate-corpus';
import { clearGraph, openTestGraph } from '../support/graph';
import { bulkIngestPaths } from '../../src/ingest/bulk-ingest';
import { ingestPaths } from '../../src/ingest/pipeline';
import { fromRoot } from '../../src/config/paths';
import { createTestApi, type TestApi } from '../support/api';

let graph: Graph;
let api: TestApi;
const CORPUS = { jurisdictions: 2, seriesPerJurisdiction: 25, maxLevels: 4, crossLinksPerSeries: 2, distinctionsPerSeries: 1, competencyPool: 40, seed: 5 };

/** Every node and relationship with its properties (load times left out), as sorted strings. */
/**
 * The graph as facts: revision snapshots are left out, because the bulk path records none (a class's first revision
 * record is written when its document is next loaded one at a time; see README, Loading documents).
 */
async function snapshot(executor: Executor): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await executor.runText("MATCH (n) WHERE NOT n:Migration AND NOT n:ClassRevision RETURN labels(n) AS l, properties(n) AS p", {}, 'READ');
  const rels = await executor.runText("MATCH (a)-[r]->(b) WHERE NOT a:Migration AND NOT a:ClassRevision RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p", {}, 'READ');
  const clean = (p: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'loadedAt').sort(([x], [y]) => x.localeCompare(y))));
  return {
    nodes: nodes.map((r) => `${(r.l as string[]).join(':')} ${clean(r.p as Record<string, unknown>)}`).sort(),
    relationships: rels.map((r) => `${r.t} ${r.a} ${r.b} ${clean(r.p as Record<string, unknown>)}`).sort(),
  };
}

/** Writes `docs` in batches, `concurrency` transactions in flight at once (as `ingest --bulk` does). */
async function bulkLoad(docs: NormalizedDocument[], batch: number, concurrency = 1) {
  const writer = new BulkDocumentWriter(graph.executor);
  const outcomes: Awaited<ReturnType<BulkDocumentWriter['writeBatch']>>[] = [];
  for (let i = 0; i < docs.length; i += batch * concurrency) {
    const starts = Array.from({ length: concurrency }, (_, k) => i + k * batch).filter((start) => start < docs.length);
    outcomes.push(...(await Promise.all(starts.map((start) => writer.writeBatch(docs.slice(start, start + batch))))));
  }
  await writer.finish();
  return outcomes;
}

beforeAll(async () => {
  graph = await openTestGraph();
  api = await createTestApi(graph.executor);
}, 60_000);
afterAll(async () => {
  await api.stop();
  await graph.close();
});

describe('bulk writer', () => {
  it('builds the same graph as the per-document writer, derived promotion steps included', async () => {
    const docs = generateCorpus(CORPUS);
    await clearGraph(graph.executor);
    const repo = new DocumentRepository(graph.executor);
    for (const doc of docs) await repo.save(doc);
    const perDocument = await snapshot(graph.executor);

    await clearGraph(graph.executor);
    const outcomes = await bulkLoad(docs, 7);
    expect(outcomes.every((o) => o.perDocument === 0 && o.results.every((r) => r.ok))).toBe(true);
    const bulk = await snapshot(graph.executor);
    expect(bulk.nodes.length).toBeGreaterThan(300);
    expect(bulk.relationships.filter((r) => r.startsWith('PROMOTION_STEP')).length).toBeGreaterThan(50);
    expect(bulk.nodes).toEqual(perDocument.nodes);
    expect(bulk.relationships).toEqual(perDocument.relationships);

    // Three transactions in flight (documents of one plan share classes, series and competencies) build it too.
    await clearGraph(graph.executor);
    const concurrent = await bulkLoad(docs, 5, 3);
    expect(concurrent.every((o) => o.perDocument === 0 && o.results.every((r) => r.ok))).toBe(true);
    expect(await snapshot(graph.executor)).toEqual(bulk);

    // Loading the same documents again changes nothing (they go through the per-document path, unchanged).
    const again = await bulkLoad(docs.slice(0, 5), 5);
    expect(again[0].results.map((r) => (r.ok ? r.result.status : 'FAILED'))).toEqual(Array(5).fill('UNCHANGED'));
    expect(await snapshot(graph.executor)).toEqual(bulk);
  }, 300_000);

  it('retries a failed batch document by document: the bad one is reported and absent, the others are loaded', async () => {
    await clearGraph(graph.executor);
    const docs = generateCorpus({ ...CORPUS, jurisdictions: 1, seriesPerJurisdiction: 4, seed: 9 });
    // A property value Neo4j refuses (a map) makes this document's statements fail, in bulk and alone.
    (docs[2].classes[0] as unknown as { payGrade: unknown }).payGrade = { not: 'a scalar' };
    const [outcome] = await bulkLoad(docs, 4);
    expect(outcome.perDocument).toBe(4);
    expect(outcome.results.map((r) => r.ok)).toEqual([true, true, false, true]);
    expect(outcome.results[2].ok ? '' : outcome.results[2].error).toMatch(/Property values can only be of primitive types|map/i);
    const loaded = await graph.executor.runText('MATCH (d:SourceDocument) RETURN d.key AS key ORDER BY key', {}, 'READ');
    expect(loaded.map((r) => r.key)).toEqual([docs[0], docs[1], docs[3]].map((d) => d.source.key).sort());
    const leftovers = await graph.executor.runText('MATCH (c:JobClass {specifiedBy: $doc}) RETURN count(c) AS n', { doc: `doc:${docs[2].source.key}` }, 'READ');
    expect(Number(leftovers[0].n)).toBe(0);
  }, 120_000);
});

describe('ingest --bulk', () => {
  it('loads the seed documents, reporting each; loading them again document by document changes nothing', async () => {
    await clearGraph(graph.executor);
    const reports = await bulkIngestPaths(graph.executor, [fromRoot('seeds')], { batchSize: 3, workers: 0 });
    expect(reports.length).toBeGreaterThan(3);
    expect(reports.filter((r) => r.status !== 'CREATED')).toEqual([]);
    expect(reports.every((r) => r.documentId && r.classes.length)).toBe(true);
    const before = await snapshot(graph.executor);
    const again = await ingestPaths(graph.executor, [fromRoot('seeds')]);
    expect(again.map((r) => r.status)).toEqual(reports.map(() => 'UNCHANGED'));
    expect(await snapshot(graph.executor)).toEqual(before);
  }, 120_000);
});

describe('read execution', () => {
  beforeAll(async () => {
    await clearGraph(graph.executor);
    await bulkLoad(generateCorpus(CORPUS), 10);
  }, 300_000);

  it('runs the jobClasses count only when totalCount is asked', async () => {
    const page = await api.run('{ jobClasses(first: 5) { edges { node { id } } } }');
    expect(page.errors).toBeUndefined();
    expect(page.queries).toBe(1);
    const counted = await api.run<{ jobClasses: { totalCount: number } }>('{ jobClasses(first: 5) { totalCount edges { node { id } } } }');
    expect(counted.queries).toBe(2);
    const [all] = await graph.executor.runText('MATCH (c:JobClass) RETURN count(c) AS n', {}, 'READ');
    expect(counted.data!.jobClasses.totalCount).toBe(Number(all.n));
  });

  it('pages every filter combination to exactly what a plain scan finds', async () => {
    const filters = [
      {},
      { jurisdictionId: 'gen-1' },
      { jurisdictionId: 'gen-0', specified: false },
      { specified: true },
      { code: 'J0S3L1' },
      { code: 'J0S3L1', jurisdictionId: 'gen-1' },
      { seriesId: 'gen-1:series:J1S4' },
      { seriesId: 'gen-1:series:J1S4', specified: true, jurisdictionId: 'gen-1' },
    ];
    for (const filter of filters) {
      const expected = (
        await graph.executor.runText(
          `MATCH (c:JobClass)
           WHERE ($j IS NULL OR c.jurisdictionId = $j) AND ($s IS NULL OR coalesce(c.specified, false) = $s) AND ($code IS NULL OR c.code = $code)
             AND ($series IS NULL OR EXISTS { (:ClassSeries {id: $series})-[:HAS_LEVEL]->(c) })
           RETURN c.id AS id ORDER BY id`,
          { j: null, s: null, code: null, series: null, ...Object.fromEntries(Object.entries(filter).map(([k, v]) => [{ jurisdictionId: 'j', specified: 's', code: 'code', seriesId: 'series' }[k]!, v])) },
          'READ',
        )
      ).map((r) => String(r.id));
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (;;) {
        const result: { data?: { jobClasses: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: unknown } = await api.run(
          'query($f: JobClassFilter, $after: String) { jobClasses(first: 17, filter: $f, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
          { f: filter, after },
        );
        expect(result.errors).toBeUndefined();
        seen.push(...result.data!.jobClasses.edges.map((e) => e.node.id));
        total = result.data!.jobClasses.totalCount;
        if (!result.data!.jobClasses.pageInfo.hasNextPage) break;
        after = result.data!.jobClasses.pageInfo.endCursor;
      }
      expect({ filter, ids: seen }).toEqual({ filter, ids: expected });
      expect(total).toBe(expected.length);
    }
  });

  it('fetches a page of classes > series > levels > competencies in one statement, with the answer the nested loaders give', async () => {
    // Fields the look-ahead projects by name, fields whose resolvers read other properties (specified,
    // jurisdiction, kind, source, provenance) and a fragment: the answer must not depend on which path read it.
    const selection =
      'series { id title code jurisdiction { id } levels { id title payGrade specified ...lv competencies { kind definition source { start end } provenance { source } competency { id name } } } }';
    const fragment = 'fragment lv on JobClass { code level }';
    const deep = await api.run<{ jobClasses: { edges: { node: { id: string; series: { id: string } | null } }[] } }>(`{ jobClasses(first: 20, filter: { jurisdictionId: "gen-0" }) { edges { node { id ${selection} } } } } ${fragment}`);
    expect(deep.errors).toBeUndefined();
    // The page with its look-ahead in one statement, and one batch for the series' jurisdictions (which the
    // look-ahead does not fetch).
    expect(deep.queries).toBe(2);
    for (const { node } of deep.data!.jobClasses.edges) {
      // The same class read through jobClass(id), which the look-ahead does not cover: nested loaders, level by level.
      const single = await api.run<{ jobClass: unknown }>(`query($id: ID!) { jobClass(id: $id) { id ${selection} } } ${fragment}`, { id: node.id });
      expect(single.queries).toBeGreaterThan(2);
      expect(single.data!.jobClass).toEqual(node);
    }
  });

  it('reads the same pages with and without the look-ahead, whichever page statement the filters choose', async () => {
    const filters = [{}, { jurisdictionId: 'gen-1' }, { code: 'J0S3L1' }, { seriesId: 'gen-1:series:J1S4' }, { flsaStatus: 'NON_EXEMPT' }, { jurisdictionId: 'nowhere' }];
    const query = (deep: boolean) =>
      `query($f: JobClassFilter, $after: String) { jobClasses(first: 7, filter: $f, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id ${deep ? 'series { id levels { id competencies { kind } } }' : ''} } } } }`;
    type Page = { jobClasses: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };
    for (const filter of filters) {
      let after: string | null = null;
      for (let pages = 0; pages < 3; pages++) {
        const shallow: { data?: Page } = await api.run<Page>(query(false), { f: filter, after });
        const deep: { data?: Page; errors?: unknown; queries: number } = await api.run<Page>(query(true), { f: filter, after });
        expect({ filter, errors: deep.errors, queries: deep.queries }).toEqual({ filter, errors: undefined, queries: 1 });
        expect(deep.data!.jobClasses.edges.map((e) => e.node.id)).toEqual(shallow.data!.jobClasses.edges.map((e) => e.node.id));
        expect(deep.data!.jobClasses.pageInfo).toEqual(shallow.data!.jobClasses.pageInfo);
        if (!deep.data!.jobClasses.pageInfo.hasNextPage) break;
        after = deep.data!.jobClasses.pageInfo.endCursor;
      }
    }
  });

  it('keeps what the look-ahead projected to its own selection: the same class asked for other fields in the same operation is whole', async () => {
    const page = '{ jobClasses(first: 5, filter: { jurisdictionId: "gen-0" }) { edges { node { id series { id levels { id competencies { competency { id } } } } } } } }';
    const first = (await api.run<{ jobClasses: { edges: { node: { id: string; series: { levels: { id: string }[] } | null } }[] } }>(page)).data!.jobClasses.edges.find((e) => e.node.series)!.node;
    const level = first.series!.levels[0].id;
    const other = `series { id title code levels { id title payGrade concept competencies { kind definition competency { id name } } } }`;
    const alone = await api.run<{ jobClass: unknown; level: unknown }>(`query($id: ID!, $level: ID!) { jobClass(id: $id) { id title payGrade ${other} } level: jobClass(id: $level) { id title concept payGrade } }`, { id: first.id, level });
    const together = await api.run<{ jobClass: unknown; level: unknown }>(
      `query($id: ID!, $level: ID!) { ${page.slice(2, -2)} jobClass(id: $id) { id title payGrade ${other} } level: jobClass(id: $level) { id title concept payGrade } }`,
      { id: first.id, level },
    );
    expect(together.errors).toBeUndefined();
    expect(together.data!.jobClass).toEqual(alone.data!.jobClass);
    expect(together.data!.level).toEqual(alone.data!.level);
    expect((alone.data!.level as { concept: string | null }).concept).toBeTruthy();
  });

  it('limits Competency.requiredBy to the first n classes in id order', async () => {
    const query = '{ competencies(first: 5) { nodes { id all: requiredBy { id } two: requiredBy(first: 2) { id } } } }';
    const { data, errors } = await api.run<{ competencies: { nodes: { all: { id: string }[]; two: { id: string }[] }[] } }>(query);
    expect(errors).toBeUndefined();
    const nodes = data!.competencies.nodes;
    expect(nodes.some((k) => k.all.length > 2)).toBe(true);
    for (const k of nodes) {
      expect(k.all.map((c) => c.id)).toEqual([...k.all.map((c) => c.id)].sort());
      expect(k.two).toEqual(k.all.slice(0, 2));
    }
    const bad = await api.run('{ competencies(first: 1) { nodes { requiredBy(first: 0) { id } } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers promotionPaths in one round trip, found or not, and NOT_FOUND for an unknown class', async () => {
    const ids = (await graph.executor.runText('MATCH (a:JobClass)-[:PROMOTION_STEP]->()-[:PROMOTION_STEP]->(b) WHERE a <> b RETURN a.id AS a, b.id AS b LIMIT 1', {}, 'READ'))[0];
    const query = 'query($f: ID!, $t: ID!) { promotionPaths(from: $f, to: $t) { found reason paths { length payMovement steps { from { id title } to { id } edges { basis } } } } }';
    const found = await api.run<{ promotionPaths: { found: boolean; paths: { steps: { from: { id: string } }[] }[] } }>(query, { f: ids.a, t: ids.b });
    expect(found.errors).toBeUndefined();
    expect(found.data!.promotionPaths.found).toBe(true);
    expect(found.data!.promotionPaths.paths[0].steps[0].from.id).toBe(ids.a);
    expect(found.queries).toBe(1);
    const none = await api.run<{ promotionPaths: { found: boolean } }>(query, { f: ids.b, t: ids.a });
    expect(none.queries).toBe(1);
    const unknown = await api.run(query, { f: ids.a, t: 'gen-0:NOPE' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toMatch(/gen-0:NOPE/);
  });

  it('gives every request its read transaction back: more requests than the connection pool holds all succeed', async () => {
    const random = prng(3);
    const ids = (await graph.executor.runText('MATCH (c:JobClass) RETURN c.id AS id', {}, 'READ')).map((r) => String(r.id));
    for (let i = 0; i < 80; i++) {
      const { errors } = await api.run('query($id: ID!) { jobClass(id: $id) { id duties { text } series { id } } }', { id: ids[Math.floor(random() * ids.length)] });
      expect(errors).toBeUndefined();
    }
    const http = await api.listen();
    try {
      const bad = await fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/not valid JSON/);
      const ok = await Promise.all(Array.from({ length: 60 }, () => fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ jurisdictions { id } }' }) })));
      expect(ok.every((r) => r.status === 200)).toBe(true);
    } finally {
      await http.close();
    }
  });
});
