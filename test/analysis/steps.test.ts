import { strict as assert } from 'assert';
import { analyze, analyzeSteps, DEFAULT_ANALYZE_OPTIONS } from '../../src/analysis/analyze';
import { AnalysisMemo } from '../../src/analysis/memo';
import { runInSlices, runToEnd, type Steps } from '../../src/analysis/steps';
import { readSeed, SEED_INTERLEAVED } from '../support/helpers';

/** A host whose clock advances one tick per reading, so slices are counted in steps, not milliseconds. */
function countingHost(sliceMs: number, wanted: () => boolean = () => true) {
  let clock = 0;
  const queue: Array<() => void> = [];
  const host = { sliceMs, now: () => clock++, later: (next: () => void) => void queue.push(next), wanted };
  const drain = () => {
    let slices = 1;
    for (let next = queue.shift(); next; next = queue.shift(), slices++) next();
    return slices;
  };
  return { host, drain };
}

function* count(to: number): Steps<number> {
  for (let i = 0; i < to; i++) yield;
  return to;
}

describe('analysis in slices', () => {
  it('runs a slice, hands control back, and resumes until done', async () => {
    const { host, drain } = countingHost(10);
    const result = runInSlices(count(100), host);
    const slices = drain();
    assert.equal(await result, 100);
    assert.ok(slices >= 10 && slices <= 25, `${slices} slices`);
  });

  it('finishes within the first slice when the work is short', async () => {
    const { host, drain } = countingHost(1_000);
    const result = runInSlices(count(5), host);
    assert.equal(drain(), 1);
    assert.equal(await result, 5);
  });

  it('abandons the work when it is no longer wanted', async () => {
    let wanted = true;
    const { host, drain } = countingHost(4, () => wanted);
    const result = runInSlices(count(1_000), host);
    wanted = false;
    drain();
    assert.equal(await result, undefined);
  });

  it('rejects when the work throws', async () => {
    const { host, drain } = countingHost(4);
    const failing = (function* (): Steps<number> {
      yield;
      throw new Error('broken');
    })();
    const result = runInSlices(failing, host);
    drain();
    await assert.rejects(result, /broken/);
  });

  it('pauses often through a whole analysis and gives the same result as one run', async function () {
    this.timeout(0); // several whole analyses; not a timing test
    const text = readSeed(SEED_INTERLEAVED).repeat(4);
    let pauses = 0;
    const steps = analyzeSteps(text, DEFAULT_ANALYZE_OPTIONS, new AnalysisMemo());
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    // About one pause per few hundred lines or paragraphs, in every stage.
    assert.ok(pauses >= 10, `${pauses} pauses`);
    assert.deepStrictEqual(JSON.stringify(next.value.findings), JSON.stringify(analyze(text).findings));
    assert.deepStrictEqual(JSON.stringify(runToEnd(analyzeSteps(text, DEFAULT_ANALYZE_OPTIONS, new AnalysisMemo())).transcript), JSON.stringify(analyze(text).transcript));
  });

  it('an analysis dropped half-way leaves the memo usable: the next one still reuses the last complete one', () => {
    const text = readSeed(SEED_INTERLEAVED);
    const memo = new AnalysisMemo();
    const before = analyze(text, DEFAULT_ANALYZE_OPTIONS, memo);
    const dropped = analyzeSteps(text.replace('Operator', 'Operator.'), DEFAULT_ANALYZE_OPTIONS, memo);
    for (let i = 0; i < 3; i++) dropped.next();
    const after = analyze(text, DEFAULT_ANALYZE_OPTIONS, memo);
    const previous = new Set(before.aligned.flatMap((a) => a.alignment.english));
    assert.ok(after.aligned.flatMap((a) => a.alignment.english).every((figure) => previous.has(figure)));
  });
});
