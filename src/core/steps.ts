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

/** How many units of work (lines, paragraphs, turns) pass between two offers to pause. */
const UNITS_PER_PAUSE = 256;

/** Counts work; true once every UNITS_PER_PAUSE calls, where the caller offers to pause. */
export function pacer(): () => boolean {
  let units = 0;
  return () => ++units % UNITS_PER_PAUSE === 0;
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
