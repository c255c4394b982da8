/**
 * The graph writer: loads one normalized document in ONE transaction. Loading the same text twice changes
 * nothing; a revised version first retracts every fact the previous version asserted (each relationship
 * carries the {doc} that asserted it), then asserts the new ones, then removes nodes no document supports.
 * Facts asserted by other documents are untouched.
 */
import type { Executor, WriteTx } from '../db/executor';
import type { NormalizedDocument, ClassRef } from '../model/specification';
import {
  agencyKey,
  competencyKey,
  jobClassKey,
  jobFamilyKey,
  normalizeTitle,
  seriesKey,
  sourceDocumentKey,
} from '../model/keys';
import { classReferences, classRows, documentFingerprint, documentRow, relationRows } from './document-rows';
import { writePlanTable } from './plan-table.writer';
import type { CorrectionWrite } from './correction-write';

export type { CorrectionRow, CorrectionWrite } from './correction-write';

export type WriteStatus = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface WriteResult {
  documentId: string;
  status: WriteStatus;
  classIds: string[];
  referencedClassIds: string[];
  relations: number;
  competencies: number;
  removedNodes: number;
}

/** Test seam: called after each statement with its name; throwing aborts (and so rolls back) the transaction. */
export type StepHook = (step: string) => void;

type RunStep = (step: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export class DocumentRepository {
  constructor(private readonly executor: Executor) {}

  async save(input: NormalizedDocument, options: { force?: boolean; afterStep?: StepHook; corrections?: CorrectionWrite } = {}): Promise<WriteResult> {
    const docId = sourceDocumentKey(input.source.key);
    const jurisdictionId = input.jurisdiction.id;
    const classIdOf = (ref: ClassRef) => jobClassKey(jurisdictionId, ref);
    const isPlanTable = input.source.format === 'plan-table';
    const correctionsHash = options.corrections?.hash ?? null;

    return this.executor.writeTransaction(async (tx) => {
      const run = async (step: string, params: Record<string, unknown>) => {
        const rows = await tx.run(step, params);
        options.afterStep?.(step);
        return rows;
      };
      const previous = await tx.run('write/find-document', { docId });
      const sameOriginal = (previous[0]?.originalSha256 ?? null) === (input.source.originalSha256 ?? null);
      const sameCorrections = (previous[0]?.correctionsHash ?? null) === correctionsHash;
      if (!options.force && previous[0]?.fingerprint === documentFingerprint(input) && sameOriginal && sameCorrections) {
        return { documentId: docId, status: 'UNCHANGED', classIds: input.classes.map(classIdOf), referencedClassIds: [], relations: 0, competencies: 0, removedNodes: 0 };
      }
      // A class a plan table lists by code and a specification names only by title are one class: the
      // specification adopts the listed code, so both documents describe the same node.
      const doc = isPlanTable ? input : await this.adoptListedCodes(run, input);
      const classIds = doc.classes.map(classIdOf);
      // A revision keeps the version it replaces.
      if (previous.length) await run('write/keep-document-version', { docId, sha256: doc.source.sha256 });
      const touched = previous.length ? ((await run('write/retract-document', { docId }))[0]?.touched as { id: string; label: string }[]) : [];

      await run('write/upsert-document', {
        doc: documentRow(doc, docId, new Date().toISOString(), correctionsHash),
        jurisdiction: doc.jurisdiction,
        agency: doc.agency ? { id: agencyKey(jurisdictionId, doc.agency.name), name: doc.agency.name } : null,
      });

      const written = isPlanTable
        ? await writePlanTable(run, doc, docId, classIdOf)
        : await this.writeSpecification(tx, run, doc, docId, classIds, classIdOf);

      const byLabel = (label: string) => touched.filter((t) => t.label === label).map((t) => t.id);
      const stepClassIds = [...new Set([...classIds, ...written.referencedIds, ...byLabel('JobClass')])];
      await run('write/clear-promotion-steps', { classIds: stepClassIds });
      await run('write/build-promotion-steps', { classIds: stepClassIds });
      const removed = touched.length
        ? Number(
            (
              await run('write/collect-garbage', {
                classIds: byLabel('JobClass'),
                seriesIds: byLabel('ClassSeries'),
                familyIds: byLabel('JobFamily'),
                agencyIds: byLabel('Agency'),
                positionIds: byLabel('Position'),
                competencyIds: byLabel('Competency'),
              })
            )[0]?.deleted ?? 0,
          )
        : 0;
      if (options.corrections?.withdrawn?.length) await run('write/delete-corrections', { docId, ids: options.corrections.withdrawn });
      if (options.corrections?.rows.length) {
        await run('write/upsert-corrections', {
          docId,
          corrections: options.corrections.rows.map(({ classRef, ...row }) => ({ ...row, classId: classRef ? classIdOf(classRef) : null })),
        });
      }
      if (!isPlanTable) await recordRevisions(run, docId, classIds);

      const competencies = new Set(doc.classes.flatMap((c) => c.competencies.map((k) => competencyKey(k.name)))).size;
      return {
        documentId: docId,
        status: previous.length ? 'UPDATED' : 'CREATED',
        classIds,
        referencedClassIds: written.referencedIds.filter((id) => !classIds.includes(id)),
        relations: written.relations,
        competencies,
        removedNodes: removed,
      } satisfies WriteResult;
    });
  }

  /** Codeless classes take the code of a class a plan table lists under the same title in the jurisdiction. */
  private async adoptListedCodes(run: RunStep, doc: NormalizedDocument): Promise<NormalizedDocument> {
    const codeless = doc.classes.filter((c) => !c.code).map((c) => normalizeTitle(c.title));
    if (!codeless.length) return doc;
    const rows = await run('write/find-listed-codes', { jurisdictionId: doc.jurisdiction.id, normTitles: codeless });
    const codes = new Map(rows.map((r) => [String(r.normTitle), String(r.code)]));
    if (!codes.size) return doc;
    return { ...doc, classes: doc.classes.map((c) => (!c.code && codes.has(normalizeTitle(c.title)) ? { ...c, code: codes.get(normalizeTitle(c.title)) } : c)) };
  }

  private async writeSpecification(
    tx: WriteTx,
    run: RunStep,
    doc: NormalizedDocument,
    docId: string,
    classIds: string[],
    classIdOf: (ref: ClassRef) => string,
  ): Promise<{ relations: number; referencedIds: string[] }> {
    const jurisdictionId = doc.jurisdiction.id;
    const familyId = doc.jobFamily ? jobFamilyKey(jurisdictionId, doc.jobFamily.name) : null;
    if (doc.jobFamily) {
      await run('write/upsert-family', {
        docId,
        jurisdictionId,
        family: { id: familyId, name: doc.jobFamily.name, definition: doc.jobFamily.definition?.text ?? null, ...doc.jobFamily.span },
      });
    }
    const seriesIdOf = new Map(doc.series.map((s) => [s.key, seriesKey(jurisdictionId, s)]));
    if (doc.series.length) {
      await run('write/upsert-series', {
        docId,
        jurisdictionId,
        familyId,
        series: doc.series.map((s) => ({ id: seriesIdOf.get(s.key), code: s.code ?? null, title: s.title, purpose: s.purpose?.text ?? null, ...s.span })),
      });
    }

    await run('write/upsert-classes', {
      docId,
      jurisdictionId,
      classes: classRows(doc, classIdOf),
    });
    await run('write/release-dropped-classes', { docId, classIds });

    const resolved = await this.resolveReferences(tx, run, doc, docId, classIdOf);
    const relations = await this.writeRelations(run, doc, docId, classIdOf, seriesIdOf, resolved);
    return { relations, referencedIds: [...new Set(resolved.values())] };
  }

  /** Resolves every class the document names but does not specify; returns ref key -> class id. */
  private async resolveReferences(
    _tx: WriteTx,
    run: RunStep,
    doc: NormalizedDocument,
    docId: string,
    classIdOf: (ref: ClassRef) => string,
  ): Promise<Map<string, string>> {
    const { refs, resolved } = classReferences(doc, classIdOf);
    if (refs.length) {
      const rows = await run('write/resolve-class-refs', { docId, jurisdictionId: doc.jurisdiction.id, refs });
      for (const row of rows) resolved.set(String(row.key), String(row.id));
    }
    return resolved;
  }

  private async writeRelations(
    run: RunStep,
    doc: NormalizedDocument,
    docId: string,
    classIdOf: (ref: ClassRef) => string,
    seriesIdOf: Map<string, string | undefined>,
    resolved: Map<string, string>,
  ): Promise<number> {
    let count = 0;
    for (const [statement, param, rows] of relationRows(doc, docId, classIdOf, seriesIdOf, resolved)) {
      if (!rows.length) continue;
      const result = await run(statement, { docId, [param]: rows });
      count += Number(result[0]?.count ?? 0);
    }
    return count;
  }
}

/** Snapshots each class the document specifies, as this version left it (src/model/revision-diff.ts reads them). */
async function recordRevisions(run: (step: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>, docId: string, classIds: string[]) {
  const rows = await run('read/class-snapshots', { classIds: [...new Set(classIds)] });
  const revisions = rows.map(({ id, ...facts }) => ({ classId: String(id), snapshot: JSON.stringify(facts) }));
  if (revisions.length) await run('write/record-class-revisions', { docId, revisions });
}
