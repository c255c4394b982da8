/**
 * Prometheus metrics on /metrics: HTTP requests (rate, latency, status), GraphQL errors by code, Neo4j
 * round trips and the driver's connection pool, plus Node's default process metrics. One registry per app,
 * so tests and several apps in one process never collide.
 */
import client from 'prom-client';

export interface Metrics {
  registry: client.Registry;
  httpRequests: client.Counter<'method' | 'route' | 'status'>;
  httpDuration: client.Histogram<'method' | 'route'>;
  graphqlErrors: client.Counter<'code'>;
  neo4jQueries: client.Histogram<'mode'>;
}

/** Pool figures read when /metrics is scraped (in use, idle), from the executor. */
export type PoolProbe = () => { inUse: number; idle: number } | null;

export function createMetrics(pool?: PoolProbe): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const metrics: Metrics = {
    registry,
    httpRequests: new client.Counter({ name: 'http_requests_total', help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    httpDuration: new client.Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    graphqlErrors: new client.Counter({ name: 'graphql_errors_total', help: 'GraphQL errors sent to clients, by extensions.code', labelNames: ['code'], registers: [registry] }),
    neo4jQueries: new client.Histogram({
      name: 'neo4j_query_duration_seconds',
      help: 'Neo4j round trips (answered) by access mode',
      labelNames: ['mode'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 20],
      registers: [registry],
    }),
  };
  new client.Gauge({
    name: 'neo4j_pool_connections',
    help: 'Connections of the Neo4j driver pool, by state',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const figures = pool?.();
      if (!figures) return;
      this.set({ state: 'in_use' }, figures.inUse);
      this.set({ state: 'idle' }, figures.idle);
    },
  });
  return metrics;
}
