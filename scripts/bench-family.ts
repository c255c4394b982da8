/**
 * classFamily latency: this build (a family in one statement) against an older build's hop-by-hop path (the core,
 * one statement per hop, the edges), interleaved sample by sample on the same Neo4j and the same scopes, with both
 * answers compared on every sample. Reads only (no migrations are run), so it may point at a shared instance.
 *
 *   git archive <old commit> | tar -x -C /tmp/family-before && ln -s "$PWD/node_modules" /tmp/family-before/
 *   (cd /tmp/family-before && npx tsc -p tsconfig.build.json)
 *   NEO4J_BOLT_PORT=7761 npm run bench:family -- --before /tmp/family-before --samples 300
 *
 * The old build lends its FamilyService, FamilyRepository and cypher/ folder; both run over this build's Executor,
 * each sample in a request scope of its own, as a GraphQL request or an export route would. Without --before only
 * this build is measured. Connection: NEO4J_URI, or NEO4J_BOLT_PORT and NEO4J_PASSWORD, as the server reads them.
 */
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { loadConfig } from '../src/config/config';
import { createDriver } from '../src/db/driver';
import { Executor } from '../src/db/executor';
import { CypherRegistry, defaultCypherRoot } from '../src/db/cypher-registry';
import { FamilyRepository } from '../src/repositories/family.repository';
import { FamilyService, type FamilyScopeArgs } from '../src/services/family.service';
import type { Subgraph } from '../src/model/subgraph';
import { prng } from './corpus/generate-corpus';

interface Contender {
  name: string;
  executor: Executor;
  service: (executor: Executor) => { classFamily(scope: FamilyScopeArgs, maxNodes?: number): Promise<Subgraph> };
}

interface Case {
  name: string;
  ids: string[];
  scope: (id: string) => FamilyScopeArgs;
  maxNodes: number;
}

const TIMEOUT_MS = 10_000;

/** What must agree between the two builds: nodes in order, the set of edge ids, truncation. */
const fingerprint = (s: Subgraph) => JSON.stringify([s.truncated, s.nodes.map((n) => `${n.type}|${n.id}`), s.edges.map((e) => e.id).sort()]);

const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];

async function main() {
  const options = new Command()
    .option('--before <dir>', 'a built checkout of the old code (its dist/ and cypher/)')
    .option('--samples <n>', 'samples per case and contender', '300')
    .option('--warmup <n>', 'unmeasured runs per case first', '20')
    .option('--large-samples <n>', 'samples of the largest case (a class, 3 hops, up to 5,000 nodes)', '40')
    .parse()
    .opts();
  const config = loadConfig(process.env);
  const driver = createDriver(config);
  const executorOver = (root: string) => new Executor(driver, config.NEO4J_DATABASE, new CypherRegistry(root), { statementTimeoutMs: TIMEOUT_MS });
  const contenders: Contender[] = [];
  if (options.before) {
    const dir = path.resolve(options.before);
    const old = { service: require(path.join(dir, 'dist/src/services/family.service.js')), repository: require(path.join(dir, 'dist/src/repositories/family.repository.js')) };
    contenders.push({ name: 'before (hop by hop)', executor: executorOver(path.join(dir, 'cypher')), service: (e) => new old.service.FamilyService(new old.repository.FamilyRepository(e, TIMEOUT_MS)) });
  }
  contenders.push({ name: 'after (one statement)', executor: executorOver(defaultCypherRoot()), service: (e) => new FamilyService(new FamilyRepository(e, TIMEOUT_MS)) });

  const read = async (cypher: string) => contenders[0].executor.runText(cypher, {}, 'READ');
  const [{ classes }] = await read('MATCH (c:JobClass) RETURN count(c) AS classes');
  const random = prng(12);
  const pick = (ids: string[], n: number) => Array.from({ length: n }, () => ids[Math.floor(random() * ids.length)]);
  const series = (await read('MATCH (s:ClassSeries) RETURN s.id AS id ORDER BY id')).map((r) => String(r.id));
  const specifiedClasses = (await read('MATCH (c:JobClass) WHERE c.specified RETURN c.id AS id ORDER BY id')).map((r) => String(r.id));
  const jurisdictions = (await read('MATCH (j:Jurisdiction) WHERE COUNT { (j)<-[:IN]-(:JobClass) } >= 500 RETURN j.id AS id ORDER BY id')).map((r) => String(r.id));
  if (!series.length || !jurisdictions.length) throw new Error('The instance holds no series, or no jurisdiction with 500 classes: load a generated corpus first.');
  const samples = Number(options.samples);
  const warmup = Number(options.warmup);
  const cases: Case[] = [
    { name: 'series, 1 hop, maxNodes 500', ids: pick(series, samples + warmup), scope: (id) => ({ seriesId: id, hops: 1 }), maxNodes: 500 },
    { name: 'series, 2 hops, maxNodes 500', ids: pick(series, samples + warmup), scope: (id) => ({ seriesId: id, hops: 2 }), maxNodes: 500 },
    { name: 'jurisdiction, 1 hop, maxNodes 500', ids: pick(jurisdictions, samples + warmup), scope: (id) => ({ jurisdictionId: id, hops: 1 }), maxNodes: 500 },
    // The far end of the API's limits: many candidates per hop, thousands of nodes and edges in the answer.
    { name: 'class, 3 hops, maxNodes 5000', ids: pick(specifiedClasses, Number(options.largeSamples) + warmup), scope: (id) => ({ classId: id, hops: 3 }), maxNodes: 5000 },
  ];
  console.log(`classFamily on ${Number(classes)} classes (${series.length} series, ${jurisdictions.length} jurisdictions of 500+ classes); ${samples} samples per case and contender (${options.largeSamples} of the largest) after ${warmup} warm-up runs, interleaved; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

  for (const c of cases) {
    const times = contenders.map(() => [] as number[]);
    const statements = contenders.map(() => 0);
    const sizes = contenders.map(() => ({ nodes: 0, edges: 0, truncated: 0 }));
    let mismatches = 0;
    for (let i = 0; i < c.ids.length; i++) {
      const measured = i >= warmup;
      const answers: string[] = [];
      // Alternate who goes first so neither always finds the other's pages in the cache.
      const order = contenders.map((_, k) => k);
      if (i % 2) order.reverse();
      for (const k of order) {
        const counted = contenders[k].executor.withObserver(() => (statements[k] += measured ? 1 : 0));
        const { executor, release } = counted.forRequest(TIMEOUT_MS);
        const started = process.hrtime.bigint();
        const family = await contenders[k].service(executor).classFamily(c.scope(c.ids[i]), c.maxNodes);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        await release();
        answers[k] = fingerprint(family);
        if (measured) {
          times[k].push(ms);
          sizes[k].nodes += family.nodes.length;
          sizes[k].edges += family.edges.length;
          sizes[k].truncated += family.truncated ? 1 : 0;
        }
      }
      if (answers.some((a) => a !== answers[0])) mismatches += 1;
    }
    console.log(`\n${c.name}${contenders.length > 1 ? `: answers differ on ${mismatches} of ${c.ids.length} scopes` : ''}`);
    contenders.forEach((contender, k) => {
      const sorted = times[k].sort((a, b) => a - b);
      const n = sorted.length;
      console.log(
        `  ${contender.name.padEnd(22)} p50 ${percentile(sorted, 0.5).toFixed(1).padStart(6)} ms   p95 ${percentile(sorted, 0.95).toFixed(1).padStart(6)} ms   max ${sorted[n - 1].toFixed(1).padStart(6)} ms` +
          `   round trips ${(statements[k] / n).toFixed(2)}   nodes ${(sizes[k].nodes / n).toFixed(1)}, edges ${(sizes[k].edges / n).toFixed(1)}, truncated ${sizes[k].truncated}/${n}`,
      );
    });
    if (contenders.length > 1) {
      const p = (k: number, q: number) => percentile([...times[k]].sort((a, b) => a - b), q);
      console.log(`  after / before: p50 ${(p(1, 0.5) / p(0, 0.5)).toFixed(2)}x, p95 ${(p(1, 0.95) / p(0, 0.95)).toFixed(2)}x`);
    }
    if (mismatches) process.exitCode = 1;
  }
  await driver.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
