/** What the graph writer stores of an analyst's corrections, in the document's own transaction. */
import type { ClassRef } from '../model/specification';

/** Corrections to record with the document, in the same transaction (see src/ingest/corrections). */
export interface CorrectionWrite {
  /** Digest of the corrections and their outcomes: a reload with the same text and the same digest is UNCHANGED. */
  hash: string | null;
  rows: CorrectionRow[];
  /** Ids of corrections the analyst withdrew: deleted with the same transaction. */
  withdrawn?: string[];
}

export interface CorrectionRow {
  id: string;
  kind: string;
  action: string;
  /** The class field a field correction sets, else null. */
  field: string | null;
  /** The correction as JSON. */
  spec: string;
  description: string;
  by: string;
  reason: string;
  origin: 'FILE' | 'API';
  createdAt: string;
  status: 'APPLIED' | 'STALE';
  staleReason: string | null;
  classRef: ClassRef | null;
}
