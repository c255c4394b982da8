#!/usr/bin/env node
/**
 * The command line: a thin adapter over the same services the server uses.
 *   ingest <files or folders...> [--dry-run] [--force]
 *   schema                        write schema.graphql from the resolvers
 *   export --series <id> [--format graphml|cyjs|json|nodes.csv|edges.csv] [--out file]
 */
import 'reflect-metadata';
import 'dotenv/config';
import { Command } from 'commander';
import { registerIngestCommand } from './ingest.command';
import { registerSchemaCommand } from './schema.command';
import { registerExportCommand } from './export.command';

const program = new Command()
  .name('classgraph')
  .description('Classification knowledge graph: load class specifications into Neo4j and query them.')
  .showHelpAfterError();

registerIngestCommand(program);
registerSchemaCommand(program);
registerExportCommand(program);

program.parseAsync(process.argv).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
