/**
 * A plan table as a normalized document (format "plan-table"): every row of a class table becomes a class the
 * plan lists (code, title, grade or band, series, family) but does not specify; every row of a position table a
 * position classified in a class. Each fact's span is its row, so provenance points at the row it came from.
 */
import { createHash } from 'node:crypto';
import type { JurisdictionSpec, NormalizedDocumentInput } from '../../model/specification';
import { normalizeTitle } from '../../model/keys';
import { resolveColumns, type ClassColumn, type PositionColumn } from './columns';
import type { ReadTable, TableRow } from './read-table';

export interface PlanTableMeta {
  fileName: string;
  key: string;
  jurisdiction: JurisdictionSpec;
  agency?: string;
  url?: string;
  /** The original file, hashed so provenance names the very file. */
  bytes: Buffer;
}

type ClassInput = NonNullable<NormalizedDocumentInput['classes']>[number];
type SeriesInput = NonNullable<NormalizedDocumentInput['series']>[number];
type PositionInput = NonNullable<NormalizedDocumentInput['positions']>[number];

export function planTableDocument(table: ReadTable, meta: PlanTableMeta): NormalizedDocumentInput {
  const columns = resolveColumns(table.header, meta.fileName);
  const warnings: string[] = [];
  const classes: ClassInput[] = [];
  const series = new Map<string, SeriesInput>();
  const positions: PositionInput[] = [];
  const seen = new Map<string, number>();
  const levelsInSeries = new Map<string, number>();

  for (const row of table.rows) {
    const span = { start: row.start, end: row.end };
    if (columns.kind === 'POSITIONS') {
      const cell = pick<PositionColumn>(row, columns.positionColumns);
      const number = cell('positionNumber');
      const classCode = cell('classCode');
      const classTitle = cell('classTitle') ?? classCode;
      if (!number || !classTitle) {
        warnings.push(`${meta.fileName} row ${row.rowNumber}: no position number or class; row skipped`);
        continue;
      }
      if (once(seen, `position:${number}`, row, meta.fileName, warnings)) {
        positions.push({ number, workingTitle: cell('workingTitle'), jobClass: { title: classTitle, code: classCode }, agency: cell('agency'), span });
      }
      continue;
    }
    const cell = pick<ClassColumn>(row, columns.classColumns);
    const code = cell('code');
    const title = cell('title') ?? code;
    if (!title) {
      warnings.push(`${meta.fileName} row ${row.rowNumber}: no class title or code; row skipped`);
      continue;
    }
    if (!once(seen, code ? `code:${code.toUpperCase()}` : `title:${normalizeTitle(title)}`, row, meta.fileName, warnings)) continue;
    const seriesValue = cell('series') ?? cell('seriesTitle');
    let seriesKey: string | undefined;
    if (seriesValue) {
      seriesKey = seriesValue;
      const existing = series.get(seriesKey);
      if (!existing) {
        const looksLikeCode = /\d/.test(seriesValue) && !/\s/.test(seriesValue) && !!cell('series');
        series.set(seriesKey, { key: seriesKey, code: looksLikeCode ? seriesValue : undefined, title: cell('seriesTitle') ?? seriesValue, span });
      }
    }
    classes.push({
      title,
      code,
      seriesKey,
      level: seriesKey ? nextLevel(levelsInSeries, seriesKey) : undefined,
      payGrade: cell('payGrade'),
      payBand: cell('payBand'),
      bargainingUnit: cell('bargainingUnit'),
      flsaStatus: flsa(cell('flsaStatus'), row, meta.fileName, warnings),
      jobFamily: cell('family'),
      span,
    });
  }
  if (!classes.length && !positions.length) warnings.push(`${meta.fileName}: no row named a class or position`);
  return {
    source: {
      key: meta.key,
      fileName: meta.fileName,
      sha256: createHash('sha256').update(meta.bytes).digest('hex'),
      format: 'plan-table',
      url: meta.url,
      text: table.text,
    },
    jurisdiction: meta.jurisdiction,
    agency: meta.agency ? { name: meta.agency } : undefined,
    series: [...series.values()],
    classes,
    positions,
    warnings,
  };
}

/** Rows of one series in table order are its levels (a plan lists a series lowest first). */
function nextLevel(levels: Map<string, number>, seriesKey: string): number {
  const level = (levels.get(seriesKey) ?? 0) + 1;
  levels.set(seriesKey, level);
  return level;
}

function pick<K>(row: TableRow, columns: Map<number, K>): (column: K) => string | undefined {
  const byColumn = new Map<K, string>();
  columns.forEach((column, index) => {
    const value = row.cells[index];
    if (value) byColumn.set(column, value);
  });
  return (column) => byColumn.get(column);
}

/** The first row for a class or position wins; a repeat is reported, never merged silently. */
function once(seen: Map<string, number>, key: string, row: TableRow, fileName: string, warnings: string[]): boolean {
  const first = seen.get(key);
  if (first !== undefined) {
    warnings.push(`${fileName} row ${row.rowNumber}: repeats row ${first} (${key.replace(/^\w+:/, '')}); skipped`);
    return false;
  }
  seen.set(key, row.rowNumber);
  return true;
}

function flsa(value: string | undefined, row: TableRow, fileName: string, warnings: string[]): 'EXEMPT' | 'NON_EXEMPT' | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase().replace(/[^a-z]/g, '');
  if (v === 'exempt' || v === 'e') return 'EXEMPT';
  if (v === 'nonexempt' || v === 'n' || v === 'ne') return 'NON_EXEMPT';
  warnings.push(`${fileName} row ${row.rowNumber}: FLSA status "${value}" not understood; left out`);
  return undefined;
}
