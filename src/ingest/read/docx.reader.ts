/**
 * Word (.docx): mammoth maps Word's styles to semantic HTML (headings, lists, tables, bold), and its HTML takes the
 * same path to lines as a web page's main content (no main-content extraction: the whole document is content).
 */
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { htmlToLines } from './html-lines';
import { sha256 } from './plain-text.reader';
import { DocumentReadError } from './read-error';
import type { SourceText } from './source-text';

export async function readDocx(bytes: Buffer, name: string): Promise<SourceText> {
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true });
    html = result.value;
    messages = result.messages;
  } catch (error) {
    throw new DocumentReadError(`${name}: not a readable Word document (${firstLine(error)}); open it in Word or LibreOffice and save it again as .docx`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const lines = htmlToLines(document.body as unknown as Element, { keepTabs: true });
  if (!lines.text.trim()) throw new DocumentReadError(`${name}: the Word document has no text (only images or empty paragraphs)`);
  const errors = messages.filter((m) => m.type === 'error').map((m) => `${name}: ${m.message}`);
  return { text: lines.text, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', originalSha256: sha256(bytes), hints: lines.hints, pages: [], warnings: errors.slice(0, 5) };
}

const firstLine = (error: unknown): string => String((error as Error)?.message ?? error).split('\n')[0].slice(0, 200);
