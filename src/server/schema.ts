/** Builds the executable schema from the resolver classes, and prints the committed SDL. */
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers';
import { fromRoot } from '../config/paths';
import { instrumentSchema } from './limits/field-budget';

export const SCHEMA_FILE = fromRoot('schema.graphql');

export async function createSchema(): Promise<GraphQLSchema> {
  // List caps and the runtime field budget (src/server/limits/field-budget.ts), wrapped in once and synchronously.
  const schema = await buildSchema({ resolvers, validate: { forbidUnknownValues: false } });
  const resolved = new Set(getMetadataStorage().fieldResolvers.map((f) => `${f.getObjectType?.()?.name}.${f.schemaName}`));
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  return instrumentSchema(schema, (type, field) => roots.has(type) || resolved.has(`${type}.${field}`));
}

/** The SDL committed as schema.graphql: sorted, so diffs show real changes only. */
export function printSchemaSDL(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
