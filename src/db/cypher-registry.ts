/**
 * Loads the Cypher statements in `cypher/` once, keyed by their path without extension
 * ("job-class/by-ids"). Statements are never built from strings at run time: values travel as parameters,
 * and the few labels a query may vary over come from an allow-list in the repository that uses them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../config/paths';

export interface CypherStatement {
  name: string;
  text: string;
  file: string;
}

export class CypherRegistry {
  private readonly statements = new Map<string, CypherStatement>();

  constructor(readonly root: string) {
    for (const file of walk(root)) {
      const name = path.relative(root, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
      this.statements.set(name, { name, text: fs.readFileSync(file, 'utf8'), file });
    }
  }

  /** The statement named `name`; throws (a programming error, not a user one) when there is none. */
  get(name: string): CypherStatement {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`No Cypher statement "${name}" in ${this.root}`);
    return statement;
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.cypher') ? [full] : [];
    })
    .sort();
}

/** The project's cypher/ folder. */
export function defaultCypherRoot(): string {
  return fromRoot('cypher');
}

/** Splits a migration file into statements on semicolons that end a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\r?\n|$)/)
    .map((s) => s.replace(/^[ \t]*\/\/.*$/gm, '').trim())
    .filter(Boolean);
}
