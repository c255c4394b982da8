/**
 * One contender of `bench:compare`, in its own process (as each would run in production), listening on
 * 127.0.0.1:<port> until killed:
 *
 *   node dist-bench/scripts/bench-compare/serve.js <ours|neo4j-graphql|bare-driver|bare-apollo> <port>
 *
 * All use the same driver settings (src/db/driver.ts: TCP_NODELAY, plain JS integers) against the same Neo4j.
 */
import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadConfig } from '../../src/config/config';
import { createDriver } from '../../src/db/driver';
import { createLogger } from '../../src/observability/logger';
import { connectGraph } from '../../src/server/bootstrap';
import { createSchema } from '../../src/server/schema';
import { createApp } from '../../src/server/app';
import { NEO4J_GRAPHQL_TYPEDEFS } from './neo4j-graphql-typedefs';
import { NESTED_READ, NESTED_READ_SHALLOW, PROMOTION_PATHS } from './bare-driver-statements';

export type Role = 'ours' | 'neo4j-graphql' | 'bare-driver' | 'bare-apollo';

const config = loadConfig(process.env);

async function serveOurs(port: number) {
  const graph = await connectGraph(config, createLogger('warn'), { startLocal: false });
  const { app } = await createApp({ schema: await createSchema(), executor: graph.executor, logger: createLogger('silent'), apiKeys: new Map(), queryTimeoutMs: 10_000, executeWith: config.GRAPHQL_EXECUTOR });
  await new Promise<void>((resolve) => app.listen(port, '127.0.0.1', () => resolve()));
}

async function serveNeo4jGraphql(port: number) {
  const driver = createDriver(config);
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver, features: { filters: { String: { GT: true } } } }).getSchema();
  const server = new ApolloServer({ schema });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
}

async function serveBareApollo(port: number) {
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hello' } } });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
}

/** node:http and the driver: POST /nested {jurisdictionId, after, limit}, /nested-shallow {jurisdictionId, after} and POST /paths {from, to, maxSteps, limit}. */
async function serveBareDriver(port: number) {
  const driver = createDriver(config);
  const routes: Record<string, { statement: string; column: string }> = {
    '/nested': { statement: NESTED_READ, column: 'class' },
    '/nested-shallow': { statement: NESTED_READ_SHALLOW, column: 'class' },
    '/paths': { statement: PROMOTION_PATHS, column: 'path' },
  };
  const server = http.createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (!route || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      try {
        const params = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const session = driver.session({ database: config.NEO4J_DATABASE, defaultAccessMode: 'READ' });
        try {
          const result = await session.executeRead((tx) => tx.run(route.statement, params));
          const body = JSON.stringify({ data: result.records.map((r) => r.get(route.column)) });
          res.writeHead(200, { 'content-type': 'application/json' }).end(body);
        } finally {
          await session.close();
        }
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
}

const starters: Record<Role, (port: number) => Promise<void>> = {
  ours: serveOurs,
  'neo4j-graphql': serveNeo4jGraphql,
  'bare-driver': serveBareDriver,
  'bare-apollo': serveBareApollo,
};

const [role, port] = [process.argv[2] as Role, Number(process.argv[3])];
if (!starters[role] || !port) {
  console.error(`usage: serve.js <${Object.keys(starters).join('|')}> <port>`);
  process.exit(2);
}
starters[role](port)
  .then(() => process.send?.('ready'))
  .catch((error) => {
    console.error(`${role}:`, error);
    process.exit(1);
  });
