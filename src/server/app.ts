/**
 * The HTTP surface: /graphql (Apollo Server 5 on Express 5), /health (the process is up) and /ready (Neo4j
 * answers). The app holds no state between requests, so any number of replicas can run behind a balancer.
 */
import express, { type Express } from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Executor } from '../db/executor';
import type { Logger } from '../observability/logger';
import { createContext, type GraphContext } from './context';
import { createErrorFormatter } from './format-error';
import { roleFromHeaders } from './auth';
import { QUERY_LIMITS, queryProtection } from './query-limits';
import { graphqlHandler } from './graphql-handler';

export interface AppDeps {
  schema: GraphQLSchema;
  executor: Executor;
  logger: Logger;
  apiKeys: Map<string, 'editor' | 'admin'>;
  /** Neo4j transaction timeout for traversal queries. */
  queryTimeoutMs?: number;
  /** Extra routes (exports, explorer) mounted before /graphql. */
  extend?: (app: Express) => void;
}

export async function createApp(deps: AppDeps): Promise<{ app: Express; apollo: ApolloServer<GraphContext> }> {
  const protection = queryProtection();
  const apollo = new ApolloServer<GraphContext>({
    schema: deps.schema,
    plugins: [
      ...protection.plugins,
      // We set no cache hints; the default cache-control plugin would wrap every field's resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      { requestDidStart: async () => ({ willSendResponse: async ({ contextValue }) => contextValue.release() }) },
    ],
    validationRules: [...protection.validationRules],
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: createErrorFormatter(deps.logger),
    introspection: true,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // First, so the router matches the busiest path before trying the others.
  app.use(
    '/graphql',
    graphqlHandler(apollo, {
      context: async (req) => createContext(deps.executor, roleFromHeaders(req.headers, deps.apiKeys), { queryTimeoutMs: deps.queryTimeoutMs }),
      maxBodyBytes: 12 * 1024 * 1024,
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await deps.executor.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unavailable', database: deps.executor.database });
  });
  deps.extend?.(app);
  return { app, apollo };
}
