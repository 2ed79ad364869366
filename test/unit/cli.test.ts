import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { z } from 'zod';
import { runCli } from '../../src/cli/run';
import { SEED_BULLETED, SEED_INTERLEAVED } from './helpers';

/** The outline JSON as the public interface promises it. */
const OutlineSchema = z.object({
  file: z.string(),
  layout: z.string(),
  sections: z.array(
    z.object({
      title: z.string(),
      line: z.number().int().positive(),
      turns: z.array(
        z.object({
          speaker: z.string(),
          title: z.string().nullable(),
          role: z.enum(['operator', 'executive', 'analyst', 'unknown']),
          line: z.number().int().positive(),
          endLine: z.number().int().positive(),
          paragraphs: z.number().int().nonnegative(),
        }),
      ),
    }),
  ),
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

function tempFile(name: string, bytes: Uint8Array | string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-review-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

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

  it('refuses a missing, binary or non-UTF-8 file with one line each, exit 2, and still reads the others', async () => {
    const missing = path.join(os.tmpdir(), 'no-such-transcript.txt');
    const binary = tempFile('binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    const big5 = tempFile('big5.txt', new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5, 0x0a])); // 中文 in Big5
    const { code, out, err } = await run(['outline', missing, binary, big5, SEED_INTERLEAVED, '--json']);
    assert.equal(code, 2);
    const lines = err.trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /no-such-transcript\.txt: no such file/);
    assert.match(lines[1], /binary\.txt: binary file/);
    assert.match(lines[2], /big5\.txt: not valid UTF-8/);
    assert.equal(OutlineSchema.parse(JSON.parse(out)).layout, 'interleaved');
  });

  it('reads UTF-16 and UTF-8 with a byte-order mark', async () => {
    const text = fs.readFileSync(SEED_INTERLEAVED, 'utf8');
    const utf16 = tempFile('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const bom = tempFile('bom.txt', '\ufeff' + text);
    for (const file of [utf16, bom]) {
      const { code, out } = await run(['outline', file, '--json']);
      assert.equal(code, 0);
      assert.equal(OutlineSchema.parse(JSON.parse(out)).sections[0].turns[0].line, 20);
    }
  });

  it('rejects unknown commands and options with exit 2', async () => {
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run(['outline', '--bogus'])).code, 2);
    assert.equal((await run([])).code, 2);
  });
});
