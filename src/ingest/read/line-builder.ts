/**
 * Builds a `SourceText`'s text and hints line by line. Lines of one group (the rows of a table, the items of a list,
 * the lines of one paragraph split by <br>) follow each other; a blank line separates groups, as a blank line
 * separates paragraphs in the plain-text seeds the parsers were written on.
 */
import type { LineHint, LineKind } from './source-text';
import { trimSets } from '../text-trim';

export class LineBuilder {
  private readonly lines: string[] = [];
  readonly hints: LineHint[] = [];
  private lastGroup: unknown = undefined;

  /** Adds one line (whitespace at the ends trimmed, inner tabs kept); an empty line is dropped. */
  add(text: string, kind: LineKind | undefined, group: unknown, level?: number): void {
    const line = trimSets(text, ' \n\r\f');
    if (!line.replace(/\t/g, '').trim()) return;
    if (this.lines.length && group !== this.lastGroup) this.lines.push('');
    this.lastGroup = group;
    if (kind) this.hints.push(level ? { line: this.lines.length, kind, level } : { line: this.lines.length, kind });
    this.lines.push(line);
  }

  /** Forces a blank line before whatever comes next. */
  breakGroup(): void {
    this.lastGroup = Symbol('break');
  }

  get lineCount(): number {
    return this.lines.length;
  }

  text(): string {
    return this.lines.length ? `${this.lines.join('\n')}\n` : '';
  }
}

