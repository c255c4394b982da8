/**
 * An HTML element's content as lines with hints: headings, list items ("- " or "1. " kept, as in the plain-text
 * seeds), table rows (cells joined by "\t"), bold labels ("Class Code: 1234") and paragraphs. Shared by the HTML
 * reader (after main-content extraction) and the Word reader (mammoth's HTML). Entities are decoded by the DOM;
 * NBSP and Unicode dashes are left as they are, since the extractor normalizes them.
 */
import { LineBuilder } from './line-builder';
import { trimSets } from '../text-trim';
import type { LineHint, LineKind } from './source-text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'HEAD', 'IMG']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE',
  'NAV', 'FORM', 'FIELDSET', 'LEGEND', 'DL', 'DT', 'DD', 'CENTER', 'CAPTION', 'DETAILS', 'SUMMARY', 'HR', 'PRE', 'BODY', 'HTML',
]);
const BOLD = new Set(['STRONG', 'B']);
const HEADING = /^H([1-6])$/;

interface Segment {
  text: string;
  bold: boolean;
}

export interface HtmlLines {
  text: string;
  hints: LineHint[];
}

export interface HtmlLineOptions {
  /** Word's tab stops arrive as "\t" in mammoth's HTML and separate cells of a row; in a web page a tab is a space. */
  keepTabs?: boolean;
}

export function htmlToLines(root: Element, options: HtmlLineOptions = {}): HtmlLines {
  const walker = new Walker(options.keepTabs ?? false);
  walker.walk(root);
  walker.flush();
  return { text: walker.out.text(), hints: walker.out.hints };
}

class Walker {
  readonly out = new LineBuilder();
  /** Lines of the current block, each a list of text runs. */
  private lines: Segment[][] = [[]];
  private kind: LineKind = 'paragraph';
  private level: number | undefined;
  private group: unknown = Symbol('start');
  private bold = 0;
  private list: Element | null = null;

  constructor(private readonly keepTabs: boolean) {}

  walk(node: Node): void {
    if (node.nodeType === 3) return this.text(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') return void this.lines.push([]);
    const heading = HEADING.exec(tag);
    if (heading) return this.block('heading', el, () => this.children(el), Number(heading[1]));
    if (tag === 'TABLE') return this.table(el);
    if (tag === 'UL' || tag === 'OL') return this.listBlock(el);
    if (tag === 'LI') return this.item(el);
    if (tag === 'PRE') return this.block('paragraph', el, () => el.textContent?.split('\n').forEach((l, i) => (i && this.lines.push([]), this.lines[this.lines.length - 1].push({ text: l, bold: false }))));
    // Word's "<li><p>text</p></li>": the item's first paragraph is the item's own text, not a block after the bullet.
    if (BLOCK.has(tag) && this.list && this.onlyBullet()) return this.children(el);
    if (BLOCK.has(tag)) return this.block(this.list ? this.kind : 'paragraph', this.list ? this.group : el, () => this.children(el));
    if (BOLD.has(tag) || /font-weight:\s*(bold|[6-9]00)/i.test(el.getAttribute('style') ?? '')) {
      this.bold++;
      this.children(el);
      this.bold--;
      return;
    }
    this.children(el);
  }

  flush(): void {
    const lines = this.lines;
    this.lines = [[]];
    for (const segments of lines) {
      const { text, kind } = this.lineOf(segments);
      this.out.add(text, kind, this.group, kind === 'heading' ? this.level : undefined);
    }
  }

  private onlyBullet(): boolean {
    return this.lines.length === 1 && this.lines[0].length === 1 && /^(?:- |\d+\. )$/.test(this.lines[0][0].text);
  }

  private children(el: Element): void {
    for (const child of Array.from(el.childNodes)) this.walk(child);
  }

  private text(raw: string): void {
    const collapsed = raw.replace(this.keepTabs ? /[ \n\r\f]+/g : /[ \t\n\r\f]+/g, ' ');
    if (collapsed) this.lines[this.lines.length - 1].push({ text: collapsed, bold: this.bold > 0 });
  }

  /** Runs `fill` as a block of its own: what came before is flushed, and the block's lines form one group. */
  private block(kind: LineKind, group: unknown, fill: () => void, level?: number): void {
    this.flush();
    const saved = { kind: this.kind, level: this.level, group: this.group };
    Object.assign(this, { kind, level, group });
    fill();
    this.flush();
    Object.assign(this, saved);
    if (!this.list) this.out.breakGroup();
  }

  private listBlock(el: Element): void {
    const outer = this.list;
    this.list = outer ?? el;
    this.block('list-item', this.list, () => this.children(el));
    this.list = outer;
  }

  private item(el: Element): void {
    const parent = el.parentElement;
    const ordered = parent?.tagName.toUpperCase() === 'OL';
    const index = parent ? Array.from(parent.children).filter((c) => c.tagName.toUpperCase() === 'LI').indexOf(el) : 0;
    const start = Number(parent?.getAttribute('start') ?? 1) || 1;
    this.block('list-item', this.list ?? el, () => {
      this.lines[0].push({ text: ordered ? `${start + index}. ` : '- ', bold: false });
      this.children(el);
    });
  }

  private table(table: Element): void {
    const rows = tableRows(table);
    if (rows.every((r) => r.length <= 1)) {
      // A one-column table is layout, not data: its cells read as ordinary blocks.
      for (const [cell] of rows) if (cell) this.block('paragraph', cell, () => this.children(cell));
      return;
    }
    this.flush();
    for (const cells of rows) {
      const texts = cells.map((cell) => inlineText(cell));
      this.out.add(texts.join('\t'), 'table-row', table);
    }
    this.out.breakGroup();
  }

  /** A line's text and kind: wholly bold reads as a heading, a bold run ending in ":" as a label. */
  private lineOf(segments: Segment[]): { text: string; kind: LineKind } {
    const content = segments.filter((s) => s.text.trim());
    let text = segments.map((s) => s.text).join('').replace(/ {2,}/g, ' ');
    if (this.kind !== 'paragraph' || !content.length) return { text, kind: this.kind };
    if (content.every((s) => s.bold) && text.trim().length <= 200) return { text, kind: 'heading' };
    if (this.keepTabs && text.includes('\t')) {
      // Word's tab stops: leading and trailing ones are indentation, inner ones separate the cells of a row.
      text = trimSets(text, '\t ');
      if (text.includes('\t')) return { text, kind: 'table-row' };
    }
    const first = content[0];
    const next = content[1];
    if (first.bold && (/:\s*$/.test(first.text) || /^\s*:/.test(next?.text ?? ''))) {
      // "<strong>Class Code:</strong>1234" has no space in the markup; the line needs one.
      text = text.replace(/^([^:]*:)(?=\S)/, '$1 ');
      return { text, kind: 'label' };
    }
    return { text, kind: 'paragraph' };
  }
}

/** The rows of a table (not of tables nested in it), each as its cells. */
function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toUpperCase();
      if (tag === 'TR') rows.push(Array.from(child.children).filter((c) => /^T[DH]$/i.test(c.tagName)));
      else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A cell's text on one line: blocks inside it are joined with spaces, and a tab (our cell separator) becomes one. */
function inlineText(cell: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) return void parts.push(node.nodeValue ?? '');
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR' || BLOCK.has(tag) || tag === 'LI' || HEADING.test(tag)) parts.push(' ');
    for (const child of Array.from(node.childNodes)) visit(child);
    if (BLOCK.has(tag) || tag === 'LI') parts.push(' ');
  };
  visit(cell);
  return parts.join('').replace(/[ \t\n\r\f]+/g, ' ').trim();
}
