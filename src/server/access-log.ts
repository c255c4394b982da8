/**
 * The access record of every HTTP request: an id (the caller's x-request-id when well formed, else a UUID),
 * echoed in x-request-id; one log line when the response is finished (health probes and scrapes are counted
 * but not logged, or they would drown the log); and the request counted in /metrics by route and status.
 *
 * A few lines of our own instead of pino-http: its per-request child logger and serializer wrappers cost
 * about 60 us of CPU per request here, a fifth of a small GraphQL request, even with logging off.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';

const REQUEST_ID = /^[\w.:-]{1,100}$/;
const NOT_LOGGED = new Set(['/health', '/ready', '/metrics']);

/** Starts the record of one request; `routeOf` names its route (a pattern, never a path with ids) once it is answered. */
export type ObserveRequest = (req: IncomingMessage, res: ServerResponse, routeOf: () => string) => void;

export function requestObserver(logger: Logger, metrics: Metrics): ObserveRequest {
  return (req, res, routeOf) => {
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', id);
    // Read now: Express rewrites req.url while it routes.
    const method = req.method ?? 'GET';
    const url = String(req.url);
    res.once('finish', () => {
      const ms = performance.now() - started;
      const route = routeOf();
      const status = res.statusCode;
      metrics.httpDuration.observe({ method, route }, ms / 1000);
      metrics.httpRequests.inc({ method, route, status: String(status) });
      if (NOT_LOGGED.has(url)) return;
      const line = { req: { id, method, url: url.slice(0, 200) }, res: { statusCode: status }, responseTime: Math.round(ms) };
      if (status >= 500) logger.error(line, 'request errored');
      else logger.info(line, 'request completed');
    });
  };
}
