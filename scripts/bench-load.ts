/**
 * Load benchmark: the generated corpus (~N classes) loaded three ways into the benchmark Neo4j, printing
 * entities (nodes + relationships) per second:
 *
 *   1. `ingest --bulk`'s writer (BulkDocumentWriter: UNWIND batches over many documents, provenance, MERGE
 *      semantics, per-document fallback, derived PROMOTION_STEP edges and alias links at the end);
 *   2. plain UNWIND: the same nodes and relationships (exported from 1) written with CREATE in batches of
 *      10,000 rows, no semantics at all: what batched Cypher reaches on this machine;
 *   3. `neo4j-admin database import full` of the same graph as CSV into a separate, offline instance: the
 *      ceiling (no transactions, no index maintenance).
 *
 *   npm run bench:load -- --classes 20000 [--batch 100] [--skip-import] [--bulk-only]
 *
 * Neo4j: NEO4J_BOLT_PORT / NEO4J_PASSWORD name the running benchmark instance (its data is replaced);
 * the import goes to graph/.neo4j/instances/bench-import.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { spawnSync } from 'node:child_process';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/observability/logger';
import { connectGraph } from '../src/server/bootstrap';
import { fromRoot } from '../src/config/paths';
import type { Executor } from '../src/db/executor';
import type { NormalizedDocument } from '../src/model/specification';
import { BulkDocumentWriter } from '../src/repositories/bulk-document.writer';
import { applyAliasTable } from '../src/ingest/competency-aliases';
import { corpusDocuments } from './corpus/generate-corpus';
import { wipeGraph } from './corpus/wipe-graph';
import { corpusFor } from './bench-compare/corpus-setup';

const log = (line: string) => console.error(line);

async function entityCount(executor: Executor): Promise<number> {
  const [row] = await executor.runText('CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes + rels AS n', {}, 'READ');
  return Number(row.n);
}

/** Peak RSS of this process while `work` runs, sampled every 50 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const value = await work();
    return { value, peakMb: Math.max(peak, process.memoryUsage().rss) / 1048576 };
  } finally {
    clearInterval(timer);
  }
}

/** Nodes by label and relationships by (type, start label, end label), as JSON lines and as neo4j-admin CSV. */
async function exportGraph(uri: string, password: string, dir: string): Promise<{ nodeFiles: string[]; relFiles: string[] }> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  const session = driver.session();
  const nodeFiles: string[] = [];
  const relFiles: string[] = [];
  const csvType = (types: string[]) => {
    const t = types.map((x) => x.replace(/ NOT NULL/g, ''));
    if (t.every((x) => x === 'INTEGER')) return ':long';
    if (t.every((x) => x === 'FLOAT' || x === 'INTEGER')) return ':double';
    if (t.every((x) => x === 'BOOLEAN')) return ':boolean';
    return '';
  };
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'string' ? `"${v.replace(/"/g, '""')}"` : Array.isArray(v) ? `"${v.join(';').replace(/"/g, '""')}"` : String(v));
  const stream = async (query: string, params: Record<string, unknown>, onRow: (r: Record<string, unknown>) => void) =>
    new Promise<void>((resolve, reject) => session.run(query, params).subscribe({ onNext: (r) => onRow(r.toObject()), onCompleted: () => resolve(), onError: reject }));
  try {
    const labels = (await session.run("MATCH (n) WHERE NOT n:Migration AND NOT n:BenchCorpus RETURN DISTINCT labels(n)[0] AS l")).records.map((r) => String(r.get('l')));
    for (const label of labels) {
      const keys = (await session.run(`MATCH (n:\`${label}\`) UNWIND keys(n) AS k WITH k, n[k] AS v WHERE k <> 'id' RETURN k, collect(DISTINCT valueType(v)) AS t`)).records.map((r) => ({ k: String(r.get('k')), t: r.get('t') as string[] }));
      const csv = fs.createWriteStream(path.join(dir, `nodes-${label}.csv`));
      const jsonl = fs.createWriteStream(path.join(dir, `nodes-${label}.jsonl`));
      csv.write([`id:ID(${label})`, ...keys.map(({ k, t }) => `${k}${t.some((x) => x.startsWith('LIST')) ? ':string[]' : csvType(t)}`), ':LABEL'].join(',') + '\n');
      await stream(`MATCH (n:\`${label}\`) RETURN properties(n) AS p`, {}, ({ p }) => {
        const props = p as Record<string, unknown>;
        csv.write([cell(props.id), ...keys.map(({ k }) => cell(props[k])), label].join(',') + '\n');
        jsonl.write(`${JSON.stringify(props)}\n`);
      });
      await Promise.all([new Promise((r) => csv.end(r)), new Promise((r) => jsonl.end(r))]);
      nodeFiles.push(`nodes-${label}`);
    }
    const shapes = (await session.run("MATCH (a)-[r]->(b) WHERE NOT a:Migration RETURN DISTINCT type(r) AS t, labels(a)[0] AS a, labels(b)[0] AS b")).records.map((r) => ({ t: String(r.get('t')), a: String(r.get('a')), b: String(r.get('b')) }));
    for (const { t, a, b } of shapes) {
      const name = `rels-${t}-${a}-${b}`;
      const keys = (await session.run(`MATCH (:\`${a}\`)-[r:\`${t}\`]->(:\`${b}\`) UNWIND keys(r) AS k WITH k, r[k] AS v RETURN k, collect(DISTINCT valueType(v)) AS t`)).records.map((r) => ({ k: String(r.get('k')), t: r.get('t') as string[] }));
      const csv = fs.createWriteStream(path.join(dir, `${name}.csv`));
      const jsonl = fs.createWriteStream(path.join(dir, `${name}.jsonl`));
      csv.write([`:START_ID(${a})`, `:END_ID(${b})`, ...keys.map(({ k, t: types }) => `${k}${csvType(types)}`), ':TYPE'].join(',') + '\n');
      await stream(`MATCH (x:\`${a}\`)-[r:\`${t}\`]->(y:\`${b}\`) RETURN x.id AS s, y.id AS e, properties(r) AS p`, {}, ({ s, e, p }) => {
        const props = p as Record<string, unknown>;
        csv.write([cell(s), cell(e), ...keys.map(({ k }) => cell(props[k])), t].join(',') + '\n');
        jsonl.write(`${JSON.stringify({ s, e, p: props })}\n`);
      });
      await Promise.all([new Promise((r) => csv.end(r)), new Promise((r) => jsonl.end(r))]);
      relFiles.push(name);
    }
  } finally {
    await session.close();
    await driver.close();
  }
  return { nodeFiles, relFiles };
}

/** Plain UNWIND: CREATE the exported nodes, then the relationships (endpoints found by id), 10,000 rows a batch. */
async function plainUnwind(executor: Executor, dir: string, files: { nodeFiles: string[]; relFiles: string[] }): Promise<void> {
  const batches = async function* (file: string) {
    let rows: unknown[] = [];
    for await (const line of readline.createInterface({ input: fs.createReadStream(path.join(dir, `${file}.jsonl`)) })) {
      rows.push(JSON.parse(line));
      if (rows.length === 10_000) {
        yield rows;
        rows = [];
      }
    }
    if (rows.length) yield rows;
  };
  for (const file of files.nodeFiles) {
    const label = file.slice('nodes-'.length);
    for await (const rows of batches(file)) await executor.runText(`UNWIND $rows AS p CREATE (n:\`${label}\`) SET n = p`, { rows });
  }
  for (const file of files.relFiles) {
    const [, type, a, b] = file.split('-');
    for await (const rows of batches(file)) {
      await executor.runText(`UNWIND $rows AS r MATCH (x:\`${a}\` {id: r.s}) MATCH (y:\`${b}\` {id: r.e}) CREATE (x)-[q:\`${type}\`]->(y) SET q = r.p`, { rows });
    }
  }
}

/** neo4j-admin database import full into graph/.neo4j/instances/bench-import (offline, its own store). */
function adminImport(dir: string, files: { nodeFiles: string[]; relFiles: string[] }): { seconds: number; output: string } {
  const home = fromRoot('graph', '.neo4j', 'instances', 'bench-import');
  fs.rmSync(home, { recursive: true, force: true });
  fs.mkdirSync(path.join(home, 'conf'), { recursive: true });
  fs.writeFileSync(path.join(home, 'conf', 'neo4j.conf'), `server.directories.data=${home}/data\nserver.directories.logs=${home}/logs\nserver.memory.pagecache.size=512m\n`);
  const args = [
    '-Xmx1g',
    '-cp',
    `${fromRoot('graph', '.neo4j', 'lib')}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--multiline-fields=true',
    '--threads=2',
    `--report-file=${path.join(home, 'import.report')}`,
    ...files.nodeFiles.map((f) => `--nodes=${path.join(dir, `${f}.csv`)}`),
    ...files.relFiles.map((f) => `--relationships=${path.join(dir, `${f}.csv`)}`),
  ];
  const started = Date.now();
  const result = spawnSync('java', args, { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`neo4j-admin import failed (${result.status}): ${(result.stderr || result.stdout).slice(-2000)}`);
  return { seconds, output: result.stdout };
}

async function main() {
  const options = new Command().option('--classes <n>', 'classes in the generated corpus', '20000').option('--batch <n>', 'documents per bulk transaction', '100').option('--concurrency <n>', 'bulk transactions in flight at once', '1').option('--skip-import', 'leave out neo4j-admin import').option('--bulk-only', 'only the bulk writer; leave its graph for bench:compare').parse().opts();
  const config = loadConfig(process.env);
  const uri = config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`;
  const graph = await connectGraph(config, createLogger('warn'), { startLocal: false });
  const executor = graph.executor;
  // Documents are generated a batch at a time (as `ingest --bulk` reads and parses files a batch at a time), so
  // the peak RSS is the writer's, not the corpus's; generation time is measured apart and left out of the rate.
  const corpus = corpusDocuments(corpusFor(Number(options.classes)));
  const figures: string[] = [];

  await wipeGraph(executor);
  const before = await entityCount(executor);
  const bulk = await withPeakRss(async () => {
    const started = Date.now();
    const writer = new BulkDocumentWriter(executor);
    const size = Number(options.batch);
    const concurrency = Number(options.concurrency);
    let fallbacks = 0;
    let generating = 0;
    let documents = 0;
    let classes = 0;
    const inFlight = new Set<Promise<void>>();
    for (;;) {
      const generated = Date.now();
      const batch: NormalizedDocument[] = [];
      while (batch.length < size) {
        const next = corpus.next();
        if (next.done) break;
        batch.push(next.value);
      }
      generating += Date.now() - generated;
      if (!batch.length) break;
      documents += batch.length;
      classes += batch.reduce((n, d) => n + d.classes.length, 0);
      const write: Promise<void> = writer.writeBatch(batch).then((outcome) => {
        inFlight.delete(write);
        fallbacks += outcome.perDocument;
        const failed = outcome.results.filter((r) => !r.ok);
        if (failed.length) throw new Error(`bulk load: ${failed.length} documents failed: ${JSON.stringify(failed[0])}`);
      });
      inFlight.add(write);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
      if ((documents / size) % 10 === 1) process.stderr.write(`  bulk: ${documents} documents\r`);
    }
    await Promise.all(inFlight);
    log(`${documents} documents, ${classes} specified classes (generated in ${(generating / 1000).toFixed(1)} s, not counted)`);
    const written = Date.now();
    await writer.finish();
    await applyAliasTable(executor);
    // One transaction at a time, generation is left out of the time (it stands for the parsing `ingest --bulk`
    // does in worker threads meanwhile); with more in flight it overlaps the writes, so nothing is left out.
    const wall = Date.now() - started;
    return { seconds: (concurrency > 1 ? wall : wall - generating) / 1000, derivedSeconds: (Date.now() - written) / 1000, fallbacks };
  });
  const entities = (await entityCount(executor)) - before;
  figures.push(`ingest --bulk writer      ${entities} entities in ${bulk.value.seconds.toFixed(1)} s = ${Math.round(entities / bulk.value.seconds)} entities/s (${options.concurrency} transaction(s) in flight; derived edges and aliases ${bulk.value.derivedSeconds.toFixed(1)} s; ${bulk.value.fallbacks} documents retried alone; Node peak RSS ${bulk.peakMb.toFixed(0)} MB, documents generated a batch at a time)`);
  log(figures[figures.length - 1]);

  if (options.bulkOnly) {
    // The graph is exactly bench:compare's corpus for this size: mark it so bench:compare does not reload it.
    await executor.runText('MERGE (m:BenchCorpus) SET m.marker = $marker', { marker: `${options.classes}:1` });
    await graph.close();
    console.log(`\n${options.classes} classes requested\n${figures.join('\n')}`);
    return;
  }
  const dir = fromRoot('graph', '.neo4j', 'bench-load-export');
  const files = await exportGraph(uri, config.NEO4J_PASSWORD, dir);
  await wipeGraph(executor);
  const plain = await withPeakRss(async () => {
    const started = Date.now();
    await plainUnwind(executor, dir, files);
    return (Date.now() - started) / 1000;
  });
  const plainEntities = (await entityCount(executor)) - before;
  figures.push(`plain UNWIND CREATE       ${plainEntities} entities in ${plain.value.toFixed(1)} s = ${Math.round(plainEntities / plain.value)} entities/s (Node peak RSS ${plain.peakMb.toFixed(0)} MB)`);
  log(figures[figures.length - 1]);
  await graph.close();

  if (!options.skipImport) {
    const imported = adminImport(dir, files);
    const counts = /Imported:\s*([\d,]+) nodes\s*([\d,]+) relationships/m.exec(imported.output.replace(/\n/g, ' '));
    const importedEntities = counts ? Number(counts[1].replace(/,/g, '')) + Number(counts[2].replace(/,/g, '')) : plainEntities;
    figures.push(`neo4j-admin import        ${importedEntities} entities in ${imported.seconds.toFixed(1)} s = ${Math.round(importedEntities / imported.seconds)} entities/s (whole JVM run, offline)`);
  }
  console.log(`\n${options.classes} classes requested\n${figures.join('\n')}`);
  console.log('\nThe benchmark graph now holds the plain-UNWIND copy; bench:compare reloads its corpus when it finds no marker.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
