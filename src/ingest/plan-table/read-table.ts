/**
 * Reads a spreadsheet (CSV, TSV or the first non-empty sheet of an XLSX workbook) into rows of cell texts, and
 * the text we store for provenance: one line per row, cells separated by tabs (the SourceText convention), so a
 * class read from row 12 cites exactly that row.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { decodeDocument } from '../read/decode-text';
import { PlanTableError } from './columns';

export interface TableRow {
  cells: string[];
  /** 1-based row number in the original (for messages). */
  rowNumber: number;
  /** [start, end) of the row's line in `text`. */
  start: number;
  end: number;
}

export interface ReadTable {
  header: string[];
  rows: TableRow[];
  text: string;
  mediaType: 'text/csv' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}

export const PLAN_TABLE_EXTENSIONS = /\.(csv|tsv|xlsx)$/i;

export async function readTable(bytes: Buffer, fileName: string): Promise<ReadTable> {
  const isXlsx = /\.xlsx$/i.test(fileName);
  const raw = isXlsx ? await xlsxRows(bytes, fileName) : csvRows(bytes, fileName);
  const numbered = raw.map((cells, i) => ({ cells: cells.map((c) => c.replace(/\s+/g, ' ').trim()), rowNumber: i + 1 })).filter((r) => r.cells.some(Boolean));
  if (!numbered.length) throw new PlanTableError(`${fileName}: the table has no rows`);
  const [head, ...body] = numbered;
  let text = '';
  const rows: TableRow[] = [];
  for (const r of numbered) {
    const start = text.length;
    text += `${r.cells.join('\t')}\n`;
    if (r !== head) rows.push({ ...r, start, end: text.length - 1 });
  }
  if (!body.length) throw new PlanTableError(`${fileName}: the table has a header row but no data rows`);
  return { header: head.cells, rows, text, mediaType: isXlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' };
}

function csvRows(bytes: Buffer, fileName: string): string[][] {
  const { text } = decodeDocument(bytes, fileName);
  const firstLine = text.split('\n', 1)[0];
  const delimiter = /\.tsv$/i.test(fileName) ? '\t' : [',', ';', '\t'].reduce((best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best), ',');
  try {
    // A .tsv is read as plain tab-separated cells (no quoting): it is also how a stored table is read again.
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true, quote: delimiter === '\t' && /\.tsv$/i.test(fileName) ? false : '"' }) as string[][];
  } catch (error) {
    throw new PlanTableError(`${fileName}: not a readable CSV table (${(error as Error).message})`);
  }
}

function count(line: string, d: string): number {
  return line.split(d).length - 1;
}

async function xlsxRows(bytes: Buffer, fileName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new PlanTableError(`${fileName}: not a readable XLSX workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) throw new PlanTableError(`${fileName}: the workbook has no sheet with data`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c)));
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The text a person sees in the cell (formula results, rich text and hyperlinks included). */
function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    return String(cell.value ?? '');
  }
}
