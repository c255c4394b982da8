/**
 * Lexical normalization of competency names and definitions: lower case, British spellings folded
 * ("organisational" -> "organizational"), qualifier and light words that do not change what is required dropped
 * ("skills", "ability", "demonstrate", "effectively", "taking"), Porter2 stems; compounds compare letters only.
 */
const stem: (word: string) => string = require('wink-porter2-stemmer');

/** Words that qualify a requirement without naming it. */
const QUALIFIERS = new Set(
  'a an and or of the in to with for all at on as by from its their into within both using use used including such other others its as assigned when required relevant applicable skill skills ability abilities knowledge capability capabilities demonstrate demonstrated demonstrates strong excellent good sound advanced effective effectively efficient efficiently proper properly work working at quickly conduct conducting take taking make making provide providing perform performing apply applying value valuing'.split(' '),
);

/** Content tokens of a name (or a definition): what is left once qualifiers are dropped. */
export function contentTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/isation/g, 'ization')
    .replace(/ise(s|d)?\b/g, 'ize$1')
    .split(/[^a-z0-9]+/)
    .filter((t) => t && !QUALIFIERS.has(t));
}

export function stems(tokens: string[]): string[] {
  return tokens.map((t) => stem(t));
}

/** The letters of a name alone: "Problem-solving", "Problem Solving" and "problemsolving" are one name. */
export function compact(text: string): string {
  return text.toLowerCase().replace(/isation/g, 'ization').replace(/[^a-z0-9]/g, '');
}
