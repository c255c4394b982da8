/**
 * Provenance in the explorer, in Chromium over the real server and graph: every fact links to its document (the
 * stored text with the passage marked, as the seeds have no URL), and an analyst's correction shows who and why.
 * The Ohio seed is loaded without its "6 mos. exp. as ... 62721S" clause, and the promotion is added back through
 * correctDocument. Screenshot: docs/screenshots/explorer-provenance.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Graph } from '../../src/server/bootstrap';
import { ingestDocument } from '../../src/ingest/pipeline';
import { explorerRoutes } from '../../src/server/explorer-routes';
import { documentRoutes } from '../../src/server/document-routes';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';

const SHOTS = path.resolve(__dirname, '../../docs/screenshots');
const SEED = fs.readFileSync(path.resolve(__dirname, '../../seeds/000_063c8e4fea0a190a.txt'), 'utf8');
const LOW = 'state-of-ohio:62721S';
const HIGH = 'state-of-ohio:62722S';

let graph: Graph;
let api: TestApi;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  await clearGraph(graph.executor);
  const report = await ingestDocument(graph.executor, {
    fileName: 'ohio-6272S.txt',
    bytes: Buffer.from(SEED.replace('-Or 6 mos. exp. as Business Operations Analyst 1, 62721S.', '')),
    manifest: { file: 'ohio-6272S.txt', key: 'ohio-6272S', jurisdiction: { id: 'state-of-ohio', name: 'State of Ohio', kind: 'STATE' } },
  });
  expect(report.error).toBeNull();
  api = await createTestApi(graph.executor, undefined, {
    extend: (app) => {
      explorerRoutes()(app);
      documentRoutes(graph.executor)(app);
    },
  });
  const corrected = await api.run(
    'mutation($input: CorrectDocumentInput!) { correctDocument(input: $input) { correctionsApplied } }',
    { input: { documentId: 'doc:ohio-6272S', by: 'j.rivera', corrections: [{ kind: 'promotion', action: 'add', class: { code: '62722S' }, from: { code: '62721S' }, months: 6, reason: 'Clause lost in the posted copy' }] } },
    'editor',
  );
  expect(corrected.errors).toBeUndefined();
  server = await api.listen();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await api?.stop();
  await graph?.close();
});

describe('explorer provenance', () => {
  it("links a class's facts to the passage they came from and shows the analyst's correction on the path", async () => {
    await page.goto(`${server.url}/explorer/`);
    await page.getByTestId('search-input').fill('Business Operations Analyst');
    await page.getByTestId('search-button').click();
    await page.getByTestId(`hit-${HIGH}`).click();
    await page.getByTestId('details-title').filter({ hasText: '62722S' }).waitFor();
    const links = page.getByTestId('details').getByTestId('source-link');
    expect(await links.count()).toBeGreaterThan(1);
    const href = (await links.first().getAttribute('href'))!;
    expect(href).toMatch(/^\/documents\/view\?id=doc%3Aohio-6272S&start=\d+&end=\d+#passage$/);

    await page.getByTestId('pick-two').click();
    await page.getByTestId(`node-${LOW}`).click();
    await page.getByTestId(`node-${HIGH}`).click();
    await page.getByTestId('path-summary').waitFor();
    const analyst = page.getByTestId('path').locator('[data-provenance="ANALYST"]');
    expect(await analyst.count()).toBe(1);
    expect(await analyst.textContent()).toMatch(/qualification, 6 months.*corrected by j\.rivera: Clause lost in the posted copy/);
    await page.screenshot({ path: path.join(SHOTS, 'explorer-provenance.png') });

    // The link opens the stored text with the cited passage marked.
    const view = await browser.newPage();
    await view.goto(server.url + href);
    const marked = await view.getByTestId('passage').textContent();
    expect(marked!.length).toBeGreaterThan(0);
    expect(SEED).toContain(marked!.trim().split('\n')[0]);
    await view.close();
    expect(pageErrors).toEqual([]);
  });
});
