/**
 * Trimming a set of characters from the ends of a string by scanning, not by regex: an unanchored `[...]+$`
 * is tried from every position of a long run of those characters and so takes quadratic time on it.
 */
export function trimSets(text: string, startSet: string, endSet: string = startSet): string {
  let start = 0;
  let end = text.length;
  while (start < end && startSet.includes(text[start])) start += 1;
  while (end > start && endSet.includes(text[end - 1])) end -= 1;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** The white space `\s` matches at the ends of lines in practice (a line has no newline inside). */
export const BLANKS = ' \t\n\r\f\v\u00a0';
