/**
 * Enforces the request limits around execution: before any resolver runs, argument lengths and the
 * operation's worst-case cost (counted with variables and defaults); while it runs, the number of fields
 * resolved and the characters of string results. A request over a runtime budget is answered with one error
 * and no data, however far execution got.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { AppError } from '../../errors/app-error';
import { ErrorCode } from '../../errors/error-codes';
import { findOverlongArgument } from './argument-limits';
import { operationCost } from './query-cost';
import { REQUEST_LIMITS } from './request-limits';

const limitError = (message: string, extra: Record<string, unknown>) => new AppError(ErrorCode.QUERY_LIMIT_EXCEEDED, message, { ...extra, http: { status: 400 } });

function fragmentsOf(context: GraphQLRequestContext<object>): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.document?.definitions ?? []) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

export function requestBudgetPlugin(limits: { maxCost: number; maxResolvers: number; maxResultChars: number } = REQUEST_LIMITS): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      let resolved = 0;
      let chars = 0;
      let over = null as AppError | null;
      return {
        async didResolveOperation(context) {
          const { operation, schema } = context;
          if (!operation) return;
          const variables = context.request.variables ?? {};
          const fragments = fragmentsOf(context);
          const overlong = findOverlongArgument(schema, operation, fragments, variables);
          if (overlong) throw new AppError(ErrorCode.BAD_USER_INPUT, overlong.message, { ...overlong.extensions, code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } });
          const cost = operationCost({ schema, operation, fragments, variables, ceiling: limits.maxCost });
          if (cost > limits.maxCost) {
            throw limitError(
              `Query cost over the limit: the operation may resolve ${cost > limits.maxCost * 10 ? `more than ${limits.maxCost * 10}` : cost} fields (every list counted at its page size or cap); the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
              { cost, maxCost: limits.maxCost },
            );
          }
        },
        async executionDidStart() {
          return {
            willResolveField() {
              resolved += 1;
              if (over) throw over;
              if (resolved > limits.maxResolvers) {
                over = limitError(`The request resolved more than ${limits.maxResolvers} fields and was stopped`, { maxResolvers: limits.maxResolvers });
                throw over;
              }
              return (_error, result) => {
                if (typeof result === 'string') chars += result.length;
                if (!over && chars > limits.maxResultChars) {
                  over = limitError(`The answer grew past ${limits.maxResultChars} characters and was stopped; ask for less`, { maxResultChars: limits.maxResultChars });
                }
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (!over || response.body.kind !== 'single') return;
          response.body.singleResult = { errors: [{ message: over.message, extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED } }] };
          response.http.status = 400;
        },
      };
    },
  };
}
