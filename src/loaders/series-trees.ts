/**
 * The look-ahead for `... { series { levels { competencies { ... } } } }` below a page of classes: the statement
 * that reads the page also reads every level of the classes' series with what each level requires, projected to
 * the fields the selection reads (read/page-then/series-trees), and each class's series (with its levels and
 * their competencies) is hung on the class object the selection resolves, so the nested resolvers make no round
 * trip of their own.
 */
import type { Selection } from '../model/selection';
import type { SeriesTreeProjection, SeriesTreeRow } from '../repositories/graph-read.repository';
import { attachPrefetched } from './prefetched';
import { propertiesFor, recordOf } from './projection';

/** Whether a selection rooted at `base` (a class) reaches far enough for the look-ahead to pay. */
export const reachesLevelCompetencies = (selection: Selection, base: string): boolean => selection.has(`${base}.series.levels.competencies`);

/** The properties each record of the trees needs for the fields selected below `base`. */
export function seriesTreeProjection(selection: Selection, base: string): SeriesTreeProjection {
  const at = (path: string) => selection.fieldsAt(`${base}.${path}`);
  return {
    seriesProps: propertiesFor('ClassSeries', at('series')),
    levelProps: propertiesFor('JobClass', at('series.levels')),
    competencyProps: propertiesFor('Competency', at('series.levels.competencies.competency')),
    requirementProps: propertiesFor('CompetencyRequirement', at('series.levels.competencies')),
  };
}

/**
 * Hangs the trees on `classes`. They must be the objects the selection resolves and no other part of the
 * request (copies of loader records): the records are partial (see loaders/prefetched.ts).
 */
export function attachSeriesTrees(classes: readonly { id: string }[], trees: readonly SeriesTreeRow[], projection: SeriesTreeProjection): void {
  const byId = new Map(classes.map((c) => [c.id, c]));
  for (const c of classes) attachPrefetched(c, 'series', null);
  for (const [seriesValues, members, levelRows] of trees) {
    const levels = levelRows.map(([values, rank, competencies]) => {
      const level = { ...recordOf(projection.levelProps, values), rank };
      attachPrefetched(
        level,
        'competencies',
        competencies.map(([competency, requirement]) => {
          const record = recordOf(projection.requirementProps, requirement);
          return { ...record, kind: record.as, competency: recordOf(projection.competencyProps, competency) };
        }),
      );
      return level;
    });
    const series = recordOf(projection.seriesProps, seriesValues);
    for (const member of members) {
      const owner = byId.get(member.id);
      if (!owner) continue;
      const own = { ...series, rank: member.rank };
      attachPrefetched(own, 'levels', levels);
      attachPrefetched(owner, 'series', own);
    }
  }
}
