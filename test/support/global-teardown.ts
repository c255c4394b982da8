/** Stops the Neo4j that global-setup started (never one given by NEO4J_URI). */
import { stopLocalNeo4j } from '../../src/db/local-neo4j';
import { TEST_INSTANCE } from './test-env';

export default async function globalTeardown(): Promise<void> {
  if (process.env.CLASSGRAPH_TEST_STARTED_NEO4J === '1' && !process.env.KEEP_TEST_NEO4J) stopLocalNeo4j(TEST_INSTANCE);
}
