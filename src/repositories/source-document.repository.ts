/** A stored document's text, to show a cited passage where it stands. */
import type { Executor } from '../db/executor';

export interface StoredText {
  id: string;
  key: string;
  fileName: string;
  format: string;
  url?: string | null;
  sha256: string;
  text: string;
}

export class SourceDocumentRepository {
  constructor(private readonly executor: Executor) {}

  async withText(docId: string): Promise<StoredText | null> {
    const [row] = await this.executor.read('read/document-text', { docId });
    return row ? (row.doc as StoredText) : null;
  }
}
