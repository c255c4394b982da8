/**
 * careerHorizon and feederClasses latency on the benchmark plan, with enough samples for a stable p95: run
 * `npm run bench` first (it leaves its last, largest plan in the "bench" instance), then
 *
 *   npm run bench:horizon -- --samples 300
 *
 * Uses NEO4J_BENCH_BOLT_PORT (default 7691) or NEO4J_URI, like the main benchmark.
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/observability/logger';
import { connectGraph } from '../src/server/bootstrap';
import { createSchema } from '../src/server/schema';
import { createApp } from '../src/server/app';
import { createContext } from '../src/server/context';
import { prng } from './corpus/generate-corpus';

async function main() {
  const options = new Command().option('--samples <n>', 'samples per query', '300').option('--steps <n>', 'maxSteps', '3').parse().opts();
  const env = process.env.NEO4J_URI ? process.env : { ...process.env, NEO4J_BOLT_PORT: process.env.NEO4J_BENCH_BOLT_PORT ?? '7691', NEO4J_PASSWORD: 'classgraph-bench' };
  const graph = await connectGraph(loadConfig(env), createLogger('warn'), { startLocal: false });
  const [count] = await graph.executor.runText('MATCH (c:JobClass) RETURN count(c) AS n', {}, 'READ');
  const ids = (await graph.executor.runText('MATCH (c:JobClass {specified: true, jurisdictionId: "gen-0"}) RETURN c.id AS id', {}, 'READ')).map((r) => String(r.id));
  if (!ids.length) throw new Error('The bench instance holds no generated plan: run `npm run bench` first.');
  const { apollo } = await createApp({ schema: await createSchema(), executor: graph.executor, logger: createLogger('silent'), apiKeys: new Map(), queryTimeoutMs: 10_000 });
  const random = prng(5);
  const steps = Number(options.steps);
  const queries = {
    careerHorizon: `query($id: ID!) { careerHorizon(classId: $id, maxSteps: ${steps}) { totalReachable classes { jobClass { id title } steps totalMonthsExperience payMovement path { to { id } monthsExperience } } } }`,
    feederClasses: `query($id: ID!) { feederClasses(classId: $id, maxSteps: ${steps}) { totalReachable classes { jobClass { id } steps totalMonthsExperience } } }`,
  };
  console.log(`plan: ${Number(count.n)} classes; ${options.samples} samples per query after 20 warm-up runs; maxSteps ${steps}`);
  for (const [name, query] of Object.entries(queries)) {
    const samples: number[] = [];
    let reached = 0;
    for (let i = -20; i < Number(options.samples); i++) {
      const id = ids[Math.floor(random() * ids.length)];
      const t = process.hrtime.bigint();
      const response = await apollo.executeOperation({ query, variables: { id } }, { contextValue: createContext(graph.executor, 'reader') });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(`${name}: ${JSON.stringify(response.body)}`);
      if (i >= 0) {
        samples.push(ms);
        reached += (response.body.singleResult.data as Record<string, { totalReachable: number }>)[name].totalReachable;
      }
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))].toFixed(1);
    console.log(`${name.padEnd(14)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   p99 ${at(0.99)} ms   max ${samples[samples.length - 1].toFixed(1)} ms   (classes reached: ${(reached / samples.length).toFixed(1)} on average)`);
  }
  await apollo.stop();
  await graph.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
