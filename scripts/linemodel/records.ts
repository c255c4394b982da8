/**
 * A document as the line-model evaluation needs it, in plain JSON: per line its features (without the
 * vocabulary, which each training fold learns), what the vocabulary features look at, its label and the titles
 * the line would name; the rules' anchors and the classes the whole pipeline reads. Recorded by the rules of the
 * tree the script runs in, so the history script can record documents with the rules as they stood earlier.
 */
import { parseDocument } from '../../src/ingest/pipeline';
import { lineFeatures, MAX_LINE_CHARS, vocabularyInputs, type VocabularyInputs } from '../../src/ingest/line-model/line-features';
import { labelLines } from '../../src/ingest/line-model/line-titles';
import { titlesOfLine } from '../../src/ingest/line-model/review-anchors';
import type { CorpusDocument } from './corpus';

export interface LineRecord {
  base: string[];
  vocab: VocabularyInputs;
  /** The label; absent for blank and run-together lines (neither trained on nor scored). */
  y?: boolean;
  titles: { title: string; series?: { title: string; level: number } }[];
}

export interface DocumentRecord {
  batch: number;
  id: string;
  employer: string;
  expectedTitles: string[];
  lines: LineRecord[];
  anchors: { line: number; title: string }[];
  /** Titles of the classes the whole pipeline reads (the rules); none when it refuses the document. */
  ruleClasses: string[];
}

export function recordDocument(doc: CorpusDocument): DocumentRecord {
  const labels = labelLines(doc.lines, doc.expectedTitles);
  const base = lineFeatures(doc.lines, doc.anchors, new Set());
  let ruleClasses: string[] = [];
  try {
    ruleClasses = parseDocument({ fileName: `${doc.id}.txt`, bytes: Buffer.from(doc.text, 'utf8') }).document.classes.map((c) => c.title);
  } catch {
    // Refused: no class.
  }
  const lines = doc.lines.map((l, i): LineRecord => {
    const scored = l.kind !== 'blank' && l.folded.length <= MAX_LINE_CHARS;
    return { base: base[i], vocab: vocabularyInputs(l), y: scored ? labels[i] : undefined, titles: scored ? titlesOfLine(l) : [] };
  });
  return {
    batch: doc.batch, id: doc.id, employer: doc.employer, expectedTitles: doc.expectedTitles, lines,
    anchors: doc.anchors.map((a) => ({ line: a.line, title: a.title })), ruleClasses,
  };
}
