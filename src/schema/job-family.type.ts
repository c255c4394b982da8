import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A broad grouping of class series ("Business Systems Job Family").' })
export class JobFamily {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  definition?: string | null;
}
