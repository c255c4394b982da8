/** Every statement in cypher/ (but migrations, which run at start) is planned by the real Neo4j: a typo fails here. */
import type { Graph } from '../../src/server/bootstrap';
import { openTestGraph } from '../support/graph';
import { CONTINUATIONS } from '../../src/db/cypher-registry';

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
    // A continuation runs only composed after a page statement; it is planned so.
    const planned = name.startsWith(CONTINUATIONS) ? graph.executor.registry.get(`read/job-classes-page+${name}`) : statement;
    await expect(graph.executor.runText(`EXPLAIN ${planned.text}`, {}, 'READ')).resolves.toBeDefined();
  });
});
