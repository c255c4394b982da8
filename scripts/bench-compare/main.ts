/**
 * Side-by-side benchmark: this server, @neo4j/graphql 7 (same labels), a bare-driver server (hand-written Cypher)
 * and a bare Apollo Server, each in its own process (NODE_ENV=production for all) over the same Neo4j and the
 * same generated corpus. For each
 * workload it first checks that every contender returns the same data, then runs autocannon (loopback only,
 * bounded duration) against each contender in turn, round by round in rotating order (the machine is shared,
 * so drift hits every contender alike), and prints median req/s, p50/p95 latency and the ratios the targets name.
 *
 *   npm run bench:compare -- --classes 20000 --rounds 3 --seconds 5 [--only nested4,nested5,trivial,paths,nopath] [--out file.json]
 *
 * Neo4j: NEO4J_BOLT_PORT / NEO4J_PASSWORD (or NEO4J_URI) name an instance already running; PORT is the first of
 * four local ports for the contenders.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';
import { Command } from 'commander';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/observability/logger';
import { connectGraph } from '../../src/server/bootstrap';
import type { Executor } from '../../src/db/executor';
import { prng } from '../corpus/generate-corpus';
import { ensureCorpus } from './corpus-setup';
import { median, percentile, runAutocannon } from './measure';
import type { Role } from './serve';
import { nestedRead, promotionPaths, trivialQuery, type PageStart, type PathPair, type Workload } from './workloads';

const log = (line: string) => console.error(line);

async function startContenders(roles: Role[], basePort: number): Promise<{ ports: Record<Role, number>; stop: () => void }> {
  const children: ChildProcess[] = [];
  const ports = {} as Record<Role, number>;
  await Promise.all(
    roles.map(
      (role, i) =>
        new Promise<void>((resolve, reject) => {
          ports[role] = basePort + i;
          const child = fork(path.join(__dirname, 'serve.js'), [role, String(basePort + i)], { env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production' } });
          children.push(child);
          child.once('message', () => resolve());
          child.once('exit', (code) => reject(new Error(`${role} exited with ${code} before it was ready`)));
        }),
    ),
  );
  return { ports, stop: () => children.forEach((c) => c.kill()) };
}

async function post(port: number, request: { path: string; body: string }): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  return response.json();
}

/** Inputs drawn from the graph: where nested-read pages start, pairs joined by a 2-6 step path, pairs with no path. */
async function pickInputs(executor: Executor) {
  const random = prng(11);
  const read = (text: string, params: Record<string, unknown> = {}) => executor.runText(text, params, 'READ');
  const classes = (await read('MATCH (c:JobClass {specified: true}) RETURN c.id AS id, c.jurisdictionId AS j ORDER BY id')).map((r) => ({ id: String(r.id), j: String(r.j) }));
  const shortest = async (from: string, to: string) =>
    (await read('MATCH (a:JobClass {id: $from}), (b:JobClass {id: $to}) MATCH p = SHORTEST 1 (a)-[:PROMOTION_STEP]->{1,10}(b) RETURN length(p) AS n', { from, to }))[0]?.n as number | undefined;
  const withPath: PathPair[] = [];
  const noPath: PathPair[] = [];
  for (let tries = 0; tries < 20_000 && (withPath.length < 30 || noPath.length < 30); tries++) {
    const a = classes[Math.floor(random() * classes.length)];
    if (withPath.length < 30) {
      const far = await read('MATCH (:JobClass {id: $id})-[:PROMOTION_STEP]->{2,6}(b:JobClass) WITH DISTINCT b RETURN b.id AS id LIMIT 50', { id: a.id });
      if (far.length) {
        const to = String(far[Math.floor(random() * far.length)].id);
        const n = await shortest(a.id, to);
        if (n !== undefined && n >= 2 && n <= 6 && to !== a.id) withPath.push({ from: a.id, to });
      }
    }
    if (noPath.length < 30) {
      const peers = classes.filter((c) => c.j === a.j);
      const b = peers[Math.floor(random() * peers.length)];
      if (b.id !== a.id && (await shortest(a.id, b.id)) === undefined) noPath.push({ from: a.id, to: b.id });
    }
  }
  // Pages of the nested read start after 8 classes drawn at random (their employer's classes follow in id order).
  const pageStarts: PageStart[] = Array.from({ length: 8 }, () => classes[Math.floor(random() * (classes.length - 100))]).map((c) => ({ jurisdictionId: c.j, after: c.id }));
  return { pageStarts, withPath, noPath };
}

interface Figure { role: Role; rps: number; p50: number; p95: number; errors: number }

async function measureWorkload<I>(workload: Workload<I>, inputs: I[], ports: Record<Role, number>, rounds: number, seconds: number): Promise<Figure[] | string> {
  const roles = Object.keys(workload.contenders) as Role[];
  // Same data from everyone, on every input used, before anything is timed.
  for (const input of inputs) {
    const answers = await Promise.all(roles.map(async (role) => {
      const c = workload.contenders[role]!;
      try {
        return JSON.stringify(c.canonical(await post(ports[role], c.request(input))));
      } catch (error) {
        return `ERROR ${(error as Error).message}`;
      }
    }));
    const bad = answers.findIndex((a) => a.startsWith('ERROR') || a !== answers[0]);
    if (bad >= 0) return `${roles[bad]} differs from ${roles[0]} on ${JSON.stringify(input).slice(0, 120)}: ${answers[bad].slice(0, 200)} vs ${answers[0].slice(0, 200)}`;
  }
  const requests = Object.fromEntries(roles.map((role) => [role, inputs.map((i) => workload.contenders[role]!.request(i))]));
  for (const role of roles) await runAutocannon(ports[role], requests[role], workload.connections, 2); // warm-up
  const runs = new Map<Role, { rps: number[]; latencies: number[]; errors: number }>(roles.map((r) => [r, { rps: [], latencies: [], errors: 0 }]));
  for (let round = 0; round < rounds; round++) {
    const order = roles.map((_, i) => roles[(i + round) % roles.length]);
    for (const role of order) {
      const run = await runAutocannon(ports[role], requests[role], workload.connections, seconds);
      // Requests still in flight when a run stops keep Neo4j busy; let them drain before the next contender.
      await new Promise((r) => setTimeout(r, Math.min(5000, 500 + 2 * Math.max(...run.latenciesMs, 0))));
      const acc = runs.get(role)!;
      acc.rps.push(run.requestsPerSecond);
      acc.latencies.push(...run.latenciesMs);
      acc.errors += run.errors;
    }
    log(`  ${workload.name}: round ${round + 1}/${rounds} done`);
  }
  return roles.map((role) => {
    const acc = runs.get(role)!;
    const sorted = acc.latencies.sort((a, b) => a - b);
    return { role, rps: median(acc.rps), p50: percentile(sorted, 50), p95: percentile(sorted, 95), errors: acc.errors };
  });
}

function report(name: string, connections: number, figures: Figure[] | string): string[] {
  if (typeof figures === 'string') return [`${name}: NOT TIMED, answers differ: ${figures}`];
  const get = (role: Role) => figures.find((f) => f.role === role);
  const ours = get('ours')!;
  const lines = [`${name} (${connections} conn.)`];
  for (const f of figures) lines.push(`  ${f.role.padEnd(14)} ${f.rps.toFixed(1).padStart(9)} req/s   p50 ${f.p50.toFixed(1).padStart(7)} ms   p95 ${f.p95.toFixed(1).padStart(7)} ms${f.errors ? `   ${f.errors} errors` : ''}`);
  for (const peer of figures.filter((f) => f.role !== 'ours')) {
    lines.push(`  ours / ${peer.role}: req/s ${(ours.rps / peer.rps).toFixed(2)}x, p50 ${(ours.p50 / peer.p50).toFixed(2)}x, p95 ${(ours.p95 / peer.p95).toFixed(2)}x`);
  }
  return lines;
}

async function main() {
  const options = new Command()
    .option('--classes <n>', 'classes in the generated corpus', '20000')
    .option('--rounds <n>', 'rounds per workload', '3')
    .option('--seconds <n>', 'seconds per contender per round', '5')
    .option('--only <list>', 'workloads: nested4,nested5,trivial,paths,nopath', 'nested4,nested5,trivial,paths,nopath')
    .option('--out <file>', 'also write the figures as JSON')
    .parse()
    .opts();
  const config = loadConfig(process.env);
  const graph = await connectGraph(config, createLogger('warn'), { startLocal: false });
  const classes = await ensureCorpus(graph.executor, Number(options.classes), log);
  const inputs = await pickInputs(graph.executor);
  await graph.close();
  log(`${classes} classes; ${inputs.withPath.length} pairs with a 2-6 step path, ${inputs.noPath.length} without a path`);

  const { ports, stop } = await startContenders(['ours', 'neo4j-graphql', 'bare-driver', 'bare-apollo'], config.PORT);
  const only = new Set(String(options.only).split(','));
  const [rounds, seconds] = [Number(options.rounds), Number(options.seconds)];
  const results: Record<string, Figure[] | string> = {};
  const lines: string[] = [];
  const run = async <I>(key: string, workload: Workload<I>, list: I[]) => {
    if (!only.has(key)) return;
    results[key] = await measureWorkload(workload, list, ports, rounds, seconds);
    lines.push(...report(workload.name, workload.connections, results[key]));
  };
  try {
    await run('nested4', nestedRead(null), inputs.pageStarts);
    await run('nested5', nestedRead(10), inputs.pageStarts);
    await run('trivial', trivialQuery, [null]);
    await run('paths', promotionPaths('promotion paths, 2-6 steps', 6, 3), inputs.withPath);
    await run('nopath', promotionPaths('promotion paths, no path', 6, 3), inputs.noPath);
  } finally {
    stop();
  }
  console.log(`\n${classes} classes, ${rounds} rounds x ${seconds} s per contender, interleaved; medians of rounds (req/s) and pooled percentiles (ms)\n`);
  console.log(lines.join('\n'));
  if (options.out) fs.writeFileSync(options.out, `${JSON.stringify({ classes, rounds, seconds, at: new Date().toISOString(), results }, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
