/**
 * The graph writer: loads one normalized document in ONE transaction. Loading the same text twice changes
 * nothing; a revised version first retracts every fact the previous version asserted (each relationship
 * carries the {doc} that asserted it), then asserts the new ones, then removes nodes no document supports.
 * Facts asserted by other documents are untouched.
 */
import { createHash } from 'node:crypto';
import type { Executor, WriteTx } from '../db/executor';
import { EDUCATION_RANK, type NormalizedDocument, type ClassRef } from '../model/specification';
import {
  agencyKey,
  competencyKey,
  jobClassKey,
  jobFamilyKey,
  normalizeTitle,
  positionKey,
  seriesKey,
  sourceDocumentKey,
} from '../model/keys';
import { inferPromotionFromDistinction } from '../model/promotion-inference';
import { trimTrailing } from '../model/trim';

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

/**
 * What decides UNCHANGED: the text and what the manifest says of it (jurisdiction, agency, URL, file name), so a
 * corrected agency or URL is written even when the text is the same.
 */
export function documentFingerprint(doc: NormalizedDocument): string {
  const { id, name, kind } = doc.jurisdiction;
  const described = { text: doc.source.sha256, fileName: doc.source.fileName, url: doc.source.url ?? null, agency: doc.agency?.name ?? null, jurisdiction: { id, name, kind } };
  return createHash('sha256').update(JSON.stringify(described)).digest('hex');
}

export class DocumentRepository {
  constructor(private readonly executor: Executor) {}

  async save(doc: NormalizedDocument, options: { force?: boolean; afterStep?: StepHook } = {}): Promise<WriteResult> {
    const docId = sourceDocumentKey(doc.source.key);
    const jurisdictionId = doc.jurisdiction.id;
    const classIdOf = (ref: ClassRef) => jobClassKey(jurisdictionId, ref);
    const classIds = doc.classes.map(classIdOf);

    return this.executor.writeTransaction(async (tx) => {
      const run = async (step: string, params: Record<string, unknown>) => {
        const rows = await tx.run(step, params);
        options.afterStep?.(step);
        return rows;
      };
      const previous = await tx.run('write/find-document', { docId });
      const fingerprint = documentFingerprint(doc);
      if (!options.force && previous[0]?.fingerprint === fingerprint) {
        return { documentId: docId, status: 'UNCHANGED', classIds, referencedClassIds: [], relations: 0, competencies: 0, removedNodes: 0 };
      }
      const touched = previous.length ? ((await run('write/retract-document', { docId }))[0]?.touched as { id: string; label: string }[]) : [];

      await run('write/upsert-document', {
        doc: {
          id: docId,
          key: doc.source.key,
          fileName: doc.source.fileName,
          sha256: doc.source.sha256,
          fingerprint,
          format: doc.source.format,
          url: doc.source.url ?? null,
          text: doc.source.text,
          loadedAt: new Date().toISOString(),
        },
        jurisdiction: doc.jurisdiction,
        agency: doc.agency ? { id: agencyKey(jurisdictionId, doc.agency.name), name: doc.agency.name } : null,
      });

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
        classes: doc.classes.map((c) => ({
          id: classIdOf(c),
          normTitle: normalizeTitle(c.title),
          start: c.span.start,
          end: c.span.end,
          props: {
            code: c.code ?? null,
            title: c.title,
            level: c.level ?? null,
            payGrade: c.payGrade ?? null,
            payBand: c.payBand ?? null,
            bargainingUnit: c.bargainingUnit ?? null,
            flsaStatus: c.flsaStatus ?? null,
            establishedDate: c.establishedDate ?? null,
            effectiveDate: c.effectiveDate ?? null,
            concept: c.concept?.text ?? null,
            supervisionReceived: c.supervisionReceived?.text ?? null,
            supervisionExercised: c.supervisionExercised?.text ?? null,
            workingConditions: c.workingConditions?.text ?? null,
          },
        })),
      });
      await run('write/release-dropped-classes', { docId, classIds });

      const resolved = await this.resolveReferences(tx, run, doc, docId, classIdOf);
      const relations = await this.writeRelations(run, doc, docId, classIdOf, seriesIdOf, resolved);

      const byLabel = (label: string) => touched.filter((t) => t.label === label).map((t) => t.id);
      const stepClassIds = [...new Set([...classIds, ...resolved.values(), ...byLabel('JobClass')])];
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

      const competencies = new Set(doc.classes.flatMap((c) => c.competencies.map((k) => competencyKey(k.name)))).size;
      return {
        documentId: docId,
        status: previous.length ? 'UPDATED' : 'CREATED',
        classIds,
        referencedClassIds: [...new Set(resolved.values())].filter((id) => !classIds.includes(id)),
        relations,
        competencies,
        removedNodes: removed,
      } satisfies WriteResult;
    });
  }

  /** Resolves every class the document names but does not specify; returns ref key -> class id. */
  private async resolveReferences(
    _tx: WriteTx,
    run: (step: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>,
    doc: NormalizedDocument,
    docId: string,
    classIdOf: (ref: ClassRef) => string,
  ): Promise<Map<string, string>> {
    const own = new Set(doc.classes.map(classIdOf));
    const refs = new Map<string, { key: string; id: string; code: string | null; title: string; normTitle: string; start: number; end: number }>();
    const add = (ref: ClassRef, span: { start: number; end: number }) => {
      const key = refKey(ref);
      const id = classIdOf(ref);
      // A reference to a class of this same document is already resolved.
      if (own.has(id) || refs.has(key)) return;
      const sameTitle = doc.classes.find((c) => normalizeTitle(c.title) === normalizeTitle(ref.title));
      if (sameTitle) return;
      refs.set(key, { key, id, code: ref.code ?? null, title: ref.title, normTitle: normalizeTitle(ref.title), ...span });
    };
    for (const c of doc.classes) {
      c.distinctions.forEach((d) => add(d.other, d.span));
      c.promotionRequirements.forEach((p) => add(p.from, p.span));
    }
    const resolved = new Map<string, string>();
    // Same-document references resolve to the document's own classes, by code or title.
    for (const c of doc.classes) {
      resolved.set(refKey(c), classIdOf(c));
      resolved.set(refKey({ title: c.title }), classIdOf(c));
    }
    if (refs.size) {
      const rows = await run('write/resolve-class-refs', { docId, jurisdictionId: doc.jurisdiction.id, refs: [...refs.values()] });
      for (const row of rows) resolved.set(String(row.key), String(row.id));
    }
    return resolved;
  }

  private async writeRelations(
    run: (step: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>,
    doc: NormalizedDocument,
    docId: string,
    classIdOf: (ref: ClassRef) => string,
    seriesIdOf: Map<string, string | undefined>,
    resolved: Map<string, string>,
  ): Promise<number> {
    const target = (ref: ClassRef) => resolved.get(refKey(ref)) ?? resolved.get(refKey({ title: ref.title })) ?? classIdOf(ref);
    const levels = doc.classes
      .filter((c) => c.seriesKey)
      .map((c, i) => ({ seriesId: seriesIdOf.get(c.seriesKey!), classId: classIdOf(c), rank: c.level ?? i + 1 }))
      .sort((a, b) => String(a.seriesId).localeCompare(String(b.seriesId)) || a.rank - b.rank);

    const duties = doc.classes.flatMap((c) =>
      c.duties.map((d, order) => ({
        id: `${docId}:${classIdOf(c)}:duty:${hash(d.text)}:${order}`,
        classId: classIdOf(c),
        text: d.text,
        percentOfTime: d.percentOfTime ?? null,
        essential: d.essential,
        order,
        ...d.span,
      })),
    );
    const qualifications = doc.classes.flatMap((c) =>
      c.qualifications.map((q, order) => ({
        id: `${docId}:${classIdOf(c)}:qual:${hash(q.text)}:${order}`,
        classId: classIdOf(c),
        kind: q.kind,
        text: q.text,
        option: q.option,
        educationLevel: q.educationLevel ?? null,
        educationRank: q.educationLevel ? EDUCATION_RANK[q.educationLevel] : null,
        months: q.months ?? null,
        subject: q.subject ?? null,
        order,
        ...q.span,
      })),
    );
    const requirements = doc.classes.flatMap((c) =>
      c.competencies.map((k, order) => ({
        classId: classIdOf(c),
        competencyId: competencyKey(k.name),
        name: trimTrailing(k.name, /[.:;,\s]/),
        kind: k.kind,
        definition: k.definition ?? null,
        order,
        ...k.span,
      })),
    );
    const distinctions = doc.classes.flatMap((c) =>
      c.distinctions.map((d) => ({ fromId: classIdOf(c), toId: target(d.other), statement: d.statement, ...d.span })),
    );
    const promotions = [
      ...doc.classes.flatMap((c) =>
        c.promotionRequirements.map((p) => ({
          fromId: target(p.from),
          toId: classIdOf(c),
          basis: 'QUALIFICATION',
          inferred: false,
          monthsExperience: p.months ?? null,
          statement: p.statement,
          ...p.span,
        })),
      ),
      ...seriesOrderPromotions(levels, doc),
      ...doc.classes.flatMap((c) =>
        c.distinctions.flatMap((d) => {
          const direction = inferPromotionFromDistinction(d.statement);
          if (!direction) return [];
          const [fromId, toId] = direction === 'OTHER_IS_HIGHER' ? [classIdOf(c), target(d.other)] : [target(d.other), classIdOf(c)];
          return [{ fromId, toId, basis: 'DISTINCTION', inferred: true, monthsExperience: null, statement: d.statement, ...d.span }];
        }),
      ),
    ].filter((p) => p.fromId !== p.toId);
    const positions = doc.positions.map((p) => ({
      id: positionKey(doc.jurisdiction.id, p.number),
      number: p.number,
      workingTitle: p.workingTitle ?? null,
      formerNumber: p.formerNumber ?? null,
      classId: target(p.jobClass),
      ...p.span,
    }));

    const batches: [string, string, unknown[]][] = [
      ['write/link-series-levels', 'levels', levels],
      ['write/upsert-duties', 'duties', duties],
      ['write/upsert-qualifications', 'qualifications', qualifications],
      ['write/upsert-competencies', 'requirements', requirements],
      ['write/upsert-distinctions', 'distinctions', distinctions],
      ['write/upsert-promotions', 'promotions', promotions],
      ['write/upsert-positions', 'positions', positions],
    ];
    let count = 0;
    for (const [statement, param, rows] of batches) {
      if (!rows.length) continue;
      const result = await run(statement, { docId, [param]: rows });
      count += Number(result[0]?.count ?? 0);
    }
    return count;
  }
}

/** Consecutive levels of a series: level n promotes to level n+1 (inferred from series order). */
function seriesOrderPromotions(levels: { seriesId?: string; classId: string; rank: number }[], doc: NormalizedDocument) {
  const out = [];
  for (let i = 1; i < levels.length; i++) {
    const [lower, upper] = [levels[i - 1], levels[i]];
    if (lower.seriesId !== upper.seriesId) continue;
    const series = doc.series.find((s) => s.key && lower.seriesId?.endsWith(s.code ?? normalizeTitle(s.title)));
    out.push({
      fromId: lower.classId,
      toId: upper.classId,
      basis: 'SERIES_ORDER',
      inferred: true,
      monthsExperience: null,
      statement: `Level ${lower.rank} to level ${upper.rank} of the ${series?.title ?? 'class'} series`,
      start: series?.span.start ?? 0,
      end: series?.span.end ?? 0,
    });
  }
  return out;
}

function refKey(ref: ClassRef): string {
  return ref.code ? `code:${ref.code.trim().toUpperCase()}` : `title:${normalizeTitle(ref.title)}`;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}
