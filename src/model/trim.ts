/**
 * Trimming by character class with a scan instead of /[...]+$/: an end-anchored quantified regex backtracks
 * quadratically over a long run of those characters that does not reach the end (a dot leader, say).
 */
export function trimTrailing(text: string, chars: RegExp): string {
  let end = text.length;
  while (end > 0 && chars.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Collapses whitespace runs to one space and trims: the form names and passages are stored in. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function trimLeading(text: string, chars: RegExp): string {
  let start = 0;
  while (start < text.length && chars.test(text[start])) start++;
  return text.slice(start);
}
