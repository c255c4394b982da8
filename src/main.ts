/**
 * `npm start`: start the local Neo4j unless NEO4J_URI is set, apply the schema, load the seed corpus (unchanged
 * documents are skipped), and serve GraphQL.
 */
import 'reflect-metadata';
import 'dotenv/config';
import { loadConfig, ConfigError } from './config/config';
import { createLogger } from './observability/logger';
import { connectGraph } from './server/bootstrap';
import { createSchema } from './server/schema';
import { createApp } from './server/app';
import { loadSeeds } from './ingest/seed-loader';
import { exportRoutes } from './server/export-routes';
import { explorerRoutes } from './server/explorer-routes';
import { documentRoutes } from './server/document-routes';
import { closeSharedParsePool, configureParsePool } from './ingest/parse-pool';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  configureParsePool({ workers: config.PARSE_WORKERS, timeoutMs: config.PARSE_TIMEOUT_MS });
  const graph = await connectGraph(config, logger);
  await loadSeeds(graph.executor, config.SEED_DIR, logger);
  const schema = await createSchema();
  // Exports (/export/...) and the explorer page (/explorer) sit beside /graphql and read through the same services.
  const exports = exportRoutes(graph.executor, { queryTimeoutMs: config.QUERY_TIMEOUT_MS, logger });
  const explorer = explorerRoutes();
  const { app, apollo } = await createApp({
    schema,
    executor: graph.executor,
    logger,
    apiKeys: config.API_KEYS,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    executeWith: config.GRAPHQL_EXECUTOR,
    extend: (express) => {
      exports(express);
      explorer(express);
      documentRoutes(graph.executor)(express);
    },
  });
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info(`GraphQL ready at http://localhost:${config.PORT}/graphql, explorer at http://localhost:${config.PORT}/explorer/`);
  });
  const shutdown = async () => {
    server.close();
    await apollo.stop();
    await closeSharedParsePool();
    await graph.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
