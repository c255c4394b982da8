/**
 * Enforces the request limits around execution: before any resolver runs, argument lengths and the
 * operation's worst-case cost (counted with variables and defaults); while it runs, the number of fields
 * resolved and the characters of string results. A request over a runtime budget is answered with one error
 * and no data, however far execution got.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { AppError, queryLimitExceeded } from '../../errors/app-error';
import { ErrorCode } from '../../errors/error-codes';
import { findOverlongArgument } from './argument-limits';
import { FIELD_BUDGET, type FieldBudget } from './field-budget';
import { operationCost } from './query-cost';
import { REQUEST_LIMITS } from './request-limits';

function fragmentsOf(context: GraphQLRequestContext<object>): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.document?.definitions ?? []) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

export function requestBudgetPlugin(limits: { maxCost: number; maxResolvers: number; maxResultChars: number } = REQUEST_LIMITS): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ contextValue }) {
      // Counted by the schema's field wrapper (field-budget.ts) while the operation executes.
      const budget: FieldBudget = { resolved: 0, chars: 0, maxResolvers: limits.maxResolvers, maxResultChars: limits.maxResultChars, over: null };
      if (contextValue && typeof contextValue === 'object') Object.defineProperty(contextValue, FIELD_BUDGET, { value: budget, configurable: true });
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
            throw queryLimitExceeded(
              `Query cost over the limit: the operation may resolve ${cost > limits.maxCost * 10 ? `more than ${limits.maxCost * 10}` : cost} fields (every list counted at its page size or cap); the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`,
              { cost, maxCost: limits.maxCost },
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          // Any runtime limit, whichever layer hit it (the field wrapper, or the read repository's item budget
          // inside a DataLoader), ends the request as that one error with no partial data.
          const hit = response.body.singleResult.errors?.find((e) => e.extensions?.code === ErrorCode.QUERY_LIMIT_EXCEEDED);
          const over = budget.over ? { message: budget.over.message, extensions: { code: ErrorCode.QUERY_LIMIT_EXCEEDED } } : hit;
          if (!over) return;
          response.body.singleResult = { errors: [over] };
          response.http.status = 400;
        },
      };
    },
  };
}
