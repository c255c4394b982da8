/**
 * Precision and recall of the equivalence proposals on the hand-written pair set
 * (test/fixtures/equivalences.json), at the product's threshold and across a range, so the choice is visible.
 *
 *   npm run equivalences
 */
import fs from 'node:fs';
import { fromRoot } from '../../src/config/paths';
import { EquivalenceScorer, PROPOSAL_THRESHOLD } from '../../src/equivalence/proposer';
import { WordNet } from '../../src/equivalence/wordnet';

export interface PairSet {
  pairs: { a: string; b: string; same: boolean }[];
}

export function measure(set: PairSet, scorer: EquivalenceScorer, threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const p of set.pairs) {
    const { score } = scorer.score({ id: p.a, name: p.a }, { id: p.b, name: p.b });
    const proposed = score >= threshold;
    if (proposed && p.same) tp += 1;
    else if (proposed) {
      fp += 1;
      errors.push(`  false positive ${score.toFixed(2)}  "${p.a}" = "${p.b}"`);
    } else if (p.same) {
      fn += 1;
      errors.push(`  missed         ${score.toFixed(2)}  "${p.a}" = "${p.b}"`);
    }
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp / (tp + fn), tp, fp, fn, errors };
}

function main() {
  const set = JSON.parse(fs.readFileSync(fromRoot('test', 'fixtures', 'equivalences.json'), 'utf8')) as PairSet;
  const positives = set.pairs.filter((p) => p.same).length;
  console.log(`${set.pairs.length} pairs: ${positives} equivalent, ${set.pairs.length - positives} not (hard negatives)\n`);
  const vocabulary = set.pairs.flatMap((p) => [p.a, p.b]);
  const withWordNet = new EquivalenceScorer(WordNet.load(), vocabulary);
  const withoutWordNet = new EquivalenceScorer(null, vocabulary);
  console.log('threshold   precision  recall   (without WordNet synonyms)');
  for (const t of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1]) {
    const m = measure(set, withWordNet, t);
    const n = measure(set, withoutWordNet, t);
    console.log(`${t.toFixed(2).padStart(9)}   ${(m.precision * 100).toFixed(1).padStart(8)}%  ${(m.recall * 100).toFixed(1).padStart(5)}%   (${(n.precision * 100).toFixed(1)}% / ${(n.recall * 100).toFixed(1)}%)${t === PROPOSAL_THRESHOLD ? '   <- product threshold' : ''}`);
  }
  const chosen = measure(set, withWordNet, PROPOSAL_THRESHOLD);
  console.log(`\nat ${PROPOSAL_THRESHOLD}: precision ${(chosen.precision * 100).toFixed(1)}% (${chosen.tp}/${chosen.tp + chosen.fp}), recall ${(chosen.recall * 100).toFixed(1)}% (${chosen.tp}/${chosen.tp + chosen.fn})`);
  console.log(chosen.errors.join('\n'));
}

if (require.main === module) main();
