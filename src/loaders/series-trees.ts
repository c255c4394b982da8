/**
 * The look-ahead for `... { series { levels { competencies { ... } } } }` below a list of classes: one statement
 * fetches every level of the classes' series with what each level requires, projected to the fields the
 * selection reads, and hangs each class's series (with its levels and their competencies) on the class object
 * the selection resolves, so the nested resolvers make no round trip of their own.
 */
import type { Selection } from '../model/selection';
import type { GraphReadRepository } from '../repositories/graph-read.repository';
import { attachPrefetched } from './prefetched';
import { propertiesFor, recordOf } from './projection';

/** Whether a selection rooted at `base` (a class) reaches far enough for the look-ahead to pay. */
export const reachesLevelCompetencies = (selection: Selection, base: string): boolean => selection.has(`${base}.series.levels.competencies`);

/**
 * Fetches the series trees of `classes` as `selection` reads them below `base` and attaches them. The class
 * objects must be the ones the selection resolves and no other part of the request (copies of loader records).
 */
export async function prefetchSeriesTrees(repo: GraphReadRepository, classes: readonly { id: string }[], selection: Selection, base: string): Promise<void> {
  const at = (path: string) => selection.fieldsAt(`${base}.${path}`);
  const projection = {
    seriesProps: propertiesFor('ClassSeries', at('series')),
    levelProps: propertiesFor('JobClass', at('series.levels')),
    competencyProps: propertiesFor('Competency', at('series.levels.competencies.competency')),
    requirementProps: propertiesFor('CompetencyRequirement', at('series.levels.competencies')),
  };
  const rows = await repo.seriesTrees(
    classes.map((c) => c.id),
    projection,
  );
  const byId = new Map(classes.map((c) => [c.id, c]));
  for (const c of classes) attachPrefetched(c, 'series', null);
  for (const row of rows) {
    const levels = row.levels.map(([values, rank, competencies]) => {
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
    const series = recordOf(projection.seriesProps, row.series);
    for (const member of row.members) {
      const owner = byId.get(member.id);
      if (!owner) continue;
      const own = { ...series, rank: member.rank };
      attachPrefetched(own, 'levels', levels);
      attachPrefetched(owner, 'series', own);
    }
  }
}
