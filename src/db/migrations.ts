/**
 * Applies the numbered schema migrations in cypher/migrations in order, once each, recording each as
 * (:Migration {id}). Every statement is idempotent (IF NOT EXISTS), so a crash between a statement and the
 * record only means the migration runs again.
 */
import { splitStatements } from './cypher-registry';
import type { Executor } from './executor';

export async function applyMigrations(executor: Executor): Promise<string[]> {
  const names = executor.registry.names().filter((n) => n.startsWith('migrations/'));
  let applied = new Set<string>();
  try {
    applied = new Set((await executor.read('admin/applied-migrations')).map((r) => String(r.id)));
  } catch {
    // The Migration label does not exist on an empty database; treat as none applied.
  }
  const ran: string[] = [];
  for (const name of names) {
    const id = name.replace('migrations/', '');
    if (applied.has(id)) continue;
    for (const statement of splitStatements(executor.registry.get(name).text)) {
      await executor.runText(statement);
    }
    await executor.write('admin/record-migration', { id });
    ran.push(id);
  }
  // Index population is asynchronous; wait so the first full-text query after start sees the data.
  await executor.runText('CALL db.awaitIndexes(300)', {}, 'READ');
  return ran;
}
