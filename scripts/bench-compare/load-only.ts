/** Loads the benchmark corpus into the benchmark Neo4j and exits (`node dist-bench/scripts/bench-compare/load-only.js 20000`). */
import 'reflect-metadata';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/observability/logger';
import { connectGraph } from '../../src/server/bootstrap';
import { ensureCorpus } from './corpus-setup';

async function main() {
  const graph = await connectGraph(loadConfig(process.env), createLogger('warn'), { startLocal: false });
  await ensureCorpus(graph.executor, Number(process.argv[2] ?? 20000), (l) => console.error(l));
  await graph.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
