/**
 * The explorer page in a real browser (Chromium via playwright-core) over the real server and graph, loaded
 * from the seed documents: search, the series family with both levels, the promotion path 62721S -> 62722S
 * highlighted, the side-by-side comparison. Screenshots go to docs/screenshots/explorer-*.png.
 */
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Graph } from '../../src/server/bootstrap';
import { ingestPaths } from '../../src/ingest/pipeline';
import { exportRoutes } from '../../src/server/export-routes';
import { explorerRoutes } from '../../src/server/explorer-routes';
import { clearGraph, openTestGraph } from '../support/graph';
import { createTestApi, type TestApi } from '../support/api';

const SHOTS = path.resolve(__dirname, '../../docs/screenshots');
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
  const reports = await ingestPaths(graph.executor, [path.resolve(__dirname, '../../seeds')]);
  expect(reports.filter((r) => r.status === 'FAILED')).toEqual([]);
  api = await createTestApi(graph.executor, undefined, {
    extend: (app) => {
      exportRoutes(graph.executor)(app);
      explorerRoutes()(app);
    },
  });
  server = await api.listen();
  // jest.config.js only includes this project when it found Chromium, and tells us where.
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

describe('explorer page', () => {
  it('serves Cytoscape from node_modules, not a CDN', async () => {
    const res = await fetch(`${server.url}/explorer/vendor/cytoscape.min.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const html = await (await fetch(`${server.url}/explorer/`)).text();
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('searches, draws the series family with both levels, and shows a class with its passages', async () => {
    await page.goto(`${server.url}/explorer/`);
    await page.getByTestId('search-input').fill('Business Operations Analyst');
    await page.getByTestId('search-button').click();
    await page.getByTestId(`hit-${LOW}`).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'explorer-search.png') });

    await page.getByTestId(`hit-${LOW}`).click();
    await page.getByTestId(`node-${LOW}`).waitFor();
    await page.getByTestId(`node-${HIGH}`).waitFor();
    expect(await page.getByTestId('graph-summary').textContent()).toMatch(/^\d+ nodes, \d+ edges/);
    // The canvas holds the same nodes as the list.
    const inGraph = await page.evaluate((ids) => ids.map((id) => (window as unknown as { explorer: { cy: { getElementById(id: string): { length: number } } } }).explorer.cy.getElementById(id).length), [LOW, HIGH]);
    expect(inGraph).toEqual([1, 1]);

    await page.getByTestId('details-title').filter({ hasText: '62721S' }).waitFor();
    expect(await page.getByTestId('details-title').textContent()).toBe('62721S Business Operations Analyst 1');
    expect(await page.getByTestId('passage').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'explorer-family.png') });
  });

  it('picks two classes, highlights the 62721S -> 62722S promotion path and opens the comparison', async () => {
    await page.getByTestId('pick-two').click();
    await page.getByTestId(`node-${LOW}`).click();
    await page.getByTestId(`node-${HIGH}`).click();
    await page.getByTestId('path-summary').waitFor();
    expect(await page.getByTestId('path-step').count()).toBe(1);
    expect(await page.getByTestId('path-step').first().textContent()).toMatch(/62721S Business Operations Analyst 1 → 62722S Business Operations Analyst 2/);
    expect(await page.getByTestId(`node-${LOW}`).getAttribute('data-on-path')).toBe('true');
    expect(await page.getByTestId(`node-${HIGH}`).getAttribute('data-on-path')).toBe('true');
    const highlighted = await page.evaluate(() => {
      const cy = (window as unknown as { explorer: { cy: { $(selector: string): { map<T>(f: (e: { id(): string }) => T): T[] } } } }).explorer.cy;
      return { nodes: cy.$('node.on-path').map((n) => n.id()).sort(), edges: cy.$('edge.on-path').map((e) => e.id()).length };
    });
    expect(highlighted.nodes).toEqual([LOW, HIGH]);
    expect(highlighted.edges).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'explorer-path.png') });

    await page.getByTestId('compare-button').click();
    await page.getByTestId('comparison-table').waitFor();
    expect(await page.getByTestId('compare-a').textContent()).toBe('62721S Business Operations Analyst 1');
    expect(await page.getByTestId('compare-b').textContent()).toBe('62722S Business Operations Analyst 2');
    expect(await page.getByTestId('compare-pay').textContent()).toMatch(/10.*12/);
    await page.getByTestId('comparison').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'explorer-compare.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
