import { Field, ObjectType } from 'type-graphql';
import { JobClass } from './job-class.type';
import { Competency } from './competency.type';
import { UsedEquivalence } from './gap.types';

@ObjectType({ description: 'The name one class\'s document uses for a shared requirement.' })
export class RequirementName {
  @Field(() => JobClass)
  jobClass!: JobClass;

  @Field(() => Competency)
  competency!: Competency;
}

@ObjectType({ description: 'A requirement every one of the classes has, with the name each document gives it.' })
export class SharedRequirement {
  @Field(() => Competency, { description: 'The competency the names fold to (the common name when all documents use one).' })
  competency!: Competency;

  @Field(() => [RequirementName])
  asNamed!: RequirementName[];
}

@ObjectType({ description: 'What a set of classes requires in common, on the documents\' own terms.' })
export class SharedRequirements {
  @Field(() => [SharedRequirement])
  requirements!: SharedRequirement[];

  @Field(() => [UsedEquivalence], { description: 'The equivalences that joined differently named requirements (empty with useEquivalences: false).' })
  equivalencesUsed!: UsedEquivalence[];
}
