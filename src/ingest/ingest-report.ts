/** What ingesting one document did, for the CLI, the mutation and the logs. */
export interface IngestReport {
  file: string;
  documentId: string | null;
  format: string | null;
  status: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'DRY_RUN' | 'FAILED';
  classes: string[];
  referencedClasses: string[];
  relations: number;
  competencies: number;
  warnings: string[];
  error: string | null;
  /** Analyst's corrections applied to this load ("<id>: <what>"). */
  correctionsApplied: string[];
  /** Stored corrections that no longer apply, each with why ("<id>: <what>: stale, <reason>"). */
  correctionsStale: string[];
}
