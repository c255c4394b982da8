/** Maps neo4j-driver failures to our error codes, so no caller has to know Neo4j's code strings. */
import { Neo4jError } from 'neo4j-driver';
import { AppError, databaseUnavailable } from '../errors/app-error';
import { ErrorCode } from '../errors/error-codes';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Database.DatabaseNotFound', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
]);

/** Returns an AppError for failures with a meaning to clients; anything else is returned unchanged (masked later). */
export function mapNeo4jError(error: unknown, context: { statement: string; timeoutMs?: number }): unknown {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) {
    // Connection failures before any Bolt exchange surface as plain errors with these codes.
    const code = (error as { code?: string })?.code;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'EPIPE') return databaseUnavailable('the connection failed');
    return error;
  }
  if (UNAVAILABLE.has(error.code)) return databaseUnavailable(error.code === 'Neo.ClientError.Security.Unauthorized' ? 'the credentials were refused' : 'the connection failed');
  // The pool's own failures carry no code; their text (pool counts, addresses) is not for clients.
  if (/^Connection acquisition timed out/.test(error.message)) return databaseUnavailable('every connection is busy (the pool is exhausted)');
  if (/^Failed to (establish|connect)|Connection was closed by server|connection.*(lost|closed|terminated)/i.test(error.message)) return databaseUnavailable('the connection failed');
  if (TIMEOUT.has(error.code)) {
    return new AppError(
      ErrorCode.QUERY_TIMEOUT,
      `The query "${context.statement}" ran past its ${context.timeoutMs ?? 'configured'} ms budget and was stopped; narrow the request (fewer steps, a smaller neighbourhood)`,
      { statement: context.statement, timeoutMs: context.timeoutMs },
    );
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // Neo4j's text names internal node ids and element ids; the caller learns which rule, not the ids.
    return new AppError(ErrorCode.CONFLICT, 'A uniqueness rule of the graph was broken; nothing was written');
  }
  return error;
}
