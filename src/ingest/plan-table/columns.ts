/**
 * Header names of plan tables. Employers name the same column many ways ("Class Code", "Job Code", "Class No."),
 * so each header is compared in a folded form (lowercase letters and digits only) against a small synonym table.
 * A header we do not know is an error, not a silent loss: the analyst renames or removes the column.
 */

/** What a column of a class table holds. */
export type ClassColumn = 'code' | 'title' | 'payGrade' | 'payBand' | 'series' | 'seriesTitle' | 'family' | 'bargainingUnit' | 'flsaStatus';
/** What a column of a position table holds. */
export type PositionColumn = 'positionNumber' | 'workingTitle' | 'classCode' | 'classTitle' | 'agency';

export type TableKind = 'CLASSES' | 'POSITIONS';

const CLASS_SYNONYMS: Record<ClassColumn, string[]> = {
  code: ['class code', 'job code', 'class no', 'class number', 'class num', 'classification code', 'job class code', 'code', 'class id'],
  title: ['class title', 'title', 'job title', 'classification title', 'class name', 'job class title', 'classification', 'job class'],
  payGrade: ['pay grade', 'grade', 'range', 'salary grade', 'pay range', 'salary range', 'pay grade range'],
  payBand: ['band', 'pay band', 'broadband', 'salary band'],
  series: ['series', 'class series', 'series code', 'series no', 'series number'],
  seriesTitle: ['series title', 'series name'],
  family: ['job family', 'family', 'occupational group', 'occupational family', 'occupation group'],
  bargainingUnit: ['bargaining unit', 'bu', 'union code'],
  flsaStatus: ['flsa', 'flsa status', 'overtime status'],
};

const POSITION_SYNONYMS: Record<PositionColumn, string[]> = {
  positionNumber: ['position number', 'position no', 'position', 'position id', 'pos no', 'pos number', 'pcn', 'position control number'],
  workingTitle: ['working title', 'position title', 'title'],
  classCode: ['class code', 'job code', 'class no', 'class number', 'classification code', 'job class code'],
  classTitle: ['class title', 'classification title', 'classification', 'job class title', 'class name'],
  agency: ['agency', 'department', 'dept', 'agency name', 'department name'],
};

/** "Class No." -> "classno": case, spaces and punctuation do not distinguish headers. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function lookup<K extends string>(table: Record<K, string[]>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [column, names] of Object.entries(table) as [K, string[]][]) names.forEach((n) => out.set(foldHeader(n), column));
  return out;
}
const CLASS_LOOKUP = lookup(CLASS_SYNONYMS);
const POSITION_LOOKUP = lookup(POSITION_SYNONYMS);

export class PlanTableError extends Error {}

export interface ResolvedColumns {
  kind: TableKind;
  /** Column index -> what it holds. */
  classColumns: Map<number, ClassColumn>;
  positionColumns: Map<number, PositionColumn>;
}

/**
 * Decides what a table is from its header row (a position number column makes it a position table) and what
 * each column holds. Throws a PlanTableError naming the file, the columns it saw and what is wrong.
 */
export function resolveColumns(header: string[], fileName: string): ResolvedColumns {
  const seen = `columns seen: ${header.map((h) => JSON.stringify(h)).join(', ') || '(none)'}`;
  const folded = header.map(foldHeader);
  const isPositions = folded.some((h) => POSITION_LOOKUP.get(h) === 'positionNumber');
  const table = isPositions ? POSITION_LOOKUP : CLASS_LOOKUP;
  const unknown = header.filter((_, i) => folded[i] && !table.has(folded[i]));
  if (unknown.length) {
    const known = Object.values(isPositions ? POSITION_SYNONYMS : CLASS_SYNONYMS).map((names) => `"${names[0]}"`).join(', ');
    throw new PlanTableError(`${fileName}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((h) => JSON.stringify(h)).join(', ')} (${seen}); a ${isPositions ? 'position' : 'class'} table understands ${known} and their usual synonyms: rename or remove the others`);
  }
  const mapped = new Map<number, string>();
  const duplicates: string[] = [];
  folded.forEach((h, i) => {
    const column = table.get(h);
    if (!column) return;
    if ([...mapped.values()].includes(column)) duplicates.push(`${JSON.stringify(header[i])} (${column})`);
    mapped.set(i, column);
  });
  if (duplicates.length) throw new PlanTableError(`${fileName}: more than one column for ${duplicates.join(', ')} (${seen})`);
  const has = (c: string) => [...mapped.values()].includes(c);
  if (isPositions && !has('classCode') && !has('classTitle')) {
    throw new PlanTableError(`${fileName}: a position table needs a class code or class title column (${seen})`);
  }
  if (!isPositions && !has('code') && !has('title')) {
    throw new PlanTableError(`${fileName}: no class title or class code column (${seen}); name one "Class Title" or "Class Code"`);
  }
  return {
    kind: isPositions ? 'POSITIONS' : 'CLASSES',
    classColumns: isPositions ? new Map() : (mapped as Map<number, ClassColumn>),
    positionColumns: isPositions ? (mapped as Map<number, PositionColumn>) : new Map(),
  };
}
