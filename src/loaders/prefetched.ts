/**
 * Children fetched ahead by a look-ahead statement travel with the parent object they belong to, not through the
 * per-request DataLoaders. The look-ahead projects only the properties its own selection reads, so its records
 * are partial; primed into a loader keyed by id they could answer another part of the same operation that asks
 * the same class for other fields. Attached to the parent object, they reach only the selection they were
 * fetched for. The parent must be an object made for that selection (a page's copy, a look-ahead record).
 */
const children = new WeakMap<object, Map<string, unknown>>();

export function attachPrefetched(parent: object, field: string, value: unknown): void {
  let fields = children.get(parent);
  if (!fields) children.set(parent, (fields = new Map()));
  fields.set(field, value);
}

/** The child fetched ahead for `field` of `parent`, or what `load` answers when none was. */
export function prefetchedOr<T>(parent: object, field: string, load: () => Promise<T>): T | Promise<T> {
  const fields = children.get(parent);
  return fields?.has(field) ? (fields.get(field) as T) : load();
}
