/**
 * What clients see of an error. Our AppErrors and GraphQL's own validation errors pass through with their
 * codes; argument validation becomes BAD_USER_INPUT naming the argument; anything else is logged in full and
 * shown as INTERNAL_SERVER_ERROR, so no stack or driver detail leaks.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../errors/app-error';
import { ErrorCode } from '../errors/error-codes';
import { mapNeo4jError } from '../db/neo4j-error-map';
import type { Logger } from '../observability/logger';

const PASS_THROUGH = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ...Object.values(ErrorCode),
]);

export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const details = original.extensions.validationErrors as { property: string; constraints?: Record<string, string> }[] | undefined;
      const message = (details ?? []).map((d) => `${d.property}: ${Object.values(d.constraints ?? {}).join(', ')}`).join('; ');
      return { ...formatted, message: `Invalid argument: ${message || original.message}`, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const mapped = mapNeo4jError(original, { statement: 'request' });
    if (mapped instanceof AppError) {
      if (mapped !== original) return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
      return formatted;
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && PASS_THROUGH.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return formatted;
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving a request');
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
