/**
 * The readers on documents written by the tests: what a web page's structure becomes, a two-column PDF and a PDF
 * table of classes read in order, repeated page headers left out (and never facts), and each kind of bad file
 * refused with a message naming the file and the problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { DocumentReadError, MAX_ORIGINAL_BYTES, detectMediaType, readDocument } from '../../src/ingest/read';
import { parseDocument, readSource } from '../../src/ingest/pipeline';
import { readManifest } from '../../src/ingest/manifest';
import { classTablePdf, encryptedPdf, imageOnlyPdf, seedToDocx, seedToPdf, twoColumnPdf } from '../support/seed-originals';
import { factsOf } from '../support/equivalence';

const lines = (text: string) => text.split('\n').filter((l) => l.trim());

describe('web pages', () => {
  const page = (main: string) =>
    Buffer.from(`<!doctype html><html><head><title>Planner II | County of Ashford</title></head><body>
<header><a href="/">County of Ashford</a><nav><a href="/jobs">Jobs</a> <a href="/pay">Pay</a></nav></header>
<main>${main}</main><footer>&copy; County of Ashford &middot; <a href="/privacy">Privacy</a></footer></body></html>`);

  it('turns headings, bold labels, lists and table rows into lines with hints, entities decoded', async () => {
    const source = await readDocument(
      page(`<h1>Planner&nbsp;II</h1>
<p><strong>Class Code:</strong>4312<br><b>Pay Grade:</b> 22</p>
<h2>Definition</h2><p>Reviews development applications &amp; zoning cases &ndash; of moderate complexity.</p>
<ol><li>Reviews site plans.</li><li><p>Writes staff reports.</p></li></ol>
<table><thead><tr><th>Code</th><th>Title</th><th>Grade</th></tr></thead><tbody><tr><td>4311</td><td>Planner I</td><td>20</td></tr><tr><td>4312</td><td>Planner <em>II</em></td><td></td></tr></tbody></table>`),
      'planner.html',
    );
    expect(source.mediaType).toBe('text/html');
    expect(lines(source.text)).toEqual([
      'Planner\u00a0II',
      'Class Code: 4312',
      'Pay Grade: 22',
      'Definition',
      'Reviews development applications & zoning cases \u2013 of moderate complexity.',
      '1. Reviews site plans.',
      '2. Writes staff reports.',
      'Code\tTitle\tGrade',
      '4311\tPlanner I\t20',
      '4312\tPlanner II\t',
    ]);
    const textLines = source.text.split('\n');
    expect(source.hints.map((h) => [textLines[h.line].split('\t')[0], h.kind, h.level])).toEqual([
      ['Planner\u00a0II', 'heading', 1],
      ['Class Code: 4312', 'label', undefined],
      ['Pay Grade: 22', 'label', undefined],
      ['Definition', 'heading', 2],
      ['Reviews development applications & zoning cases \u2013 of moderate complexity.', 'paragraph', undefined],
      ['1. Reviews site plans.', 'list-item', undefined],
      ['2. Writes staff reports.', 'list-item', undefined],
      ['Code', 'table-row', undefined],
      ['4311', 'table-row', undefined],
      ['4312', 'table-row', undefined],
    ]);
    expect(source.text).not.toMatch(/Jobs|Privacy|County of Ashford/);
  });

  it('refuses a page with no main content, naming the file', async () => {
    await expect(readDocument(page(''), 'empty.html')).rejects.toThrow(/^empty\.html: the page has no main content/);
    const shell = Buffer.from('<!doctype html><html><body><div id="root"></div><script src="/app.js"></script></body></html>');
    await expect(readDocument(shell, 'app.html')).rejects.toThrow(/app\.html: the page has no main content.*JavaScript/);
  });
});

describe('PDF layout', () => {
  const left = [
    'The Clerk I performs routine clerical work under close supervision, following established procedures for filing, copying and data entry.',
    'Work is reviewed for accuracy on completion, and questions are referred to a lead worker or the supervisor.',
  ];
  const right = [
    'The Clerk II performs a variety of clerical work with some independence, applying office procedures to new situations.',
    'The Clerk II is distinguished from the Clerk I by the variety of the work and the independence with which it is done.',
  ];

  it('reads two columns column by column, one line per paragraph, without the repeated header and footer', async () => {
    const source = await readDocument(await twoColumnPdf('Clerk series', left, right, 2), 'clerks.pdf');
    const expected = ['Clerk series (part 1)', ...left, ...right, 'Clerk series (part 2)', ...left, ...right];
    expect(lines(source.text)).toEqual(expected);
    expect(source.text).not.toMatch(/State Personnel Board|Page \d/);
    expect(source.pages).toHaveLength(2);
    expect(source.text.slice(source.pages[1].start, source.pages[1].end)).toMatch(/^Clerk series \(part 2\)/);
    expect(source.warnings[0]).toMatch(/clerks\.pdf: 4 repeated page header\/footer lines left out/);
  });

  it('reads a table of classes row by row with its cells, across pages', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`${7100 + i}`, `Clerical Specialist ${i + 1}`, `${10 + (i % 7)}`]);
    const source = await readDocument(await classTablePdf(rows, 12), 'plan.pdf');
    const tableLines = lines(source.text).filter((l) => /^\d{4}\t/.test(l));
    expect(tableLines).toEqual(rows.map((r) => r.join('\t')));
    expect(lines(source.text).filter((l) => l === 'Class code\tClass title\tPay grade')).toHaveLength(3);
    expect(source.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    const textLines = source.text.split('\n');
    expect(source.hints.filter((h) => h.kind === 'table-row').map((h) => textLines[h.line])).toEqual(expect.arrayContaining(rows.map((r) => r.join('\t'))));
  });

  it('never turns a repeated page header into facts, even one that reads like a class', async () => {
    const SEEDS = path.resolve(__dirname, '../../seeds');
    const file = '001_c413c47e85ec8b65.txt';
    const manifest = readManifest(SEEDS).get(file)!;
    const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const header = 'Class Title: Senior Court Analyst | Class Code: 99999 | distinguished from the Court Manager';
    const input = { fileName: 'bsc.pdf', bytes: await seedToPdf(text, manifest.jurisdiction.name, header), manifest: { ...manifest, file: 'bsc.pdf' } };
    const { document } = parseDocument({ ...input, source: await readSource(input) });
    expect(document.source.text).not.toMatch(/99999|Senior Court Analyst|Court Manager/);
    expect(factsOf(document)).toEqual(factsOf(parseDocument({ fileName: file, bytes: Buffer.from(text), manifest }).document));
  });
});

describe('bad files', () => {
  it('refuses an encrypted PDF', async () => {
    await expect(readDocument(await encryptedPdf(), 'locked.pdf')).rejects.toThrow('locked.pdf: the PDF is encrypted with a password; save an unprotected copy');
  });

  it('refuses an image-only PDF, saying there is no text layer and suggesting OCR', async () => {
    await expect(readDocument(await imageOnlyPdf(2), 'scan.pdf')).rejects.toThrow(/^scan\.pdf: the PDF has no text layer \(2 pages of images, probably scanned\); run OCR/);
  });

  it('refuses a damaged PDF and a file that only claims to be one', async () => {
    const pdf = await twoColumnPdf('Clerk', ['One paragraph of text for the left column here.'], ['And one for the right column too.'], 1);
    await expect(readDocument(pdf.subarray(0, 400), 'cut.pdf')).rejects.toThrow(/^cut\.pdf: not a readable PDF/);
    await expect(readDocument(Buffer.from('Clerk II\nDuties: files records.'), 'notes.pdf')).rejects.toThrow('notes.pdf: not a PDF (no %PDF header)');
  });

  it('refuses a corrupt Word document', async () => {
    const docx = await seedToDocx('Clerk II\n\nFiles records.', 'County');
    await expect(readDocument(docx.subarray(0, Math.floor(docx.length / 2)), 'cut.docx')).rejects.toThrow(/^cut\.docx: not a readable Word document/);
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body><w:p>unclosed');
    const broken = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(readDocument(broken, 'broken.docx')).rejects.toThrow(/^broken\.docx: not a readable Word document/);
    await expect(readDocument(Buffer.from('just some text'), 'fake.docx')).rejects.toThrow('fake.docx: not a readable Word document (not a .docx zip package)');
  });

  it('refuses a file over 50 MB before reading it', async () => {
    const big = Buffer.alloc(MAX_ORIGINAL_BYTES + 1, 0x20);
    big.write('%PDF-1.7\n');
    await expect(readDocument(big, 'huge.pdf')).rejects.toThrow('huge.pdf: the file is 50.0 MB; the limit is 50.0 MB');
    await expect(readDocument(big, 'huge.pdf')).rejects.toBeInstanceOf(DocumentReadError);
  });

  it('tells the formats apart by their bytes before their names', () => {
    expect(detectMediaType(Buffer.from('%PDF-1.4\n'), 'spec.txt')).toBe('application/pdf');
    expect(detectMediaType(Buffer.from('<!DOCTYPE html><html><body>x'), 'spec.txt')).toBe('text/html');
    expect(detectMediaType(Buffer.from('# Clerk'), 'spec.md')).toBe('text/markdown');
    expect(detectMediaType(Buffer.from('<p>x</p>'), 'page', 'text/html; charset=utf-8')).toBe('text/html');
    expect(() => detectMediaType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'old.doc')).toThrow('old.doc: an old binary Office file (.doc/.xls); save it as .docx');
    expect(() => detectMediaType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'locked.docx')).toThrow('locked.docx: the Word document is encrypted with a password');
  });
});

describe('Word documents', () => {
  it('reads a paragraph laid out with tab stops as a row of cells, and Word tables as rows', async () => {
    const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell } = await import('docx');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'Class Code:', bold: true }), new TextRun('\t4312\tPay Band:\t5')] }),
            new Paragraph({ children: [new TextRun('\tIndented with a tab.')] }),
            new Table({ rows: [new TableRow({ children: ['Code', 'Title'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }), new TableRow({ children: ['4312', 'Planner II'].map((t) => new TableCell({ children: [new Paragraph(t)] })) })] }),
          ],
        },
      ],
    });
    const source = await readDocument(await Packer.toBuffer(doc), 'planner.docx');
    const textLines = source.text.split('\n');
    expect(lines(source.text)).toEqual(['Class Code:\t4312\tPay Band:\t5', 'Indented with a tab.', 'Code\tTitle', '4312\tPlanner II']);
    expect(source.hints.map((h) => [textLines[h.line], h.kind])).toEqual([
      ['Class Code:\t4312\tPay Band:\t5', 'table-row'],
      ['Indented with a tab.', 'paragraph'],
      ['Code\tTitle', 'table-row'],
      ['4312\tPlanner II', 'table-row'],
    ]);
  });
});
