/**
 * Our own "originals" of the plain-text seeds, generated at test time: a web page (with navigation, a banner, a
 * footer and scripts around the content), a Word document (headings, bullet numbering, tables, bold labels, a page
 * header) and a PDF (embedded DejaVu fonts, wrapped paragraphs, tables drawn at column positions, a repeated page
 * header and "Page n of N" footer). No downloaded files: the seeds' text is the only input.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import PDFDocument from 'pdfkit';
import { AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** A run of seed lines of one kind inside a block (blocks are separated by blank lines). */
export type Run =
  | { kind: 'heading'; text: string }
  | { kind: 'lines'; lines: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; rows: string[][] };

const clean = (raw: string): string =>
  raw
    .replace(/<[^<>]*>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([*_#\\-])/g, '$1')
    .replace(/^\s*#{1,6}\s+/, '')
    .trim();

const BULLET = /^\s*[-•*]\s+/;
const LABEL = /^([A-Z][\w .,()/&'-]{1,40}:)\s+(\S.*)$/;

/** The seed's blocks as runs of headings, paragraph lines, list items and table rows. */
export function seedRuns(text: string): Run[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (!clean(line.replace(/\t/g, ' '))) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks.map((block) => {
    const runs: Run[] = [];
    for (const raw of block) {
      const last = runs[runs.length - 1];
      if (raw.includes('\t')) {
        const cells = raw.split('\t').map(clean);
        if (last?.kind === 'table') last.rows.push(cells);
        else runs.push({ kind: 'table', rows: [cells] });
      } else if (BULLET.test(raw)) {
        const item = clean(raw.replace(BULLET, ''));
        if (last?.kind === 'list') last.items.push(item);
        else runs.push({ kind: 'list', items: [item] });
      } else if (block.length === 1 && (/^\s*(\*\*[^*]+\*\*|<b>.*<\/b>|#{1,6}\s.*)\s*$/.test(raw))) {
        runs.push({ kind: 'heading', text: clean(raw) });
      } else if (last?.kind === 'lines') last.lines.push(clean(raw));
      else runs.push({ kind: 'lines', lines: [clean(raw)] });
    }
    return runs;
  });
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlLine(line: string): string {
  const label = LABEL.exec(line);
  return label ? `<strong>${esc(label[1])}</strong> ${esc(label[2])}` : esc(line);
}

/**
 * A saved web page of the seed, its content inside site furniture that must not be read: in <main><article> when
 * `semantic`, else in the nested <div>s of an older site, where the reader has to find the content itself.
 */
export function seedToHtml(text: string, employer: string, semantic = true): string {
  const blocks = seedRuns(text);
  let titled = false;
  const body = blocks
    .map((runs, b) =>
      runs
        .map((run) => {
          if (run.kind === 'heading') return `<h2>${esc(run.text)}</h2>`;
          if (run.kind === 'list') return `<ul>\n${run.items.map((i) => `  <li>${esc(i)}</li>`).join('\n')}\n</ul>`;
          if (run.kind === 'table') return `<table class="spec">\n${run.rows.map((r) => `  <tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}\n</table>`;
          if (b === 0 && !titled && run.lines.length === 1 && runs.length === 1) {
            titled = true;
            return `<h1>${esc(run.lines[0])}</h1>`;
          }
          return `<p>${run.lines.map(htmlLine).join('<br>\n')}</p>`;
        })
        .join('\n'),
    )
    .join('\n\n');
  const title = /<h1>(.*?)<\/h1>/.exec(body)?.[1] ?? 'Class specification';
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ${esc(employer)} Human Resources</title>
<link rel="stylesheet" href="/site.css"><script>window.dataLayer = [{ page: 'class-spec' }];</script></head>
<body>
<header class="site-header"><a class="logo" href="/">${esc(employer)}</a>
<nav aria-label="Main"><ul><li><a href="/jobs">Jobs</a></li><li><a href="/benefits">Benefits</a></li><li><a href="/classes">Class specifications</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
<div class="alert" role="banner">Our offices are closed on Monday for the holiday.</div>
<div class="cookie-notice"><p>This site uses cookies. <a href="/cookies">Learn more</a> or <a href="#" class="btn">accept</a>.</p></div>
<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/classes">Class specifications</a> &rsaquo; ${title}</nav>
${semantic ? '<main id="content"><article class="class-spec">' : '<div id="page"><div class="col-main"><div class="content-body">'}
${body}
${semantic ? '</article></main>' : '</div></div></div>'}
<aside class="related"><h3>Related links</h3><ul><li><a href="/pay">Pay schedules</a></li><li><a href="/union">Bargaining units</a></li></ul></aside>
<footer class="site-footer"><p>&copy; 2026 ${esc(employer)}. All rights reserved.</p><p><a href="/privacy">Privacy</a> &middot; <a href="/accessibility">Accessibility</a></p></footer>
<script>document.querySelectorAll('a').forEach(function (a) { a.rel = 'noopener'; });</script>
</body></html>
`;
}

/** A Word document of the seed; the page header and footer are Word's own, which a reader must not take as text. */
export async function seedToDocx(text: string, employer: string): Promise<Buffer> {
  const blocks = seedRuns(text);
  const children: (Paragraph | Table)[] = [];
  let titled = false;
  const runsOf = (line: string, i: number): TextRun[] => {
    const label = LABEL.exec(line);
    const parts = label ? [new TextRun({ text: label[1], bold: true }), new TextRun({ text: ` ${label[2]}` })] : [new TextRun({ text: line })];
    return i ? [new TextRun({ text: '', break: 1 }), ...parts] : parts;
  };
  for (const [b, runs] of blocks.entries()) {
    for (const run of runs) {
      if (run.kind === 'heading') children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: run.text })] }));
      else if (run.kind === 'list') run.items.forEach((item) => children.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, children: [new TextRun(item)] })));
      else if (run.kind === 'table') {
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: run.rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun(c)] })] })) })),
          }),
        );
      } else if (b === 0 && !titled && run.lines.length === 1 && runs.length === 1) {
        titled = true;
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(run.lines[0])] }));
      } else children.push(new Paragraph({ children: run.lines.flatMap(runsOf) }));
    }
  }
  const doc = new Document({
    creator: 'classification-graph tests',
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }] },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(`${employer} classification specification`)] }) },
        footers: { default: new Footer({ children: [new Paragraph('Confidential draft')] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
export const PDF_FONTS = { body: `${FONT_DIR}/DejaVuSans.ttf`, bold: `${FONT_DIR}/DejaVuSans-Bold.ttf` };

function newPdf(options: PDFKit.PDFDocumentOptions = {}): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  for (const f of Object.values(PDF_FONTS)) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: the PDF tests embed DejaVu fonts (apt-get install -y fonts-dejavu-core)`);
  }
  const doc = new PDFDocument({ size: 'LETTER', margins: { top: 72, bottom: 72, left: 72, right: 72 }, bufferPages: true, ...options });
  doc.registerFont('body', PDF_FONTS.body);
  doc.registerFont('bold', PDF_FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** Every page gets the same header and a "Page n of N" footer: the furniture a PDF reader must leave out. */
function stampPages(doc: PDFKit.PDFDocument, header: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    doc.font('body').fontSize(8).text(header, 72, 36, { lineBreak: false });
    doc.font('body').fontSize(8).text(`Page ${i + 1} of ${range.count}`, 72, doc.page.height - 48, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

const BODY = 10;

/** A PDF of the seed: wrapped paragraphs, bullets with a hanging indent, tables drawn at column positions. */
export async function seedToPdf(text: string, employer: string, header = `${employer} | Classification specification`): Promise<Buffer> {
  const { doc, done } = newPdf({ info: { Title: 'Class specification', Author: employer } });
  const left = 72;
  const width = doc.page.width - 144;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  let titled = false;
  const blocks = seedRuns(text);
  for (const [b, runs] of blocks.entries()) {
    for (const run of runs) {
      if (run.kind === 'heading') {
        ensure(30);
        doc.font('bold').fontSize(12).text(run.text, left, doc.y, { width });
      } else if (run.kind === 'list') {
        for (const item of run.items) {
          doc.font('body').fontSize(BODY);
          ensure(doc.currentLineHeight());
          const y = doc.y;
          doc.text('•', left, y, { lineBreak: false });
          doc.text(item, left + 10, y, { width: width - 10 });
        }
      } else if (run.kind === 'table') {
        drawTable(doc, run.rows, left, width, ensure);
      } else if (b === 0 && !titled && run.lines.length === 1 && runs.length === 1) {
        titled = true;
        doc.font('bold').fontSize(16).text(run.lines[0], left, doc.y, { width });
      } else {
        doc.font('body').fontSize(BODY);
        for (const line of run.lines) doc.text(line, left, doc.y, { width });
      }
    }
    doc.font('body').fontSize(BODY);
    doc.moveDown(1);
  }
  stampPages(doc, header);
  doc.end();
  return done;
}

/** Cells at column positions sized to their longest text; the font shrinks until the row fits the page. */
function drawTable(doc: PDFKit.PDFDocument, rows: string[][], left: number, width: number, ensure: (h: number) => void): void {
  const columns = Math.max(...rows.map((r) => r.length));
  const gap = 18;
  let size = BODY;
  let widths: number[] = [];
  for (; size >= 4; size -= 0.5) {
    doc.font('body').fontSize(size);
    widths = Array.from({ length: columns }, (_, k) => Math.max(8, ...rows.map((r) => doc.widthOfString(r[k] ?? ''))));
    if (widths.reduce((a, b) => a + b, 0) + gap * (columns - 1) <= width) break;
  }
  const xs = widths.reduce<number[]>((acc, _w, k) => [...acc, k ? acc[k - 1] + widths[k - 1] + gap : left], []);
  for (const cells of rows) {
    doc.font('body').fontSize(size);
    ensure(doc.currentLineHeight() + 2);
    const y = doc.y;
    cells.forEach((c, k) => c && doc.text(c, xs[k], y, { lineBreak: false }));
    doc.x = left;
    doc.y = y + doc.currentLineHeight() + 2;
  }
}

/** A two-column page: a full-width title, then `leftColumn` paragraphs down the left and `rightColumn` down the right. */
export async function twoColumnPdf(title: string, leftColumn: string[], rightColumn: string[], pages = 2): Promise<Buffer> {
  const { doc, done } = newPdf();
  const columnWidth = 220;
  for (let p = 0; p < pages; p++) {
    if (p) doc.addPage();
    doc.font('bold').fontSize(14).text(`${title}${pages > 1 ? ` (part ${p + 1})` : ''}`, 72, 72, { width: 468 });
    const top = doc.y + 12;
    doc.font('body').fontSize(BODY);
    doc.y = top;
    for (const para of leftColumn) {
      doc.text(para, 72, doc.y, { width: columnWidth });
      doc.moveDown(1);
    }
    doc.y = top;
    for (const para of rightColumn) {
      doc.text(para, 320, doc.y, { width: columnWidth });
      doc.moveDown(1);
    }
  }
  stampPages(doc, 'State Personnel Board | Class specifications');
  doc.end();
  return done;
}

/** A table of classes (code, title, grade) over several pages, each page with the same header row and furniture. */
export async function classTablePdf(rows: string[][], perPage: number): Promise<Buffer> {
  const { doc, done } = newPdf();
  for (let start = 0; start < rows.length; start += perPage) {
    if (start) doc.addPage();
    doc.y = 80;
    doc.font('bold').fontSize(12).text('Classes in the clerical plan', 72, doc.y);
    doc.moveDown(1);
    drawTable(doc, [['Class code', 'Class title', 'Pay grade'], ...rows.slice(start, start + perPage)], 72, 468, () => undefined);
  }
  stampPages(doc, 'County of Example | Classification plan');
  doc.end();
  return done;
}

/** A PDF protected by a user password: pdf.js cannot open it without one. */
export async function encryptedPdf(): Promise<Buffer> {
  const { doc, done } = newPdf({ userPassword: 'secret', ownerPassword: 'owner', permissions: { printing: 'highResolution' } });
  doc.font('body').fontSize(BODY).text('Clerk II: performs routine clerical work.', 72, 72);
  doc.end();
  return done;
}

/** A "scanned" PDF: each page is an image and there is no text layer. */
export async function imageOnlyPdf(pages = 2): Promise<Buffer> {
  const { doc, done } = newPdf();
  const png = grayPng(64, 64);
  for (let p = 0; p < pages; p++) {
    if (p) doc.addPage();
    doc.image(png, 72, 72, { width: 468 });
  }
  doc.end();
  return done;
}

/** A small gray PNG with stripes, made by hand (zlib + CRC) so no image file is needed. */
function grayPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = (y >> 2) % 2 ? 40 : 220;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
