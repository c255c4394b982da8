/**
 * Class-family exports read back by independent libraries (fast-xml-parser and graphology-graphml for GraphML, headless Cytoscape.js,
 * csv-parse) must hold what the API returns; and the /export routes over a real listening server.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Graph } from '../../src/server/bootstrap';
import type { Subgraph } from '../../src/model/subgraph';
import { toGraphML } from '../../src/export/graphml';
import { toCytoscape } from '../../src/export/cytoscape';
import { edgesCsv, nodesCsv } from '../../src/export/csv';
import { exportRoutes } from '../../src/server/export-routes';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';
import { FAMILY_TEST, loadFamilyCorpus } from '../support/family-corpus';

let graph: Graph;
let api: TestApi;
let server: { url: string; close(): Promise<void> };
let family: Subgraph;

const FAMILY = `query($scope: FamilyScope!) { classFamily(scope: $scope) { truncated nodes { id type label properties } edges { id source target type properties } } }`;

async function apiFamily(scope: Record<string, unknown>): Promise<Subgraph> {
  const { data, errors } = await api.run<{ classFamily: Subgraph }>(FAMILY, { scope });
  expect(errors).toBeUndefined();
  return data!.classFamily;
}

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  await loadFamilyCorpus(graph.executor);
  api = await createTestApi(graph.executor, undefined, { extend: exportRoutes(graph.executor) });
  server = await api.listen();
  family = await apiFamily({ seriesId: FAMILY_TEST.seriesId, hops: 2 });
  expect(family.nodes.length).toBeGreaterThan(10);
}, 120_000);
afterAll(async () => {
  await server.close();
  await api.stop();
  await graph.close();
});

describe('GraphML', () => {
  const asArray = new Set(['graphml.key', 'graphml.graph.node', 'graphml.graph.edge', 'graphml.graph.node.data', 'graphml.graph.edge.data']);
  const reader = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, isArray: (_name, jpath) => asArray.has(jpath) });

  it('is well-formed and reads back with the same nodes, edges and values', () => {
    const xml = toGraphML(family);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = reader.parse(xml).graphml;
    const keys = new Map<string, { for: string; 'attr.name': string; 'attr.type': string }>(doc.key.map((k: { id: string }) => [k.id, k]));
    const values = (el: { data?: { key: string; '#text'?: string }[] }) => Object.fromEntries((el.data ?? []).map((d) => [keys.get(d.key)!['attr.name'], d['#text'] ?? '']));
    expect(doc.graph.edgedefault).toBe('directed');
    expect(doc.graph.node).toHaveLength(family.nodes.length);
    expect(doc.graph.edge).toHaveLength(family.edges.length);
    const nodes = new Map<string, Record<string, string>>(doc.graph.node.map((n: { id: string }) => [n.id, values(n as never)]));
    for (const node of family.nodes) {
      expect(nodes.get(node.id)).toMatchObject({ type: node.type, label: node.label });
    }
    // The awkward title survives escaping both as an attribute value (the label) and as element text.
    expect(nodes.get(FAMILY_TEST.lowClassId)).toMatchObject({ title: FAMILY_TEST.awkwardTitle, label: `BA1 ${FAMILY_TEST.awkwardTitle}` });
    const edgeIds = new Set(doc.graph.edge.map((e: { id: string }) => e.id));
    expect(family.edges.every((e) => edgeIds.has(e.id))).toBe(true);
  });

  it('is read by graphology-graphml, a GraphML reader of its own, with the same nodes, edges and typed values', () => {
    // A multigraph: two documents may each assert an edge between the same pair of classes.
    const read = parseGraphML(MultiDirectedGraph, toGraphML(family));
    expect([read.order, read.size]).toEqual([family.nodes.length, family.edges.length]);
    for (const node of family.nodes) expect(read.getNodeAttributes(node.id)).toMatchObject({ type: node.type, label: node.label });
    const withLevel = family.nodes.find((n) => typeof n.properties.level === 'number')!;
    expect(read.getNodeAttribute(withLevel.id, 'level')).toBe(withLevel.properties.level);
    for (const edge of family.edges) expect(read.source(edge.id)).toBe(edge.source);
  });

  it('declares a typed <key> for every property', () => {
    const doc = reader.parse(toGraphML(family)).graphml;
    const declared = (domain: string) => new Map<string, string>(doc.key.filter((k: { for: string }) => k.for === domain).map((k: Record<string, string>) => [k['attr.name'], k['attr.type']]));
    const nodeKeys = declared('node');
    const edgeKeys = declared('edge');
    for (const n of family.nodes) for (const p of Object.keys(n.properties)) expect(nodeKeys.has(p)).toBe(true);
    for (const e of family.edges) for (const p of Object.keys(e.properties)) expect(edgeKeys.has(p)).toBe(true);
    expect(nodeKeys.get('specified')).toBe('boolean');
    expect(nodeKeys.get('level')).toBe('int');
    expect(nodeKeys.get('title')).toBe('string');
    expect(edgeKeys.get('rank')).toBe('int');
    expect(edgeKeys.get('inferred')).toBe('boolean');
  });
});

describe('Cytoscape.js JSON', () => {
  it('loads into headless Cytoscape with the same nodes and edges', () => {
    const json = JSON.parse(JSON.stringify(toCytoscape(family)));
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes()).toHaveLength(family.nodes.length);
    expect(cy.edges()).toHaveLength(family.edges.length);
    const low = cy.getElementById(FAMILY_TEST.lowClassId);
    expect(low.data('label')).toBe(`BA1 ${FAMILY_TEST.awkwardTitle}`);
    expect(low.data('type')).toBe('JobClass');
    expect(low.data('prop_id')).toBe(FAMILY_TEST.lowClassId);
    // Edges join the nodes the API says they join.
    for (const e of family.edges) {
      const edge = cy.getElementById(e.id);
      expect([edge.source().id(), edge.target().id()]).toEqual([e.source, e.target]);
    }
    cy.destroy();
  });
});

describe('CSV', () => {
  it('nodes.csv and edges.csv parse back (RFC 4180) with the same rows and values', () => {
    const nodes = parseCsv(nodesCsv(family), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    const edges = parseCsv(edgesCsv(family), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(nodes).toHaveLength(family.nodes.length);
    expect(edges).toHaveLength(family.edges.length);
    expect(nodes.find((n) => n.id === FAMILY_TEST.lowClassId)).toMatchObject({ type: 'JobClass', title: FAMILY_TEST.awkwardTitle, specified: 'true', level: '1' });
    const requires = edges.find((e) => e.type === 'REQUIRES' && e.source === FAMILY_TEST.lowClassId && e.target === 'data-analysis');
    expect(requires?.definition).toBe('Line one,\nline "two"');
    expect(new Set(edges.map((e) => e.id))).toEqual(new Set(family.edges.map((e) => e.id)));
  });
});

describe('GET /export/...', () => {
  const get = (path: string) => fetch(`${server.url}${path}`);
  const enc = encodeURIComponent;

  it.each([
    ['graphml', /^application\/graphml\+xml/],
    ['cyjs', /^application\/json/],
    ['json', /^application\/json/],
    ['nodes.csv', /^text\/csv/],
    ['edges.csv', /^text\/csv/],
  ])('series .%s: content type and attachment name', async (format, type) => {
    const res = await get(`/export/series/${enc(FAMILY_TEST.seriesId)}.${format}?hops=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="fam-test-series-ba.${format}"`);
    expect(res.headers.get('x-subgraph-truncated')).toBe('false');
    const body = await res.text();
    if (format === 'json') expect(JSON.parse(body)).toEqual(family);
    if (format === 'cyjs') expect(JSON.parse(body).elements.nodes).toHaveLength(family.nodes.length);
    if (format === 'nodes.csv') expect(parseCsv(body, { columns: true })).toHaveLength(family.nodes.length);
    if (format === 'graphml') expect(XMLValidator.validate(body)).toBe(true);
  });

  it.each([
    ['family', { jobFamilyId: FAMILY_TEST.jobFamilyId }, FAMILY_TEST.jobFamilyId],
    ['jurisdiction', { jurisdictionId: FAMILY_TEST.jurisdictionId }, FAMILY_TEST.jurisdictionId],
    ['class', { classId: FAMILY_TEST.lowClassId }, FAMILY_TEST.lowClassId],
  ])('/export/%s/<id>.json is the classFamily of that scope', async (scope, args, id) => {
    const res = await get(`/export/${scope}/${enc(id)}.json`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(await apiFamily(args));
  });

  it('?hops widens the family', async () => {
    const one = (await (await get(`/export/class/${enc(FAMILY_TEST.lowClassId)}.json?hops=1`)).json()) as Subgraph;
    const three = (await (await get(`/export/class/${enc(FAMILY_TEST.lowClassId)}.json?hops=3`)).json()) as Subgraph;
    expect(three.nodes.length).toBeGreaterThan(one.nodes.length);
  });

  it('404 JSON for an unknown id or scope', async () => {
    const res = await get(`/export/series/${enc('nope:series:X')}.graphml`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'ClassSeries "nope:series:X" not found' } });
    expect((await get(`/export/planet/${enc(FAMILY_TEST.seriesId)}.json`)).status).toBe(404);
  });

  it('400 JSON for a bad format or parameter', async () => {
    for (const path of [`/export/series/${enc(FAMILY_TEST.seriesId)}.pdf`, `/export/series/${enc(FAMILY_TEST.seriesId)}.json?hops=x`, `/export/series/${enc(FAMILY_TEST.seriesId)}.json?hops=9`, '/export/series/.json']) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    }
  });
});
