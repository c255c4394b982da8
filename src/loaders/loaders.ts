/** The per-request set of DataLoaders: one per relationship field, so each field costs one query per level. */
import DataLoader from 'dataloader';
import { GraphReadRepository, passageKey, type PassageRef } from '../repositories/graph-read.repository';
import { limitedListLoaders, listLoader, singleLoader } from './batch-loader';
import type {
  AgencyRecord,
  CitationRecord,
  CompetencyRecord,
  CompetencyRequirementRecord,
  DistinctionRecord,
  DocumentRecord,
  DutyRecord,
  FieldCorrectionRecord,
  FamilyRecord,
  JobClassRecord,
  JurisdictionRecord,
  PositionRecord,
  PromotionLinkRecord,
  QualificationRecord,
  SeriesRecord,
} from './records';

export function createLoaders(repo: GraphReadRepository) {
  return {
    jobClass: singleLoader<JobClassRecord>(repo, 'read/job-classes-by-ids'),
    jurisdictionOfClass: singleLoader<JurisdictionRecord>(repo, 'read/jurisdiction-by-class-ids'),
    seriesOfClass: singleLoader<SeriesRecord & { rank: number }>(repo, 'read/series-by-class-ids'),
    dutiesOfClass: listLoader<DutyRecord>(repo, 'read/duties-by-class-ids'),
    qualificationsOfClass: listLoader<QualificationRecord>(repo, 'read/qualifications-by-class-ids'),
    competenciesOfClass: listLoader<CompetencyRequirementRecord>(repo, 'read/competencies-by-class-ids'),
    distinctionsOfClass: listLoader<DistinctionRecord>(repo, 'read/distinctions-by-class-ids'),
    positionsOfClass: listLoader<PositionRecord>(repo, 'read/positions-by-class-ids'),
    classOfPosition: singleLoader<JobClassRecord>(repo, 'read/class-by-position-ids'),
    sourcesOfClass: listLoader<CitationRecord>(repo, 'read/sources-by-class-ids'),
    fieldCorrectionsOfClass: listLoader<FieldCorrectionRecord>(repo, 'read/field-corrections-by-class-ids'),
    document: singleLoader<DocumentRecord>(repo, 'read/documents-by-ids'),
    series: singleLoader<SeriesRecord>(repo, 'read/series-by-ids'),
    levelsOfSeries: listLoader<JobClassRecord & { rank: number }>(repo, 'read/levels-by-series-ids'),
    familyOfSeries: singleLoader<FamilyRecord>(repo, 'read/family-by-series-ids'),
    jurisdiction: singleLoader<JurisdictionRecord>(repo, 'read/jurisdiction-by-ids'),
    competency: singleLoader<CompetencyRecord>(repo, 'read/competencies-by-ids'),
    classesRequiring: limitedListLoaders<JobClassRecord>(repo, 'read/classes-by-competency-ids'),
    promotionsFromClass: listLoader<PromotionLinkRecord>(repo, 'read/promotions-from-class-ids'),
    promotionsIntoClass: listLoader<PromotionLinkRecord>(repo, 'read/promotions-into-class-ids'),
    /** Keyed "from>to": every PROMOTES_TO edge behind one move. */
    promotionEdges: listLoader<Record<string, unknown>>(repo, 'read/promotion-edges-by-pair-keys'),
    agencyOfClass: singleLoader<AgencyRecord>(repo, 'read/agency-by-class-ids'),
    agencyOfPosition: singleLoader<AgencyRecord>(repo, 'read/agency-by-position-ids'),
    agencyOfDocument: singleLoader<AgencyRecord>(repo, 'read/agency-by-document-ids'),
    /** The competency each is SAME_AS (with the link's basis), for answers that fold equivalents. */
    canonicalOfCompetency: singleLoader<{ id: string; name: string; basis: string }>(repo, 'read/canonical-by-competency-ids'),
    equivalentsOfCompetency: listLoader<{ competency: CompetencyRecord; basis: string; score: number | null }>(repo, 'read/equivalents-by-competency-ids'),
    revisionsOfClass: listLoader<{ loadedAt: string; sha256: string; doc: string; snapshot: string }>(repo, 'read/revisions-by-class-ids'),
    versionsOfDocument: listLoader<{ sha256: string; loadedAt: string; fileName: string; length: number }>(repo, 'read/versions-by-document-ids'),
    passage: new DataLoader<PassageRef, string | null, string>(
      async (refs) => {
        const found = await repo.passages(refs);
        return refs.map((r) => found.get(passageKey(r)) ?? null);
      },
      { cacheKeyFn: passageKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
