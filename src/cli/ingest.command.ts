/** `ingest`: parse documents and write them to the graph, with a progress bar and a report per document. */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config';
import { createLogger } from '../observability/logger';
import { connectGraph } from '../server/bootstrap';
import { collectDocuments, ingestPaths } from '../ingest/pipeline';
import type { IngestReport } from '../ingest/ingest-report';
import { formatReport } from './format-report';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Load classification documents (files or folders; a manifest.json beside them supplies jurisdiction and agency).')
    .argument('<paths...>', 'documents, folders of documents, or http(s) URLs of published documents')
    .option('--dry-run', 'parse and validate only; print the normalized JSON, write nothing')
    .option('--force', 'rewrite documents even when their text is unchanged')
    .option('--json', 'print the reports as JSON')
    .action(async (paths: string[], options: { dryRun?: boolean; force?: boolean; json?: boolean }) => {
      const total = collectDocuments(paths).length;
      if (!total) throw new Error(`No documents (.txt, .md, .html, .htm, .pdf, .docx, or an http(s) URL) found in ${paths.join(', ')}`);
      const graph = options.dryRun ? null : await connectGraph(loadConfig(), createLogger('warn'));
      const bar = process.stderr.isTTY && !options.json ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
      bar?.start(total, 0, { file: '' });
      let reports: IngestReport[];
      try {
        reports = await ingestPaths(graph?.executor ?? null, paths, {
          dryRun: options.dryRun,
          force: options.force,
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
      process.stdout.write(`${reports.length - failed.length} loaded, ${failed.length} failed\n`);
      if (failed.length) process.exitCode = 1;
    });
}
