/**
 * Plan tables at size: generated class tables of each size load as ONE document in one transaction into the bench
 * Neo4j (or NEO4J_URI, which is wiped); prints per size the load time, classes/s, statements run, and the time of a
 * specification completing one listed class and of a revised table (1% of rows dropped, one grade changed).
 * `npm run bench:plan -- --sizes 500,5000,20000`
 */
import 'reflect-metadata';
import { Command } from 'commander';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/observability/logger';
import { connectGraph } from '../src/server/bootstrap';
import { startLocalNeo4j } from '../src/db/local-neo4j';
import { ingestDocument } from '../src/ingest/pipeline';
import { wipeGraph } from './corpus/wipe-graph';

const BENCH = { instance: 'bench', boltPort: 7691, httpPort: 7478, password: 'classgraph-bench' };
const JURISDICTION = { id: 'bench-plan', name: 'Bench Plan', kind: 'STATE' as const };

function planCsv(size: number, revised = false): Buffer {
  const lines = ['Class Code,Class Title,Pay Grade,Series,Job Family'];
  for (let i = 0; i < size; i++) {
    if (revised && i % 100 === 99) continue;
    const grade = revised && i === 0 ? 99 : 5 + (i % 20);
    lines.push(`B${i},Bench Class ${i},${grade},S${Math.floor(i / 8)},Family ${Math.floor(i / 400)}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function main() {
  const options = new Command().option('--sizes <list>', 'table sizes (classes)', '500,5000,20000').parse().opts();
  const env = process.env.NEO4J_URI ? process.env : { ...process.env, NEO4J_BOLT_PORT: String(BENCH.boltPort), NEO4J_PASSWORD: BENCH.password };
  if (!process.env.NEO4J_URI) startLocalNeo4j(BENCH);
  const graph = await connectGraph(loadConfig(env), createLogger('warn'), { startLocal: false });
  const rows: string[] = ['| classes | load s | classes/s | statements | spec completes one, ms | revised table s |', '|---|---|---|---|---|---|'];
  try {
    for (const size of String(options.sizes).split(',').map(Number)) {
      await wipeGraph(graph.executor);
      let statements = 0;
      const counted = graph.executor.withObserver(({ mode }) => {
        if (mode === 'WRITE') statements += 1;
      });
      const manifest = { file: 'plan.csv', key: 'bench-plan', jurisdiction: JURISDICTION };
      let t = Date.now();
      const loaded = await ingestDocument(counted, { fileName: 'plan.csv', bytes: planCsv(size), manifest });
      const loadMs = Date.now() - t;
      if (loaded.error) throw new Error(loaded.error);
      const spec = Buffer.from('Class Title: Bench Class 3\nClass Code: B3\n\nDefinition\nDoes the third kind of bench work.\n');
      t = Date.now();
      const specified = await ingestDocument(graph.executor, { fileName: 'b3.txt', bytes: spec, manifest: { file: 'b3.txt', key: 'bench-b3', jurisdiction: JURISDICTION } });
      const specMs = Date.now() - t;
      if (specified.error) throw new Error(specified.error);
      t = Date.now();
      const revised = await ingestDocument(graph.executor, { fileName: 'plan.csv', bytes: planCsv(size, true), manifest });
      const revisedMs = Date.now() - t;
      if (revised.error) throw new Error(revised.error);
      const [count] = await graph.executor.runText('MATCH (c:JobClass {jurisdictionId: $j}) RETURN count(c) AS n', { j: JURISDICTION.id }, 'READ');
      const expected = size - Math.floor(size / 100) + (3 % 100 === 99 ? 1 : 0);
      if (Number(count.n) !== expected) throw new Error(`expected ${expected} classes after the revision, found ${count.n}`);
      rows.push(`| ${size} | ${(loadMs / 1000).toFixed(2)} | ${Math.round((size * 1000) / loadMs)} | ${statements} | ${specMs} | ${(revisedMs / 1000).toFixed(2)} |`);
    }
  } finally {
    await graph.close();
  }
  console.log(rows.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
