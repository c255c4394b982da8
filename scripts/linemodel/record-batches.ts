/**
 * Records the given batches with the rules of the tree this file stands in (see records.ts), as JSON:
 *   tsx scripts/linemodel/record-batches.ts <out.json> <batch> [<batch> ...]
 * The history script copies this folder into an older tree and runs it there.
 */
import fs from 'node:fs';
import { loadCorpus } from './corpus';
import { recordDocument } from './records';

const [out, ...batches] = process.argv.slice(2);
if (!out || !batches.length || batches.some((b) => !/^\d+$/.test(b))) {
  console.error('usage: record-batches.ts <out.json> <batch number> [...]');
  process.exit(2);
}
const numbers = batches.map(Number);
const { documents } = loadCorpus(Math.max(...numbers), numbers);
fs.writeFileSync(out, JSON.stringify(documents.map(recordDocument)));
console.log(`${documents.length} documents of batch ${numbers.join(', ')} recorded in ${out}`);
