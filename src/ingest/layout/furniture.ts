/**
 * Page furniture: what a saved web page or a converted PDF carries around the specification (navigation, page
 * numbers, share and apply buttons, cookie notices, site names). Such a line is never a title and never a fact.
 */
import { BLANKS, trimSets } from '../text-trim';

const WEB = new RegExp(
  '^(?:' +
    [
      'skip (?:to|navigation)[^.]{0,40}', '(?:main )?menu', 'home', 'search(?: jobs)?', 'sign (?:in|up)', 'log ?(?:in|out)', 'apply(?: now| online| for this job)?',
      'print(?: this page| page)?', 'share(?: this)?', 'e-?mail(?: this page)?', 'back(?: to [a-z ]{1,30})?', 'close', 'cancel', 'toggle navigation',
      'jump to[^.]{0,40}', 'accessibility[^.]{0,40}', 'translate(?: this page)?', 'select language', 'powered by[^.]{0,60}', '(?:copyright|©)[^.]{0,100}',
      'all rights reserved\\.?', 'privacy(?: policy)?', 'terms of (?:use|service)', 'site ?map', 'contact us', 'follow us', 'facebook', 'twitter', 'x',
      'linkedin', 'instagram', 'youtube', 'subscribe', 'bookmark', 'job alerts?', 'benefits', 'view (?:benefits|all jobs|salary schedule)[^.]{0,40}',
      'closing date[^.]{0,40}', 'opening date[^.]{0,40}', 'posted[^.]{0,40}', 'loading\\.*', 'previous', 'next', 'top', 'more', 'download(?: pdf)?',
      'page \\d+(?: of \\d+)?', '\\d+ of \\d+', '-\\s*\\d+\\s*-', '\\d{1,3}', 'click here[^.]{0,60}', 'read more', 'learn more', 'you are here:?[^.]{0,80}',
      'breadcrumb[^.]{0,40}', 'quick links', 'related links', 'resources', 'news', 'events', 'departments', 'government', 'residents', 'business',
      'visitors', 'how do i\\.*', 'i want to\\.*', 'online services', 'agendas? (?:&|and) minutes', 'employment opportunities', 'job opportunities',
      'careers?', 'job postings?', 'open positions', 'cookie[^.]{0,80}', 'accept(?: all)?(?: cookies)?', 'en español', 'español', 'google translate',
      '(?:views?|pages?|downloads?|likes?|shares?|comments?):?\\s*[\\d,]+(?:\\s+(?:views?|pages?|downloads?|likes?|shares?|comments?):?\\s*[\\d,]+)*', 'font size[^.]{0,20}', 'text size[^.]{0,20}', '[a-z]\\s*\\|\\s*[a-z](?:\\s*\\|\\s*[a-z])+', 'a-z(?: index| list)?', 'return to[^.]{0,40}',
    ].join('|') +
    ')$',
  'i',
);

/** A whole line of furniture (matched on the folded, cleaned line). */
export function isFurniture(folded: string): boolean {
  const line = trimSets(folded, `>»›|•·*-${BLANKS}`, `<«‹|•·*${BLANKS}`);
  if (!line) return true;
  if (line.length > 100) return false;
  if (WEB.test(line)) return true;
  // Lines of links: "Home > Human Resources > Class Specifications", "Home | Jobs | Contact".
  if (/^home\s*[>»›|/]/i.test(line)) return true;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(line)) return true;
  // A stylesheet left in a saved page: "@media (min-width:320px){", ".careerSite{", "width:100%;", "}".
  if (/^@(?:media|import|font-face|charset)\b|^[.#]?[A-Za-z][\w-]*(?:[\s.#:>,]+[.#]?[\w-]+)*\s*\{$|^[a-z-]+\s*:\s*[^;{}]{1,80};$|^\}+$/.test(line)) return true;
  return false;
}
