/** `ingest`: parse documents and write them to the graph, with a progress bar and a report per document. */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config';
import { createLogger } from '../observability/logger';
import { connectGraph } from '../server/bootstrap';
import { collectDocuments, ingestPaths } from '../ingest/pipeline';
import { bulkIngestPaths } from '../ingest/bulk-ingest';
import type { IngestReport } from '../ingest/ingest-report';
import { formatReport } from './format-report';
import { JurisdictionSpecSchema } from '../model/specification';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Load classification documents (files or folders; a manifest.json beside them supplies jurisdiction and agency).')
    .argument('<paths...>', 'documents, folders of documents, or http(s) URLs of published documents')
    .option('--dry-run', 'parse and validate only; print the normalized JSON, write nothing')
    .option('--force', 'rewrite documents even when their text is unchanged')
    .option('--json', 'print the reports as JSON')
    .option('--jurisdiction <id>', 'the employer of documents no manifest names (required for a plan table outside a manifest)')
    .option('--jurisdiction-name <name>', 'its name (defaults to the id)')
    .option('--bulk', 'load a whole plan fast: parse in worker threads, many documents per transaction, derived edges built once at the end')
    .option('--batch-size <n>', 'with --bulk: documents per transaction', '100')
    .option('--workers <n>', 'with --bulk: parser threads (default: cores - 1)')
    .option('--concurrency <n>', 'with --bulk: write transactions in flight at once', '2')
    .action(async (paths: string[], options: { dryRun?: boolean; force?: boolean; json?: boolean; jurisdiction?: string; jurisdictionName?: string; bulk?: boolean; batchSize: string; workers?: string; concurrency: string }) => {
      const total = collectDocuments(paths).length;
      if (!total) throw new Error(`No documents (.txt, .md, .html, .htm, .pdf, .docx, .csv, .tsv, .xlsx, or an http(s) URL) found in ${paths.join(', ')}`);
      const jurisdiction = options.jurisdiction ? JurisdictionSpecSchema.safeParse({ id: options.jurisdiction, name: options.jurisdictionName ?? options.jurisdiction }) : undefined;
      if (jurisdiction && !jurisdiction.success) throw new Error(`--jurisdiction: ${jurisdiction.error.issues.map((i) => i.message).join('; ')}`);
      const graph = options.dryRun ? null : await connectGraph(loadConfig(), createLogger('warn'));
      const bar = process.stderr.isTTY && !options.json ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
      bar?.start(total, 0, { file: '' });
      let reports: IngestReport[];
      try {
        reports = options.bulk && graph && !options.force
          ? await bulkIngestPaths(graph.executor, paths, { batchSize: Number(options.batchSize), workers: options.workers === undefined ? undefined : Number(options.workers), concurrency: Number(options.concurrency), onProgress: (done) => (bar ? bar.update(done, { file: '' }) : process.stderr.write(`[${done}/${total}]\n`)) })
          : await ingestPaths(graph?.executor ?? null, paths, {
          dryRun: options.dryRun,
          force: options.force,
          jurisdiction: jurisdiction?.data,
          onProgress: (report, index) => bar ? bar.update(index, { file: report.file }) : process.stderr.write(`[${index}/${total}] ${report.file}\n`),
        });
      } finally {
        bar?.stop();
        await graph?.close();
      }
      if (options.json || options.dryRun) {
        process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
      } else {
        reports.forEach((r) => process.stdout.write(`${formatReport(r)}\n`));
      }
      const failed = reports.filter((r) => r.status === 'FAILED');
      // The summary goes to stderr so that --json and --dry-run print nothing but JSON on stdout.
      process.stderr.write(`${reports.length - failed.length} ${options.dryRun ? 'parsed' : 'loaded'}, ${failed.length} failed\n`);
      if (failed.length) process.exitCode = 1;
    });
}
