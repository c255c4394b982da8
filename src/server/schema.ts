/** Builds the executable schema from the resolver classes, and prints the committed SDL. */
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers';
import { fromRoot } from '../config/paths';
import { instrumentSchema } from './limits/field-budget';

export const SCHEMA_FILE = fromRoot('schema.graphql');

export async function createSchema(): Promise<GraphQLSchema> {
  // List caps and the runtime field budget (src/server/limits/field-budget.ts), wrapped in once and synchronously.
  return instrumentSchema(await buildSchema({ resolvers, validate: { forbidUnknownValues: false } }));
}

/** The SDL committed as schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaSDL(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
