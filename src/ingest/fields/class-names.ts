/**
 * Class names inside prose: "a Planner II (3812)", "Accountant I, 62721S", "Clerk II or Clerk III". Titles are
 * capitalized words with level numerals; "of", "and", "&" join words within one title; "or" and commas join titles.
 */
import { checkTitle } from '../segment/title-words';
import type { ClassRef } from '../../model/specification';

const WORD = String.raw`(?:[A-Z][\w'’&/.-]*|[IVX]{1,4}\b|\d{1,2}\b)`;
const TITLE = String.raw`${WORD}(?:\s+(?:${WORD}|of|and|&|for|in)){0,7}`;
const CODE = String.raw`(?:\s*[,(]\s*(?:class\s*(?:code)?\s*(?:no\.?|#)?\s*)?([A-Z]{0,4}\d[\dA-Z-]{1,9})\)?)?`;
const ONE = new RegExp(String.raw`^(?:an?\s+|the\s+)?(${TITLE})${CODE}`);
const JOIN = /^(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s*\/\s*)(?:an?\s+|the\s+)?/;

/** The class names at the start of `s` (after a connector such as "as a"), with their codes. */
export function classNamesAt(s: string): ClassRef[] {
  const out: ClassRef[] = [];
  let rest = s;
  for (let guard = 0; guard < 6; guard++) {
    const m = ONE.exec(rest);
    if (!m) break;
    const title = m[1].replace(/\s+(?:of|and|&|for|in)$/i, '').replace(/\.$/, '').trim();
    if (!checkTitle(title).ok || /^(?:I|A|The|This|Such|Any|One|Two|An)$/.test(title)) break;
    out.push(m[2] ? { title, code: m[2] } : { title });
    rest = rest.slice(m[0].length);
    const j = JOIN.exec(rest);
    if (!j || !/^[A-Z]/.test(rest.slice(j[0].length))) break;
    rest = rest.slice(j[0].length);
  }
  return out;
}
