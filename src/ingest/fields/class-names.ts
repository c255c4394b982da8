/**
 * Class names inside prose: "a Planner II (3812)", "Accountant I, 62721S", "Clerk II or Clerk III". Titles are
 * capitalized words with level numerals; "of", "and", "&" join words within one title; "or" and commas join titles.
 */
import { checkTitle } from '../segment/title-words';
import type { ClassRef } from '../../model/specification';

const WORD = String.raw`(?:[A-Z][\w'’&/.-]*|[IVX]{1,4}\b|\d{1,2}\b)`;
// A joiner is a whole word: "in" is not the start of "incumbents".
const TITLE = String.raw`${WORD}(?:\s+(?:${WORD}|(?:of|and|for|in)\b|&)){0,7}`;
const CODE = String.raw`(?:\s*[,(]\s*(?:class\s*(?:code)?\s*(?:no\.?|#)?\s*)?([A-Z]{0,4}\d[\dA-Z-]{1,9})\)?)?`;
const ONE = new RegExp(String.raw`^(?:an?\s+|the\s+)?(${TITLE})${CODE}`);
const JOIN = /^(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s*\/\s*)(?:an?\s+|the\s+)?/;

/** The class names at the start of `s` (after a connector such as "as a"), with their codes. */
export function classNamesAt(s: string): ClassRef[] {
  const out: ClassRef[] = [];
  let rest = s;
  // "at the level of principal Account Clerk": a lower-case first word before capitalized ones belongs to the title.
  const lower = /^(?:an?\s+|the\s+)?([a-z][a-z]+)\s+(?=[A-Z][a-z])/.exec(rest);
  if (lower && !/^(?:and|or|of|in|at|for|with|to|by|as|on|which|who|that|experience|work|service)$/.test(lower[1])) rest = `${lower[1][0].toUpperCase()}${lower[1].slice(1)} ${rest.slice(lower[0].length)}`;
  for (let guard = 0; guard < 6; guard++) {
    // "as a Q002 Police Officer", "at the level of 1234 Clerk II": the class code before the title.
    const codeFirst = /^(?:an?\s+|the\s+)?([A-Z]{1,4}\d{2,6}|\d{3,6})\s+(?=[A-Z][a-z])/.exec(rest);
    if (codeFirst) rest = rest.slice(codeFirst[0].length);
    const m = ONE.exec(rest);
    if (!m) break;
    let title = m[1].replace(/(?:\s+(?:of|and|&|for|in))+$/i, '').replace(/\.$/, '').trim();
    // "Engineering Aide in Sacramento County Service", "Clerk II in the City's service": where the service was,
    // not part of the title.
    const where = / in (?:the )?(?:[A-Z][\w'’.-]* ){0,4}?(?:County|City|State|Town|District|Court|University|College|Service|Department|Agency|Government)\b/.exec(title);
    if (where && where.index > 0) title = title.slice(0, where.index);
    if (!checkTitle(title).ok || /^(?:I|A|The|This|Such|Any|One|Two|An)$/.test(title)) break;
    rest = rest.slice(m[0].length);
    // "Engineering Technician (Level I)": the level in parentheses is part of the title.
    const level = /^\s*\(\s*(Level\s+(?:I{1,3}|IV|VI?|\d{1,2}))\s*\)/.exec(rest);
    if (level && !m[2]) {
      title = `${title} ${level[1].replace(/\s+/, ' ')}`;
      rest = rest.slice(level[0].length);
    }
    const code = m[2] ?? codeFirst?.[1];
    out.push(code ? { title, code } : { title });
    const j = JOIN.exec(rest);
    if (!j || !/^[A-Z]/.test(rest.slice(j[0].length))) break;
    rest = rest.slice(j[0].length);
  }
  return out;
}

const CAP_WORD = /^(?:[A-Z][\w'’&/-]*|I{1,3}|IV|VI{0,3}|\d{1,2})$/;
const JOINER = /^(?:of|and|&)$/;
const SENTENCE_WORDS = /^(?:The|This|These|That|Those|A|An|Each|Under|Incumbents?|Employees?|Positions?|Work|It|In|At|As|For|When|While|Both|All|Some|Any)$/;

/** Maximal runs of capitalized words (with "of", "and", "&" inside), sentence-opening words dropped. */
function capitalizedRuns(passage: string): { text: string; end: number }[] {
  const runs: { text: string; end: number }[] = [];
  const words = [...passage.matchAll(/[\w'’&/-]+|[.,;:!?()–—]/g)];
  let current: string[] = [];
  let end = 0;
  const close = () => {
    while (current.length && JOINER.test(current[current.length - 1])) current.pop();
    while (current.length && SENTENCE_WORDS.test(current[0])) current.shift();
    if (current.length) runs.push({ text: current.join(' '), end });
    current = [];
  };
  for (const w of words) {
    const word = w[0];
    if (CAP_WORD.test(word) || (current.length && JOINER.test(word))) {
      current.push(word);
      end = (w.index ?? 0) + word.length;
      // A level numeral ends a title: "Clerk I" then "The entry level" on the next line are two runs.
      if (current.length > 1 && /^(?:I{1,3}|IV|VI{0,3}|\d{1,2})$/.test(word)) close();
    } else close();
  }
  close();
  return runs;
}

/**
 * Classes a passage names (in a distinguishing section: "The Custodian II generally is assigned ..."): runs of
 * capitalized words that end like a job title, other than `self`, other than a series ("... Court Clerk series")
 * and other than a series base when one of its levels is named too.
 */
export function classMentions(passage: string, self: string): string[] {
  const out: string[] = [];
  const selfKey = self.toLowerCase();
  for (const run of capitalizedRuns(passage)) {
    const title = run.text;
    const after = passage.slice(run.end, run.end + 14);
    if (/^\s*(?:series|class series|job family|family|program|division|department)\b/i.test(after)) continue;
    if (title.split(/\s+/).length > 6 || !checkTitle(title).strong || title.toLowerCase() === selfKey) continue;
    if (!out.some((t) => t.toLowerCase() === title.toLowerCase())) out.push(title);
  }
  const plural = (t: string) => /s$/.test(t) && [selfKey, ...out.map((o) => o.toLowerCase())].includes(t.toLowerCase().slice(0, -1));
  const levels = (t: string) => out.some((o) => o !== t && o.toLowerCase().startsWith(`${t.toLowerCase()} `));
 return out.filter((t) => !plural(t) && !levels(t) && !selfKey.startsWith(`${t.toLowerCase()} `));
}
