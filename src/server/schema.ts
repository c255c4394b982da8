/** Builds the executable schema from the resolver classes, and prints the committed SDL. */
import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers';
import { fromRoot } from '../config/paths';
import { capLists } from './limits/cap-lists.middleware';

export const SCHEMA_FILE = fromRoot('schema.graphql');

export async function createSchema(): Promise<GraphQLSchema> {
  // capLists holds every list field to its cap (src/server/limits), whatever a resolver returned.
  return buildSchema({ resolvers, validate: { forbidUnknownValues: false }, globalMiddlewares: [capLists] });
}

/** The SDL committed as schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaSDL(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
