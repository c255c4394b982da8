/**
 * Writes a plan table (format "plan-table") inside the document's transaction: the classes it lists (unspecified
 * until a specification arrives), their series and job families, and the positions a position table lists. Its
 * facts carry its {doc} like any document's, so a revised table replaces what the previous version said.
 */
import type { ClassRef, NormalizedDocument } from '../model/specification';
import { agencyKey, jobFamilyKey, normalizeTitle, positionKey, seriesKey } from '../model/keys';

type RunStep = (step: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export async function writePlanTable(run: RunStep, doc: NormalizedDocument, docId: string, classIdOf: (ref: ClassRef) => string): Promise<{ relations: number; referencedIds: string[] }> {
  const jurisdictionId = doc.jurisdiction.id;
  const classIds = doc.classes.map(classIdOf);
  const seriesIdOf = new Map(doc.series.map((s) => [s.key, seriesKey(jurisdictionId, s)]));
  let relations = 0;
  const count = (rows: Record<string, unknown>[]) => {
    relations += Number(rows[0]?.count ?? 0);
  };

  // A series is in the family its first row names; a class without a series is put in its family directly.
  const familyOfSeries = new Map<string, string>();
  const families = new Map<string, { id: string; name: string; classIds: string[]; start: number; end: number }>();
  doc.classes.forEach((c, i) => {
    if (!c.jobFamily) return;
    const id = jobFamilyKey(jurisdictionId, c.jobFamily);
    const family = families.get(id) ?? families.set(id, { id, name: c.jobFamily, classIds: [], start: c.span.start, end: c.span.end }).get(id)!;
    if (c.seriesKey) {
      if (!familyOfSeries.has(c.seriesKey)) familyOfSeries.set(c.seriesKey, id);
    } else family.classIds.push(classIds[i]);
  });

  await run('write/upsert-plan-classes', {
    docId,
    jurisdictionId,
    classes: doc.classes.map((c, i) => ({
      id: classIds[i],
      code: c.code ?? null,
      title: c.title,
      normTitle: normalizeTitle(c.title),
      payGrade: c.payGrade ?? null,
      payBand: c.payBand ?? null,
      bargainingUnit: c.bargainingUnit ?? null,
      flsaStatus: c.flsaStatus ?? null,
      ...c.span,
    })),
  });
  await run('write/release-unlisted-classes', { docId, classIds });
  if (families.size) count(await run('write/upsert-plan-families', { docId, jurisdictionId, families: [...families.values()] }));
  if (doc.series.length) {
    await run('write/upsert-plan-series', {
      docId,
      jurisdictionId,
      series: doc.series.map((s) => ({ id: seriesIdOf.get(s.key), code: s.code ?? null, title: s.title, familyId: familyOfSeries.get(s.key) ?? null, ...s.span })),
    });
    const levels = doc.classes.flatMap((c, i) => (c.seriesKey ? [{ seriesId: seriesIdOf.get(c.seriesKey), classId: classIds[i], rank: c.level ?? 1 }] : []));
    if (levels.length) count(await run('write/link-series-levels', { docId, levels }));
  }

  let referencedIds: string[] = [];
  if (doc.positions.length) {
    // Classes a position table names are found by code, else title; unknown ones become referenced classes.
    const refs = new Map(
      doc.positions.map((p) => {
        const key = p.jobClass.code ? `code:${p.jobClass.code.toUpperCase()}` : `title:${normalizeTitle(p.jobClass.title)}`;
        return [key, { key, id: classIdOf(p.jobClass), code: p.jobClass.code ?? null, title: p.jobClass.title, normTitle: normalizeTitle(p.jobClass.title), ...p.span }];
      }),
    );
    const resolved = new Map((await run('write/resolve-class-refs', { docId, jurisdictionId, refs: [...refs.values()] })).map((r) => [String(r.key), String(r.id)]));
    referencedIds = [...new Set(resolved.values())];
    count(
      await run('write/upsert-plan-positions', {
        docId,
        jurisdictionId,
        positions: doc.positions.map((p) => {
          const key = p.jobClass.code ? `code:${p.jobClass.code.toUpperCase()}` : `title:${normalizeTitle(p.jobClass.title)}`;
          return {
            id: positionKey(jurisdictionId, p.number),
            number: p.number,
            workingTitle: p.workingTitle ?? null,
            classId: resolved.get(key) ?? classIdOf(p.jobClass),
            agencyId: p.agency ? agencyKey(jurisdictionId, p.agency) : null,
            agency: p.agency ?? null,
            ...p.span,
          };
        }),
      }),
    );
  }
  return { relations, referencedIds };
}
