/**
 * Text copied out of a web page sometimes keeps the page's line breaks as markup ("line one <br />line two"):
 * such a text is one line to a line reader. When break tags outnumber real line breaks, they become line breaks,
 * and that converted text is what is stored (every span then indexes it).
 */
// No space quantifier before the tag: a long run of spaces would be rescanned from every position in it.
const BREAK = /<(?:br\s*(?:\/\s*)?|\/(?:p|li|h[1-6]|tr|div)\s*)>/gi;

/**
 * A rule drawn with underscores between a title and the text under it ("Equipment Operator ______ County Highway
 * Department POSITION SUMMARY ..."), in a document flattened into one line: the rule was a line of its own.
 * Bounded on the left (a space or a word character), so a long run of spaces is never rescanned.
 */
const UNDERSCORE_RULE = /(?<=\S) ?_{10,} ?(?=\S)/g;

export function inlineBreaksToLines(input: string): string {
  const text = input.includes('__________') ? input.replace(UNDERSCORE_RULE, '\n') : input;
  const tags = text.match(BREAK)?.length ?? 0;
  const newlines = text.split('\n').length - 1;
  if (tags < 5 || tags < newlines) return text;
  return text
    .replace(BREAK, '\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}
