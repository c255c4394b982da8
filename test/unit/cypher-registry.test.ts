/** How the registry composes a statement with its continuations (the files are the product's own). */
import { CypherRegistry, defaultCypherRoot } from '../../src/db/cypher-registry';
import { familyStatement } from '../../src/repositories/family.repository';

const registry = new CypherRegistry(defaultCypherRoot());
const text = (name: string) => registry.get(name).text.trim();

describe('CypherRegistry composition', () => {
  it('runs the first statement in a subquery, hands its rows on as one list and then each continuation in order', () => {
    const composed = registry.get(familyStatement('series', 2)).text;
    expect(composed.startsWith(`CALL () {\n${text('read/family-core-series')}\n}\nWITH collect({label: label, node: node}) AS core\n`)).toBe(true);
    const parts = ['read/family-then/select', 'read/family-then/hop', 'read/family-then/hop', 'read/family-then/edges'].map(text);
    expect(composed.endsWith(`${parts.join('\n')}\n`)).toBe(true);
    expect(registry.get(familyStatement('series', 2))).toBe(registry.get(familyStatement('series', 2)));
  });

  it('keeps the page composition as it was: one continuation, the rows as `page`', () => {
    expect(registry.get('read/job-classes-page+read/page-then/series-trees').text).toBe(`CALL () {\n${text('read/job-classes-page')}\n}\nWITH collect(value) AS page\n${text('read/page-then/series-trees')}\n`);
  });

  it.each([
    ['read/family-core-series+read/family-then/select+read/page-then/series-trees', 'continuations of two kinds'],
    ['read/family-core-series+read/family-core-class', 'a statement that is no continuation'],
    ['read/family-core-series+read/family-then/nope', 'a continuation that does not exist'],
  ])('refuses %s (%s)', (name) => {
    expect(() => registry.get(name)).toThrow(`No Cypher statement "${name}"`);
  });
});
