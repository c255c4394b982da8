/**
 * Character folding for matching, never for storing: Unicode hyphens and dashes, minus signs, non-breaking and
 * other odd spaces, zero-width characters and the HTML entities that survive a copy from a web page all read as
 * their plain ASCII counterparts, so one rule matches "non‑exempt", "non-exempt" and "non&#8209;exempt".
 */
const ENTITIES: Record<string, string> = {
  amp: '&', nbsp: ' ', ndash: '-', mdash: '-', hyphen: '-', minus: '-', quot: '"', apos: "'", rsquo: "'", lsquo: "'",
  rdquo: '"', ldquo: '"', lt: '<', gt: '>', bull: '•', middot: '·', sect: '§', frac12: '1/2', ensp: ' ', emsp: ' ', thinsp: ' ',
};

/** Decodes named and numeric HTML entities; unknown names are kept as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Dashes and hyphens (U+2010 to U+2015, U+2212, U+FE58, U+FE63, U+FF0D) as "-", odd spaces as " ", zero-width removed, daggers standing for spaces as " ". */
export function foldChars(s: string): string {
  return s
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    // A non-breaking space decoded as Mac Roman reads "†": daggers in a run or beside a space are spaces.
    .replace(/†(?=[†\s])|(?<=[†\s])†/g, ' ');
}

/** A link's file-type label a web page prints beside its text ("Accountant (PDF)", "[DOCX, 84 KB]"): never content. */
// One space either side at most: an open run of spaces before it would make the match quadratic on long blank runs.
const FILE_LINK = / ?[([](?:PDF|DOCX?|XLSX?|RTF)(?:, ?[\d.]{1,8} ?[KMG]B)?[)\]] ?/g;

/** Both: what every matching rule of the extractor sees. */
export function fold(s: string): string {
  const folded = foldChars(decodeEntities(s));
  return folded.includes('(') || folded.includes('[') ? folded.replace(FILE_LINK, ' ').replace(/^ | $/g, '') : folded;
}
