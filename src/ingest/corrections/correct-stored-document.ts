/**
 * Corrections through the API: the stored document is read again from its stored text (the same parser, the same
 * spans), the stored and new corrections are applied, and the result is written in one transaction, as a reload of
 * that document would be.
 */
import type { Executor } from '../../db/executor';
import type { JurisdictionSpec } from '../../model/specification';
import { CorrectionRepository, type StoredDocument } from '../../repositories/correction.repository';
import { DocumentRepository } from '../../repositories/document.repository';
import type { IngestReport } from '../ingest-report';
import { parseDocument } from '../pipeline';
import { parsePlanTable } from '../plan-table';
import { outcomeLines, prepareCorrections, type IncomingCorrection } from './index';

/** Null when there is no such document. `withdrawn`: ids of stored corrections to delete instead of applying. */
export async function correctStoredDocument(executor: Executor, docId: string, incoming: IncomingCorrection[], withdrawn: string[] = []): Promise<IngestReport | null> {
  const stored = await new CorrectionRepository(executor).storedDocument(docId);
  if (!stored) return null;
  const parsed = await readAgain(stored);
  const prepared = await prepareCorrections(executor, parsed.document, incoming, withdrawn);
  const result = await new DocumentRepository(executor).save(prepared.document, { force: true, corrections: prepared.write });
  const lines = outcomeLines(prepared.outcomes);
  return {
    file: stored.doc.fileName,
    documentId: result.documentId,
    format: stored.doc.format,
    status: result.status,
    classes: result.classIds,
    referencedClasses: result.referencedClassIds,
    relations: result.relations,
    competencies: result.competencies,
    warnings: [...parsed.warnings, ...prepared.warnings],
    error: null,
    correctionsApplied: lines.applied,
    correctionsStale: lines.stale,
  };
}

/** The stored text is what was extracted, so it is read as text (a plan table as tab-separated rows). */
async function readAgain(stored: StoredDocument) {
  const { doc } = stored;
  const manifest = {
    file: doc.fileName,
    key: doc.key,
    jurisdiction: stored.jurisdiction as JurisdictionSpec,
    agency: stored.agency ?? undefined,
    url: doc.url ?? undefined,
  };
  const bytes = Buffer.from(doc.text, 'utf8');
  const parsed =
    doc.format === 'plan-table'
      ? await parsePlanTable({ fileName: `${doc.fileName}.tsv`, bytes, manifest })
      : parseDocument({ fileName: /\.(txt|md|text)$/i.test(doc.fileName) ? doc.fileName : `${doc.fileName}.txt`, bytes, manifest });
  // The original's name and hash stay: they identify the file the facts came from.
  parsed.document.source = { ...parsed.document.source, fileName: doc.fileName, sha256: doc.sha256 };
  return parsed;
}
