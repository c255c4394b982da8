/**
 * The look-ahead projects only the properties a selection reads. These tests hold the two things that makes
 * safe: every field resolver of a projected type is declared with what it reads (a new resolver cannot read a
 * property the projection leaves out), and the selection read from a query names exactly its fields, through
 * fragments and aliases.
 */
import 'reflect-metadata';
import { parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type GraphQLSchema, type GraphQLObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../src/server/schema';
import { lookAhead } from '../../src/resolvers/look-ahead';
import { propertiesFor, RESOLVER_READS, type ProjectedType } from '../../src/loaders/projection';

const TYPES = Object.keys(RESOLVER_READS) as ProjectedType[];

describe('look-ahead projection', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('declares what every field resolver of a projected type reads, and nothing the schema lacks', () => {
    const resolvers = new Map<string, Set<string>>();
    for (const f of getMetadataStorage().fieldResolvers) {
      const type = f.getObjectType?.()?.name;
      if (type) resolvers.set(type, (resolvers.get(type) ?? new Set()).add(f.schemaName));
    }
    for (const type of TYPES) {
      const fields = Object.keys((schema.getType(type) as GraphQLObjectType).getFields());
      expect({ type, undeclared: [...(resolvers.get(type) ?? [])].filter((name) => !(name in RESOLVER_READS[type])) }).toEqual({ type, undeclared: [] });
      expect({ type, stale: Object.keys(RESOLVER_READS[type]).filter((name) => !fields.includes(name)) }).toEqual({ type, stale: [] });
    }
  });

  it('projects plain fields by name, resolved fields by what they read, id always and __typename never', () => {
    expect(propertiesFor('JobClass', ['title', '__typename', 'specified', 'series', 'payGrade'])).toEqual(['id', 'title', 'specified', 'payGrade']);
    expect(propertiesFor('ClassSeries', ['jurisdiction', 'levels'])).toEqual(['id', 'jurisdictionId']);
    expect(propertiesFor('CompetencyRequirement', ['competency', 'kind', 'provenance'])).toEqual(['as', 'provenance', 'correctedBy', 'correctionReason', 'correctionId']);
    expect(propertiesFor('Competency', [])).toEqual(['id']);
  });

  it('reads the fields under each path of a query, through aliases, inline fragments and named fragments', () => {
    const document = parse(`
      query { jobClasses { edges { node { id t: title series { ...S levels { ... on JobClass { code } payGrade } } } } } }
      fragment S on ClassSeries { title levels { id } }
    `);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]));
    const root = operation.selectionSet.selections[0];
    const selection = lookAhead({ fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo);
    expect([...selection.fieldsAt('edges.node')].sort()).toEqual(['id', 'series', 'title']);
    expect([...selection.fieldsAt('edges.node.series')].sort()).toEqual(['levels', 'title']);
    expect([...selection.fieldsAt('edges.node.series.levels')].sort()).toEqual(['code', 'id', 'payGrade']);
    expect(selection.has('edges.node.series.levels')).toBe(true);
    expect(selection.has('edges.node.series.levels.competencies')).toBe(false);
    expect(selection.fieldsAt('edges.node.jurisdiction')).toEqual([]);
  });
});
