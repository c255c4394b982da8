/**
 * Who is calling. Reads are open; writes need an API key (Authorization: Bearer <key>, or x-api-key) that maps
 * to a role in API_KEYS. A key that is present but unknown is refused outright rather than treated as anonymous,
 * so a typo in a client's key is noticed at once.
 */
import { GraphQLError } from 'graphql';
import type { Role } from './context';
import { ErrorCode } from '../errors/error-codes';
import { forbidden } from '../errors/app-error';

export function roleFromHeaders(headers: Record<string, string | string[] | undefined>, keys: Map<string, 'editor' | 'admin'>): Role {
  const bearer = String(headers.authorization ?? '').match(/^Bearer\s+(.+)$/i)?.[1];
  const key = bearer ?? (headers['x-api-key'] as string | undefined);
  if (!key) return 'reader';
  const role = keys.get(key.trim());
  if (!role) {
    throw new GraphQLError('The API key is not recognized', {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
  return role;
}

/** Throws FORBIDDEN unless the caller may write. Called before any work is done. */
export function requireWriter(role: Role): void {
  if (role !== 'editor' && role !== 'admin') {
    throw forbidden('Writing needs an API key with the editor or admin role (see API_KEYS in the README)');
  }
}
