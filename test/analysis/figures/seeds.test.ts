// Both figure readers over every line of the two seed calls: nothing throws, every figure slices
// back, values are finite, the work is fast, and the known translation errors of the seeds show up
// as figures present on one side only.
import { strict as assert } from 'assert';
import { extractChineseFigures, extractEnglishFigures } from '../../../src/analysis/figures';
import type { Figure } from '../../../src/analysis/figures/types';
import { parseTranscript } from '../../../src/analysis/parse/parse';
import { isChineseText, splitLines } from '../../../src/analysis/text';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../../support/helpers';

const SEEDS = [SEED_BULLETED, SEED_INTERLEAVED];

function check(line: string, figures: Figure[]): void {
  let last = -1;
  for (const f of figures) {
    assert.equal(line.slice(f.start, f.end), f.text, `offsets of ${f.text} in ${line}`);
    assert.ok(f.start >= last, `figures in text order in ${line}`);
    last = f.start;
    if (f.label) continue;
    assert.ok(Number.isFinite(f.value), `${f.text} has value ${f.value}`);
    if (f.low !== undefined) assert.ok(f.high !== undefined && f.low <= f.high && f.low <= f.value && f.value <= f.high, `range ${f.text}`);
  }
}

/** The translated paragraphs of a seed, with the 1-based line of each side. */
function pairs(text: string): { en: string; zh: string; enLine: number; zhLine: number }[] {
  const lines = splitLines(text);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const transcript = parseTranscript(text);
  const paragraphs = [...transcript.frontMatter, ...transcript.sections.flatMap((s) => [...s.paragraphs, ...s.turns.flatMap((t) => t.paragraphs)])];
  return paragraphs
    .filter((p) => p.english && p.chinese)
    .map((p) => ({ en: p.english!.text, zh: p.chinese!.text, enLine: lineOf(p.english!.start), zhLine: lineOf(p.chinese!.start) }));
}

/** Salient figures of one side that no figure of the other side states (same unit family and value). */
function unmatched(side: readonly Figure[], other: readonly Figure[]): Figure[] {
  const key = (f: Figure) => (f.unit === 'bp' ? `pts:${f.value / 100}` : f.unit === 'pp' ? `pts:${f.value}` : `${f.unit.replace('/share', '')}:${f.value}`);
  const pool = other.filter((f) => !f.label).map(key);
  const out: Figure[] = [];
  for (const f of side) {
    if (f.label) continue;
    const k = pool.indexOf(key(f));
    if (k >= 0) pool.splice(k, 1);
    else if (f.salient) out.push(f);
  }
  return out;
}

describe('figures over the seed calls', () => {
  for (const seed of SEEDS) {
    const name = seed.replace(/^.*\//, '');
    it(`reads every line of ${name} without throwing, with offsets that slice back`, () => {
      const lines = splitLines(readSeed(seed)).map((l) => l.text);
      let english = 0;
      let chinese = 0;
      for (const line of lines) {
        const en = extractEnglishFigures(line);
        const zh = extractChineseFigures(line);
        check(line, en);
        check(line, zh);
        if (isChineseText(line)) chinese += zh.length;
        else english += en.length;
      }
      // Each call states a few hundred figures on each side.
      assert.ok(english > 200 && chinese > 200, `${english} English and ${chinese} Chinese figures`);
    });
  }

  it('reads the figures of a 100 KB call in a few milliseconds', function () {
    this.timeout(30_000);
    const lines = splitLines(readSeed(SEED_BULLETED)).map((l) => l.text);
    const run = () => {
      for (const line of lines) {
        if (isChineseText(line)) extractChineseFigures(line);
        else extractEnglishFigures(line);
      }
    };
    let best = Infinity;
    for (let k = 0; k < 20; k++) {
      const t0 = process.hrtime.bigint();
      run();
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    }
    // About 3 ms on an idle machine; the bound leaves room for a loaded one.
    assert.ok(best < 40, `best of 20 runs: ${best.toFixed(1)} ms`);
  });

  it('agrees on the salient figures of the opening paragraph of the first call', () => {
    const [first] = pairs(readSeed(SEED_BULLETED)).filter((p) => p.en.startsWith('Thank you, Phil. We had a strong quarter'));
    const en = extractEnglishFigures(first.en);
    const zh = extractChineseFigures(first.zh);
    assert.deepEqual(unmatched(en, zh), []);
    assert.deepEqual(unmatched(zh, en), []);
    assert.deepEqual(en.filter((f) => f.salient).length, 7);
  });

  it('shows the translation errors of the seeds as figures on one side only', () => {
    const report = (seed: string) =>
      pairs(readSeed(seed)).flatMap((p) => {
        const en = extractEnglishFigures(p.en);
        const zh = extractChineseFigures(p.zh);
        return [...unmatched(en, zh).map((f) => `${p.enLine} en ${f.text}`), ...unmatched(zh, en).map((f) => `${p.zhLine} zh ${f.text}`)];
      });
    const bulleted = report(SEED_BULLETED);
    const interleaved = report(SEED_INTERLEAVED);
    // `Congrats on the quarter` translated as 恭喜你們拿到四分之一 ("a quarter", 0.25).
    assert.ok(interleaved.includes('204 zh 四分之一'), interleaved.join('\n'));
    // A dropped sentence: "whether we were going to be another 20% longer in sales cycles in Q2".
    assert.ok(bulleted.includes('615 en Q2') && bulleted.includes('615 en 20%'), bulleted.join('\n'));
    // A dropped sentence: "2022 was still elevated in the several years prior to that".
    assert.ok(bulleted.includes('407 en 2022'), bulleted.join('\n'));
    // And no figure of the opening remarks, results or guidance goes unmatched.
    assert.ok(!bulleted.some((d) => /^(5[13]|6[79]|1(4[79]|5[57]|6[135]|7[13579]|8[19]|9[13])) /.test(d)), bulleted.join('\n'));
  });
});
