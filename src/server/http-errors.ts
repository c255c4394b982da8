/**
 * Failures outside GraphQL (a body that is not JSON, too large, an unknown path, a crash in a route) answered
 * as JSON in GraphQL's error shape, never Express's HTML page with a stack trace and file paths.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ErrorCode } from '../errors/error-codes';
import type { Logger } from '../observability/logger';

/** Writes `{ errors: [{ message, extensions: { code } }] }` with `status`. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** The last route: any path nothing else answered. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendError(res, 404, ErrorCode.NOT_FOUND, `Nothing is served at this path; GraphQL is at /graphql (${req.method})`);
};

/** body-parser's errors by their `type`, as clients should read them. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: (limit?: number) => string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: () => 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'BAD_REQUEST', message: (limit) => `The request body is larger than the ${limit ? `${Math.round(limit / 1048576)} MB ` : ''}limit` },
  'encoding.unsupported': { status: 415, code: 'BAD_REQUEST', message: () => 'The request body has an unsupported character encoding; send UTF-8' },
  'charset.unsupported': { status: 415, code: 'BAD_REQUEST', message: () => 'The request body has an unsupported charset; send UTF-8' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: () => 'The request was aborted before its body arrived' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: () => 'The request body is shorter or longer than its Content-Length' },
  'stream.encoding.set': { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: () => 'Internal server error' },
};

/** Express's error middleware (four arguments): every error a route or body parser passes on. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = BODY_ERRORS[(error as { type?: string })?.type ?? ''];
    if (known) return sendError(res, known.status, known.code, known.message((error as { limit?: number }).limit));
    const status = Number((error as { status?: number })?.status);
    if (status >= 400 && status < 500) return sendError(res, status, 'BAD_REQUEST', 'The request could not be read');
    logger.error({ err: error, method: req.method, url: req.originalUrl?.slice(0, 200) }, 'unhandled error in an HTTP route');
    return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}
