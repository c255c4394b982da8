/** Builds the executable schema from the resolver classes and, when asked, writes schema.graphql. */
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export async function createSchema(options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
}
