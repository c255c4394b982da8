import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A knowledge, skill, ability, behavior or competency; one node per normalized name across all documents.' })
export class Competency {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, description: 'How many classes require it.' })
  classCount?: number;
}

@ObjectType({ description: 'A class requiring a competency, as the class document states it.' })
export class CompetencyRequirement {
  @Field(() => Competency)
  competency!: Competency;

  @Field({ description: 'KNOWLEDGE, SKILL, ABILITY, BEHAVIOR or COMPETENCY.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: "The document's own definition." })
  definition?: string | null;

  doc!: string;
  start!: number;
  end!: number;
}
