// The few assertions the web suite needs. Node's `assert` is a Node built-in, absent from the worker.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message);
}

export function equal<T>(actual: T, expected: T, message = ''): void {
  if (!Object.is(actual, expected)) throw new AssertionError(`${message ? `${message}: ` : ''}expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Deep equality of JSON-like values (arrays, plain objects, strings, numbers). */
export function deepEqual(actual: unknown, expected: unknown, message = ''): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new AssertionError(`${message ? `${message}: ` : ''}expected\n  ${e}\ngot\n  ${a}`);
}

export function match(text: string, pattern: RegExp, message = ''): void {
  if (!pattern.test(text)) throw new AssertionError(`${message ? `${message}: ` : ''}${JSON.stringify(text)} does not match ${pattern}`);
}
