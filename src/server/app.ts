/**
 * The HTTP surface: /graphql (Apollo Server 5 on Express 5), /health (the process is up), /ready (Neo4j
 * answers) and /metrics (Prometheus). Every request gets an id (x-request-id, echoed) and one access-log line;
 * every failure is JSON. The app holds no state between requests, so any number of replicas can run behind a
 * balancer.
 */
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Executor } from '../db/executor';
import type { Logger } from '../observability/logger';
import { createMetrics, type Metrics } from '../observability/metrics';
import { createContext, type GraphContext } from './context';
import { createErrorFormatter } from './format-error';
import { callerFromHeaders, type ApiKeyEntry } from './auth';
import { QUERY_LIMITS, queryProtection } from './query-limits';
import { graphqlHandler } from './graphql-handler';
import { jitGateway } from './jit-gateway';
import { jsonErrorHandler, notFoundHandler } from './http-errors';

export interface AppDeps {
  schema: GraphQLSchema;
  executor: Executor;
  logger: Logger;
  apiKeys: Map<string, ApiKeyEntry>;
  /** Neo4j transaction timeout for traversal queries. */
  queryTimeoutMs?: number;
  /** Time budget of one GraphQL request (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** graphql-jit (default) or graphql-js's own execute (GRAPHQL_EXECUTOR). */
  executeWith?: 'jit' | 'graphql-js';
  /** Extra routes (exports, explorer) mounted before /graphql. */
  extend?: (app: Express) => void;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Counts the errors each response carries, by code. */
function errorMetricsPlugin(metrics: Metrics): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
        },
      };
    },
  };
}

export async function createApp(deps: AppDeps): Promise<{ app: Express; apollo: ApolloServer<GraphContext>; metrics: Metrics }> {
  const metrics = createMetrics(() => deps.executor.poolStats());
  const executor = deps.executor.withObserver(({ mode, ms }) => metrics.neo4jQueries.observe({ mode }, ms / 1000));
  const protection = queryProtection();
  const apollo = new ApolloServer<GraphContext>({
    ...(deps.executeWith === 'graphql-js' ? { schema: deps.schema } : { gateway: jitGateway(deps.schema) }),
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<GraphContext>[]),
      errorMetricsPlugin(metrics),
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
  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // Health probes and scrapes would drown the log; they are counted in /metrics instead.
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' || req.url === '/metrics' },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: String(req.url).slice(0, 200) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use((req, res, next) => {
    const stop = metrics.httpDuration.startTimer();
    res.on('finish', () => {
      // The route pattern, not the path: ids in paths would make a label per id.
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : req.baseUrl || (res.statusCode === 404 ? 'unmatched' : req.path.split('/').slice(0, 2).join('/'));
      stop({ method: req.method, route });
      metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  });
  app.use(
    '/graphql',
    graphqlHandler(apollo, {
      context: async (req) => {
        const caller = callerFromHeaders(req.headers, deps.apiKeys);
        return createContext(executor, caller.role, { queryTimeoutMs: deps.queryTimeoutMs, writeScope: caller.jurisdictions, requestTimeoutMs: deps.requestTimeoutMs });
      },
      maxBodyBytes: QUERY_LIMITS.maxBodyBytes,
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ok = await deps.executor.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unavailable', database: deps.executor.database });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  deps.extend?.(app);
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(deps.logger));
  return { app, apollo, metrics };
}
