/** An analyst's corrections through the API: validated like a corrections file, then applied as a reload would. */
import type { Executor } from '../db/executor';
import { badInput, notFound } from '../errors/app-error';
import { CorrectionSchema, correctionIssues } from '../ingest/corrections';
import { correctStoredDocument } from '../ingest/corrections/correct-stored-document';
import { applyAliasTable } from '../ingest/competency-aliases';
import type { IngestReport } from '../ingest/ingest-report';
import { CorrectionRepository, type CorrectionNode } from '../repositories/correction.repository';
import type { CorrectDocumentInput } from '../schema/correction.types';

export const MAX_CORRECTIONS_PER_CALL = 200;

export class CorrectionService {
  constructor(private readonly executor: Executor) {}

  async correct(input: CorrectDocumentInput): Promise<IngestReport> {
    if (!input.corrections.length) throw badInput('give at least one correction', 'corrections');
    if (input.corrections.length > MAX_CORRECTIONS_PER_CALL) throw badInput(`at most ${MAX_CORRECTIONS_PER_CALL} corrections per call`, 'corrections');
    const corrections = input.corrections.map((c, i) => {
      const parsed = CorrectionSchema.safeParse(withoutNulls({ ...c, by: input.by }));
      if (!parsed.success) throw badInput(correctionIssues(parsed.error, `corrections[${i}]`), 'corrections');
      return { correction: parsed.data, origin: 'API' as const };
    });
    const report = await correctStoredDocument(this.executor, input.documentId, corrections);
    if (!report) throw notFound('SourceDocument', input.documentId);
    if (report.status === 'CREATED' || report.status === 'UPDATED') await applyAliasTable(this.executor);
    return report;
  }

  /** Deletes stored corrections and writes the document again without them. */
  async withdraw(documentId: string, ids: string[]): Promise<IngestReport> {
    if (!ids.length) throw badInput('name at least one correction id', 'ids');
    const stored = new Set((await this.list(documentId)).map((c) => c.id));
    const unknown = ids.filter((id) => !stored.has(id));
    if (unknown.length) throw badInput(`no such correction of ${documentId}: ${unknown.join(', ')}`, 'ids');
    const report = await correctStoredDocument(this.executor, documentId, [], ids);
    if (!report) throw notFound('SourceDocument', documentId);
    await applyAliasTable(this.executor);
    return report;
  }

  async list(documentId: string): Promise<CorrectionNode[]> {
    return new CorrectionRepository(this.executor).forDocument(documentId);
  }
}

/** GraphQL gives absent optional fields as null; a correction leaves them out. */
function withoutNulls(value: object): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v === null ? undefined : v)));
}
