/**
 * An analyst's corrections, end to end: the ones stored in the graph for a document and the ones arriving now (a
 * corrections file beside it, or the correctDocument mutation) are merged by identity (a restated correction
 * replaces the earlier one), applied to the parsed document, and handed to the writer to be stored with their
 * outcome in the document's own transaction.
 */
import { createHash } from 'node:crypto';
import type { Executor } from '../../db/executor';
import type { NormalizedDocument } from '../../model/specification';
import { sourceDocumentKey } from '../../model/keys';
import { CorrectionRepository } from '../../repositories/correction.repository';
import type { CorrectionWrite } from '../../repositories/document.repository';
import { applyCorrections } from './apply-corrections';
import { CorrectionSchema, correctionId, type Correction, type CorrectionOutcome, type StoredCorrection } from './correction';

export { CorrectionSchema, correctionIssues, type Correction } from './correction';
export { correctionsFileFor, readCorrectionsFile } from './corrections-file';
export { documentFacts } from './facts';

export interface IncomingCorrection {
  correction: Correction;
  origin: 'FILE' | 'API';
}

export interface PreparedCorrections {
  document: NormalizedDocument;
  write: CorrectionWrite;
  outcomes: CorrectionOutcome[];
  warnings: string[];
}

/**
 * Merges stored and incoming corrections, applies them; `executor` null (a dry run) uses the incoming ones only.
 * `withdrawn` ids are left out here and deleted by the writer.
 */
export async function prepareCorrections(executor: Executor | null, doc: NormalizedDocument, incoming: IncomingCorrection[], withdrawn: string[] = []): Promise<PreparedCorrections> {
  const warnings: string[] = [];
  const byId = new Map<string, StoredCorrection>();
  if (executor) {
    for (const node of await new CorrectionRepository(executor).forDocument(sourceDocumentKey(doc.source.key))) {
      if (withdrawn.includes(node.id)) continue;
      const parsed = CorrectionSchema.safeParse(JSON.parse(node.spec));
      if (parsed.success) byId.set(node.id, { id: node.id, correction: parsed.data, origin: node.origin, createdAt: node.createdAt });
      else warnings.push(`stored correction ${node.id} no longer reads as a correction; ignored`);
    }
  }
  const now = new Date().toISOString();
  for (const { correction, origin } of incoming) {
    const id = correctionId(doc.source.key, correction);
    const previous = byId.get(id);
    const unchanged = previous && JSON.stringify(previous.correction) === JSON.stringify(correction);
    byId.set(id, { id, correction, origin, createdAt: unchanged ? previous.createdAt : now });
  }
  const stored = [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const { document, outcomes } = applyCorrections(doc, stored);
  const rows = stored.map((s, i) => ({
    id: s.id,
    kind: s.correction.kind,
    action: s.correction.action,
    field: s.correction.kind === 'field' ? s.correction.field : null,
    spec: JSON.stringify(s.correction),
    description: outcomes[i].description,
    by: s.correction.by,
    reason: s.correction.reason,
    origin: s.origin,
    createdAt: s.createdAt,
    status: outcomes[i].status,
    staleReason: outcomes[i].reason,
    classRef: outcomes[i].classRef,
  }));
  const hash = rows.length ? createHash('sha256').update(JSON.stringify(rows.map((r) => [r.id, r.spec, r.status, r.staleReason]))).digest('hex') : null;
  return { document, write: { hash, rows, withdrawn }, outcomes, warnings };
}

/** Report lines: "add promotion 62721S -> 62722S (6 months)", and for stale ones why. */
export function outcomeLines(outcomes: CorrectionOutcome[]): { applied: string[]; stale: string[] } {
  return {
    applied: outcomes.filter((o) => o.status === 'APPLIED').map((o) => `${o.id}: ${o.description}`),
    stale: outcomes.filter((o) => o.status === 'STALE').map((o) => `${o.id}: ${o.description}: stale, ${o.reason}`),
  };
}
