import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { JobClass } from './job-class.type';
import { ClassSeries } from './class-series.type';
import { Citation } from './citation.type';
import { Jurisdiction } from './jurisdiction.type';

export enum AuditFindingKind {
  GRADE_INVERSION = 'GRADE_INVERSION',
  SERIES_GAP = 'SERIES_GAP',
  PROMOTION_CYCLE = 'PROMOTION_CYCLE',
  UNSPECIFIED_CLASS = 'UNSPECIFIED_CLASS',
  UNREACHABLE_CLASS = 'UNREACHABLE_CLASS',
  DUPLICATE_TITLE = 'DUPLICATE_TITLE',
}
registerEnumType(AuditFindingKind, {
  name: 'AuditFindingKind',
  valuesConfig: {
    GRADE_INVERSION: { description: 'A higher level of a series has a lower pay grade (or band) than the level below it.' },
    SERIES_GAP: { description: 'A series skips a level number.' },
    PROMOTION_CYCLE: { description: 'Classes promote into one another in a cycle.' },
    UNSPECIFIED_CLASS: { description: 'A class other documents name but none specifies.' },
    UNREACHABLE_CLASS: { description: 'A specified class no promotion path reaches: on no path at all, or a level above the first of its series that no edge leads to.' },
    DUPLICATE_TITLE: { description: 'One title under different codes.' },
  },
});

@ObjectType({ description: 'One thing that looks wrong in a plan, with the classes involved and the passages it rests on.' })
export class AuditFinding {
  @Field(() => AuditFindingKind)
  kind!: AuditFindingKind;

  @Field()
  message!: string;

  @Field(() => [JobClass])
  classes!: JobClass[];

  @Field(() => ClassSeries, { nullable: true })
  series?: ClassSeries | null;

  @Field(() => [Citation], { description: 'The passages behind the finding: the promotion statements of a cycle, the specifications (or, for unspecified classes, the mentions) of the classes.' })
  citations!: Citation[];
}

@ObjectType({ description: 'What looks wrong in one employer\'s classification plan.' })
export class PlanAudit {
  @Field(() => Jurisdiction)
  jurisdiction!: Jurisdiction;

  @Field(() => [AuditFinding], { description: 'Grouped by kind, in a stable order.' })
  findings!: AuditFinding[];
}
