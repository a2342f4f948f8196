/**
 * Results of `compute` for each item of a list, taken over from the last call for the items that are
 * the same objects as last time. The editor never changes an application in place (an edit replaces the
 * one changed), so after an edit of a 5,000-application register one item is computed anew. Identity
 * by position when the length is unchanged (an edit), else through a Map of the last items (an add or a
 * delete); never a WeakMap, whose entries would slow every garbage collection of a big register.
 */
export function reusing<T extends object, R, C>(
  compute: (item: T, context: C) => R,
): (items: readonly T[], context: C) => R[] {
  let last: { items: readonly T[]; context: C; results: R[] } | undefined;
  return (items, context) => {
    const before = last?.context === context ? last : undefined;
    let results: R[];
    if (before?.items === items) return before.results;
    if (before && before.items.length === items.length) {
      results = items.map((item, i) => (item === before.items[i] ? (before.results[i] as R) : compute(item, context)));
    } else if (before) {
      const known = new Map(before.items.map((item, i) => [item, before.results[i] as R]));
      results = items.map((item) => (known.has(item) ? (known.get(item) as R) : compute(item, context)));
    } else {
      results = items.map((item) => compute(item, context));
    }
    last = { items, context, results };
    return results;
  };
}
