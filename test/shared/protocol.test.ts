import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis/analyze';
import { LIMITS, parseFromPanel, parsePanelState, parseToPanel, UI_STRING_KEYS, type UpdateMessage } from '../../src/shared/protocol';
import { buildReviewPayload } from '../../src/presentation/reviewPayload';
import { DEFAULT_UI_STRINGS } from '../../src/presentation/strings';
import { readSeed, SEED_INTERLEAVED } from '../support/helpers';
import { finding, metric } from '../support/panelFixtures';

const URI = 'file:///work/seeds/002.txt';

function validUpdate(): UpdateMessage {
  const analysis = analyze(readSeed(SEED_INTERLEAVED));
  const payload = buildReviewPayload(
    { ...analysis, metrics: [metric('Revenue', 30), metric('Revenue guidance', 40, { guidance: true, low: 1e9, high: 1.1e9, chinese: null, consistent: null })], findings: [finding('figure-mismatch', 30), finding('untranslated', 50)] },
    { fileName: '002.txt' },
  );
  return { type: 'update', uri: URI, version: 7, payload };
}

const FROM_PANEL: Record<string, unknown> = {
  ready: { type: 'ready', uri: '', version: 0 },
  reveal: { type: 'reveal', uri: URI, version: 3, line: 10, character: 2, endLine: 10, endCharacter: 9 },
  export: { type: 'export', uri: URI, version: 3, format: 'markdown' },
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every path to a value inside a JSON-like object, arrays included. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, v]) => paths(v, [...prefix, key]))];
}

function setAt(root: unknown, at: Array<string | number>, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1];
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** A small deterministic generator, so that a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('panel protocol: extension → panel', () => {
  it('accepts an update built from a real transcript, and a cursor message', () => {
    const update = validUpdate();
    const parsed = parseToPanel(update);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
    assert.deepEqual(parsed.message, update);
    assert.ok(parseToPanel({ type: 'cursor', uri: URI, version: 7, line: 12 }).ok);
  });

  it('rejects unknown types, missing envelopes and unknown keys', () => {
    const update = validUpdate();
    for (const bad of [
      null,
      'update',
      42,
      [],
      {},
      { ...update, type: 'render' },
      { ...update, type: 'UPDATE' },
      { type: 'update', version: 7, payload: update.payload },
      { ...update, uri: 7 },
      { ...update, version: '7' },
      { ...update, version: -1 },
      { ...update, version: 1.5 },
      { ...update, html: '<b>x</b>' },
      { type: 'cursor', uri: URI, version: 1, line: -1 },
      { type: 'cursor', uri: URI, version: 1, line: Number.NaN },
      { type: 'cursor', uri: URI, version: 1 },
    ]) {
      assert.equal(parseToPanel(bad).ok, false, JSON.stringify(bad)?.slice(0, 120));
    }
  });

  it('rejects oversized strings and arrays', () => {
    const base = validUpdate();
    const cases: Array<(m: typeof base) => void> = [
      (m) => (m.uri = `file:///${'a'.repeat(LIMITS.uri)}`),
      (m) => (m.payload.fileName = 'x'.repeat(LIMITS.text + 1)),
      (m) => (m.payload.speakers[0].name = 'x'.repeat(LIMITS.text + 1)),
      (m) => (m.payload.problems[0].message = 'x'.repeat(LIMITS.message + 1)),
      (m) => (m.payload.strings.noProblems = 'x'.repeat(LIMITS.string + 1)),
      (m) => (m.payload.problems = Array.from({ length: LIMITS.problems + 1 }, () => m.payload.problems[0])),
      (m) => (m.payload.speakers = Array.from({ length: LIMITS.speakers + 1 }, () => m.payload.speakers[0])),
      (m) => (m.payload.metrics = Array.from({ length: LIMITS.metrics + 1 }, () => m.payload.metrics[0])),
      (m) => (m.payload.qa[0].answeredBy = Array.from({ length: LIMITS.answeredBy + 1 }, () => 'A')),
      (m) => (m.payload.speakers[0].share = 1.01),
      (m) => (m.payload.names = Array.from({ length: LIMITS.names + 1 }, () => m.payload.names[0])),
      (m) => (m.payload.names[0].renderings[0].text = 'x'.repeat(LIMITS.text + 1)),
      (m) => ((m.payload.names[0] as { kind: string }).kind = 'planet'),
      (m) => (m.payload.problems[0].line = LIMITS.position + 1),
      (m) => ((m.payload.problems[0] as { code: string }).code = 'made-up'),
      (m) => ((m.payload.problems[0] as { severity: string }).severity = 'fatal'),
      (m) => delete (m.payload.strings as Partial<Record<string, string>>).noProblems,
      (m) => ((m.payload.strings as Record<string, string>).extra = 'x'),
    ];
    for (const [index, mutate] of cases.entries()) {
      const message = clone(base);
      mutate(message);
      assert.equal(parseToPanel(message).ok, false, `case ${index}`);
    }
  });

  it('knows exactly the UI strings the payload carries', () => {
    assert.deepEqual(Object.keys(DEFAULT_UI_STRINGS).sort(), [...UI_STRING_KEYS].sort());
  });
});

describe('panel protocol: panel → extension', () => {
  it('accepts ready, reveal and export', () => {
    for (const [type, message] of Object.entries(FROM_PANEL)) {
      const parsed = parseFromPanel(message);
      assert.ok(parsed.ok, type);
      assert.equal(parsed.message.type, type);
    }
  });

  it('rejects malformed, oversized and unknown messages', () => {
    for (const bad of [
      undefined,
      null,
      'reveal',
      { type: 'update', uri: URI, version: 1 },
      { type: 'openExternal', uri: 'https://example.com', version: 1 },
      { type: 'command', uri: URI, version: 1, command: 'workbench.action.terminal.new' },
      { ...(FROM_PANEL.reveal as object), line: -2 },
      { ...(FROM_PANEL.reveal as object), line: 1e12 },
      { ...(FROM_PANEL.reveal as object), character: 0.5 },
      { ...(FROM_PANEL.reveal as object), endLine: undefined },
      { ...(FROM_PANEL.reveal as object), extra: true },
      { ...(FROM_PANEL.export as object), format: 'pdf' },
      { ...(FROM_PANEL.export as object), format: 'JSON' },
      { ...(FROM_PANEL.ready as object), uri: 'x'.repeat(LIMITS.uri + 1) },
      { ...(FROM_PANEL.ready as object), version: Number.POSITIVE_INFINITY },
    ]) {
      assert.equal(parseFromPanel(bad).ok, false, JSON.stringify(bad));
    }
  });

  it('gives a short reason that names the field', () => {
    const parsed = parseFromPanel({ ...(FROM_PANEL.reveal as object), line: -2 });
    assert.ok(!parsed.ok && parsed.reason.includes('line') && parsed.reason.length < 400);
  });

  it('fuzz: any field replaced by a value invalid everywhere is rejected, and parsing never throws', () => {
    // None of these is valid for any field of any message (no field takes an empty object, a negative number or one above 1 with a fraction,
    // a 5,000-character string, or a mixed array).
    const junk: unknown[] = [undefined, {}, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 'x'.repeat(5000), [1, 'a', null], { toString: 'x' }];
    const next = random(20240502);
    const update = validUpdate();
    const samples: Array<{ message: unknown; parse: (raw: unknown) => { ok: boolean } }> = [
      ...Object.values(FROM_PANEL).map((message) => ({ message, parse: parseFromPanel })),
      { message: update, parse: parseToPanel },
      { message: { type: 'cursor', uri: URI, version: 2, line: 3 }, parse: parseToPanel },
    ];
    let tried = 0;
    for (let round = 0; round < 400; round += 1) {
      const sample = samples[Math.floor(next() * samples.length)];
      const message = clone(sample.message);
      const all = paths(message).filter((at) => at.length > 0);
      const at = all[Math.floor(next() * all.length)];
      const value = junk[Math.floor(next() * junk.length)];
      setAt(message, at, value);
      // Dropping an element from an array (undefined) shortens a valid list: that may stay valid.
      if (value === undefined && typeof at[at.length - 1] === 'number') continue;
      const result = sample.parse(message);
      assert.equal(result.ok, false, `round ${round}: ${at.join('.')} = ${JSON.stringify(value)?.slice(0, 20)}`);
      tried += 1;
    }
    assert.ok(tried > 300, `${tried}`);
    for (let round = 0; round < 200; round += 1) {
      const bytes = Array.from({ length: Math.floor(next() * 40) }, () => String.fromCharCode(Math.floor(next() * 128))).join('');
      assert.doesNotThrow(() => parseFromPanel(bytes));
      assert.doesNotThrow(() => parseToPanel({ type: bytes, uri: bytes, version: round }));
    }
  });
});

describe('panel state', () => {
  it('restores a URI and drops a state that is not the panel’s', () => {
    const parsed = parsePanelState({ uri: URI, version: 3, scrollY: 120, filters: { code: 'untranslated', severity: '' }, closed: ['qa'] });
    assert.ok(parsed.ok && parsed.message.uri === URI);
    assert.equal(parsePanelState({ uri: 5 }).ok, false);
    assert.equal(parsePanelState({ uri: 'x'.repeat(LIMITS.uri + 1) }).ok, false);
    assert.equal(parsePanelState(null).ok, false);
  });
});
