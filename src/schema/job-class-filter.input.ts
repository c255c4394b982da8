import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Narrows jobClasses; all given conditions must hold.' })
export class JobClassFilter {
  @Field(() => ID, { nullable: true })
  jurisdictionId?: string | null;

  @Field(() => ID, { nullable: true })
  seriesId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only classes with their own specification; false: only referenced ones.' })
  specified?: boolean | null;

  @Field(() => String, { nullable: true })
  code?: string | null;
}
