/**
 * Removes all data but keeps the schema (constraints, indexes) and migration records: for tests and benchmarks,
 * never the product. Relationships go first, in batches: DETACH DELETE of a batch of nodes would delete every
 * relationship of a hub (a competency shared by thousands of classes) inside one inner transaction and can
 * exceed Neo4j's transaction memory pool on a large plan.
 */
import type { Executor } from '../../src/db/executor';

export async function wipeGraph(executor: Executor): Promise<void> {
  await executor.runText('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
  await executor.runText('MATCH (n) WHERE NOT n:Migration CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}
