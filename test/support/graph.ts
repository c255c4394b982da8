/** Opening the test graph, wiping it between suites, counting what it holds. */
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/observability/logger';
import { connectGraph, type Graph } from '../../src/server/bootstrap';
import type { Executor } from '../../src/db/executor';
import { testEnv } from './test-env';
import { wipeGraph } from '../../scripts/corpus/wipe-graph';

export async function openTestGraph(): Promise<Graph> {
  return connectGraph(loadConfig(testEnv()), createLogger('silent'), { startLocal: false });
}

/** Removes all data but keeps the schema (constraints, indexes) and migration records. */
export async function clearGraph(executor: Executor): Promise<void> {
  await wipeGraph(executor);
}

export async function graphCounts(executor: Executor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await executor.read('admin/graph-counts');
  return { nodes: Number(row.nodes), relationships: Number(row.relationships) };
}
