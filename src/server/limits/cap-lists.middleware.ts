/**
 * Holds every list field without a page argument to its cap (request-limits), whatever the resolver
 * returned, so the sizes the query cost assumes are the sizes clients get.
 */
import type { MiddlewareFn } from 'type-graphql';
import { listCap, PAGED_LISTS, PAGE_ARGUMENTS } from './request-limits';

export const capLists: MiddlewareFn = async ({ info, args }, next) => {
  const result = await next();
  if (!Array.isArray(result)) return result;
  if (PAGE_ARGUMENTS.some((name) => name in args) || PAGED_LISTS.has(`${info.parentType.name}.${info.fieldName}`)) return result;
  const cap = listCap(info.parentType.name, info.fieldName);
  return result.length > cap ? result.slice(0, cap) : result;
};
