/**
 * Who is calling. Reads are open; writes need an API key (Authorization: Bearer <key>, or x-api-key) that maps
 * to a role in API_KEYS. A key that is present but unknown is refused outright rather than treated as anonymous,
 * so a typo in a client's key is noticed at once.
 */
import { GraphQLError } from 'graphql';
import type { Role } from './context';
import { ErrorCode } from '../errors/error-codes';
import { forbidden } from '../errors/app-error';
import type { ApiKey } from '../config/config';

/** A configured key: its role, optionally limited to jurisdictions (a bare role may write anywhere). */
export type ApiKeyEntry = ApiKey | ApiKey['role'];

/** The caller: a role, and the jurisdictions it may write into (null: any). */
export interface Caller {
  role: Role;
  jurisdictions: string[] | null;
}

export function callerFromHeaders(headers: Record<string, string | string[] | undefined>, keys: Map<string, ApiKeyEntry>): Caller {
  const bearer = String(headers.authorization ?? '').match(/^Bearer\s+(\S{1,512})\s*$/i)?.[1];
  const key = bearer ?? (headers['x-api-key'] as string | undefined);
  if (!key) return { role: 'reader', jurisdictions: null };
  const entry = keys.get(key.trim());
  if (!entry) {
    throw new GraphQLError('The API key is not recognized', {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  }
  return typeof entry === 'string' ? { role: entry, jurisdictions: null } : { role: entry.role, jurisdictions: entry.jurisdictions };
}

/** Throws FORBIDDEN unless the caller's key covers `jurisdictionId`. Called before any work is done. */
export function requireJurisdiction(scope: string[] | null, jurisdictionId: string): void {
  if (scope && !scope.includes(jurisdictionId)) {
    throw forbidden(`This API key may write only into ${scope.map((j) => `"${j}"`).join(', ')}; the document names jurisdiction "${jurisdictionId.slice(0, 100)}"`);
  }
}

/** Throws FORBIDDEN unless the caller may write. Called before any work is done. */
export function requireWriter(role: Role): void {
  if (role !== 'editor' && role !== 'admin') {
    throw forbidden('Writing needs an API key with the editor or admin role (see API_KEYS in the README)');
  }
}
