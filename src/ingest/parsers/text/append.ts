/** `target.push(...items)` passes every item as an argument and overflows the stack past ~100k items. */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
