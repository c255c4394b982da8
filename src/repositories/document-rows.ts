/**
 * The rows a normalized document is written as: pure functions of the document (and of how its class
 * references resolved), shared by the per-document writer (one transaction per document) and the bulk writer
 * (many documents per transaction, the same rows with their document id on each).
 */
import { createHash } from 'node:crypto';
import { EDUCATION_RANK, type NormalizedDocument, type ClassRef } from '../model/specification';
import { competencyKey, normalizeTitle, positionKey } from '../model/keys';
import { inferPromotionFromDistinction } from '../model/promotion-inference';
import { trimTrailing } from '../model/trim';
import { analystProps } from './analyst-props';

/** A class named by the document but not specified in it, to be resolved against the graph. */
export interface ClassReferenceRow {
  key: string;
  id: string;
  code: string | null;
  title: string;
  normTitle: string;
  start: number;
  end: number;
}

/**
 * The source document's properties, the same for both writers so a later reload of the same file is UNCHANGED.
 * Neo4j properties hold lists of numbers, not of maps: pages are two parallel lists.
 */
export function documentRow(doc: NormalizedDocument, docId: string, loadedAt: string, correctionsHash: string | null) {
  return {
    id: docId,
    key: doc.source.key,
    fileName: doc.source.fileName,
    sha256: doc.source.sha256,
    fingerprint: documentFingerprint(doc),
    format: doc.source.format,
    url: doc.source.url ?? null,
    text: doc.source.text,
    loadedAt,
    correctionsHash,
    mediaType: doc.source.mediaType ?? null,
    originalSha256: doc.source.originalSha256 ?? null,
    pageNumbers: doc.source.pages?.map((p) => p.page) ?? null,
    pageStarts: doc.source.pages?.map((p) => p.start) ?? null,
  };
}

/**
 * With the corrections' digest and the original's, what decides UNCHANGED: the text and what the manifest says
 * of it (jurisdiction, agency, URL, file name), so a corrected agency or URL is written even when the text is the same.
 */
export function documentFingerprint(doc: NormalizedDocument): string {
  const { id, name, kind } = doc.jurisdiction;
  const described = { text: doc.source.sha256, fileName: doc.source.fileName, url: doc.source.url ?? null, agency: doc.agency?.name ?? null, jurisdiction: { id, name, kind } };
  return createHash('sha256').update(JSON.stringify(described)).digest('hex');
}

/** The rows of write/upsert-classes. */
export function classRows(doc: NormalizedDocument, classIdOf: (ref: ClassRef) => string) {
  return doc.classes.map((c) => ({
    id: classIdOf(c),
    normTitle: normalizeTitle(c.title),
    start: c.span.start,
    end: c.span.end,
    correctedFields: (c.fieldCorrections ?? []).map((f) => f.field),
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
  }));
}

/** The classes the document names but does not specify, and the references its own classes already resolve. */
export function classReferences(doc: NormalizedDocument, classIdOf: (ref: ClassRef) => string): { refs: ClassReferenceRow[]; resolved: Map<string, string> } {
    const own = new Set(doc.classes.map(classIdOf));
    const refs = new Map<string, ClassReferenceRow>();
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
      c.advancement.forEach((a) => add((a.to ?? a.from)!, a.span));
    }
    const resolved = new Map<string, string>();
    // Same-document references resolve to the document's own classes, by code or title.
    for (const c of doc.classes) {
      resolved.set(refKey(c), classIdOf(c));
      resolved.set(refKey({ title: c.title }), classIdOf(c));
    }
  return { refs: [...refs.values()], resolved };
}

/** The relationship statements of a document and their rows, once its class references are resolved. */
export function relationRows(
  doc: NormalizedDocument,
  docId: string,
  classIdOf: (ref: ClassRef) => string,
  seriesIdOf: Map<string, string | undefined>,
  resolved: Map<string, string>,
): [string, string, Record<string, unknown>[]][] {
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
        ...analystProps(k.analyst),
      })),
    );
    const distinctions = doc.classes.flatMap((c) =>
      c.distinctions.map((d) => ({ fromId: classIdOf(c), toId: target(d.other), statement: d.statement, ...d.span, ...analystProps(d.analyst) })),
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
          ...analystProps(p.analyst),
        })),
      ),
      ...doc.classes.flatMap((c) =>
        c.advancement.map((a) => ({
          fromId: a.from ? target(a.from) : classIdOf(c),
          toId: a.to ? target(a.to) : classIdOf(c),
          basis: 'STATEMENT',
          inferred: true,
          monthsExperience: null,
          statement: a.statement,
          ...a.span,
          ...analystProps(undefined),
        })),
      ),
      ...seriesOrderPromotions(levels, doc),
      ...doc.classes.flatMap((c) =>
        c.distinctions.flatMap((d) => {
          const direction = inferPromotionFromDistinction(d.statement);
          if (!direction) return [];
          const [fromId, toId] = direction === 'OTHER_IS_HIGHER' ? [classIdOf(c), target(d.other)] : [target(d.other), classIdOf(c)];
          return [{ fromId, toId, basis: 'DISTINCTION', inferred: true, monthsExperience: null, statement: d.statement, ...d.span, ...analystProps(d.analyst) }];
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

    const batches: [string, string, Record<string, unknown>[]][] = [
      ['write/link-series-levels', 'levels', levels],
      ['write/upsert-duties', 'duties', duties],
      ['write/upsert-qualifications', 'qualifications', qualifications],
      ['write/upsert-competencies', 'requirements', requirements],
      ['write/upsert-distinctions', 'distinctions', distinctions],
      ['write/upsert-promotions', 'promotions', promotions],
      ['write/upsert-positions', 'positions', positions],
    ];
  return batches;
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
      ...analystProps(undefined),
    });
  }
  return out;
}

export function refKey(ref: ClassRef): string {
  return ref.code ? `code:${ref.code.trim().toUpperCase()}` : `title:${normalizeTitle(ref.title)}`;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}
