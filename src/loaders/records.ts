/** Shapes of the property maps the read statements return (Neo4j node properties plus computed fields). */
export interface JobClassRecord {
  id: string;
  code?: string | null;
  title: string;
  jurisdictionId: string;
  specified?: boolean;
  level?: number | null;
  payGrade?: string | null;
  payBand?: string | null;
  bargainingUnit?: string | null;
  flsaStatus?: string | null;
  establishedDate?: string | null;
  effectiveDate?: string | null;
  concept?: string | null;
  supervisionReceived?: string | null;
  supervisionExercised?: string | null;
  workingConditions?: string | null;
  rank?: number;
}
export interface JurisdictionRecord { id: string; name: string; kind: string; classCount?: number }
export interface SeriesRecord { id: string; code?: string | null; title: string; purpose?: string | null; jurisdictionId: string }
export interface FamilyRecord { id: string; name: string; definition?: string | null }
/** Where a fact came from: a document and a character span of its text. */
export interface CitationRecord { doc: string; start: number; end: number; mention?: boolean }
export interface DutyRecord extends CitationRecord { id: string; text: string; percentOfTime?: number | null; essential: boolean; order: number }
export interface QualificationRecord extends CitationRecord {
  id: string;
  kind: string;
  text: string;
  option: number;
  educationLevel?: string | null;
  months?: number | null;
  subject?: string | null;
}
export interface CompetencyRecord { id: string; name: string; classCount?: number }
export interface CompetencyRequirementRecord extends CitationRecord { competency: CompetencyRecord; kind: string; definition?: string | null }
export interface DistinctionRecord extends CitationRecord { other: JobClassRecord; statement: string; outgoing: boolean }
export interface PositionRecord { id: string; number: string; workingTitle?: string | null; formerNumber?: string | null }
export interface DocumentRecord {
  id: string;
  key: string;
  fileName: string;
  sha256: string;
  format: string;
  url?: string | null;
  loadedAt: string;
  length: number;
  mediaType?: string | null;
  originalSha256?: string | null;
  /** Pages of a paginated original: page `pageNumbers[i]` starts at offset `pageStarts[i]` of the text. */
  pageNumbers?: number[] | null;
  pageStarts?: number[] | null;
  pageCount?: number | null;
}
/** A class field an analyst's correction set or removed. */
export interface FieldCorrectionRecord { field: string; action: string; by: string; reason: string; correctionId: string; documentId: string }
/** A one-step promotion link to (or from) another class, with the raw PROMOTES_TO edges behind it. */
export interface PromotionLinkRecord { other: JobClassRecord; edges: Record<string, unknown>[] }
export interface AgencyRecord { id: string; name: string; jurisdictionId: string }
