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
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return databaseUnavailable(String((error as Error).message));
    return error;
  }
  if (UNAVAILABLE.has(error.code)) return databaseUnavailable(error.message.split('\n')[0]);
  if (TIMEOUT.has(error.code)) {
    return new AppError(
      ErrorCode.QUERY_TIMEOUT,
      `The query "${context.statement}" ran past its ${context.timeoutMs ?? 'configured'} ms budget and was stopped; narrow the request (fewer steps, a smaller neighbourhood)`,
      { statement: context.statement, timeoutMs: context.timeoutMs },
    );
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(ErrorCode.CONFLICT, `A uniqueness rule was broken: ${error.message.split('\n')[0]}`);
  }
  return error;
}
