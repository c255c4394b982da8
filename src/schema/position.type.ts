import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One seat, classified into a class, with its working title.' })
export class Position {
  @Field(() => ID)
  id!: string;

  @Field()
  number!: string;

  @Field(() => String, { nullable: true })
  workingTitle?: string | null;

  @Field(() => String, { nullable: true })
  formerNumber?: string | null;
}
