/** Reading an analyst's stored corrections, and a stored document as it was loaded (to read it again). */
import type { Executor } from '../db/executor';

export interface CorrectionNode {
  id: string;
  kind: string;
  action: string;
  field?: string | null;
  spec: string;
  description: string;
  by: string;
  reason: string;
  origin: 'FILE' | 'API';
  createdAt: string;
  status: 'APPLIED' | 'STALE';
  staleReason?: string | null;
  classId?: string | null;
  documentId: string;
  checkedAt?: string | null;
}

export interface StoredDocument {
  doc: { id: string; key: string; fileName: string; sha256: string; format: string; url?: string | null; text: string };
  jurisdiction: { id: string; name: string; kind: string };
  agency: string | null;
}

export class CorrectionRepository {
  constructor(private readonly executor: Executor) {}

  async forDocument(docId: string): Promise<CorrectionNode[]> {
    return (await this.executor.read('read/corrections-by-document', { docId })).map((r) => r.correction as CorrectionNode);
  }

  async storedDocument(docId: string): Promise<StoredDocument | null> {
    const [row] = await this.executor.read('read/document-for-reparse', { docId });
    return row ? (row as unknown as StoredDocument) : null;
  }
}
