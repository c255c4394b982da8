/** Revisions of a class: each load of its specification, with what it changed since the previous one. */
import type { Loaders } from '../loaders/loaders';
import { diffSnapshots, type ClassSnapshot } from '../model/revision-diff';

export class RevisionService {
  constructor(private readonly loaders: Loaders) {}

  async revisions(classId: string) {
    const rows = await this.loaders.revisionsOfClass.load(classId);
    const snapshots = rows.map((r) => JSON.parse(r.snapshot) as ClassSnapshot);
    return rows.map((r, i) => ({ loadedAt: r.loadedAt, sha256: r.sha256, doc: r.doc, first: i === 0, changes: i === 0 ? [] : diffSnapshots(snapshots[i - 1], snapshots[i]) }));
  }
}
