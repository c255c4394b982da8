/**
 * Sections by heading: each format names the headings it knows; a section runs from its heading to the next
 * known heading. Headings are matched on the cleaned line, so markup and trailing colons do not matter.
 */
import type { Line } from './lines';

export interface HeadingRule<K extends string> {
  kind: K;
  pattern: RegExp;
}

export interface Section<K extends string> {
  kind: K;
  heading: Line;
  /** The heading's text after the matched words on the same line ("Pay Band: 5" gives "5"). */
  inline: string;
  body: Line[];
}

const headingText = (line: Line) => line.clean.replace(/\s+/g, ' ').trim();

export function findSections<K extends string>(lines: Line[], rules: HeadingRule<K>[], maxHeadingLength = 160): Section<K>[] {
  const marks: { at: number; kind: K; inline: string }[] = [];
  lines.forEach((line, at) => {
    const heading = headingText(line);
    if (!heading || heading.length > maxHeadingLength) return;
    for (const rule of rules) {
      const match = rule.pattern.exec(heading);
      if (match && match.index === 0) {
        marks.push({ at, kind: rule.kind, inline: heading.slice(match[0].length).replace(/^[\s:.\-–]+/, '').trim() });
        return;
      }
    }
  });
  return marks.map((mark, i) => ({
    kind: mark.kind,
    heading: lines[mark.at],
    inline: mark.inline,
    body: lines.slice(mark.at + 1, i + 1 < marks.length ? marks[i + 1].at : lines.length),
  }));
}

export function firstSection<K extends string>(sections: Section<K>[], kind: K): Section<K> | undefined {
  return sections.find((s) => s.kind === kind);
}
