// What the Node and the web extension-host suites share: no Node module here, so the web worker can run it.
export const EXTENSION_ID = 'transcript-review.transcript-review';
export const LANGUAGE_ID = 'transcript';
export const SEED_BULLETED = '000_fc229bb68bbd6b60.txt';
export const SEED_INTERLEAVED = '002_f7a40acd86bfc4bc.txt';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs` with `what`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}
