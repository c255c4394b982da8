/**
 * Pairs worth scoring: names that share a stem, a WordNet sense or a compact form. Scoring every pair of a large vocabulary would
 * be quadratic; pairs sharing neither score 0 by names alone (definitions are compared within candidates).
 */
import { compact, contentTokens, stems } from './lexical';
import type { NamedCompetency } from './proposer';
import type { WordNet } from './wordnet';

export function candidatePairs<T extends NamedCompetency>(items: T[], wordnet: WordNet | null = null): [T, T][] {
  const byKey = new Map<string, number[]>();
  items.forEach((c, i) => {
    const tokens = contentTokens(c.name);
    const senses = wordnet ? tokens.flatMap((t) => [...wordnet.synsets(t)].map((s) => `~${s}`)) : [];
    for (const key of new Set([`=${compact(c.name)}`, ...stems(tokens), ...senses])) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i);
  });
  const seen = new Set<string>();
  const pairs: [T, T][] = [];
  for (const members of byKey.values()) {
    // A stem shared by a large part of the vocabulary ("management") says little; other keys still pair them.
    if (members.length > 200) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x], members[y]];
        const key = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const [a, b] = items[i].id < items[j].id ? [items[i], items[j]] : [items[j], items[i]];
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}
