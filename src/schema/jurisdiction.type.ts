import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An employer that keeps a classification plan: a state, county, city or court.' })
export class Jurisdiction {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'STATE, COUNTY, CITY, COURT or OTHER.' })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'Classes (specified or referenced) in this jurisdiction.' })
  classCount?: number;
}
