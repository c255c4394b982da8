/**
 * Knowledge, skills, abilities, competencies and behaviors in the three shapes documents use: list items under a
 * heading ("KNOWLEDGE OF" / "- Principles of ..."), named definitions ("Teamwork – Encourages ..."), and prose
 * ("Knowledge of a; b. Ability to c; d.").
 */
import type { CompetencyKind, CompetencyRequirement, Span } from '../../../model/specification';
import { BULLET, squash, trimSpan, type Line } from './lines';

/** The kind an item announces itself as, and the words to drop from its name. */
// "Requires knowledge of", "Must have understanding of": a list item may keep the verb and drop its subject.
const REQUIRES = String.raw`(?:(?:(?:this position|the incumbent|incumbents?|the employee)\s+)?(?:requires?|must (?:have|possess|demonstrate))\s+(?:a\s+|an\s+)?)?`;
// "Has thorough knowledge of", "Have the ability to": the same leads in the third person or a candidate's terms.
// "Demonstrate abilities to apply ...": a candidate's verb before the lead.
const HAS = String.raw`(?:(?:has|have|possess(?:es)?|demonstrates?)\s+)?`;
const LEADS: [CompetencyKind, RegExp][] = [
  // "Knowledge of, or ability to learn, municipal law": a knowledge item a new hire may acquire.
  ['KNOWLEDGE', /^(?:knowledge|understanding)\s+of,?\s+or\s+(?:the\s+)?ability\s+to\s+(?:learn|acquire),?\s+/i],
  ['KNOWLEDGE', new RegExp(String.raw`^${REQUIRES}${HAS}(?:(?:a|an|the)\s+)?(?:(?:thorough|considerable|good|working|general|some|basic|extensive|advanced|strong|proven|demonstrated|solid|excellent|sound|in-depth|comprehensive|specific)\s+)*(?:knowledge|understanding|awareness)(?:\s+and\s+(?:understanding|awareness))?\s+(?:of|in|about)\s+`, 'i')],
  // "Knows basic food preparation": knowledge in the third person.
  ['KNOWLEDGE', /^knows\s+(?!how\b)/i],
  // "Must know and have experience in spreadsheet software": a requirement's verb before what is known.
  ['KNOWLEDGE', /^(?:must|should)\s+know\s+(?:and\s+(?:have|be)\s+(?:experience|experienced|familiar|proficient)\s+(?:in|with)\s+)?(?!how\b)/i],
  // "Knowledgeable of how to operate a floor machine".
  ['KNOWLEDGE', /^(?:(?:must|should)\s+)?(?:be\s+)?knowledgeable\s+(?:of|about|in)\s+/i],
  // "Familiarity with legal processes": knowledge in other words.
  ['KNOWLEDGE', new RegExp(String.raw`^${REQUIRES}(?:(?:some|general|basic|working)\s+)?familiarity\s+with\s+`, 'i')],
  ['SKILL', new RegExp(String.raw`^${REQUIRES}(?:the\s+)?skills?\s+(?:in|at|with|to)\s+`, 'i')],
  // "Ability and commitment to maintain ethical standards": the commitment asked with the ability.
  ['ABILITY', new RegExp(String.raw`^${REQUIRES}${HAS}(?:the\s+|an?\s+)?(?:(?:basic|good|demonstrated|proven|strong|physical)\s+){0,2}(?:willingness\s+and\s+)?abilit(?:y|ies)(?:\s+and\s+(?:commitment|willingness|desire))?\s+to\s+`, 'i')],
  // "Be able to work well with others", "Able to maintain emotional control": an ability item in other words.
  ['ABILITY', new RegExp(String.raw`^(?:(?:must|should)\s+)?(?:(?:be|is)\s+)?able\s+to\s+`, 'i')],
  // "Ability is required to lead a crew", "Knowledge is required to perform basic math".
  ['ABILITY', /^abilit(?:y|ies)\s+(?:is|are)\s+required\s+to\s+/i],
  ['KNOWLEDGE', /^knowledge\s+is\s+required\s+(?:to|of|in)\s+/i],
  // "Have good report writing skills": the skills named, without the verb.
  ['SKILL', /^(?:has|have|possess(?:es)?)\s+(?=(?:[\w,'’-]+\s+){0,8}skills[\s.;,]*$)/i],
];

export function nameAndKind(item: string, fallback: CompetencyKind): { name: string; kind: CompetencyKind } {
  for (const [kind, lead] of LEADS) {
    // "Knowledge of boiler repair is desirable": how much it is wanted is no part of its name.
    if (lead.test(item)) return { name: tidyName(item.replace(lead, '').replace(/\s+(?:is|are)\s+(?:desirable|preferred|helpful|a plus)[\s.;,]*$/i, '')), kind };
  }
  // "Requires strong writing skills with ...": the verb alone, without a lead, is no part of the name either; nor is
  // a candidate's verb in the third person ("Has excellent attention to detail", "Understands the budget"), unless
  // it is one of two verbs the item needs ("Understands and follows instructions").
  return { name: tidyName(item.replace(/^(?:requires|has|possess(?:es)?|demonstrates|understands)\s+(?!(?:and|or|not|to|been|no)\s)(?=\w)/i, '')), kind: fallback };
}

/** "Principles of business systems analysis; and" gives "Principles of business systems analysis". */
export function tidyName(raw: string): string {
  // Trailing punctuation, footnote marks ("\*", "(*)") and a dangling "and"/"or" are cut with a backwards scan:
  // regexes with two quantifiers over the same run of dots backtrack cubically on dot leaders.
  let name = squash(raw);
  for (let changed = true; changed; ) {
    changed = false;
    let end = name.length;
    while (end > 0 && /[\s.;,:]/.test(name[end - 1])) end--;
    if (end < name.length) [name, changed] = [name.slice(0, end), true];
    // A full stop inside a closing quotation mark ("as listed under “Essential Functions.”") ends the item too.
    // (Scanned backwards by hand: a regex over the run of dots before the mark backtracks quadratically.)
    if (/["”’']/.test(name[name.length - 1] ?? '')) {
      let at = name.length - 1;
      while (at > 0 && /[.;,]/.test(name[at - 1])) at--;
      if (at < name.length - 1) [name, changed] = [`${name.slice(0, at)}${name[name.length - 1]}`, true];
    }
    for (const mark of ['(\\*)', '(*)', '\\*', '*']) if (name.endsWith(mark)) [name, changed] = [name.slice(0, -mark.length), true];
    const dangling = /(?:[;,]\s*|\s)(?:and|or)$/i.exec(name.slice(-6));
    if (dangling) [name, changed] = [name.slice(0, name.length - dangling[0].length), true];
  }
  name = name.replace(/^(and|or)\s+/i, '').trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Bulleted (or one-per-line) items under a heading. Intro lines ending in ":" are skipped. */
export function readListedItems(text: string, items: Line[][], fallback: CompetencyKind): CompetencyRequirement[] {
  const out: CompetencyRequirement[] = [];
  for (const item of items) {
    const first = item[0].clean;
    if (/:\s*$/.test(first) && item.length === 1) continue;
    const body = squash(item.map((l, i) => (i === 0 ? l.clean.replace(BULLET, '') : l.clean)).join(' '));
    const span = trimSpan(text, item[0].start, item[item.length - 1].end);
    // Competencies and behaviors come as "Name: definition"; knowledge, skill and ability items are names only.
    // Other lists use the named form only with a spaced dash ("Customer Service – answers ...") and no lead words.
    // "Active Listening-Giving full attention to ...": a skills catalogue's name glued to its definition, which opens
    // with a verb in -ing.
    const glued = /^([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})-([A-Z][a-z]+ing\b.{10,})$/.exec(body);
    const named = fallback === 'COMPETENCY' || fallback === 'BEHAVIOR' ? readNamedDefinition(body)
      : glued ? { name: glued[1], definition: squash(glued[2]) }
      : /\s[–—-]\s/.test(body) && !LEADS.some(([, lead]) => lead.test(body)) ? readNamedDefinition(body.replace(/:/g, ';')) : undefined;
    if (named) {
      out.push({ name: named.name, kind: fallback, definition: named.definition, span });
      continue;
    }
    const { name, kind } = nameAndKind(body, fallback);
    if (name.length < 2 || /^none$/i.test(name)) continue;
    out.push({ name, kind, span });
  }
  return out;
}

/** "Teamwork – Encourages ...", "Reading - Understands ...", "Verbal Communication: Keeps ...". */
export function readNamedDefinition(body: string): { name: string; definition: string } | undefined {
  const m = /^([A-Z][\w'’/&,-]*(?:\s+(?:[A-Za-z&][\w'’/&-]*)){0,6}?)\s*(?::|\s[–—-]\s)\s*(.+)$/.exec(body);
  if (!m) return undefined;
  const name = m[1].trim();
  // A name is a short phrase of mostly capitalized words, not the start of a sentence.
  const words = name.split(/\s+/);
  const capitalized = words.filter((w) => /^[A-Z]/.test(w)).length;
  if (words.length > 7 || capitalized < Math.ceil(words.length / 2)) return undefined;
  return { name: tidyName(name), definition: squash(m[2]) };
}

/**
 * Prose such as Ohio's worker characteristics: sentences led by "Knowledge of", "Skill in", "Ability to",
 * each listing items separated by semicolons. Every item keeps the span of its own words.
 */
export function readProseCharacteristics(text: string, span: Span): CompetencyRequirement[] {
  const out: CompetencyRequirement[] = [];
  const slice = text.slice(span.start, span.end);
  const lead = /\b(Knowledge|Skill|Ability)\s+(of|in|to)\s*:?\s+/gi;
  const starts: { at: number; bodyAt: number; kind: CompetencyKind }[] = [];
  for (let m = lead.exec(slice); m; m = lead.exec(slice)) {
    // Only a sentence start counts: "Knowledge of a; b. Ability to ..." (not "knowledge of" inside an item).
    const before = slice.slice(0, m.index).trimEnd();
    if (before && !/[.:]$/.test(before)) continue;
    const kind: CompetencyKind = /^k/i.test(m[1]) ? 'KNOWLEDGE' : /^s/i.test(m[1]) ? 'SKILL' : 'ABILITY';
    starts.push({ at: m.index, bodyAt: m.index + m[0].length, kind });
  }
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at : slice.length;
    let cursor = s.bodyAt;
    for (const piece of slice.slice(s.bodyAt, end).split(';')) {
      const pieceStart = cursor;
      cursor += piece.length + 1;
      const footnote = piece.search(/\(\\?\*\)/);
      const name = tidyName(footnote >= 0 ? piece.slice(0, footnote) : piece);
      if (name.length < 2) continue;
      const offset = span.start + pieceStart + (piece.length - piece.trimStart().length);
      out.push({ name, kind: s.kind, span: trimSpan(text, offset, span.start + pieceStart + piece.length) });
    }
  });
  return out;
}

// A lead may come in the third person or as a requirement: "Has thorough knowledge of a", "Is able to b", "Have the
// ability to c", "Ability is required to d; to e".
const LED = /^(?:(?:and|or)\s+)?(?:(?:has|have|possess(?:es)?|is|be|are)\s+)?(?:(?:a|an|the)\s+)?(?:(?:good|thorough|considerable|working|general|some|basic|extensive|advanced|strong|sound|reasonable|comprehensive|excellent|[a-z]+-level|in-depth)\s+)*(knowledge\s+(?:of|in|about)|skills?\s+(?:in|at|with|to)|abilit(?:y|ies)\s+to|able\s+to|(?:knowledge|skills?|abilit(?:y|ies))\s+(?:is|are)\s+required\s+to)\s*:?\s+/i;

/** "The position (also) requires ", "Incumbents must possess ": a sentence's subject and verb before its first lead. */
const REQUIRES_FIRST = /^(?:the|this|these|each|all|incumbents?|employees?|applicants?|candidates?)\b[\w\s,]{0,60}?\b(?:requires?|must\s+(?:have|possess)|necessitates?)\s+(?:the\s+)?(?=\w)/i;

/** "Specific skill based competencies required to satisfactorily perform the functions of the job include:". */
const BASED_LIST = String.raw`specific\s+(knowledge|skills?|abilit(?:y|ies))[- ]based\s+competencies\b[^:]{0,120}\binclude\s*:`;
const BASED_COMPETENCIES = new RegExp(String.raw`^\s*${BASED_LIST}\s+$`, 'i');
const BASED_LISTS = new RegExp(String.raw`\b${BASED_LIST}`, 'gi');
/** The template's leads in capitals: "SKILLS are required to", "KNOWLEDGE is required to", "ABILITY is required to". */
const CAPS_REQUIRED = /\b(?:SKILLS?|KNOWLEDGE|ABILITY|ABILITIES)\s+(?:is|are)\s+required\s+to\s/;

/**
 * A school district's job description template: "SKILLS are required to a; b. Specific skill based competencies
 * required to satisfactorily perform the functions of the job include: c; d. KNOWLEDGE is required to e. ...". The
 * items run from the first lead in capitals to the end of the last "... competencies ... include:" list; what follows
 * (the responsibilities, the working environment) is not a competency.
 */
export function readCompetencyTemplate(text: string, span: Span): CompetencyRequirement[] {
  const slice = text.slice(span.start, span.end);
  if (slice.length > 50000) return [];
  const first = CAPS_REQUIRED.exec(slice);
  if (!first) return [];
  const lists = [...slice.matchAll(BASED_LISTS)];
  const last = lists[lists.length - 1];
  if (!last) return [];
  const after = (last.index ?? 0) + last[0].length;
  const stop = /\.(?=\s+[A-Z]|\s*$)/.exec(slice.slice(after));
  const end = stop ? after + stop.index + 1 : slice.length;
  return readLedProse(text, { start: span.start + first.index, end: span.start + end });
}

/**
 * Prose of led items: "Good knowledge of a, b and c; good knowledge of d; ability to e." Each piece between
 * semicolons or sentences is one item; a piece with its own lead ("good knowledge of") takes that lead's kind, a
 * piece without one continues the last lead ("Knowledge of a; b; c"), or is of the section's kind before any lead.
 */
export function readLedProse(text: string, span: Span, sectionKind?: CompetencyKind): CompetencyRequirement[] {
  const out: CompetencyRequirement[] = [];
  const slice = text.slice(span.start, span.end);
  if (slice.length > 50000) return out;
  // Under a section's heading, an item before the first lead is of the section's kind ("Knowledge, Skills and
  // Abilities: Basic goals of law enforcement; Ability to ...").
  let kind: CompetencyKind | undefined = sectionKind;
  const pieces = /[^;.]+(?:\.(?!\s+[A-Z]|\s*$)[^;.]*)*/g;
  for (const m of slice.matchAll(pieces)) {
    // "In addition to those of the lower levels: Knowledge of a": the preamble before the colon is no item.
    const preamble = /^[^:]{0,160}:\s+(?=\S)/.exec(m[0]);
    // "Specific knowledge based competencies required ... include: a; b": the preamble names the items' kind.
    const based = preamble ? BASED_COMPETENCIES.exec(preamble[0]) : null;
    if (based) kind = /^k/i.test(based[1]) ? 'KNOWLEDGE' : /^s/i.test(based[1]) ? 'SKILL' : 'ABILITY';
    const raw = preamble && (based || LED.test(m[0].slice(preamble[0].length))) ? m[0].slice(preamble[0].length) : m[0];
    // "The position also requires knowledge of a; b": what the sentence says it requires leads the items.
    const required = LED.test(raw.trim()) ? undefined : REQUIRES_FIRST.exec(raw.trim());
    const lead = LED.exec(required ? raw.trim().slice(required[0].length) : raw.trim());
    if (lead) kind = /^k/i.test(lead[1]) ? 'KNOWLEDGE' : /^s/i.test(lead[1]) ? 'SKILL' : 'ABILITY';
    if (!kind) continue;
    // A new sentence without a lead that holds one further in states what something requires ("Ability to a.
    // Positions involving typing may require an ability to b."): the requirement is read as such, not as an item.
    if (!lead && slice.slice(0, m.index ?? 0).trimEnd().endsWith('.') && /\b(?:knowledge\s+of|abilit(?:y|ies)\s+to|skills?\s+in)\b/i.test(raw)) continue;
    // A piece continuing the last lead may repeat its preposition: "Knowledge of a; of b", "Ability to c; to d".
    const continued = lead ? undefined : (kind === 'KNOWLEDGE' ? /^\s*(?:(?:and|or)\s+)?of\s+/i : /^\s*(?:(?:and|or)\s+)?to\s+/i).exec(raw);
    const name = tidyName(lead ? raw.trim().slice((required?.[0].length ?? 0) + lead[0].length) : continued ? raw.slice(continued[0].length) : raw);
    if (name.length < 2) continue;
    const at = (m.index ?? 0) + (m[0].length - raw.length);
    const offset = span.start + at + (raw.length - raw.trimStart().length);
    out.push({ name, kind, span: trimSpan(text, offset, span.start + at + raw.length) });
  }
  return out;
}

/**
 * A sentence stating what the work requires: "requires the ability to", "necessitates ... knowledge of", "requiring
 * the ability to"; or a lettered item of a list in prose ("by: (a) ...; (b) ...; and (c) the ability to ...").
 */
const REQUIRING = /\b(?:(?:requires?|required|requiring|necessitates?|(?:must|should)\s+(?:also\s+)?(?:have|possess|develop)|require\s+that\s+\w+\s+(?:have|possess))\s+(?=(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)?(?:knowledge\s+of|abilit(?:y|ies)\s+to|skills?\s+in)\s)|(?:must|should)\s+be\s+(?=able\s+to\s)|(?:[;:]\s*(?:and\s+|or\s+)?)\([a-z]\)\s+(?=(?:the\s+)?(?:knowledge\s+of|abilit(?:y|ies)\s+to|skills?\s+in)\s))/gi;
/** Physical demands ("the ability to lift and carry 50 pounds", "to walk and stand") are working conditions, not competencies. */
/** "must be able to perform each essential duty": doing the job itself, not a competency it requires. */
const ESSENTIAL_DUTIES = /^perform\s+(?:each|all|the|its)\s+(?:of\s+the\s+)?essential\s+(?:dut(?:y|ies)|functions?)\b/i;
export const PHYSICAL_DEMAND = /\b(?:lift|lifting|carry|carrying|walk|walking|stand|standing|stoop|stooping|bend|bending|kneel|climb|push|pull|pounds|lbs|physical)\b/i;

const NEXT_LEAD = /;|\s+and\s+(?=(?:the\s+)?(?:abilit(?:y|ies)\s+to|knowledge\s+of|skills?\s+in|be\s+able\s+to)\s)/g;

function piecesOf(sentence: string): { piece: string; at: number }[] {
  const out: { piece: string; at: number }[] = [];
  let from = 0;
  for (const m of sentence.matchAll(NEXT_LEAD)) {
    out.push({ piece: sentence.slice(from, m.index), at: from });
    from = (m.index ?? 0) + m[0].length;
  }
  out.push({ piece: sentence.slice(from), at: from });
  return out;
}

/**
 * Knowledge and abilities a sentence of prose requires ("Use of this system necessitates the ability to a; the
 * ability to b; and knowledge of c."; "The position requires the ability to d."): each piece between semicolons
 * that has its own lead is an item; the list ends at the sentence's end or at a piece without a lead ("; and
 * performs related duties").
 */
export function readRequiredInProse(text: string, span: Span): CompetencyRequirement[] {
  const out: CompetencyRequirement[] = [];
  const slice = text.slice(span.start, span.end);
  if (slice.length > 50000) return out;
  for (const m of slice.matchAll(REQUIRING)) {
    const from = (m.index ?? 0) + m[0].length;
    const rest = slice.slice(from);
    const stop = /\.(?=\s+[A-Z(]|\s*$)/.exec(rest);
    // A clause after the item ("..., with a significant degree of independence") is not part of it.
    // Nor is a second requirement joined by a verb ("..., and possess basic computer skills").
    const sentence = (stop ? rest.slice(0, stop.index) : rest).replace(/,\s+(?:with|while|which)\s[\s\S]*$/, '').replace(/,?\s+and\s+(?:possess|have|has|be(?!\s+able\s+to\s)|is)\s[\s\S]*$/, '');
    // Pieces part at semicolons, and where "and" opens another lead ("knowledge of a and ability to b", "able to
    // c and be able to d").
    for (const { piece, at } of piecesOf(sentence)) {
      // ("; and knowledge of a": the semicolon and the "and" part the same two pieces.)
      if (!piece.trim()) continue;
      // "Candidates should be able to demonstrate:": a lead-in to a list, not an ability of its own.
      if (/:\s*$/.test(piece)) break;
      const lead = LED.exec(piece.trim());
      if (!lead) break;
      const kind: CompetencyKind = /^k/i.test(lead[1]) ? 'KNOWLEDGE' : /^s/i.test(lead[1]) ? 'SKILL' : 'ABILITY';
      const name = tidyName(piece.trim().slice(lead[0].length).replace(/^the\s+/i, ''));
      if (name.length < 2 || PHYSICAL_DEMAND.test(name) || ESSENTIAL_DUTIES.test(name)) continue;
      const offset = span.start + from + at + (piece.length - piece.trimStart().length);
      out.push({ name, kind, span: trimSpan(text, offset, span.start + from + at + piece.length) });
    }
  }
  return out;
}
