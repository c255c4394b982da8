import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { JobClass } from './job-class.type';
import { Competency } from './competency.type';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor from a previous pageInfo.endCursor.' })
  after?: string | null;
}

/** The size of a list inside an object that can grow with the whole plan (classes requiring a competency, a class's positions). */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { defaultValue: 20, description: 'How many items, 1 to 100.' })
  @Min(1)
  @Max(100)
  first!: number;
}

@ObjectType()
export class JobClassEdge {
  @Field()
  cursor!: string;

  @Field(() => JobClass)
  node!: JobClass;
}

@ObjectType()
export class JobClassConnection {
  @Field(() => [JobClassEdge])
  edges!: JobClassEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Classes matching the filter, across all pages.' })
  totalCount!: number;
}

@ObjectType()
export class CompetencyConnection {
  @Field(() => [Competency])
  nodes!: Competency[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
