/** Every statement in cypher/ (but migrations, which run at start) is planned by the real Neo4j: a typo fails here. */
import type { Graph } from '../../src/server/bootstrap';
import { openTestGraph } from '../support/graph';
import { continuationFolder } from '../../src/db/cypher-registry';
import { familyStatement, type FamilyScopeKind } from '../../src/repositories/family.repository';

/** How a continuation is planned: composed after a statement of its kind (a family's with every part of it). */
const PLANNED_AFTER: Record<string, (name: string) => string> = {
  'read/page-then/': (name) => `read/job-classes-page+${name}`,
  'read/family-then/': () => familyStatement('series', 3),
};

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

describe('cypher/ statements', () => {
  it('has statements to check', () => {
    expect(graph.executor.registry.names().filter((n) => !n.startsWith('migrations/')).length).toBeGreaterThan(30);
  });

  it.each(
    // Computed at collection time from the same folder the product loads.
    new (require('../../src/db/cypher-registry').CypherRegistry)(require('../../src/db/cypher-registry').defaultCypherRoot())
      .names()
      .filter((n: string) => !n.startsWith('migrations/')) as string[],
  )('%s plans', async (name) => {
    const statement = graph.executor.registry.get(name);
    expect(statement.text).toMatch(/^\/\/ .+/);
    expect(statement.text).toMatch(/params:/);
    // A continuation runs only composed after a statement of its kind; it is planned so.
    const folder = continuationFolder(name);
    const planned = folder ? graph.executor.registry.get(PLANNED_AFTER[folder](name)) : statement;
    await expect(graph.executor.runText(`EXPLAIN ${planned.text}`, {}, 'READ')).resolves.toBeDefined();
  });

  it.each((['series', 'jobFamily', 'jurisdiction', 'class'] as FamilyScopeKind[]).flatMap((kind) => [1, 2, 3].map((hops) => [kind, hops] as const)))(
    'the %s family statement with %i hop(s) plans',
    async (kind, hops) => {
      await expect(graph.executor.runText(`EXPLAIN ${graph.executor.registry.get(familyStatement(kind, hops)).text}`, {}, 'READ')).resolves.toBeDefined();
    },
  );
});
