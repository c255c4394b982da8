/**
 * The Neo4j Browser queries of docs/neo4j-browser.md (files in cypher/browser/): each one plans (EXPLAIN) and,
 * run on the class-family test data, draws something; and the page quotes each file's query unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/server/bootstrap';
import { clearGraph, openTestGraph } from '../support/graph';
import { FAMILY_TEST, loadFamilyCorpus } from '../support/family-corpus';

const DIR = path.resolve(__dirname, '../../cypher/browser');
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.cypher')).sort();
const DOC = fs.readFileSync(path.resolve(__dirname, '../../docs/neo4j-browser.md'), 'utf8');
const GRASS = fs.readFileSync(path.resolve(__dirname, '../../graph/browser-style.grass'), 'utf8');

/** Parameters of every query, pointing at the hand-written family of the test data. */
const PARAMS = {
  seriesId: FAMILY_TEST.seriesId,
  familyId: FAMILY_TEST.jobFamilyId,
  jurisdictionId: FAMILY_TEST.jurisdictionId,
  classId: 'fam-test:BA1',
  fromId: 'fam-test:BA1',
  toId: 'fam-test:BA3',
};

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  await loadFamilyCorpus(graph.executor);
}, 120_000);
afterAll(() => graph.close());

const body = (file: string) =>
  fs
    .readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('//'))
    .join('\n')
    .trim();

describe('cypher/browser queries', () => {
  it('has 6 to 8 of them, each quoted in docs/neo4j-browser.md', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(6);
    expect(FILES.length).toBeLessThanOrEqual(8);
    for (const file of FILES) expect(DOC).toContain(body(file));
  });

  it.each(FILES)('%s plans and returns rows on the test data', async (file) => {
    const text = body(file);
    await expect(graph.executor.runText(`EXPLAIN ${text}`, PARAMS, 'READ')).resolves.toBeDefined();
    const rows = await graph.executor.runText(text, PARAMS, 'READ');
    expect(rows.length).toBeGreaterThan(0);
  });

  it('the GraSS style colours and captions every node label', () => {
    for (const label of ['Jurisdiction', 'Agency', 'JobFamily', 'ClassSeries', 'JobClass', 'Position', 'Competency']) {
      expect(GRASS).toMatch(new RegExp(`node\\.${label} \\{[^}]*color: #[0-9A-F]{6};[^}]*caption: "\\{(title|name|code|number)\\}";`));
    }
  });
});
