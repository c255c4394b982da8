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
