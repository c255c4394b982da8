/** Every resolver class, in one list for buildSchema. */
import { JobClassResolver } from './job-class.resolver';
import { ClassSeriesResolver } from './class-series.resolver';
import { CatalogResolver } from './catalog.resolver';
import { CitationResolver, CompetencyRequirementResolver, DistinctionResolver, DutyResolver, QualificationResolver } from './provenance.resolver';
import { CompetencyResolver, PositionResolver } from './competency.resolver';
import { IngestResolver } from './ingest.resolver';
import { TraversalResolver } from './traversal.resolver';
import { FamilyResolver } from './family.resolver';
import { CorrectionResolver } from './correction.resolver';

export const resolvers = [
  JobClassResolver,
  ClassSeriesResolver,
  CatalogResolver,
  CitationResolver,
  DutyResolver,
  QualificationResolver,
  CompetencyRequirementResolver,
  DistinctionResolver,
  CompetencyResolver,
  PositionResolver,
  IngestResolver,
  TraversalResolver,
  FamilyResolver,
  CorrectionResolver,
] as const;
