/**
 * The real corpus as the line model sees it: each document's laid-out lines (as the generic parser lays them
 * out), the rules' anchors, whether the generic parser reads it at all, and the analyst's expected titles.
 * Texts come from test/real-corpus/.texts (git-ignored); a missing text is skipped and counted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { detectFormat, genericParser } from '../../src/ingest/parsers';
import { layoutLines, type LaidLine } from '../../src/ingest/layout/layout-lines';
import { segmentClasses, type ClassAnchor } from '../../src/ingest/segment/segment-classes';

/** LINE_MODEL_CORPUS points the history script's older trees at this tree's corpus (readings and texts). */
export const CORPUS_ROOT = process.env.LINE_MODEL_CORPUS ?? path.resolve(__dirname, '../../test/real-corpus');

type Reader = (bytes: Buffer, name: string) => { text: string; hints?: Parameters<typeof layoutLines>[1] };
/** The text reader of this tree; older trees had none and parsed the text as it is, without hints. */
function textReader(): Reader | undefined {
  try {
    return (require('../../src/ingest/read') as { readTextDocument?: Reader }).readTextDocument;
  } catch {
    return undefined;
  }
}
const readText = textReader();

export interface CorpusDocument {
  batch: number;
  id: string;
  employer: string;
  text: string;
  expectedTitles: string[];
  lines: LaidLine[];
  anchors: ClassAnchor[];
  /** Read by the generic (layout-first) parser; a specific format parser reads the others and no hook applies. */
  generic: boolean;
}

/** Loads the given batches (by default 1..maxBatch, never beyond). */
export function loadCorpus(maxBatch: number, only?: number[]): { documents: CorpusDocument[]; missing: number } {
  const documents: CorpusDocument[] = [];
  let missing = 0;
  for (let batch = 1; batch <= maxBatch; batch++) {
    const dir = path.join(CORPUS_ROOT, `batch-${batch}`);
    if (!fs.existsSync(dir) || (only && !only.includes(batch))) continue;
    const sources: { id: string; employer: string }[] = JSON.parse(fs.readFileSync(path.join(dir, 'sources.json'), 'utf8'));
    const expected: Record<string, { classes: { title: string }[] }> = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    for (const s of sources) {
      const file = path.join(CORPUS_ROOT, '.texts', `batch-${batch}`, `${s.id}.txt`);
      if (!fs.existsSync(file) || !expected[s.id]) {
        missing++;
        continue;
      }
      const text = fs.readFileSync(file, 'utf8');
      const source = readText?.(Buffer.from(text, 'utf8'), `${s.id}.txt`) ?? { text, hints: [] };
      const lines = layoutLines(source.text, source.hints ?? []);
      const generic = detectFormat(source.text).parser === genericParser;
      const anchors = segmentClasses(lines, source.text).anchors;
      documents.push({ batch, id: s.id, employer: s.employer, text, expectedTitles: expected[s.id].classes.map((c) => c.title), lines, anchors, generic });
    }
  }
  return { documents, missing };
}
