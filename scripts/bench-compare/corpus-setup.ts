/**
 * The data every comparison runs over: the generated corpus at a target size, loaded once into the benchmark
 * Neo4j and reused while its class count and seed match (a marker node records them), so rounds of
 * `bench:compare` do not reload 20k classes each time.
 */
import type { Executor } from '../../src/db/executor';
import { BulkDocumentWriter } from '../../src/repositories/bulk-document.writer';
import { applyAliasTable } from '../../src/ingest/competency-aliases';
import { generateCorpus, type CorpusOptions } from '../corpus/generate-corpus';
import { wipeGraph } from '../corpus/wipe-graph';

/** Corpus options that reach about `targetClasses` classes (~3 levels per series, 5,000 classes per employer). */
export function corpusFor(targetClasses: number, seed = 1): CorpusOptions {
  const jurisdictions = Math.max(1, Math.round(targetClasses / 5000));
  return { jurisdictions, seriesPerJurisdiction: Math.round(targetClasses / jurisdictions / 3), maxLevels: 5, crossLinksPerSeries: 2, distinctionsPerSeries: 1, competencyPool: 400, seed };
}

/** Loads the corpus for `targetClasses` unless the graph already holds exactly it; returns the class count. */
export async function ensureCorpus(executor: Executor, targetClasses: number, log: (line: string) => void): Promise<number> {
  const marker = `${targetClasses}:1`;
  const [found] = await executor.runText('OPTIONAL MATCH (m:BenchCorpus) RETURN m.marker AS marker', {}, 'READ');
  if (found?.marker === marker) {
    const [n] = await executor.runText('MATCH (c:JobClass) RETURN count(c) AS n', {}, 'READ');
    return Number(n.n);
  }
  log(`loading the generated corpus (~${targetClasses} classes) with the bulk writer`);
  await wipeGraph(executor);
  const writer = new BulkDocumentWriter(executor);
  const started = Date.now();
  const docs = generateCorpus(corpusFor(targetClasses));
  for (let i = 0; i < docs.length; i += 100) {
    const outcome = await writer.writeBatch(docs.slice(i, i + 100));
    const failed = outcome.results.find((r) => !r.ok);
    if (failed) throw new Error(`corpus load failed: ${JSON.stringify(failed)}`);
  }
  await writer.finish();
  await applyAliasTable(executor);
  await executor.runText('MERGE (m:BenchCorpus) SET m.marker = $marker', { marker });
  const [n] = await executor.runText('MATCH (c:JobClass) RETURN count(c) AS n', {}, 'READ');
  log(`loaded ${n.n} classes in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return Number(n.n);
}
