import { Field, ObjectType } from 'type-graphql';
import { JobClass } from './job-class.type';

@ObjectType({ description: 'A distinguishing statement between this class and another.' })
export class Distinction {
  @Field(() => JobClass)
  other!: JobClass;

  @Field()
  statement!: string;

  @Field({ description: "True when the statement is in this class's own document (this class distinguished from the other)." })
  outgoing!: boolean;

  doc!: string;
  start!: number;
  end!: number;
}
