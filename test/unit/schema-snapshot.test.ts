/** schema.graphql is the committed public contract: it must match what the resolvers build. */
import fs from 'node:fs';
import { createSchema, printSchemaSDL, SCHEMA_FILE } from '../../src/server/schema';

it('schema.graphql matches the schema the resolvers build (run `npm run schema` after changing the API)', async () => {
  const built = printSchemaSDL(await createSchema());
  expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(built);
});

it('describes every query field', async () => {
  const schema = await createSchema();
  const fields = Object.values(schema.getQueryType()!.getFields());
  expect(fields.filter((f) => !f.description).map((f) => f.name)).toEqual([]);
});
