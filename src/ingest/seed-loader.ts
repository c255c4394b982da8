/** Loads the seed corpus at start; documents already loaded unchanged are skipped, so restarts are cheap. */
import fs from 'node:fs';
import type { Executor } from '../db/executor';
import type { Logger } from '../observability/logger';
import { ingestPaths } from './pipeline';

export async function loadSeeds(executor: Executor, dir: string, logger: Logger): Promise<void> {
  if (!fs.existsSync(dir)) {
    logger.warn({ dir }, 'no seed folder; starting with what the graph holds');
    return;
  }
  const reports = await ingestPaths(executor, [dir]);
  for (const r of reports) {
    const entry = { file: r.file, status: r.status, format: r.format, classes: r.classes.length, warnings: r.warnings.length };
    if (r.error) logger.error({ ...entry, error: r.error }, 'seed document failed');
    else logger.info(entry, 'seed document');
  }
}
