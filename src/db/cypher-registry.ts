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

/**
 * Folders of continuations, each run only composed after a statement of its kind (`get("<first>+<continuation>")`),
 * with how the first statement's rows are handed on: a page's `value`s as the list `page`, a class family's core
 * rows as the list `core` (then its hops and edges follow, see read/family-then/select).
 */
export const CONTINUATIONS: Record<string, string> = {
  'read/page-then/': 'WITH collect(value) AS page',
  'read/family-then/': 'WITH collect({label: label, node: node}) AS core',
};

/** The continuation folder `name` is in, if any. */
export function continuationFolder(name: string): string | undefined {
  return Object.keys(CONTINUATIONS).find((folder) => name.startsWith(folder));
}

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
   * "<first>+<continuation>[+<continuation>...]" is the files composed (see `compose`), made once and kept.
   */
  get(name: string): CypherStatement {
    const statement = this.statements.get(name) ?? (name.includes('+') ? this.compose(name) : undefined);
    if (!statement) throw new Error(`No Cypher statement "${name}" in ${this.root}`);
    return statement;
  }

  /**
   * A first statement followed by one or more continuations from one folder of CONTINUATIONS, which receive its
   * rows as one list (`page`: a page statement's `value`s; `core`: a class family's rows) and run in order, each
   * continuing from the variables the one before carried on: one round trip for a page and what a selection reads
   * below it, or for a family's core, its hops and its edges. All parts stay whole files; only this frame joins them.
   */
  private compose(name: string): CypherStatement | undefined {
    const [head, ...rest] = name.split('+');
    const first = this.statements.get(head);
    const folder = continuationFolder(rest[0] ?? '');
    const then = rest.map((part) => this.statements.get(part));
    if (!first || !folder || then.some((s, i) => !s || continuationFolder(rest[i]) !== folder)) return undefined;
    const body = (then as CypherStatement[]).map((s) => s.text.trim()).join('\n');
    const statement = { name, text: `CALL () {\n${first.text.trim()}\n}\n${CONTINUATIONS[folder]}\n${body}\n`, file: [first, ...(then as CypherStatement[])].map((s) => s.file).join(' + ') };
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
