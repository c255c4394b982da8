import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A duty of a class, with the share of time when the document gives one.' })
export class Duty {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field(() => Float, { nullable: true })
  percentOfTime?: number | null;

  @Field()
  essential!: boolean;

  @Field(() => Int)
  order!: number;

  doc!: string;
  start!: number;
  end!: number;
}
