import { GraphQLError } from 'graphql';

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

/**
 * Why a document was not written, as a report may say it: our own errors' messages; for anything from the
 * driver, what it means without its text (which names internal ids, index names and pool counts).
 */
export function describeWriteFailure(error: unknown): string {
  if (error instanceof GraphQLError && typeof error.extensions?.code === 'string') return error.message;
  const message = error instanceof Error ? error.message : '';
  if (/too large to index|exceeds the maximum|property value is too large/i.test(message)) return 'a value (a title, code, key or name) is too long for the graph\'s indexes';
  const code = (error as { code?: unknown })?.code;
  return `the graph database refused the write${typeof code === 'string' && /^Neo\.[\w.]+$/.test(code) ? ` (${code})` : ''}`;
}
