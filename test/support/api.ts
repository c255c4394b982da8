/** Running GraphQL against the real graph: in-process (executeOperation) and over HTTP on a random port. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { Express } from 'express';
import type { DocumentNode } from 'graphql';
import { createApp } from '../../src/server/app';
import { createSchema } from '../../src/server/schema';
import { createContext, type GraphContext, type Role } from '../../src/server/context';
import { createLogger, type Logger } from '../../src/observability/logger';
import type { Executor } from '../../src/db/executor';
import type { ApiKeyEntry } from '../../src/server/auth';
import { closeSharedParsePool } from '../../src/ingest/parse-pool';

export interface TestApi {
  app: Express;
  apollo: ApolloServer<GraphContext>;
  /** Runs an operation in-process; returns data, errors and how many Cypher queries the request made. */
  run<T = Record<string, unknown>>(query: string | DocumentNode, variables?: Record<string, unknown>, role?: Role): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[]; queries: number }>;
  listen(): Promise<{ url: string; close(): Promise<void> }>;
  stop(): Promise<void>;
}

export async function createTestApi(
  executor: Executor,
  apiKeys: Map<string, ApiKeyEntry> = new Map(),
  options: { queryTimeoutMs?: number; requestTimeoutMs?: number; logger?: Logger; extend?: (app: Express) => void; executeWith?: 'jit' | 'graphql-js' } = {},
): Promise<TestApi> {
  const schema = await createSchema();
  const { app, apollo } = await createApp({ schema, executor, logger: options.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), apiKeys, queryTimeoutMs: options.queryTimeoutMs, requestTimeoutMs: options.requestTimeoutMs, extend: options.extend, executeWith: options.executeWith });
  return {
    app,
    apollo,
    async run(query, variables, role = 'reader') {
      const context = createContext(executor, role, { queryTimeoutMs: options.queryTimeoutMs });
      const response = await apollo.executeOperation(typeof query === 'string' ? { query, variables } : { query, variables }, { contextValue: context });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { data: data as never, errors: errors as never, queries: context.queryCount() };
    },
    async listen() {
      const server: Server = await new Promise((resolve) => {
        const s = app.listen(0, '127.0.0.1', () => resolve(s));
      });
      const { port } = server.address() as AddressInfo;
      return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
    },
    async stop() {
      await apollo.stop();
      await closeSharedParsePool(); // API ingests parse in worker threads; they must not outlive the suite
    },
  };
}
