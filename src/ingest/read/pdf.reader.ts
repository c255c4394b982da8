/**
 * PDF: pdf.js's text items with their positions, laid out by `pdf-layout` (reading order, columns, table cells,
 * page furniture, one line per paragraph) with page marks so provenance can name the page.
 *
 * pdfjs-dist 3.x is used because it is the last major with a CommonJS build that runs on Node 20 (4.x is ESM-only,
 * 5.x needs Node 22). `isEvalSupported: false` closes the font-program code path of CVE-2024-4367.
 */
import path from 'node:path';
import { layoutPages, type PageItems, type PlacedText } from './pdf-layout';
import { sha256 } from './plain-text.reader';
import { DocumentReadError } from './read-error';
import type { SourceText } from './source-text';

interface PdfTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getViewport(o: { scale: number }): { width: number; height: number; transform: number[] }; getTextContent(): Promise<{ items: PdfTextItem[] }>; cleanup(): void }>;
  destroy(): Promise<void>;
}

let pdfjs: PdfJs | undefined;

/** Loads pdf.js once, with its worker in this thread; its warnings about canvas (we never render) are muted. */
function loadPdfJs(): PdfJs {
  if (pdfjs) return pdfjs;
  const log = console.log;
  console.log = (...args: unknown[]) => (/Cannot polyfill/.test(String(args[0])) ? undefined : log(...args));
  try {
    (globalThis as Record<string, unknown>).pdfjsWorker ??= require('pdfjs-dist/legacy/build/pdf.worker.js');
    pdfjs = require('pdfjs-dist/legacy/build/pdf.js') as PdfJs;
  } finally {
    console.log = log;
  }
  return pdfjs;
}

const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));

export async function readPdf(bytes: Buffer, name: string): Promise<SourceText> {
  const task = loadPdfJs().getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: `${path.join(PDFJS_DIR, 'standard_fonts')}/`,
    cMapUrl: `${path.join(PDFJS_DIR, 'cmaps')}/`,
    cMapPacked: true,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openError(error, name);
  }
  try {
    const pages: PageItems[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      pages.push({ width: viewport.width, height: viewport.height, items: content.items.flatMap((item) => placed(item, viewport.transform)) });
      page.cleanup();
    }
    const layout = layoutPages(pages);
    if (!layout.text.trim()) {
      throw new DocumentReadError(
        `${name}: the PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images, probably scanned); run OCR on it first (for example \`ocrmypdf in.pdf out.pdf\`) and load the result`,
      );
    }
    const warnings = layout.furniture.length ? [`${name}: ${layout.furniture.length} repeated page header/footer lines left out (e.g. "${layout.furniture[0]}")`] : [];
    return { text: layout.text, mediaType: 'application/pdf', originalSha256: sha256(bytes), hints: layout.hints, pages: layout.pages, warnings };
  } finally {
    await doc.destroy();
  }
}

/** An item in page space (top-down y at the baseline), through the viewport so rotated pages read upright. */
function placed(item: PdfTextItem, viewport: number[]): PlacedText[] {
  if (!item.str || !item.transform) return [];
  const [, , c, d, e, f] = item.transform;
  const [va, vb, vc, vd, ve, vf] = viewport;
  const x = va * e + vc * f + ve;
  const y = vb * e + vd * f + vf;
  const size = Math.hypot(c, d) || item.height || 10;
  const scale = Math.hypot(va, vb) || 1;
  return [{ text: item.str, x, y, width: (item.width ?? 0) * scale, size }];
}

function openError(error: unknown, name: string): DocumentReadError {
  const kind = (error as { name?: string })?.name;
  const message = String((error as Error)?.message ?? error).split('\n')[0];
  if (kind === 'PasswordException') {
    return new DocumentReadError(`${name}: the PDF is encrypted with a password; save an unprotected copy (or print it to PDF) and load that`);
  }
  return new DocumentReadError(`${name}: not a readable PDF (${message}); check the file is complete, or save it again from its source`);
}
