/** The promotion links around a frontier of classes, one level per round trip: career horizons and feeders. */
import type { Executor } from '../db/executor';
import type { StepLink } from '../model/career-horizon';

export type LinkDirection = 'up' | 'down';

export class HorizonRepository {
  constructor(
    private readonly executor: Executor,
    private readonly timeoutMs: number,
  ) {}

  /** Links leaving (up) or entering (down) each class of `ids`, always as from -> to in the promotion direction. */
  async links(ids: string[], direction: LinkDirection, includeInferred: boolean): Promise<StepLink[]> {
    if (!ids.length) return [];
    const rows = await this.executor.read(direction === 'up' ? 'read/promotion-links-out' : 'read/promotion-links-in', { ids, includeInferred }, { timeoutMs: this.timeoutMs });
    return rows.map((r) => ({ from: String(r.from), to: String(r.to), explicit: Boolean(r.explicit), months: r.months === null || r.months === undefined ? null : Number(r.months) }));
  }
}
