/**
 * Competency equivalences on the documents' own terms: every requirement keeps its document's name, and
 * equivalence is a separate, visible link. The proposer scores pairs (src/equivalence) and stores them as
 * PROPOSED; an analyst accepts (a SAME_AS link, basis ANALYST) or rejects them. Only CURATED and ANALYST links
 * are folded by the queries that take useEquivalences.
 */
import { badInput, notFound } from '../errors/app-error';
import type { Loaders } from '../loaders/loaders';
import { EquivalenceScorer, type NamedCompetency } from '../equivalence/proposer';
import { candidatePairs } from '../equivalence/candidates';
import { WordNet } from '../equivalence/wordnet';
import type { EquivalenceRepository } from '../repositories/equivalence.repository';

let wordnet: WordNet | null = null;
/** Loaded on first use and kept for the process: the database is read-only. */
function sharedWordNet(): WordNet {
  wordnet ??= WordNet.load();
  return wordnet;
}

export class EquivalenceService {
  constructor(
    private readonly loaders: Loaders,
    private readonly equivalences: EquivalenceRepository,
  ) {}

  /** Scores every plausible pair of competencies not already linked; stores those at or above minScore. */
  async propose(minScore: number, limit: number) {
    if (!(minScore > 0 && minScore <= 1)) throw badInput('minScore must be above 0 and at most 1', 'minScore');
    if (limit < 1 || limit > 1000) throw badInput('limit must be between 1 and 1000', 'limit');
    const all = await this.equivalences.competencies();
    const byId = new Map(all.map((c) => [c.id, c]));
    const scorer = new EquivalenceScorer(sharedWordNet(), all.map((c) => c.name));
    const group = (id: string) => byId.get(id)?.canonicalId ?? id;
    const found: { a: string; b: string; score: number; reasons: string[] }[] = [];
    for (const [a, b] of candidatePairs(all as NamedCompetency[], sharedWordNet())) {
      if (group(a.id) === group(b.id)) continue;
      const { score, reasons } = scorer.score(a, b);
      if (score >= minScore) found.push({ a: a.id, b: b.id, score, reasons });
    }
    found.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : 1));
    await this.equivalences.saveProposals(found);
    return this.proposals('PROPOSED', limit);
  }

  async proposals(status: string, limit: number) {
    return (await this.equivalences.proposals(status, limit)).map((p) => ({ ...p, competency: p.a, other: p.b }));
  }

  /**
   * Accepting links the pair so each group keeps one canonical competency: the one not yet in a group joins the
   * other's; two different groups are not merged here (that is an edit of the alias table).
   */
  async review(a: string, b: string, accept: boolean) {
    if (a === b) throw badInput('a and b are the same competency', 'b');
    const [ka, kb] = await Promise.all([this.loaders.competency.load(a), this.loaders.competency.load(b)]);
    if (!ka) throw notFound('Competency', a);
    if (!kb) throw notFound('Competency', b);
    const [ca, cb] = await Promise.all([this.loaders.canonicalOfCompetency.load(a), this.loaders.canonicalOfCompetency.load(b)]);
    if (accept && ca && cb && ca.id !== cb.id) throw badInput(`${ka.name} and ${kb.name} already belong to different groups (${ca.name}, ${cb.name}); merge those in the alias table`, 'b');
    // The one not yet in a group joins the other's group (or, both free, a joins b); one group, one canonical.
    const [memberId, canonicalId] = ca && !cb ? [b, ca.id] : [a, cb?.id ?? b];
    const link = accept && (ca?.id ?? a) !== (cb?.id ?? b);
    const scorer = new EquivalenceScorer(sharedWordNet());
    const { score } = scorer.score(ka, kb);
    const [x, y] = a < b ? [a, b] : [b, a];
    const status = await this.equivalences.review({ a: x, b: y, accept, link, memberId, canonicalId, score });
    this.loaders.equivalentsOfCompetency.clear(a).clear(b);
    return { competency: ka, other: kb, status, score, reasons: [] as string[] };
  }
}
