/** Competency equivalences: the proposer's input, stored proposals, and an analyst's decisions. */
import type { Executor } from '../db/executor';

export interface CompetencyForEquivalence {
  id: string;
  name: string;
  definition: string | null;
  canonicalId: string | null;
}

export interface ProposalRow {
  a: { id: string; name: string };
  b: { id: string; name: string };
  score: number;
  reasons: string[];
  status: string;
}

export class EquivalenceRepository {
  constructor(private readonly executor: Executor) {}

  async competencies(): Promise<CompetencyForEquivalence[]> {
    return (await this.executor.read('read/competencies-for-equivalence')) as unknown as CompetencyForEquivalence[];
  }

  async saveProposals(proposals: { a: string; b: string; score: number; reasons: string[] }[]): Promise<void> {
    if (proposals.length) await this.executor.write('write/upsert-equivalence-proposals', { proposals, at: new Date().toISOString() });
  }

  async proposals(status: string, limit: number): Promise<ProposalRow[]> {
    return (await this.executor.read('read/equivalence-proposals', { status, limit })) as unknown as ProposalRow[];
  }

  async review(params: { a: string; b: string; accept: boolean; link: boolean; memberId: string; canonicalId: string; score: number | null }): Promise<string> {
    const [row] = await this.executor.write('write/review-equivalence', { ...params, at: new Date().toISOString() });
    return String(row?.status);
  }
}
