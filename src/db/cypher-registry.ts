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

/** Continuations of a page statement; each is run only composed after one (`get("<page>+<continuation>")`). */
export const CONTINUATIONS = 'read/page-then/';

export class CypherRegistry {
  private readonly statements = new Map<string, CypherStatement>();

  constructor(readonly root: string) {
    for (const file of walk(root)) {
      const name = path.relative(root, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
      this.statements.set(name, { name, text: fs.readFileSync(file, 'utf8'), file });
    }
  }

  /**
   * The statement named `name`; throws (a programming error, not a user one) when there is none. A name
   * "<page>+<continuation>" is the two files composed (see `compose`), made once and kept.
   */
  get(name: string): CypherStatement {
    const statement = this.statements.get(name) ?? (name.includes('+') ? this.compose(name) : undefined);
    if (!statement) throw new Error(`No Cypher statement "${name}" in ${this.root}`);
    return statement;
  }

  /**
   * A page statement (any file returning one `value` per row) followed by a continuation from `read/page-then/`,
   * which receives the rows as the list `page`: one round trip for a page and what a selection reads below it,
   * whichever of the page statements the filters chose. Both parts stay whole files; only this frame joins them.
   */
  private compose(name: string): CypherStatement | undefined {
    const [page, then] = name.split('+');
    const first = this.statements.get(page);
    const second = this.statements.get(then);
    if (!first || !second || !then.startsWith(CONTINUATIONS)) return undefined;
    const statement = { name, text: `CALL () {\n${first.text.trim()}\n}\nWITH collect(value) AS page\n${second.text.trim()}\n`, file: `${first.file} + ${second.file}` };
    this.statements.set(name, statement);
    return statement;
  }

  /** The names of the files (composed statements are not listed). */
  names(): string[] {
    return [...this.statements.keys()].filter((name) => !name.includes('+')).sort();
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
