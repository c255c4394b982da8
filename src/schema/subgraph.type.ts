/** GraphQL shape of src/model/subgraph.ts (classFamily), and the FamilyScope input that picks the family. */
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

export enum SubgraphNodeType {
  Jurisdiction = 'Jurisdiction',
  Agency = 'Agency',
  JobFamily = 'JobFamily',
  ClassSeries = 'ClassSeries',
  JobClass = 'JobClass',
  Position = 'Position',
  Competency = 'Competency',
}
registerEnumType(SubgraphNodeType, { name: 'SubgraphNodeType', description: 'The Neo4j label of a subgraph node.' });

export enum SubgraphEdgeType {
  IN = 'IN',
  IN_FAMILY = 'IN_FAMILY',
  HAS_LEVEL = 'HAS_LEVEL',
  PROMOTES_TO = 'PROMOTES_TO',
  DISTINGUISHED_FROM = 'DISTINGUISHED_FROM',
  REQUIRES = 'REQUIRES',
  SAME_AS = 'SAME_AS',
  CLASSIFIED_AS = 'CLASSIFIED_AS',
}
registerEnumType(SubgraphEdgeType, { name: 'SubgraphEdgeType', description: 'The Neo4j relationship type of a subgraph edge.' });

@ObjectType({ description: 'A node of a subgraph: its natural key, label, caption and scalar properties.' })
export class SubgraphNode {
  @Field(() => ID, { description: 'Natural key, e.g. "state-of-ohio:62721S".' })
  id!: string;

  @Field(() => SubgraphNodeType)
  type!: SubgraphNodeType;

  @Field({ description: 'Caption for display: a class\'s code and title, a competency\'s name.' })
  label!: string;

  @Field(() => GraphQLJSON, { description: 'Scalar properties of the node (strings, numbers, booleans, null).' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A relationship of a subgraph, between two node ids.' })
export class SubgraphEdge {
  @Field(() => ID, { description: 'Stable: "<source>|<type>|<target>|<discriminator>" (document, basis or kind).' })
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => SubgraphEdgeType)
  type!: SubgraphEdgeType;

  @Field(() => GraphQLJSON, { description: 'Scalar properties of the relationship.' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A piece of the graph to draw or export: nodes, edges, and whether maxNodes cut it short.' })
export class Subgraph {
  @Field(() => [SubgraphNode])
  nodes!: SubgraphNode[];

  @Field(() => [SubgraphEdge])
  edges!: SubgraphEdge[];

  @Field({ description: 'True when the node cap cut the subgraph short (the nodes nearest the scope are kept).' })
  truncated!: boolean;
}

@InputType({ description: 'Where a class family is centred: exactly one of the ids, and how many hops to reach out.' })
export class FamilyScope {
  @Field(() => ID, { nullable: true, description: 'A class series: the series and its levels.' })
  seriesId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A job family: the family, its series and their levels.' })
  jobFamilyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An employer\'s plan: the jurisdiction and its agencies, families, series and classes.' })
  jurisdictionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One class.' })
  classId?: string | null;

  @Field(() => Int, { defaultValue: 1, description: 'Hops out from those nodes over promotion, distinction, competency, position and series links, 1 to 3.' })
  hops!: number;
}
