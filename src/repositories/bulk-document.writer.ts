/**
 * The bulk writer: many new documents per transaction, each statement run once over the rows of all of them
 * (UNWIND batches of cypher/bulk/*), instead of ~14 statements per document. Per-document atomicity holds: a
 * batch commits whole or not at all, and a failed batch is retried document by document through the
 * per-document writer, so the failing document is reported alone and nothing is half-written. Documents already
 * in the graph take the per-document path too (a revision retracts what the old version said; unchanged ones
 * are skipped). Derived PROMOTION_STEP edges are built once, by `finish()`, for every class the load touched.
 */
import type { Executor } from '../db/executor';
import type { ClassRef, NormalizedDocument } from '../model/specification';
import { agencyKey, competencyKey, jobClassKey, jobFamilyKey, seriesKey, sourceDocumentKey } from '../model/keys';
import { classReferences, classRows, relationRows, documentRow } from './document-rows';
import { DocumentRepository, type WriteResult } from './document.repository';

export interface BulkOutcome {
  /** One per document, in input order: its write result, or the error that kept it out of the graph. */
  results: ({ ok: true; result: WriteResult } | { ok: false; error: string })[];
  /** Documents of the batch that went through the per-document writer (revisions, or a failed batch). */
  perDocument: number;
}

/** Per-document statements whose bulk form (cypher/bulk/<name>) takes the same rows with a docId each. */
const RELATION_STATEMENTS: Record<string, string> = {
  'write/link-series-levels': 'bulk/link-series-levels',
  'write/upsert-duties': 'bulk/upsert-duties',
  'write/upsert-qualifications': 'bulk/upsert-qualifications',
  'write/upsert-competencies': 'bulk/upsert-competencies',
  'write/upsert-distinctions': 'bulk/upsert-distinctions',
  'write/upsert-promotions': 'bulk/upsert-promotions',
  'write/upsert-positions': 'bulk/upsert-positions',
};

export class BulkDocumentWriter {
  private readonly perDocument: DocumentRepository;
  /** Classes whose promotion steps `finish()` rebuilds. */
  private readonly touched = new Set<string>();

  constructor(private readonly executor: Executor) {
    this.perDocument = new DocumentRepository(executor);
  }

  /** Writes a batch; never throws for a bad document (its entry says why), only for a lost database. */
  async writeBatch(docs: NormalizedDocument[]): Promise<BulkOutcome> {
    const ids = docs.map((d) => sourceDocumentKey(d.source.key));
    const existing = new Map((await this.executor.read('bulk/find-documents', { docIds: ids })).map((r) => [String(r.id), String(r.sha256)]));
    const fresh: number[] = [];
    const results: BulkOutcome['results'] = new Array(docs.length);
    let perDocument = 0;
    const seen = new Set<string>();
    for (let i = 0; i < docs.length; i++) {
      // A document already loaded, or twice in one batch, needs the per-document writer's revision handling.
      if (existing.has(ids[i]) || seen.has(ids[i])) continue;
      seen.add(ids[i]);
      fresh.push(i);
    }
    if (fresh.length) {
      try {
        const written = await this.writeNew(fresh.map((i) => docs[i]));
        fresh.forEach((i, k) => (results[i] = { ok: true, result: written[k] }));
      } catch {
        // Nothing of the batch was committed; find the failing document(s) one at a time.
      }
    }
    for (const [i, doc] of docs.entries()) {
      if (results[i]) continue;
      perDocument += 1;
      try {
        const result = await this.perDocument.save(doc);
        results[i] = { ok: true, result };
      } catch (error) {
        results[i] = { ok: false, error: (error as Error).message };
      }
    }
    return { results, perDocument };
  }

  /** Rebuilds PROMOTION_STEP for every class the bulk batches touched, in chunks of its own transactions. */
  async finish(chunk = 2000): Promise<void> {
    const ids = [...this.touched];
    this.touched.clear();
    for (let i = 0; i < ids.length; i += chunk) {
      const classIds = ids.slice(i, i + chunk);
      await this.executor.writeTransaction(async (tx) => {
        await tx.run('write/clear-promotion-steps', { classIds });
        await tx.run('write/build-promotion-steps', { classIds });
      });
    }
  }

  private async writeNew(docs: NormalizedDocument[]): Promise<WriteResult[]> {
    const loadedAt = new Date().toISOString();
    const plans = docs.map((doc) => {
      const docId = sourceDocumentKey(doc.source.key);
      const jurisdictionId = doc.jurisdiction.id;
      const classIdOf = (ref: ClassRef) => jobClassKey(jurisdictionId, ref);
      const familyId = doc.jobFamily ? jobFamilyKey(jurisdictionId, doc.jobFamily.name) : null;
      const seriesIdOf = new Map(doc.series.map((s) => [s.key, seriesKey(jurisdictionId, s)]));
      return { doc, docId, jurisdictionId, classIdOf, familyId, seriesIdOf, ...classReferences(doc, classIdOf) };
    });
    const withDoc = <T extends object>(p: { docId: string; jurisdictionId: string }, rows: T[]) => rows.map((r) => ({ ...r, docId: p.docId, jurisdictionId: p.jurisdictionId }));

    return this.executor.writeTransaction(async (tx) => {
      const run = (statement: string, rows: unknown[]) => (rows.length ? tx.run(statement, { rows }) : Promise.resolve([]));
      await run(
        'bulk/upsert-documents',
        plans.map(({ doc, docId, jurisdictionId }) => ({
          doc: documentRow(doc, docId, loadedAt, null),
          jurisdiction: doc.jurisdiction,
          agency: doc.agency ? { id: agencyKey(jurisdictionId, doc.agency.name), name: doc.agency.name } : null,
        })),
      );
      await run(
        'bulk/upsert-families',
        plans.filter((p) => p.doc.jobFamily).map((p) => ({ docId: p.docId, jurisdictionId: p.jurisdictionId, family: { id: p.familyId, name: p.doc.jobFamily!.name, definition: p.doc.jobFamily!.definition?.text ?? null, ...p.doc.jobFamily!.span } })),
      );
      await run(
        'bulk/upsert-series',
        plans.flatMap((p) => withDoc(p, p.doc.series.map((s) => ({ id: p.seriesIdOf.get(s.key), code: s.code ?? null, title: s.title, purpose: s.purpose?.text ?? null, familyId: p.familyId, ...s.span })))),
      );
      await run('bulk/upsert-classes', plans.flatMap((p) => withDoc(p, classRows(p.doc, p.classIdOf))));
      // References resolve after every class of the batch exists, so a class specified by another document of
      // the batch is found rather than created as a referenced placeholder.
      const resolvedRows = await run('bulk/resolve-class-refs', plans.flatMap((p) => withDoc(p, p.refs)));
      const byDoc = new Map(plans.map((p) => [p.docId, p.resolved]));
      for (const row of resolvedRows) byDoc.get(String(row.docId))?.set(String(row.key), String(row.id));

      const relationBatches = new Map<string, Record<string, unknown>[]>();
      const relations = plans.map((p) => {
        let count = 0;
        for (const [statement, , rows] of relationRows(p.doc, p.docId, p.classIdOf, p.seriesIdOf, p.resolved)) {
          const bulk = RELATION_STATEMENTS[statement];
          if (!bulk) throw new Error(`no bulk form of ${statement}`);
          const list = relationBatches.get(bulk) ?? [];
          list.push(...withDoc(p, rows));
          relationBatches.set(bulk, list);
          count += rows.length;
        }
        return count;
      });
      for (const [statement, rows] of relationBatches) await run(statement, statement === 'bulk/upsert-competencies' ? foldRequirements(rows) : rows);

      return plans.map((p, k) => {
        const classIds = p.doc.classes.map(p.classIdOf);
        const referenced = [...new Set(p.resolved.values())].filter((id) => !classIds.includes(id));
        [...classIds, ...referenced].forEach((id) => this.touched.add(id));
        return {
          documentId: p.docId,
          status: 'CREATED' as const,
          classIds,
          referencedClassIds: referenced,
          relations: relations[k],
          competencies: new Set(p.doc.classes.flatMap((c) => c.competencies.map((x) => competencyKey(x.name)))).size,
          removedNodes: 0,
        };
      });
    });
  }
}

/**
 * The REQUIRES rows a per-document MERGE would have written: the last row of each (class, competency, kind,
 * document), each marked `describes` when it is the first of its (competency, document), whose span the
 * DESCRIBED_IN keeps. Duplicates appear when a document lists a competency twice for one class.
 */
function foldRequirements(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const last = new Map<string, Record<string, unknown>>();
  const firstSpan = new Map<string, { start: unknown; end: unknown }>();
  for (const row of rows) {
    last.set(`${row.classId}|${row.competencyId}|${row.kind}|${row.docId}`, row);
    const described = `${row.competencyId}|${row.docId}`;
    if (!firstSpan.has(described)) firstSpan.set(described, { start: row.start, end: row.end });
  }
  const described = new Set<string>();
  return [...last.values()].map((row) => {
    const key = `${row.competencyId}|${row.docId}`;
    const describes = !described.has(key);
    described.add(key);
    return describes ? { ...row, describes, describedStart: firstSpan.get(key)!.start, describedEnd: firstSpan.get(key)!.end } : { ...row, describes };
  });
}
