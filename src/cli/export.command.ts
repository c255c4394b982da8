/** `export`: write a class family (series, job family, plan or class) as GraphML, Cytoscape JSON, JSON or CSV. */
import fs from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../config/config';
import { createLogger } from '../observability/logger';
import { connectGraph } from '../server/bootstrap';
import { FamilyRepository } from '../repositories/family.repository';
import { FamilyService, type FamilyScopeArgs } from '../services/family.service';
import { findFormat, FORMAT_NAMES } from '../export/formats';

interface ExportOptions {
  series?: string;
  family?: string;
  jurisdiction?: string;
  class?: string;
  hops: string;
  maxNodes: string;
  format: string;
  out?: string;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Write a class family as a file for graph tools (Gephi, yEd, Cytoscape); exactly one of --series, --family, --jurisdiction, --class.')
    .option('--series <id>', 'class series id, e.g. state-of-ohio:series:6272S')
    .option('--family <id>', 'job family id')
    .option('--jurisdiction <id>', 'jurisdiction id (the whole plan)')
    .option('--class <id>', 'job class id')
    .option('--hops <n>', 'hops out from the scope, 1 to 3', '1')
    .option('--max-nodes <n>', 'node cap', '500')
    .option('--format <format>', FORMAT_NAMES.join(' | '), 'graphml')
    .option('--out <file>', 'output file (default: standard output)')
    .action(async (options: ExportOptions) => {
      const format = findFormat(options.format);
      if (!format) throw new Error(`Unknown format "${options.format}"; use ${FORMAT_NAMES.join(', ')}`);
      const scope: FamilyScopeArgs = { seriesId: options.series, jobFamilyId: options.family, jurisdictionId: options.jurisdiction, classId: options.class, hops: Number(options.hops) };
      const config = loadConfig();
      const graph = await connectGraph(config, createLogger('warn'));
      try {
        const family = await new FamilyService(new FamilyRepository(graph.executor, config.QUERY_TIMEOUT_MS)).classFamily(scope, Number(options.maxNodes));
        const title = options.series ?? options.family ?? options.jurisdiction ?? options.class ?? 'classFamily';
        const text = format.render(family, title);
        if (options.out) {
          fs.writeFileSync(options.out, text);
          process.stderr.write(`wrote ${options.out}: ${family.nodes.length} nodes, ${family.edges.length} edges${family.truncated ? ' (truncated at --max-nodes)' : ''}\n`);
        } else {
          process.stdout.write(text);
        }
      } finally {
        await graph.close();
      }
    });
}
