/**
 * What a section holds, from its heading's words. Shared by the layout (a title-case line naming a known section
 * is a heading) and the field extractors (which reader reads the section's body).
 */
export type SectionKind =
  | 'concept' | 'distinguishing' | 'duties' | 'qualifications' | 'licenses' | 'ksa' | 'knowledge' | 'skills' | 'abilities'
  | 'competencies' | 'behaviors' | 'received' | 'exercised' | 'conditions' | 'advancement' | 'other';

/** Order matters: the first rule whose words appear in a heading decides its kind. */
const KINDS: [SectionKind, RegExp][] = [
  ['distinguishing', /distinguishing|distinguished|class distinctions?|level distinctions?/i],
  ['advancement', /^(?:career (?:ladder|progression|path)|promotion(?:al)? (?:path|opportunit)|line of promotion|next higher class|advancement)/i],
  ['received', /supervision received|supervision and guidance received|^supervision$|reports to|^supervisor$/i],
  ['exercised', /supervision exercised|supervisory responsibilit/i],
  // "PHYSICAL SKILLS:", "Physical Abilities": the body's demands, not competencies.
  ['conditions', /^physical\s+(?:skills?|abilit(?:y|ies))\b/i],
  ['ksa', /knowledges?,?\s+skills?,?\s+(?:(?:and|&)\s+)?abilit|\bksas?\b|knowledge and abilit|skills and abilit/i],
  // "The Ideal Candidate:": the qualities a posting asks of a person, each line one.
  // "Key Characteristics": a posting's qualities of a person, "Name - explanation" a line.
  ['competencies', /competenc|^(?:the\s+)?ideal\s+candidate$|^(?:key|personal|desired)\s+(?:characteristics|attributes|qualities)$/i],
  ['behaviors', /behavio/i],
  ['knowledge', /knowledge/i],
  ['abilities', /\babilit/i],
  ['skills', /skills?\b/i],
  ['licenses', /licen[cs]|certificat/i],
  ['duties', /duties|responsibilities|accountabilities|examples of (?:the )?work|tasks|work performed|functions|typical work|illustrative examples/i],
  // "CONFINED COMPETITION:": who may enter a competition confined to serving staff (an Irish council's terms).
  ['qualifications', /qualifications|education|experience|requirements|training|employment standards|entrance|confined competition|^eligibility\b|eligibility requirements/i],
  ['conditions', /working conditions|physical demands|work(ing)? environment|environmental|physical requirements|physical and mental|special conditions|conditions of (?:employment|hire)|employment conditions/i],
  ['concept', /definition|concept|summary|general statement|purpose|nature of (the )?work|class characteristics|description|overview|scope|basic function|general description|position summary|features of work|features of (?:the )?class/i],
];

export function sectionKind(heading: string): SectionKind {
  const words = heading.replace(/:$/, '').trim();
  // "Perform duties at a skill level that requires:", "Perform a variety of tasks that:": a sentence leading a list.
  if (words.length > 90 || /\s(?:that|which)(?:\s+\w+)?$/i.test(words)) return 'other';
  return KINDS.find(([, pattern]) => pattern.test(words))?.[0] ?? 'other';
}
