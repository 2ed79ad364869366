// Word lists are looked up through an index by first (or last) character, longest word first,
// so that a lookup costs one map access and, at most, a handful of comparisons.
type Entry = readonly [string, ...unknown[]];
const FIRST = new WeakMap<object, Map<number, Entry[]>>();
const LAST = new WeakMap<object, Map<number, string[]>>();

function indexOf(list: readonly Entry[]): Map<number, Entry[]> {
  let index = FIRST.get(list);
  if (!index) {
    index = new Map();
    for (const entry of [...list].sort((a, b) => b[0].length - a[0].length)) {
      const c = entry[0].charCodeAt(0);
      const bucket = index.get(c);
      if (bucket) bucket.push(entry);
      else index.set(c, [entry]);
    }
    FIRST.set(list, index);
  }
  return index;
}

/** The longest entry of `list` whose word starts at `i`. */
export function startsWithAny<E extends Entry>(s: string, i: number, list: readonly E[]): E | null {
  const bucket = indexOf(list).get(s.charCodeAt(i));
  if (bucket) for (const entry of bucket) if (s.startsWith(entry[0], i)) return entry as E;
  return null;
}

/** The longest word of `list` that ends right before `end`. */
export function endsWithAny(s: string, end: number, list: readonly string[]): string | null {
  if (end <= 0) return null;
  let index = LAST.get(list);
  if (!index) {
    index = new Map();
    for (const w of [...list].sort((a, b) => b.length - a.length)) {
      const c = w.charCodeAt(w.length - 1);
      const bucket = index.get(c);
      if (bucket) bucket.push(w);
      else index.set(c, [w]);
    }
    LAST.set(list, index);
  }
  const bucket = index.get(s.charCodeAt(end - 1));
  if (bucket) for (const w of bucket) if (end >= w.length && s.startsWith(w, end - w.length)) return w;
  return null;
}
