/**
 * Scale benchmark: loads a generated plan of N classes into a dedicated Neo4j instance ("bench", ports
 * 7691/7478, or NEO4J_URI) and prints load throughput and query latencies (median and p95 over repeated runs)
 * through the GraphQL API, at a small and a large size, with the large/small ratio for each figure.
 *
 *   npm run bench -- --small 2000 --large 20000
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/observability/logger';
import { connectGraph } from '../src/server/bootstrap';
import { startLocalNeo4j } from '../src/db/local-neo4j';
import { DocumentRepository } from '../src/repositories/document.repository';
import { applyAliasTable } from '../src/ingest/competency-aliases';
import { createSchema } from '../src/server/schema';
import { createApp } from '../src/server/app';
import { createContext } from '../src/server/context';
import type { Executor } from '../src/db/executor';
import { generateCorpus, prng } from './corpus/generate-corpus';
import { wipeGraph } from './corpus/wipe-graph';

// Ports can be moved (NEO4J_BENCH_BOLT_PORT, NEO4J_BENCH_HTTP_PORT) when several checkouts share a machine.
const BENCH = { instance: 'bench', boltPort: Number(process.env.NEO4J_BENCH_BOLT_PORT ?? 7691), httpPort: Number(process.env.NEO4J_BENCH_HTTP_PORT ?? 7478), password: 'classgraph-bench' };

interface Figures {
  classes: number;
  loadSeconds: number;
  classesPerSecond: number;
  latencies: Record<string, { median: number; p95: number }>;
  rssMb: number;
}

async function measure(executor: Executor, targetClasses: number): Promise<Figures> {
  await wipeGraph(executor);
  // ~3 levels per series on average: series per jurisdiction chosen to reach the target.
  const jurisdictions = Math.max(1, Math.round(targetClasses / 5000));
  const docs = generateCorpus({ jurisdictions, seriesPerJurisdiction: Math.round(targetClasses / jurisdictions / 3), maxLevels: 5, crossLinksPerSeries: 2, distinctionsPerSeries: 1, competencyPool: 400, seed: 1 });
  const repo = new DocumentRepository(executor);
  const started = Date.now();
  let loaded = 0;
  for (const doc of docs) {
    await repo.save(doc);
    loaded += doc.classes.length;
    if (loaded % 2000 < doc.classes.length) process.stderr.write(`  loaded ${loaded} classes\r`);
  }
  await applyAliasTable(executor);
  const loadSeconds = (Date.now() - started) / 1000;
  process.stderr.write('\n');

  const schema = await createSchema();
  const { apollo } = await createApp({ schema, executor, logger: createLogger('silent'), apiKeys: new Map(), queryTimeoutMs: 10_000 });
  const ids = (await executor.runText('MATCH (c:JobClass {specified: true, jurisdictionId: "gen-0"}) RETURN c.id AS id', {}, 'READ')).map((r) => String(r.id));
  const random = prng(3);
  const pickId = () => ids[Math.floor(random() * ids.length)];
  const reachable = async () => {
    for (;;) {
      const from = pickId();
      const rows = await executor.runText('MATCH (a:JobClass {id: $id})-[:PROMOTES_TO*2..4]->(b) WHERE b <> a RETURN b.id AS id LIMIT 1', { id: from }, 'READ');
      if (rows.length) return { from, to: String(rows[0].id) };
    }
  };
  const queries: Record<string, () => Promise<{ query: string; variables: Record<string, unknown> }>> = {
    jobClass: async () => ({ query: 'query($id: ID!) { jobClass(id: $id) { title duties { text } competencies { competency { name } } } }', variables: { id: pickId() } }),
    'jobClasses page': async () => ({ query: 'query { jobClasses(first: 50) { edges { node { id title series { title } } } } }', variables: {} }),
    search: async () => ({ query: 'query { search(text: "generated series specialist", first: 20) { score } }', variables: {} }),
    nextSteps: async () => ({ query: 'query($id: ID!) { nextSteps(classId: $id) { jobClass { id } edges { basis } } }', variables: { id: pickId() } }),
    promotionPaths: async () => ({ query: 'query($f: ID!, $t: ID!) { promotionPaths(from: $f, to: $t, maxSteps: 8, limit: 3) { found paths { length } } }', variables: (({ from, to }) => ({ f: from, t: to }))(await reachable()) }),
    'promotionPaths (no path)': async () => ({ query: 'query($f: ID!, $t: ID!) { promotionPaths(from: $f, to: $t, maxSteps: 10, limit: 3) { found } }', variables: { f: pickId(), t: pickId() } }),
    'careerHorizon 3 steps': async () => ({ query: 'query($id: ID!) { careerHorizon(classId: $id, maxSteps: 3) { totalReachable classes { jobClass { id title } steps totalMonthsExperience payMovement path { to { id } monthsExperience } } } }', variables: { id: pickId() } }),
    'feederClasses 3 steps': async () => ({ query: 'query($id: ID!) { feederClasses(classId: $id, maxSteps: 3) { totalReachable classes { jobClass { id } steps totalMonthsExperience } } }', variables: { id: pickId() } }),
    similarClasses: async () => ({ query: 'query($id: ID!) { similarClasses(classId: $id, limit: 10) { score } }', variables: { id: pickId() } }),
  };
  const latencies: Figures['latencies'] = {};
  for (const [name, make] of Object.entries(queries)) {
    const samples: number[] = [];
    // 5 warm-up runs (JIT, plan cache, page cache) are not counted, so the small plan is not measured cold.
    for (let i = -5; i < 25; i++) {
      const { query, variables } = await make();
      const t = process.hrtime.bigint();
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(executor, 'reader', { queryTimeoutMs: 10_000 }) });
      if (i >= 0) samples.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (response.body.kind === 'single' && response.body.singleResult.errors) throw new Error(`${name}: ${JSON.stringify(response.body.singleResult.errors)}`);
    }
    samples.sort((a, b) => a - b);
    latencies[name] = { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)] };
  }
  await apollo.stop();
  const [count] = await executor.runText('MATCH (c:JobClass) RETURN count(c) AS n', {}, 'READ');
  return { classes: Number(count.n), loadSeconds, classesPerSecond: Number(count.n) / loadSeconds, latencies, rssMb: process.memoryUsage().rss / 1048576 };
}

async function main() {
  const options = new Command().option('--small <n>', 'classes in the small plan', '2000').option('--large <n>', 'classes in the large plan', '20000').parse().opts();
  const env = process.env.NEO4J_URI ? process.env : { ...process.env, NEO4J_BOLT_PORT: String(BENCH.boltPort), NEO4J_PASSWORD: BENCH.password };
  if (!process.env.NEO4J_URI) startLocalNeo4j(BENCH);
  const graph = await connectGraph(loadConfig(env), createLogger('warn'), { startLocal: false });
  const small = await measure(graph.executor, Number(options.small));
  const large = await measure(graph.executor, Number(options.large));
  await graph.close();
  const fmt = (n: number) => n.toFixed(1).padStart(9);
  console.log(`\nplan size                 ${fmt(small.classes)} ${fmt(large.classes)}   ratio`);
  console.log(`load (classes/s)          ${fmt(small.classesPerSecond)} ${fmt(large.classesPerSecond)}   ${(large.classesPerSecond / small.classesPerSecond).toFixed(2)}`);
  for (const name of Object.keys(small.latencies)) {
    const [s, l] = [small.latencies[name], large.latencies[name]];
    console.log(`${`${name} median ms`.padEnd(26)}${fmt(s.median)} ${fmt(l.median)}   ${(l.median / s.median).toFixed(2)}   (p95 ${s.p95.toFixed(1)} / ${l.p95.toFixed(1)})`);
  }
  console.log(`node RSS MB                ${fmt(small.rssMb)} ${fmt(large.rssMb)}`);
  console.log(`\nclasses grew ${(large.classes / small.classes).toFixed(1)}x; a ratio near 1 means the query cost does not grow with the plan.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
