/**
 * Scores how likely two competency names (with the documents' definitions, when given) name one requirement.
 * Each content word of one name is matched to the other by stem (1.0) or WordNet synonym (0.9); the score is
 * the share of words matched on both sides (a soft Dice coefficient), each word weighted by how rare it is
 * among all the names compared (inverse document frequency: "data" or "management" say less than "cloud" or
 * "oral"). Two definitions saying the same thing count as much as the names. The reasons say which evidence was used.
 */
import { compact, contentTokens, stems } from './lexical';
import type { WordNet } from './wordnet';

export interface NamedCompetency {
  id: string;
  name: string;
  definition?: string | null;
}

export interface PairScore {
  score: number;
  reasons: string[];
}

/** Proposals at or above this score are shown to analysts (precision >= 90% at recall >= 70% on our set). */
export const PROPOSAL_THRESHOLD = 0.65;

interface Analyzed {
  tokens: string[];
  stems: string[];
  definition: Set<string> | null;
}

export class EquivalenceScorer {
  private readonly cache = new Map<string, Analyzed>();

  private readonly weights = new Map<string, number>();
  private readonly names: number;

  /** `vocabulary`: every name being compared, for the word weights (none given: all words weigh the same). */
  constructor(
    private readonly wordnet: WordNet | null,
    vocabulary: string[] = [],
  ) {
    const unique = [...new Set(vocabulary)];
    this.names = unique.length;
    for (const name of unique) for (const s of new Set(stems(contentTokens(name)))) this.weights.set(s, (this.weights.get(s) ?? 0) + 1);
  }

  private weight(stem: string): number {
    return this.names ? Math.log(1 + this.names / (this.weights.get(stem) ?? 1)) : 1;
  }

  score(a: NamedCompetency, b: NamedCompetency): PairScore {
    if (compact(a.name) === compact(b.name)) return { score: 1, reasons: ['same words'] };
    const [x, y] = [this.analyze(a), this.analyze(b)];
    if (!x.tokens.length || !y.tokens.length) return { score: 0, reasons: [] };
    if (x.stems.join('') === y.stems.join('')) return { score: 1, reasons: ['same stems'] };
    // Different figures are different requirements ("lifting 30 pounds", "lifting 50 pounds").
    const figures = (t: string[]) => t.filter((w) => /\d/.test(w)).sort().join(' ');
    if (figures(x.tokens) !== figures(y.tokens)) return { score: 0, reasons: ['different figures'] };
    const reasons = new Set<string>();
    const total = (a: Analyzed) => a.stems.reduce((sum, s) => sum + this.weight(s), 0);
    const matched = (from: Analyzed, to: Analyzed) =>
      from.tokens.reduce((sum, token, i) => {
        const w = this.weight(from.stems[i]);
        if (to.stems.includes(from.stems[i])) return sum + w;
        const synonym = this.wordnet && to.tokens.find((t) => this.wordnet!.synonyms(token, t));
        if (synonym) {
          reasons.add(`synonyms: ${[token, synonym].sort().join(' ~ ')}`);
          return sum + 0.9 * w;
        }
        return sum;
      }, 0);
    let score = (matched(x, y) + matched(y, x)) / (total(x) + total(y));
    if (score > 0) reasons.add('shared stems');
    if (x.definition && y.definition) {
      const shared = [...x.definition].filter((s) => y.definition!.has(s)).length;
      const dice = (2 * shared) / (x.definition.size + y.definition.size);
      if (dice >= 0.6 && dice > score) {
        score = dice;
        reasons.add('shared definition');
      }
    }
    return { score: Math.round(score * 1000) / 1000, reasons: [...reasons] };
  }

  private analyze(c: NamedCompetency): Analyzed {
    const key = `${c.name}\u0000${c.definition ?? ''}`;
    let found = this.cache.get(key);
    if (!found) {
      const tokens = contentTokens(c.name);
      found = { tokens, stems: stems(tokens), definition: c.definition ? new Set(stems(contentTokens(c.definition))) : null };
      this.cache.set(key, found);
    }
    return found;
  }
}
