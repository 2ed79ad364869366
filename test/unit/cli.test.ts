import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { CheckSchema, MetricsSchema, OutlineSchema, run, scratchFolder } from './cliHelpers';
import { SEED_BULLETED, SEED_INTERLEAVED } from './helpers';

const { tempDir } = scratchFolder('transcript-review-cli-');

describe('CLI outline', () => {
  it('prints one JSON object per file, matching the schema, lines 1-based', async () => {
    const { code, out } = await run(['outline', SEED_INTERLEAVED, '--json']);
    assert.equal(code, 0);
    const outline = OutlineSchema.parse(JSON.parse(out));
    assert.equal(outline.layout, 'interleaved');
    const turns = outline.sections.flatMap((s) => s.turns);
    assert.equal(turns[0].speaker, 'Operator');
    assert.equal(turns[0].line, 20);
    assert.ok(turns.every((t) => t.endLine >= t.line));
  });

  it('gives an array for several files', async () => {
    const { code, out } = await run(['outline', SEED_BULLETED, SEED_INTERLEAVED, '--json']);
    assert.equal(code, 0);
    const outlines = z.array(OutlineSchema).parse(JSON.parse(out));
    assert.deepEqual(outlines.map((o) => o.layout), ['bulleted', 'interleaved']);
  });

  it('prints a readable outline without --json', async () => {
    const { code, out } = await run(['outline', SEED_BULLETED]);
    assert.equal(code, 0);
    assert.match(out, /Questions & Answers/);
    assert.match(out, /Shaul Eyal — MD & Senior Analyst \(analyst/);
  });

  it('rejects unknown commands and options with exit 2', async () => {
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run(['outline', '--bogus'])).code, 2);
    assert.equal((await run([])).code, 2);
  });
});

describe('CLI check', () => {
  it('prints diagnostics as JSON matching the schema, 1-based', async () => {
    const { out } = await run(['check', SEED_INTERLEAVED, '--json']);
    const result = CheckSchema.parse(JSON.parse(out));
    const untranslated = result.diagnostics.filter((d) => d.code === 'untranslated');
    assert.ok(untranslated.length > 0);
    assert.ok(untranslated.every((d) => d.english !== null && d.chinese === null && d.column === 1));
  });

  it('prints file:line:col severity code message without --json', async () => {
    const { out } = await run(['check', SEED_BULLETED]);
    assert.match(out, /000_fc229bb68bbd6b60\.txt:169:5 warning translation-truncated The translation stops short/);
  });

  it('walks a folder and reports throughput', async () => {
    const dir = tempDir('folder-');
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.copyFileSync(SEED_BULLETED, path.join(dir, 'a.txt'));
    fs.copyFileSync(SEED_INTERLEAVED, path.join(dir, 'nested', 'b.transcript'));
    fs.writeFileSync(path.join(dir, 'notes.md'), 'not a transcript');
    const { code, out, err } = await run(['check', dir, '--json']);
    const results = z.array(CheckSchema).parse(JSON.parse(out));
    assert.deepEqual(results.map((r) => path.basename(r.file)), ['a.txt', 'b.transcript']);
    assert.ok([0, 1].includes(code));
    assert.equal(err, '');
    const text = await run(['check', dir]);
    assert.match(text.err, /^2 files, [\d.]+ MB in [\d.]+ s \(\d+ files\/s, [\d.]+ MB\/s\)$/m);
  });
});

describe('CLI report', () => {
  it('writes one HTML report per transcript into --out and names each', async () => {
    const out = tempDir('reports-');
    const { code, out: printed } = await run(['report', SEED_BULLETED, SEED_INTERLEAVED, '--out', out]);
    assert.equal(code, 0);
    const written = fs.readdirSync(out).sort();
    assert.deepEqual(written, ['000_fc229bb68bbd6b60.review.html', '002_f7a40acd86bfc4bc.review.html']);
    assert.match(printed, /report: .*000_fc229bb68bbd6b60\.review\.html/);
    const html = fs.readFileSync(path.join(out, written[1]), 'utf8');
    assert.match(html, /Content-Security-Policy/);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('needs a folder after --out', async () => {
    assert.equal((await run(['report', SEED_BULLETED, '--out'])).code, 2);
  });
});

describe('CLI metrics', () => {
  it('prints the call, metrics and speakers as JSON matching the schema', async () => {
    const { code, out } = await run(['metrics', SEED_INTERLEAVED, '--json']);
    assert.equal(code, 0);
    const result = MetricsSchema.parse(JSON.parse(out));
    assert.equal(result.call.period, 'Q1 2024');
    const revenue = result.metrics.find((m) => m.key === 'revenue')!;
    assert.deepEqual([revenue.value, revenue.line, revenue.english.text, revenue.chinese?.text, revenue.consistent], [378600000, 43, '$378.6 million', '3.786 億美元', true]);
    assert.ok(Math.abs(result.speakers.reduce((sum, s) => sum + s.share, 0) - 1) < 0.01);
  });
});
