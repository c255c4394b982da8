/**
 * The curated competency alias table (graph/competency-aliases.json): validated, then applied to the graph as
 * SAME_AS links. Applying is idempotent and cheap, so it runs after every load; members not in the graph yet
 * are linked when a later document brings them.
 */
import fs from 'node:fs';
import { z } from 'zod';
import type { Executor } from '../db/executor';
import { competencyKey } from '../model/keys';
import { fromRoot } from '../config/paths';

const CategorySchema = z.object({ id: z.string().min(1), name: z.string().min(1), taxonomy: z.string().min(1) });
const AliasTableSchema = z.object({
  version: z.number().int().positive(),
  updated: z.string(),
  groups: z.array(z.object({ canonical: z.string().min(1), category: CategorySchema.nullable(), members: z.array(z.string().min(1)).min(1) })),
});
export type AliasTable = z.infer<typeof AliasTableSchema>;

export const ALIAS_TABLE_FILE = fromRoot('graph', 'competency-aliases.json');

export function readAliasTable(file = ALIAS_TABLE_FILE): AliasTable {
  const parsed = AliasTableSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const seen = new Map<string, string>();
  for (const group of parsed.data.groups) {
    for (const member of group.members) {
      const key = competencyKey(member);
      const other = seen.get(key);
      if (other && other !== group.canonical) throw new Error(`${file}: "${member}" is in both "${other}" and "${group.canonical}"`);
      seen.set(key, group.canonical);
    }
  }
  return parsed.data;
}

/** Links every existing member competency to its canonical form; returns how many links there are. */
export async function applyAliasTable(executor: Executor, table: AliasTable = readAliasTable()): Promise<number> {
  const groups = table.groups.map((g) => ({
    canonical: { id: competencyKey(g.canonical), name: g.canonical },
    category: g.category,
    members: g.members.map(competencyKey),
  }));
  await executor.write('write/clear-stale-aliases', { version: table.version });
  const [row] = await executor.write('write/apply-competency-aliases', { version: table.version, groups });
  return Number(row?.links ?? 0);
}
