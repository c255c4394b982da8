/**
 * The HTTP surface: /graphql (Apollo Server 5, executed by graphql-jit, answered ahead of Express), and on
 * Express 5 /health (the process is up), /ready (Neo4j answers) and /metrics (Prometheus). Every request gets an
 * id (x-request-id, echoed) and one access-log line; every failure is JSON. The app holds no state between
 * requests, so any number of replicas can run behind a balancer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express } from 'express';
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
import { requestObserver } from './access-log';
import { ErrorCode } from '../errors/error-codes';
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

/**
 * POST and GET /graphql go straight to `handle`, before Express sees them: Express's per-request setup (it
 * swaps the prototypes of req and res) and its router cost about 85 us of CPU per request here, as much as
 * Apollo's whole pipeline for a small query. Every other path is Express's, as before.
 */
function serveGraphqlBeforeExpress(app: Express, handle: (req: IncomingMessage, res: ServerResponse) => void): void {
  const viaExpress = (app as unknown as { handle: (req: IncomingMessage, res: ServerResponse, next?: unknown) => void }).handle.bind(app);
  (app as unknown as { handle: typeof viaExpress }).handle = (req, res, next) => {
    const url = req.url ?? '';
    if (url === '/graphql' || url.startsWith('/graphql?')) handle(req, res);
    else viaExpress(req, res, next);
  };
}

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
  const observe = requestObserver(deps.logger, metrics);
  const graphql = graphqlHandler(apollo, {
    context: async (req) => {
      const caller = callerFromHeaders(req.headers, deps.apiKeys);
      return createContext(executor, caller.role, { queryTimeoutMs: deps.queryTimeoutMs, writeScope: caller.jurisdictions, requestTimeoutMs: deps.requestTimeoutMs });
    },
    maxBodyBytes: QUERY_LIMITS.maxBodyBytes,
  });
  serveGraphqlBeforeExpress(app, (req, res) => {
    observe(req, res, () => '/graphql');
    graphql(req, res).catch((error: unknown) => {
      deps.logger.error({ err: error, method: req.method, url: '/graphql' }, 'unhandled error in an HTTP route');
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] }));
    });
  });
  app.use((req, res, next) => {
    // The route pattern, not the path: ids in paths would make a label per id.
    observe(req, res, () => (req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : req.baseUrl || (res.statusCode === 404 ? 'unmatched' : req.path.split('/').slice(0, 2).join('/'))));
    next();
  });
  // What the fast path leaves (/graphql/, /graphql/...) is served as before.
  app.use('/graphql', graphql);
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
