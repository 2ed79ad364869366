import { strict as assert } from 'assert';
import { analyze, DEFAULT_ANALYZE_OPTIONS } from '../../src/analysis/analyze';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../support/helpers';

const NAME_CODES: readonly string[] = ['name-missing', 'name-inconsistent', 'term-mismatch'];
const nameFindings = (analysis: ReturnType<typeof analyze>) => analysis.findings.filter((f) => NAME_CODES.includes(f.code));

describe('analyze: the name checks', () => {
  it("merges the seeds' name findings with the others in document order, and exposes the name index", () => {
    const bulleted = analyze(readSeed(SEED_BULLETED));
    assert.deepEqual(nameFindings(bulleted).map((f) => `${f.code} ${f.range.start.line + 1}`), ['name-missing 25', 'name-inconsistent 329', 'name-inconsistent 465']);
    const interleaved = analyze(readSeed(SEED_INTERLEAVED));
    assert.deepEqual(nameFindings(interleaved).map((f) => `${f.code} ${f.range.start.line + 1}`), ['name-inconsistent 351', 'name-inconsistent 400', 'name-inconsistent 447']);
    for (const { findings } of [bulleted, interleaved]) {
      assert.ok(findings.some((f) => !NAME_CODES.includes(f.code)));
      findings.forEach((f, i) => assert.ok(i === 0 || findings[i - 1].start <= f.start, `finding ${i} out of order`));
    }
    assert.deepEqual(bulleted.names.find((n) => n.english === 'Matthew Prince')?.missing, [24]);
    // Every occurrence of the second rendering offers the main one as its fix.
    assert.ok(nameFindings(interleaved).every((f) => f.fix?.text === '湯瑪斯'));
  });

  it('passes the names never to report and the glossary to the name checks', () => {
    const text = readSeed(SEED_INTERLEAVED);
    const quiet = analyze(text, { ...DEFAULT_ANALYZE_OPTIONS, ignoredNames: ['托馬斯'] });
    assert.deepEqual(nameFindings(quiet), []);
    const glossary = analyze(text, { ...DEFAULT_ANALYZE_OPTIONS, glossary: [{ english: 'Zero Trust', chinese: ['零信任架構'], kind: 'product' }] });
    assert.ok(nameFindings(glossary).some((f) => f.code === 'term-mismatch'));
    const kept = analyze(text, { ...DEFAULT_ANALYZE_OPTIONS, glossary: [{ english: 'Zero Trust', chinese: ['零信任'], kind: 'product' }] });
    assert.ok(kept.names.some((n) => n.english === 'Zero Trust' && n.kind === 'product' && n.renderings[0].text === '零信任'));
  });
});
