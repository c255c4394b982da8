import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { pageAt } from '../model/pages';
import type { GraphContext } from '../server/context';
import type { CitationRecord } from '../loaders/records';
import { Citation } from '../schema/citation.type';
import { SourceDocument } from '../schema/source-document.type';
import { Duty } from '../schema/duty.type';
import { Qualification } from '../schema/qualification.type';
import { CompetencyRequirement } from '../schema/competency.type';
import { Distinction } from '../schema/distinction.type';
import { Provenance, provenanceOf } from '../schema/provenance.type';

/** A citation's document and passage, each through a loader: many citations cost two queries in all. */
@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => SourceDocument)
  document(@Root() c: CitationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.document.load(c.doc);
  }

  @FieldResolver(() => String, { nullable: true })
  passage(@Root() c: CitationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.passage.load({ doc: c.doc, start: c.start, end: c.end });
  }

  @FieldResolver(() => Int, { nullable: true })
  page(@Root() c: CitationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.document.load(c.doc).then((doc) => pageAt(doc, c.start));
  }

  @FieldResolver(() => Boolean)
  mention(@Root() c: CitationRecord) {
    return c.mention ?? false;
  }
}

const citationOf = (r: CitationRecord): CitationRecord => ({ doc: r.doc, start: r.start, end: r.end, mention: false });

@Resolver(() => Duty)
export class DutyResolver {
  @FieldResolver(() => Citation, { description: 'The passage this duty was read from.' })
  source(@Root() r: CitationRecord) {
    return citationOf(r);
  }
}

@Resolver(() => Qualification)
export class QualificationResolver {
  @FieldResolver(() => Citation, { description: 'The passage this clause was read from.' })
  source(@Root() r: CitationRecord) {
    return citationOf(r);
  }
}

@Resolver(() => CompetencyRequirement)
export class CompetencyRequirementResolver {
  @FieldResolver(() => Citation, { description: 'The passage naming this requirement.' })
  source(@Root() r: CitationRecord) {
    return citationOf(r);
  }

  @FieldResolver(() => Provenance, { description: "The document's word, or an analyst's correction (who, why)." })
  provenance(@Root() r: Record<string, unknown>) {
    return provenanceOf(r);
  }
}

@Resolver(() => Distinction)
export class DistinctionResolver {
  @FieldResolver(() => Citation, { description: 'The passage stating the distinction.' })
  source(@Root() r: CitationRecord) {
    return citationOf(r);
  }

  @FieldResolver(() => Provenance, { description: "The document's word, or an analyst's correction (who, why)." })
  provenance(@Root() r: Record<string, unknown>) {
    return provenanceOf(r);
  }
}
