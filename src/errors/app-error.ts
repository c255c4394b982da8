/**
 * Client-facing errors. Each extends GraphQLError so Apollo passes `extensions.code` through unchanged; the
 * factories keep messages consistent ("JobClass "x" not found").
 */
import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const notFound = (entity: string, id: string): AppError =>
  new AppError(ErrorCode.NOT_FOUND, `${entity} "${id}" not found`, { entity, id });

export const badInput = (message: string, field?: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/** Seconds a client should wait before retrying a request that failed with DATABASE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 5;

export const databaseUnavailable = (detail: string): AppError =>
  new AppError(ErrorCode.DATABASE_UNAVAILABLE, `The graph database is unavailable: ${detail}; retry in ${RETRY_AFTER_SECONDS} s`, {
    retryable: true,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
  });

/** Neo4j accepted the request but did not answer in time: stalled, overloaded or cut off. */
export const databaseStalled = (ms: number): AppError => databaseUnavailable(`no answer within ${ms} ms`);

/** The request used up its time budget (REQUEST_TIMEOUT_MS) before its next database call. */
export const requestBudgetExceeded = (): AppError =>
  new AppError(ErrorCode.QUERY_TIMEOUT, 'The request ran past its time budget and was stopped; ask for less (smaller pages, fewer nested lists)');

/** A request limit was hit (cost, fields resolved, characters answered, items read): a 400, the limit in `extra`. */
export const queryLimitExceeded = (message: string, extra: Record<string, unknown>): AppError =>
  new AppError(ErrorCode.QUERY_LIMIT_EXCEEDED, message, { ...extra, http: { status: 400 } });

export const queryTimeout = (what: string, ms: number): AppError =>
  new AppError(ErrorCode.QUERY_TIMEOUT, `${what} took longer than ${ms} ms and was stopped; narrow the request (fewer steps, a smaller neighbourhood)`, { timeoutMs: ms });

export const unauthenticated = (message: string): AppError => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string): AppError => new AppError(ErrorCode.FORBIDDEN, message);
export const invalidDocument = (message: string, issues: string[] = []): AppError =>
  new AppError(ErrorCode.INVALID_DOCUMENT, message, { issues });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
