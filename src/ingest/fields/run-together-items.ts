/**
 * List items a conversion ran together into one line or paragraph, split back into items (in knowledge, skill and
 * ability sections only, where an item is a phrase, not a passage):
 *
 * - bullets kept inline: "? Diploma ? Sound judgment ? Adapt to change" (a bullet glyph lost to "?" or kept as
 *   "•"), when the line starts with the mark and repeats it;
 * - a paragraph of short sentences, each an item: "Patience with students. Ability to follow directions. Flexibility."
 *
 * Each piece keeps the span of its own words in the text.
 */
import type { Line } from '../parsers/text/lines';

const INLINE_MARKS = ['?', '•', '·', '▪', '◦', '‣', '*', '-'];
/** Bullet glyphs no word holds: a run of them splits wherever they stand, spaced or not ("skills■ Time ..."). */
const GLYPH_MARKS = /[■●▪◾♦➢►▸❖◆•]/;
/** Sentences longer than this read as a passage, not a run of list items. */
const ITEM_SENTENCE = 160;

function piecesOf(text: string, item: Line[], parts: string[]): Line[][] | undefined {
  const out: Line[][] = [];
  let cursor = item[0].start;
  const end = item[item.length - 1].end;
  for (const part of parts) {
    const at = text.indexOf(part, cursor);
    if (at < 0 || at + part.length > end) return undefined;
    out.push([{ raw: part, clean: part, start: at, end: at + part.length, index: item[0].index }]);
    cursor = at + part.length;
  }
  return out;
}

/**
 * Bullets inline on one line: the pieces between the marks. A mark a word may hold ("-", "?") must open the line
 * and stand between spaces; a bullet glyph may follow a lead-in that ends with a colon ("The successful candidate
 * must have: ■ Knowledge of ... ■ ..."), which is not an item.
 */
function inlineBullets(text: string, item: Line[]): Line[][] | undefined {
  if (item.length !== 1) return undefined;
  const clean = item[0].clean;
  const glyph = GLYPH_MARKS.exec(clean);
  if (glyph && (glyph.index === 0 || /:-?\s*$/.test(clean.slice(0, glyph.index)))) {
    const parts = clean.slice(glyph.index).split(glyph[0]).map((p) => p.trim()).filter(Boolean);
    return parts.length >= 3 ? piecesOf(text, item, parts) : undefined;
  }
  const mark = INLINE_MARKS.find((m) => clean.startsWith(`${m} `));
  if (!mark) return undefined;
  const parts = clean.slice(2).split(` ${mark} `).map((p) => p.trim()).filter(Boolean);
  return parts.length >= 3 ? piecesOf(text, item, parts) : undefined;
}

/** A sentence led by its own lead words ("Ability to ...", "Knowledge of ..."): an item however many sentences run. */
const LED_SENTENCE = /^(?:(?:thorough|considerable|good|working|general|some|basic|extensive|specific)\s+)?(?:knowledge\s+of|skills?\s+(?:in|to|at)|abilit(?:y|ies)\s+to)\s/i;
/** A led sentence longer than this is a passage. */
const LED_ITEM_SENTENCE = 250;
/** An unled sentence among led ones is an item only when short ("Flexibility."); a longer one is the section's prose. */
const UNLED_ITEM = 80;

/**
 * A paragraph of sentences run together, one item per sentence: three or more short ones, or two or more of which
 * one at least has its own lead ("Ability to add and subtract.  Ability to measure volume."); among led sentences,
 * an unled one as long as a passage ("To perform this job successfully, ...") is not an item.
 */
function shortSentences(text: string, item: Line[]): Line[][] | undefined {
  const joined = item.map((l) => l.clean).join(' ');
  const parts: string[] = [];
  let from = 0;
  for (const m of joined.matchAll(/[a-z)'’]\.\s+(?=[A-Z])/g)) {
    const cut = (m.index ?? 0) + 2;
    parts.push(joined.slice(from, cut).trim());
    from = cut;
  }
  parts.push(joined.slice(from).trim());
  // Pieces are found in the text one line at a time: a sentence wrapped across lines is not split.
  if (item.length !== 1 || parts.some((p) => /:$/.test(p))) return undefined;
  const led = parts.filter((p) => LED_SENTENCE.test(p));
  if (led.length && parts.length >= 2 && led.every((p) => p.length <= LED_ITEM_SENTENCE)) {
    return piecesOf(text, item, parts.filter((p) => LED_SENTENCE.test(p) || p.length <= UNLED_ITEM));
  }
  if (parts.length < 3 || parts.some((p) => p.length > ITEM_SENTENCE)) return undefined;
  return piecesOf(text, item, parts);
}

/** Where a lead opens the next item of a run-on line, after the last word of the one before (no full stop between). */
const RUN_ON_LEAD = /(?<=[a-z)]) (?=(?:(?:Specific|General|Thorough|Working|Basic|Considerable|Some)\s+knowledge\s+of|Knowledge\s+of|Abilit(?:y|ies)\s+to|Skills?\s+in)\s)/g;
/** The last item of such a run, unled, naming skills ("... calculations Effective organizational ... skills"). */
const RUN_ON_SKILLS = / (?=[A-Z][a-z]+(?:[ ,]+[a-z-]+,?){0,8} skills$)/;

/**
 * Items run on in one line with their bullets and full stops lost ("Specific knowledge of one craft ... General
 * knowledge of all crafts ... Ability to direct ... Ability to read ..."): split before each lead word written in
 * capitals after a lower-case word, three items or more.
 */
function runOnLeads(text: string, item: Line[]): Line[][] | undefined {
  if (item.length !== 1 || item[0].clean.length > 3000) return undefined;
  const parts = item[0].clean.trim().split(RUN_ON_LEAD);
  if (parts.length < 3 || !LED_SENTENCE.test(parts[0])) return undefined;
  const last = parts.pop()!;
  const [led, ...tail] = last.split(RUN_ON_SKILLS);
  return piecesOf(text, item, [...parts, led, ...tail]);
}

/**
 * The items of a knowledge, skill or ability section, with run-together items split; under a heading that names
 * competencies (`bulletsOnly`) an item's sentences are its definition, so only inline bullets split it.
 */
export function splitRunTogether(text: string, items: Line[][], bulletsOnly = false): Line[][] {
  return items.flatMap((item) => inlineBullets(text, item) ?? (bulletsOnly ? undefined : runOnLeads(text, item) ?? shortSentences(text, item)) ?? [item]);
}

/** Whether a paragraph is such a run-on of led items (read as items, not as prose split at semicolons). */
export const runsOnLeads = (text: string, item: Line[]) => !!runOnLeads(text, item);
