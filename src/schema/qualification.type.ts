import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One clause of the minimum qualifications; clauses with the same option form one alternative.' })
export class Qualification {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'EDUCATION, EXPERIENCE, LICENSE, SUBSTITUTION or OTHER.' })
  kind!: string;

  @Field()
  text!: string;

  @Field(() => Int, { description: 'Alternative this clause belongs to ("-Or ..." starts a new one).' })
  option!: number;

  @Field(() => String, { nullable: true, description: 'NONE, HIGH_SCHOOL, SOME_COLLEGE, ASSOCIATE, BACHELOR, MASTER or DOCTORATE.' })
  educationLevel?: string | null;

  @Field(() => Float, { nullable: true, description: 'Months of experience or training the clause asks for.' })
  months?: number | null;

  @Field(() => String, { nullable: true })
  subject?: string | null;

  doc!: string;
  start!: number;
  end!: number;
}
