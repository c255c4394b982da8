/** `schema`: write schema.graphql (the committed, snapshot-tested SDL) from the resolvers. */
import fs from 'node:fs';
import type { Command } from 'commander';
import { createSchema, printSchemaSDL, SCHEMA_FILE } from '../server/schema';

export function registerSchemaCommand(program: Command): void {
  program
    .command('schema')
    .description('Write schema.graphql from the resolver classes.')
    .action(async () => {
      fs.writeFileSync(SCHEMA_FILE, printSchemaSDL(await createSchema()));
      process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    });
}
