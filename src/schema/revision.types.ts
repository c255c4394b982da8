import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SourceDocument } from './source-document.type';

export enum RevisionChangeKind {
  FIELD = 'FIELD',
  PROMOTES_TO = 'PROMOTES_TO',
  PROMOTED_FROM = 'PROMOTED_FROM',
  DISTINCTION = 'DISTINCTION',
  COMPETENCY = 'COMPETENCY',
  QUALIFICATION = 'QUALIFICATION',
  DUTY = 'DUTY',
}
registerEnumType(RevisionChangeKind, { name: 'RevisionChangeKind', description: 'What part of a class a change is in.' });

export enum ChangeType {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeType, { name: 'ChangeType' });

@ObjectType({ description: 'One change a revision made to a class.' })
export class RevisionChange {
  @Field(() => RevisionChangeKind)
  kind!: RevisionChangeKind;

  @Field(() => ChangeType)
  change!: ChangeType;

  @Field({ description: 'The field (FIELD), else the item added or removed (a competency name, a clause, "<class id> (<basis>, <n> months)").' })
  item!: string;

  @Field(() => String, { nullable: true })
  before?: string | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType({ description: 'A version of a class, as one load of its specification left it.' })
export class ClassRevision {
  @Field()
  loadedAt!: string;

  @Field({ description: 'SHA-256 of the document version.' })
  sha256!: string;

  @Field(() => SourceDocument, { nullable: true })
  document?: SourceDocument | null;

  @Field({ description: 'True for the first version loaded (its changes are empty).' })
  first!: boolean;

  @Field(() => [RevisionChange], { description: 'What changed since the previous revision: fields, edges, competencies, qualifications and duties added and removed.' })
  changes!: RevisionChange[];

  doc!: string;
}

@ObjectType({ description: 'An earlier version of a document, kept when a revision replaced it.' })
export class DocumentVersion {
  @Field()
  sha256!: string;

  @Field()
  loadedAt!: string;

  @Field()
  fileName!: string;

  @Field(() => Int)
  length!: number;
}
