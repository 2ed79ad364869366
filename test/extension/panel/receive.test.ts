// The review panel's message handler (src/extension/panel/receive.ts, the part of the panel manager that
// needs no VS Code) fed with fast-check messages: valid ones about the shown document act once, everything
// else (malformed, oversized, unknown, about another document) is dropped with one short log line.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { EXPORT_FORMATS, LIMITS } from '../../../src/shared/protocol';
import { receivePanelMessage } from '../../../src/extension/panel/receive';

const SHOWN = 'file:///calls/002.txt';
const OTHER = 'file:///calls/000.txt';

type Call = { handler: 'ready' | 'reveal' | 'export' | 'drop'; argument?: unknown };

function handle(raw: unknown, shownUri: string | undefined): Call[] {
  const calls: Call[] = [];
  receivePanelMessage(raw, shownUri, {
    ready: () => calls.push({ handler: 'ready' }),
    reveal: (message) => calls.push({ handler: 'reveal', argument: message }),
    export: (message) => calls.push({ handler: 'export', argument: message }),
    drop: (reason) => calls.push({ handler: 'drop', argument: reason }),
  });
  return calls;
}

/** Exactly one call, a drop, with a reason fit for a log: short, one line, not empty. */
function assertDropped(calls: Call[]): void {
  assert.equal(calls.length, 1, JSON.stringify(calls).slice(0, 300));
  assert.equal(calls[0].handler, 'drop');
  const reason = calls[0].argument as string;
  assert.ok(reason.length > 0 && reason.length <= 300, `reason of ${reason.length} characters`);
  // eslint-disable-next-line no-control-regex
  assert.ok(!/[\u0000-\u001f\u2028\u2029]/.test(reason), 'the reason spans lines or carries control characters');
}

const position = fc.integer({ min: 0, max: LIMITS.position });
const version = fc.maxSafeNat();
const envelope = { uri: fc.constant(SHOWN), version };
const validReveal = fc.record({ type: fc.constant('reveal' as const), ...envelope, line: position, character: position, endLine: position, endCharacter: position });
const validExport = fc.record({ type: fc.constant('export' as const), ...envelope, format: fc.constantFrom(...EXPORT_FORMATS) });
const validReady = fc.record({ type: fc.constant('ready' as const), uri: fc.oneof(fc.constant(''), fc.constant(SHOWN), fc.webUrl()), version });
const valid = fc.oneof(validReveal, validExport, validReady);

/** Values no field of any panel message accepts. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom(-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60),
  fc.boolean(),
  fc.string({ minLength: LIMITS.uri + 1, maxLength: LIMITS.uri + 50 }),
  fc.array(fc.anything(), { minLength: 1, maxLength: 3 }),
  fc.dictionary(fc.string(), fc.anything(), { minKeys: 1, maxKeys: 3 }),
  fc.constant(10n),
);

/** A valid message with one field made invalid, removed, or one key added. */
const malformed = fc.tuple(valid, fc.nat(), junk, fc.string({ maxLength: 20_000 }), fc.constantFrom('replace', 'remove', 'extra')).map(([message, pick, value, key, how]) => {
  const copy: Record<string, unknown> = { ...message };
  const keys = Object.keys(copy);
  const name = keys[pick % keys.length];
  if (how === 'remove') delete copy[name];
  else if (how === 'replace') copy[name] = name === 'type' ? `${String(copy.type)}x` : value;
  // An own property even for names such as __proto__.
  else Object.defineProperty(copy, Object.hasOwn(copy, key) ? `${key}_` : key, { value: value ?? 1, enumerable: true });
  return copy;
});

const unknownType = fc.record({
  type: fc.string().filter((type) => !['ready', 'reveal', 'export'].includes(type)),
  uri: fc.constant(SHOWN),
  version,
  command: fc.constantFrom('workbench.action.terminal.new', 'vscode.open', 'workbench.action.files.delete'),
});

describe('panel message handler (fast-check)', () => {
  // zod's messages follow a locale set for the whole process; any zod loaded in the same extension host can
  // set the English one, which quotes what was sent. Test with it, and put back what was there.
  let previousLocale: z.core.$ZodConfig['localeError'];
  before(() => {
    previousLocale = z.config().localeError;
    z.config(z.locales.en());
  });
  after(() => z.config({ localeError: previousLocale }));

  it('acts once on a valid reveal or export for the shown document, with the message as validated', () => {
    fc.assert(fc.property(fc.oneof(validReveal, validExport), (message) => {
      const calls = handle(message, SHOWN);
      assert.deepEqual(calls, [{ handler: message.type, argument: { ...message } }]);
    }), { numRuns: 500 });
  });

  it('answers ready from any page, whatever document it last showed', () => {
    fc.assert(fc.property(validReady, fc.option(fc.constant(SHOWN), { nil: undefined }), (message, shown) => {
      assert.deepEqual(handle(message, shown), [{ handler: 'ready' }]);
    }), { numRuns: 200 });
  });

  it('drops reveal and export for another document, or when the panel shows none', () => {
    fc.assert(fc.property(fc.oneof(validReveal, validExport), fc.constantFrom(OTHER, undefined, `${SHOWN}#x`, SHOWN.toUpperCase()), (message, shown) => {
      assertDropped(handle(message, shown));
    }), { numRuns: 300 });
  });

  it('drops a message with any field broken, missing or added', () => {
    fc.assert(fc.property(malformed, (message) => assertDropped(handle(message, SHOWN))), { numRuns: 1000 });
  });

  it('drops unknown message types, such as a request to run a command', () => {
    fc.assert(fc.property(unknownType, (message) => assertDropped(handle(message, SHOWN))), { numRuns: 300 });
  });

  it('drops anything that is not a message, and never throws', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true }), (value) => assertDropped(handle(value, SHOWN))), { numRuns: 1000 });
  });

  it('keeps the log line short and on one line for oversized messages and hostile keys', () => {
    const hugeKey = `\n${'k'.repeat(100_000)}\u2028<script>`;
    for (const message of [
      { type: 'reveal', uri: SHOWN, version: 1, line: 1, character: 1, endLine: 1, endCharacter: 2, [hugeKey]: 1 },
      { type: 'export', uri: 'x'.repeat(1_000_000), version: 1, format: 'json' },
      { type: 'ready', uri: '', version: 0, ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}\n`, i])) },
      { type: `reveal${'\r\n'.repeat(1000)}`, uri: SHOWN, version: 1 },
    ]) {
      assertDropped(handle(message, SHOWN));
    }
  });
});
