/** Loading a document through the API: the same pipeline as the CLI, after the caller's role is checked. */
import type { Executor } from '../db/executor';
import { badInput } from '../errors/app-error';
import { ingestDocument } from '../ingest/pipeline';
import { MAX_DOCUMENT_BYTES } from '../ingest/read/read-error';
import { JurisdictionSpecSchema } from '../model/specification';
import type { IngestDocumentInput } from '../schema/ingest.types';
import type { IngestReport } from '../ingest/ingest-report';
import { applyAliasTable } from '../ingest/competency-aliases';
import { sharedParsePool } from '../ingest/parse-pool';
import { ErrorCode } from '../errors/error-codes';
import { isAppError } from '../errors/app-error';

/** Database trouble ends the request with its GraphQL code (and retry hint) instead of a FAILED report. */
const isDatabaseTrouble = (error: unknown) => isAppError(error) && (error.code === ErrorCode.DATABASE_UNAVAILABLE || error.code === ErrorCode.QUERY_TIMEOUT);

export class IngestService {
  constructor(private readonly executor: Executor) {}

  async ingest(input: IngestDocumentInput): Promise<IngestReport> {
    const bytes = Buffer.from(input.text, 'utf8');
    if (bytes.length > MAX_DOCUMENT_BYTES) throw badInput(`text is ${Math.ceil(bytes.length / 1024)} KB; the limit is ${MAX_DOCUMENT_BYTES / 1024} KB`, 'text');
    if (!/^[\w .()-]{1,200}$/.test(input.fileName)) throw badInput('fileName must be 1-200 letters, digits, spaces, dots, dashes or parentheses', 'fileName');
    const jurisdiction = JurisdictionSpecSchema.safeParse(input.jurisdiction);
    if (!jurisdiction.success) throw badInput(`jurisdiction: ${jurisdiction.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 'jurisdiction');
    // Parsing runs in a worker thread with a time budget, so a hostile document cannot block other requests.
    const pool = sharedParsePool();
    const { document, ...report } = await ingestDocument(
      this.executor,
      {
        fileName: input.fileName,
        bytes,
        manifest: {
          file: input.fileName,
          key: input.key ?? undefined,
          jurisdiction: jurisdiction.data,
          agency: input.agency ?? undefined,
          url: input.url ?? undefined,
        },
      },
      { dryRun: input.dryRun, force: input.force, parse: pool ? (doc) => pool.parse(doc) : undefined, rethrow: isDatabaseTrouble },
    );
    void document; // the normalized document is for --dry-run callers; the API reports only
    if (report.status === 'CREATED' || report.status === 'UPDATED') await applyAliasTable(this.executor);
    return report;
  }
}
