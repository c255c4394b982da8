import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Classes of one kind of work at rising levels (a career ladder).' })
export class ClassSeries {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: 'The series purpose or definition, as the document states it.' })
  purpose?: string | null;

  jurisdictionId!: string;
}
