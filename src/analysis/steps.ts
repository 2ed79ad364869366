// Long analyses are generators that pause now and then, so that an editor can spread the work of a
// very large document over several turns of its event loop instead of freezing while it runs.
// Run at once (`runToEnd`) they are ordinary functions.

export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Characters of text worked through between two offers to pause: about a millisecond of the slowest
 * stage (figure extraction), and rare enough that pausing costs nothing measurable.
 */
export const CHARACTERS_PER_PAUSE = 16_384;

/**
 * Steps through items 0..count-1, offering to pause every CHARACTERS_PER_PAUSE characters (`size`
 * tells an item's). `step(i)` does item i's work and returns the next index to do, so a stage may
 * skip items it has consumed. The loop itself runs in a plain function: V8 optimises a long-running
 * loop in a generator far less well (the analysis ran up to twice as slow that way).
 */
export function* paced(count: number, size: (index: number) => number, step: (index: number) => number): Steps<void> {
  for (let index = 0; index < count; ) {
    index = runChunk(index, count, size, step);
    if (index < count) yield;
  }
}

function runChunk(from: number, count: number, size: (index: number) => number, step: (index: number) => number): number {
  let characters = 0;
  let index = from;
  while (index < count && characters < CHARACTERS_PER_PAUSE) {
    characters += size(index);
    index = step(index);
  }
  return index;
}

/** Longest stretch an editor should spend analysing before it handles other work (ms). */
export const EDITOR_SLICE_MS = 15;

export interface SliceHost {
  /** Longest stretch of work before the host gets control back (ms). */
  readonly sliceMs: number;
  readonly now: () => number;
  /** Runs `next` on a later turn of the host's event loop (for example with setTimeout). */
  readonly later: (next: () => void) => void;
  /** Asked before each slice after the first: false abandons the work (the promise then resolves to undefined). */
  readonly wanted: () => boolean;
}

/** Runs steps a slice at a time, giving the host control back between slices. */
export function runInSlices<T>(steps: Steps<T>, host: SliceHost): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const slice = (first: boolean): void => {
      try {
        if (!first && !host.wanted()) return resolve(undefined);
        const deadline = host.now() + host.sliceMs;
        for (let next = steps.next(); ; next = steps.next()) {
          if (next.done) return resolve(next.value);
          if (host.now() >= deadline) break;
        }
        host.later(() => slice(false));
      } catch (error) {
        reject(error);
      }
    };
    slice(true);
  });
}
