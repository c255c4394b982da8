/** Every resolver class, in one list for buildSchema. */
import { JobClassConnectionResolver, JobClassResolver } from './job-class.resolver';
import { ClassSeriesResolver } from './class-series.resolver';
import { CatalogResolver } from './catalog.resolver';
import { CitationResolver, CompetencyRequirementResolver, DistinctionResolver, DutyResolver, QualificationResolver } from './provenance.resolver';
import { CompetencyResolver, PositionResolver } from './competency.resolver';
import { IngestResolver } from './ingest.resolver';
import { TraversalResolver } from './traversal.resolver';
import { FamilyResolver } from './family.resolver';
import { CorrectionResolver } from './correction.resolver';
import { AgencyResolver, JobClassAgencyResolver, PositionAgencyResolver, SourceDocumentAgencyResolver } from './agency.resolver';
import { AuditResolver } from './audit.resolver';
import { EquivalenceResolver } from './equivalence.resolver';
import { ClassRevisionResolver, JobClassRevisionResolver, SourceDocumentVersionResolver } from './revision.resolver';
import { CareerStepGapResolver, GapResolver, PromotionStepGapResolver } from './gap.resolver';
import { CareerStepResolver, HorizonResolver, JobClassPromotionResolver, PromotionStepPayResolver } from './horizon.resolver';

export const resolvers = [
  JobClassResolver,
  JobClassConnectionResolver,
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
  HorizonResolver,
  CareerStepResolver,
  PromotionStepPayResolver,
  JobClassPromotionResolver,
  AgencyResolver,
  JobClassAgencyResolver,
  PositionAgencyResolver,
  SourceDocumentAgencyResolver,
  GapResolver,
  PromotionStepGapResolver,
  CareerStepGapResolver,
  AuditResolver,
  EquivalenceResolver,
  JobClassRevisionResolver,
  ClassRevisionResolver,
  SourceDocumentVersionResolver,
] as const;
