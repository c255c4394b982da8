import { Field, Int, ObjectType } from 'type-graphql';
import { Position } from './position.type';
import { PageInfo } from './pagination.type';

@ObjectType()
export class PositionConnection {
  @Field(() => [Position])
  nodes!: Position[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Positions matching the filter, across all pages.' })
  totalCount!: number;
}
