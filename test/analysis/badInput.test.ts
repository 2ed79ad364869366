// The bad-input catalogue: one test per row of the README's "Bad input" table, each asserting the
// documented outcome (readme.catalogue.test.ts keeps the two in step).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type Analysis } from '../../src/analysis/analyze';
import { allTurns } from '../../src/analysis/model';
import { outlineJson } from '../../src/presentation/outlineJson';
import { isChineseText } from '../../src/analysis/text';
import { OutlineSchema, run, scratchFolder } from '../support/cli';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../support/helpers';
import { assertAnalysisInvariants } from '../support/invariants';

const { tempDir, tempFile } = scratchFolder('transcript-review-bad-input-');

/** Analyses `text` and checks every invariant of the result (ranges, offsets, JSON) on the way. */
function analysed(text: string): Analysis {
  const analysis = analyze(text);
  assertAnalysisInvariants(text, analysis);
  return analysis;
}

const codes = (analysis: Analysis): string[] => [...new Set(analysis.findings.map((f) => f.code))].sort();

/** What a reader sees of an analysis: the outline (speakers, roles, lines) and the findings by code and line. */
function summary(analysis: Analysis) {
  return {
    outline: outlineJson('input', analysis.transcript),
    findings: analysis.findings.map((f) => `${f.code}@${f.range.start.line}`),
  };
}

/** A short interleaved call: a heading, then `turns` alternating turns of an executive and an analyst. */
function interleavedCall(turns: number, executive = 'John Smith'): string {
  const lines = ['Prepared Remarks:', ''];
  for (let i = 0; i < turns; i++) {
    const analyst = i % 2 === 1;
    lines.push(analyst ? 'Jane Doe -- Big Bank -- Analyst' : `${executive} -- Chief Executive Officer`);
    lines.push(analyst ? 'Jane Doe -- 大銀行 -- 分析師' : `${executive} -- 執行長`);
    lines.push('', analyst ? 'What drove revenue this quarter?' : `Revenue was $${i + 1}.5 million, up 32% year-over-year.`);
    lines.push(analyst ? '本季營收成長的原因是什麼?' : `營收為 ${i + 1}.5 百萬美元,年增 32%。`, '');
  }
  return lines.join('\n');
}

describe('bad input catalogue: text', function () {
  // A guard against hangs, not a speed check: the benchmark measures speed.
  this.timeout(120_000);

  it('empty file: no sections, no turns, no findings', () => {
    const analysis = analysed('');
    assert.deepEqual([analysis.transcript.sections.length, analysis.findings.length, analysis.metrics.length], [0, 0, 0]);
  });

  it('whitespace only (spaces, tabs, full-width spaces, blank lines): no sections, no turns, no findings', () => {
    const analysis = analysed(' \n\t\t\n\u3000\u3000\r\n\u00a0 \n\n');
    assert.deepEqual([analysis.transcript.sections.length, analysis.findings.length], [0, 0]);
  });

  it('English only: the turns are read and one untranslated notice on the first line stands for the whole transcript, no figure findings', () => {
    const english = readSeed(SEED_INTERLEAVED).split('\n').filter((line) => !isChineseText(line)).join('\n');
    const analysis = analysed(english);
    const turns = allTurns(analysis.transcript);
    assert.ok(turns.length > 40, `${turns.length} turns`);
    assert.deepEqual(analysis.findings.map((f) => [f.code, f.range.start.line, f.wholeDocument]), [['untranslated', 0, true]]);
  });

  it('Chinese only (no Latin words at all): no turns are invented and nothing is reported', () => {
    for (const seed of [SEED_BULLETED, SEED_INTERLEAVED]) {
      const chinese = readSeed(seed).split('\n').filter((line) => isChineseText(line) && !/[A-Za-z]{3}/.test(line)).join('\n');
      const analysis = analysed(chinese);
      assert.deepEqual([allTurns(analysis.transcript).length, analysis.findings.length], [0, 0], path.basename(seed));
    }
  });

  it('one 5 MB line (a transcript whose line breaks were lost): analysed, no turns, no findings', () => {
    const oneLine = readSeed(SEED_INTERLEAVED).replace(/\r?\n/g, ' ');
    const text = oneLine.repeat(Math.ceil(5e6 / oneLine.length));
    assert.ok(text.length >= 5e6 && !/[\r\n]/.test(text));
    const analysis = analysed(text);
    assert.equal(analysis.transcript.lineCount, 1);
    assert.deepEqual([allTurns(analysis.transcript).length, analysis.findings.length], [0, 0]);
  });

  it('NUL bytes and other control characters in the text: analysed like the text without them', () => {
    const clean = interleavedCall(4);
    const noisy = clean.replace(/Revenue was/g, 'Revenue\u0000 was\u0007').replace(/營收為/g, '營收\u0000為\u001b');
    const [before, after] = [analysed(clean), analysed(noisy)];
    assert.deepEqual(summary(after).outline, summary(before).outline);
    assert.deepEqual(codes(after), codes(before));
  });

  it('byte-order mark at the start of the text: same outline as without it', () => {
    const text = interleavedCall(4);
    assert.deepEqual(summary(analysed('\ufeff' + text)).outline, summary(analysed(text)).outline);
  });

  it('CRLF line endings: same outline and findings as LF', () => {
    for (const seed of [SEED_BULLETED, SEED_INTERLEAVED]) {
      const text = readSeed(seed);
      assert.deepEqual(summary(analysed(text.replace(/\n/g, '\r\n'))), summary(analysed(text)), path.basename(seed));
    }
  });

  it('lone CR line endings: same outline and findings as LF', () => {
    for (const seed of [SEED_BULLETED, SEED_INTERLEAVED]) {
      const text = readSeed(seed);
      assert.deepEqual(summary(analysed(text.replace(/\n/g, '\r'))), summary(analysed(text)), path.basename(seed));
    }
  });

  it('tabs or full-width spaces as indentation: same outline and findings as spaces', () => {
    const text = readSeed(SEED_BULLETED);
    const expected = summary(analysed(text));
    assert.ok(expected.findings.length > 0 && /^ {2}/m.test(text));
    for (const indent of ['\t', '\u3000']) {
      const reindented = text.replace(/^ +/gm, (spaces) => indent.repeat(Math.ceil(spaces.length / 2)));
      assert.deepEqual(summary(analysed(reindented)), expected, JSON.stringify(indent));
    }
  });

  it('emoji and combining marks in paragraphs: analysed, and figures beside them still compared', () => {
    const text = interleavedCall(2)
      .replace('up 32%', 'up 32% 📈 (cafe\u0301 👍🏽)')
      .replace('年增 32%', '年增 32% 📈 (咖啡 👍🏽)')
      .replace('營收為 1.5 百萬美元', '營收為 🙂 1.8 百萬美元');
    const analysis = analysed(text);
    assert.deepEqual(analysis.findings.map((f) => [f.code, f.english?.text, f.chinese?.text]), [['figure-mismatch', '$1.5 million', '1.8 百萬美元']]);
  });

  it('lone surrogates: analysed without error, every range inside the document', () => {
    const text = interleavedCall(4).replace(/Revenue/g, '\ud800Revenue\udc00').replace(/營收/g, '營\udfff收\ud83d');
    const analysis = analysed(text);
    assert.equal(allTurns(analysis.transcript).length, 4);
  });

  it('10,000 speaker turns: all 10,000 in the outline, in order', () => {
    const outline = outlineJson('input', analysed(interleavedCall(10_000)).transcript);
    const turns = outline.sections.flatMap((s) => s.turns);
    assert.equal(turns.length, 10_000);
    assert.ok(turns.every((turn, i) => i === 0 || turn.line > turns[i - 1].endLine));
  });
});

/** Runs `outline --json` on the bad input and a good seed: one line about the bad one, exit 2, the seed's outline still printed. */
async function refusedBesideASeed(bad: string, problem: RegExp): Promise<void> {
  const { code, out, err } = await run(['outline', bad, SEED_INTERLEAVED, '--json']);
  assert.equal(code, 2);
  const lines = err.trimEnd().split('\n');
  assert.equal(lines.length, 1, err);
  assert.ok(lines[0].startsWith(`transcript-review: ${bad}: `), lines[0]);
  assert.match(lines[0].slice(`transcript-review: ${bad}: `.length), problem);
  const outlines = OutlineSchema.array().parse(JSON.parse(out));
  assert.deepEqual(outlines.map((o) => [o.file, o.layout]), [[SEED_INTERLEAVED, 'interleaved']]);
}

/** Runs `outline --json` on one file and returns its outline without the file name and encoding, and the encoding read. */
async function outlineOf(file: string): Promise<unknown> {
  return (await readOutline(file)).outline;
}

async function readOutline(file: string): Promise<{ outline: unknown; encoding: string | undefined }> {
  const { code, out, err } = await run(['outline', file, '--json']);
  assert.equal(code, 0, err);
  const { file: _file, encoding, ...outline } = OutlineSchema.parse(JSON.parse(out));
  return { outline, encoding };
}

/** Known byte values: 中文 營收 美元 in Big5 and in GBK, checked against the platform's own decoders. */
const BIG5 = new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5, 0x20, 0xc0, 0xe7, 0xa6, 0xac, 0x20, 0xac, 0xfc, 0xa4, 0xb8, 0x0a]);
const GBK = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x20, 0xd3, 0xaa, 0xca, 0xd5, 0x20, 0xc3, 0xc0, 0xd4, 0xaa, 0x0a]);

describe('bad input catalogue: command line', function () {
  this.timeout(60_000);

  it('missing path: refused with one line naming it, exit 2, the other files still read', async () => {
    await refusedBesideASeed(path.join(tempDir('missing-'), 'no-such-call.txt'), /^no such file$/);
  });

  it('folder without transcripts: refused with one line naming it, exit 2, the other files still read', async () => {
    const folder = tempDir('no-transcripts-');
    fs.writeFileSync(path.join(folder, 'notes.md'), 'Revenue was $1.5 million.');
    await refusedBesideASeed(folder, /^no \.txt or \.transcript files in this folder$/);
  });

  it('file that cannot be opened (a symbolic-link loop): refused with one line naming it, exit 2, the other files still read', async () => {
    // As root, permissions do not stop a read; a link loop fails at open time for any user.
    const folder = tempDir('loop-');
    const [a, b] = [path.join(folder, 'a.txt'), path.join(folder, 'b.txt')];
    fs.symlinkSync(b, a);
    fs.symlinkSync(a, b);
    await refusedBesideASeed(a, /ELOOP|too many symbolic links/);
  });

  it('binary file (NUL bytes): refused with one line naming it, exit 2, the other files still read', async () => {
    await refusedBesideASeed(tempFile('archive.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff])), /^binary file/);
  });

  it('Big5-encoded file: read as Big5, like its UTF-8 copy, the JSON naming the encoding', async () => {
    assert.equal(new TextDecoder('big5').decode(BIG5), '中文 營收 美元\n');
    const { outline, encoding } = await readOutline(tempFile('big5.txt', BIG5));
    assert.equal(encoding, 'big5');
    assert.deepEqual(outline, await outlineOf(tempFile('utf8.txt', '中文 營收 美元\n')));
  });

  it('GBK-encoded file: read as GB18030, like its UTF-8 copy, the JSON naming the encoding', async () => {
    assert.equal(new TextDecoder('gbk').decode(GBK), '中文 营收 美元\n');
    const { outline, encoding } = await readOutline(tempFile('gbk.txt', GBK));
    assert.equal(encoding, 'gb18030');
    assert.deepEqual(outline, await outlineOf(tempFile('utf8.txt', '中文 营收 美元\n')));
  });

  it('Windows-1252 file (curly quotes, dashes, accents): read as Windows-1252, like its UTF-8 copy', async () => {
    const text = 'Operator\n\nThank you. Revenue was $5 million \u2014 our \u201cbest\u201d quarter, caf\u00e9 included.\n';
    const bytes = Uint8Array.from([...text].map((c) => ({ '\u2014': 0x97, '\u201c': 0x93, '\u201d': 0x94 })[c] ?? c.charCodeAt(0)));
    const { outline, encoding } = await readOutline(tempFile('cp1252.txt', bytes));
    assert.equal(encoding, 'windows-1252');
    assert.deepEqual(outline, await outlineOf(tempFile('utf8.txt', text)));
  });

  it('a file in no encoding it recognises (UTF-8 with a damaged byte): refused with one line naming it, exit 2, the other files still read', async () => {
    const utf8 = Buffer.from(readSeed(SEED_INTERLEAVED), 'utf8');
    const damaged = Uint8Array.from([...utf8.subarray(0, 5000), 0xff, ...utf8.subarray(5000)]);
    await refusedBesideASeed(tempFile('damaged.txt', damaged), /^not UTF-8, and not recognisably Windows-1252, GB18030 or Big5/);
  });

  it('UTF-8 with a byte-order mark: read like UTF-8 without one', async () => {
    const text = readSeed(SEED_INTERLEAVED);
    assert.deepEqual(await outlineOf(tempFile('bom.txt', '\ufeff' + text)), await outlineOf(SEED_INTERLEAVED));
  });

  it('UTF-16 with a byte-order mark, little- or big-endian: read like UTF-8', async () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readSeed(SEED_INTERLEAVED), 'utf16le')]);
    const big = Buffer.from(little).swap16();
    const expected = await outlineOf(SEED_INTERLEAVED);
    assert.deepEqual(await outlineOf(tempFile('utf16le.txt', little)), expected);
    assert.deepEqual(await outlineOf(tempFile('utf16be.txt', big)), expected);
  });

  it('UTF-16 without a byte-order mark, little- or big-endian: told by its zero bytes and read like UTF-8', async () => {
    const little = Buffer.from(readSeed(SEED_INTERLEAVED), 'utf16le');
    const expected = await outlineOf(SEED_INTERLEAVED);
    assert.deepEqual(await readOutline(tempFile('utf16le.txt', little)), { outline: expected, encoding: 'utf-16le' });
    assert.deepEqual(await readOutline(tempFile('utf16be.txt', Buffer.from(little).swap16())), { outline: expected, encoding: 'utf-16be' });
  });

  it('binary data with NUL bytes on both sides of each pair (not UTF-16): refused as binary with one line naming it, exit 2, the other files still read', async () => {
    await refusedBesideASeed(tempFile('utf32.txt', Buffer.from('\0\0\0O\0\0\0p\0\0\0e\0\0\0r', 'latin1')), /^binary file/);
  });
});

// Faults of the core that the catalogue's inputs uncovered. Kept out of the catalogue (the README
// documents what holds); each fails until the core is fixed, with the smallest input that shows it.
describe('faults that bad input once revealed in the analysis', () => {
  it('speaker names with accented letters or combining marks are read as speakers', () => {
    for (const name of ['José García', 'Jose\u0301 Garci\u0301a', 'Zoë Müller']) {
      const turns = allTurns(analysed(interleavedCall(2, name)).transcript);
      assert.deepEqual(turns.map((t) => t.speaker.name), [name, 'Jane Doe'], JSON.stringify(name));
    }
  });

  it('Chinese only with Latin speaker names (`Matthew Prince - 首席執行官`): no figure is reported', () => {
    const chinese = readSeed(SEED_INTERLEAVED).split('\n').filter((line) => isChineseText(line)).join('\n');
    assert.deepEqual(codes(analysed(chinese)), []);
  });

  it('an amount followed by a range word at the very end of a paragraph (`$5 to`, `between $5 and`) is read without error', () => {
    for (const ending of ['$5 to', 'between $5 and', '$5-', 'US$5 and', 'RMB5 to', '₹5 to']) {
      const text = `Jane Doe -- CFO\n\nRevenue was ${ending}\n營收為 5 美元\n`;
      assert.doesNotThrow(() => analysed(text), ending);
    }
  });
});
