/** Opaque cursors: base64url of the last id on the page. Tampered cursors are a BAD_USER_INPUT, not a crash. */
import { badInput } from '../errors/app-error';

export function encodeCursor(id: string): string {
  return Buffer.from(`c:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string {
  if (!cursor) return '';
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('c:') || decoded.length < 3) throw badInput(`"after" is not a cursor this API issued: ${JSON.stringify(cursor.slice(0, 40))}`, 'after');
  return decoded.slice(2);
}

/** Ranked results (search) page by position: the cursor holds how many hits came before the next page. */
export const MAX_OFFSET = 1000;

export function encodeOffsetCursor(offset: number): string {
  return encodeCursor(`#${offset}`);
}

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const value = decodeCursor(cursor);
  const offset = /^#\d{1,7}$/.test(value) ? Number(value.slice(1)) : NaN;
  if (!Number.isInteger(offset)) throw badInput(`"after" is not a search cursor this API issued: ${JSON.stringify(cursor.slice(0, 40))}`, 'after');
  if (offset > MAX_OFFSET) throw badInput(`search pages stop after ${MAX_OFFSET} hits; narrow the search text`, 'after');
  return offset;
}
