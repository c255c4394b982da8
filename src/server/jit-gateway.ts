/**
 * Executes operations with graphql-jit: each operation is compiled once into a JavaScript function that walks
 * its selection directly, instead of graphql-js interpreting the document field by field on every request.
 * Compiled operations are kept in a bounded LRU keyed by the query's hash and operation name.
 *
 * Apollo Server 5 has no executor option; a gateway whose load() returns { executor } is its supported way to
 * bring one. Only execution changes: parsing, validation, the request limits, error formatting and every
 * plugin hook (didResolveOperation, willSendResponse) stay Apollo's, and the resolvers are the schema's own
 * (with the field-budget wrappers), called with the request's context.
 */
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { execute, GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** Compiled operations kept; a compilation costs about as much as a few executions, so repeats pay off. */
export const JIT_CACHE_SIZE = 1000;

/** A Map used as an LRU: a hit moves the key to the end; past `size` keys the oldest is dropped. */
class Lru<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/**
 * graphql-jit's errors carry no `extensions` when the thrown error had none, which Apollo's error formatting
 * does not survive (it would answer a bare "Internal server error" without calling our formatter or logging);
 * they become graphql-js errors with the same message, path, locations and original error.
 */
function withGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
    if (error.locations) Object.assign(converted, { locations: error.locations });
    return converted;
  });
  return { ...result, errors };
}

/** A gateway serving `schema` as it is, executed by graphql-jit. */
export function jitGateway(schema: GraphQLSchema, cacheSize = JIT_CACHE_SIZE): Gateway {
  const compiled = new Lru<CompiledQuery | ExecutionResult>(cacheSize);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return {
        executor: async ({ document, operationName, queryHash, source, request, context }) => {
          const key = `${operationName ?? ''}\n${queryHash ?? source}`;
          let query = compiled.get(key);
          if (!query) {
            // An operation that cannot be compiled (unknown operation name...) is answered, and remembered, as its errors.
            query = compileQuery(schema, document, operationName ?? undefined);
            compiled.set(key, query);
          }
          if (!isCompiledQuery(query)) return query;
          const variables = request.variables ?? {};
          const result = await query.query(undefined, context, variables);
          // No data at all: graphql-jit refused the variables. Its coercion differs from the specification in
          // places (an omitted non-null input field with a default is refused) and its messages are terser, so
          // graphql-js decides: it refuses them with its own errors (Apollo's 400 BAD_USER_INPUT) before any
          // resolver runs, or accepts them and executes the operation itself.
          if (!('data' in result)) return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
          return withGraphqlJsErrors(result);
        },
      };
    },
    async stop() {},
  };
}
