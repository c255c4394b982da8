import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { JobClass } from './job-class.type';
import { Competency } from './competency.type';

export enum SearchHitKind {
  JOB_CLASS = 'JOB_CLASS',
  COMPETENCY = 'COMPETENCY',
}
registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType({ description: 'A full-text match: a class (by its title, concept or a duty) or a competency.' })
export class SearchHit {
  @Field(() => SearchHitKind)
  kind!: SearchHitKind;

  @Field(() => Float)
  score!: number;

  @Field(() => JobClass, { nullable: true })
  jobClass?: JobClass | null;

  @Field(() => Competency, { nullable: true })
  competency?: Competency | null;

  @Field({ description: 'Pass as `after` to get the hits after this one.' })
  cursor!: string;

  @Field(() => String, { nullable: true, description: 'The text that matched.' })
  matched?: string | null;
}
