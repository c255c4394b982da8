/**
 * Connecting to the graph, shared by the server, the CLI and the tests: start the local Neo4j when NEO4J_URI is
 * unset, open the driver, wait until the database answers, apply migrations.
 */
import type { Config } from '../config/config';
import { createDriver, type Driver } from '../db/driver';
import { CypherRegistry, defaultCypherRoot } from '../db/cypher-registry';
import { Executor } from '../db/executor';
import { applyMigrations } from '../db/migrations';
import { startLocalNeo4j } from '../db/local-neo4j';
import type { Logger } from '../observability/logger';

export interface Graph {
  driver: Driver;
  executor: Executor;
  close(): Promise<void>;
}

export async function connectGraph(config: Config, logger: Logger, options: { startLocal?: boolean } = {}): Promise<Graph> {
  if (!config.NEO4J_URI && options.startLocal !== false) {
    startLocalNeo4j({ instance: config.NEO4J_INSTANCE, boltPort: config.NEO4J_BOLT_PORT, httpPort: config.NEO4J_HTTP_PORT, password: config.NEO4J_PASSWORD });
  }
  const driver = createDriver(config);
  const executor = new Executor(driver, config.NEO4J_DATABASE, new CypherRegistry(defaultCypherRoot()), { statementTimeoutMs: config.NEO4J_TX_TIMEOUT_MS, writeTimeoutMs: config.NEO4J_WRITE_TIMEOUT_MS });
  const deadline = Date.now() + 60_000;
  // Bolt can answer before the database is online; wait for a real query to succeed.
  while (!(await executor.ping(3000))) {
    if (Date.now() > deadline) {
      await driver.close();
      throw new Error(`Neo4j at ${config.NEO4J_URI ?? `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`} (database "${config.NEO4J_DATABASE}") did not answer within 60 s; check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  const ran = await applyMigrations(executor);
  if (ran.length) logger.info({ migrations: ran }, 'applied schema migrations');
  return { driver, executor, close: () => driver.close() };
}
