/**
 * Web pages (saved, or fetched from a URL): the main content without navigation, banners, footers and scripts.
 * Semantic furniture (<nav>, page-level <header>/<footer>, <aside>, ARIA landmarks other than main) is removed
 * first; @mozilla/readability then picks the main content of what is left. Its lines come from `htmlToLines`.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeDocument } from './decode-text';
import { htmlToLines, type HtmlLines } from './html-lines';
import { sha256 } from './plain-text.reader';
import { DocumentReadError, MAX_ORIGINAL_BYTES } from './read-error';
import type { SourceText } from './source-text';

const FURNITURE = [
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'dialog',
  '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="search"]', '[role="complementary"]', '[role="menu"]', '[role="menubar"]',
  '[aria-hidden="true"]', '[hidden]',
];

export function readHtml(bytes: Buffer, name: string): SourceText {
  const decoded = decodeDocument(bytes, name, MAX_ORIGINAL_BYTES);
  const lines = mainContentLines(decoded.text, name);
  return { text: lines.text, mediaType: 'text/html', originalSha256: sha256(bytes), hints: lines.hints, pages: [], warnings: decoded.warnings };
}

/**
 * The page's main content as lines; a page with none is refused. A page that marks its content (<main>, role=main,
 * a single <article>) is taken at its word; otherwise Readability chooses, and its choice is kept only when it
 * holds most of the page's text in the page's own order (it can move a paragraph it scored highest to the top).
 */
export function mainContentLines(html: string, name: string): HtmlLines {
  const document = parsePage(html);
  stripFurniture(document);
  const fallback = document.body ? htmlToLines(document.body) : { text: '', hints: [] };
  if (wordCount(fallback.text) < 3) {
    throw new DocumentReadError(
      `${name}: the page has no main content (nothing but navigation, banners or footers, or text built by JavaScript; save the page from a browser, or use its printable version)`,
    );
  }
  const title = firstHeading(document);
  const articles = document.querySelectorAll('article');
  const marked = document.querySelector('main, [role="main"]') ?? (articles.length === 1 ? articles[0] : null);
  if (marked) return htmlToLines(marked);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  let lines = fallback;
  if (article?.content) {
    const content = parsePage(`<!doctype html><html><body>${article.content}</body></html>`);
    const read = htmlToLines(content.body);
    if (wordCount(read.text) >= 0.6 * wordCount(fallback.text) && inOrder(read.text, fallback.text)) lines = read;
  }
  return withTitle(lines, title);
}

/** Every line of `part` that is a line of `whole` comes in `whole`'s order. */
function inOrder(part: string, whole: string): boolean {
  const positions = new Map<string, number[]>();
  whole.split('\n').forEach((line, i) => {
    const list = positions.get(line);
    if (list) list.push(i);
    else positions.set(line, [i]);
  });
  let at = -1;
  for (const line of part.split('\n')) {
    const seen = line.trim() ? positions.get(line) : undefined;
    if (!seen) continue;
    const next = seen.find((i) => i > at);
    if (next === undefined) return false;
    at = next;
  }
  return true;
}

function parsePage(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

function stripFurniture(document: Document): void {
  for (const el of Array.from(document.querySelectorAll(FURNITURE.join(',')))) el.remove();
  // A page's own header and footer are banners; an article's header (its title) and footer are content.
  for (const el of Array.from(document.querySelectorAll('header, footer'))) {
    if (!el.closest('article, main, [role="main"]')) el.remove();
  }
}

function firstHeading(document: Document): string | undefined {
  const h = document.querySelector('h1') ?? document.querySelector('h2');
  const text = h?.textContent?.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** Readability drops a heading that repeats the page title; on a specification that heading is the class title, so it is put back. */
function withTitle(lines: HtmlLines, title: string | undefined): HtmlLines {
  if (!title || lines.text.split('\n').some((l) => l.replace(/\s+/g, ' ').trim() === title)) return lines;
  return {
    text: `${title}\n\n${lines.text}`,
    hints: [{ line: 0, kind: 'heading', level: 1 }, ...lines.hints.map((h) => ({ ...h, line: h.line + 2 }))],
  };
}

const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]{2,}/gu) ?? []).length;
