import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A department or office of an employer that issues specifications and holds positions.' })
export class Agency {
  @Field(() => ID, { description: '"<jurisdiction>:agency:<normalized name>".' })
  id!: string;

  @Field()
  name!: string;

  jurisdictionId!: string;
}
