/**
 * Where the graph writer spends its time: loads a generated plan into the bench Neo4j and prints, per Cypher
 * statement, the total and mean milliseconds. `npm run bench:writer -- --classes 3000`
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/observability/logger';
import { connectGraph } from '../src/server/bootstrap';
import { startLocalNeo4j } from '../src/db/local-neo4j';
import { DocumentRepository } from '../src/repositories/document.repository';
import { generateCorpus } from './corpus/generate-corpus';
import { wipeGraph } from './corpus/wipe-graph';

const BENCH = { instance: 'bench', boltPort: 7691, httpPort: 7478, password: 'classgraph-bench' };

async function main() {
  const options = new Command().option('--classes <n>', 'classes to load', '3000').parse().opts();
  const env = process.env.NEO4J_URI ? process.env : { ...process.env, NEO4J_BOLT_PORT: String(BENCH.boltPort), NEO4J_PASSWORD: BENCH.password };
  if (!process.env.NEO4J_URI) startLocalNeo4j(BENCH);
  const graph = await connectGraph(loadConfig(env), createLogger('warn'), { startLocal: false });
  await wipeGraph(graph.executor);
  const target = Number(options.classes);
  const docs = generateCorpus({ jurisdictions: 1, seriesPerJurisdiction: Math.round(target / 3), maxLevels: 5, crossLinksPerSeries: 2, distinctionsPerSeries: 1, competencyPool: 400, seed: 1 });
  const totals = new Map<string, { ms: number; n: number }>();
  const timed = graph.executor.withObserver(({ statement, ms }) => {
    const t = totals.get(statement) ?? { ms: 0, n: 0 };
    totals.set(statement, { ms: t.ms + ms, n: t.n + 1 });
  });
  const repo = new DocumentRepository(timed);
  const started = Date.now();
  let loaded = 0;
  const windows: string[] = [];
  let windowStart = Date.now();
  for (const doc of docs) {
    await repo.save(doc);
    loaded += doc.classes.length;
    if (Math.floor(loaded / 500) !== Math.floor((loaded - doc.classes.length) / 500)) {
      windows.push(`${loaded}: ${((500 * 1000) / (Date.now() - windowStart)).toFixed(0)} classes/s`);
      windowStart = Date.now();
    }
  }
  console.log(`loaded ${loaded} classes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(windows.join('\n'));
  for (const [statement, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${statement.padEnd(40)} total ${t.ms.toFixed(0).padStart(7)} ms  mean ${(t.ms / t.n).toFixed(1)} ms`);
  await graph.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
