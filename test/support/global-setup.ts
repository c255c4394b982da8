/** Starts the tests' own Neo4j (unless NEO4J_URI is set) before the integration project runs. */
import { startLocalNeo4j } from '../../src/db/local-neo4j';
import { TEST_INSTANCE } from './test-env';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(`\nintegration tests use NEO4J_URI=${process.env.NEO4J_URI} (its data will be replaced)`);
    return;
  }
  startLocalNeo4j(TEST_INSTANCE);
  process.env.CLASSGRAPH_TEST_STARTED_NEO4J = '1';
}
