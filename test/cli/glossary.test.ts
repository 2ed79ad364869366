import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { readGlossary } from '../../src/cli/glossary';
import { CheckSchema, NamesSchema, run, scratchFolder } from '../support/cli';
import { SEED_BULLETED } from '../support/helpers';

const { tempDir, tempFile } = scratchFolder('transcript-review-glossary-');

/** Seed 000 writes "Zero Trust" in English in some translations: a glossary that asks for 零信任 finds them. */
const GLOSSARY_CSV = 'english,chinese,kind\nZero Trust,零信任,product\n';

const termLines = (out: string) => CheckSchema.parse(JSON.parse(out)).diagnostics.filter((d) => d.code === 'term-mismatch').map((d) => d.line);

describe('CLI glossary', () => {
  it('--glossary FILE: its terms are checked by check and listed by names', async () => {
    const file = tempFile('terms.csv', GLOSSARY_CSV);
    const without = await run(['check', SEED_BULLETED, '--json']);
    assert.deepEqual(termLines(without.out), []);
    const withTerms = await run(['check', SEED_BULLETED, '--json', `--glossary=${file}`]);
    assert.equal(withTerms.code, without.code);
    assert.ok(termLines(withTerms.out).length > 0, 'term-mismatch found');
    assert.equal(withTerms.err, '', 'JSON runs say nothing on stderr of a glossary that works');
    const names = NamesSchema.parse(JSON.parse((await run(['names', SEED_BULLETED, '--json', '--glossary', file])).out));
    const zeroTrust = names.names.find((n) => n.english === 'Zero Trust');
    assert.ok(zeroTrust && zeroTrust.kind === 'product' && zeroTrust.missing.length === termLines(withTerms.out).length, JSON.stringify(zeroTrust));
    const readable = await run(['names', SEED_BULLETED, '--glossary', file]);
    assert.match(readable.err, /glossary .*terms\.csv: 1 terms/);
  });

  it('a glossary that cannot be used is said once, and the checks go on without it', async () => {
    const bad = tempFile('bad.json', '[{"english": "Zero Trust"}]');
    const result = await run(['check', SEED_BULLETED, SEED_BULLETED, '--json', '--glossary', bad]);
    assert.equal(result.err.match(/is not used/g)?.length, 1, result.err);
    assert.match(result.err, /bad\.json is not used: Glossary entry 1: expected/);
    assert.equal(result.code, (await run(['check', SEED_BULLETED, SEED_BULLETED, '--json'])).code);
    assert.match((await run(['check', SEED_BULLETED, '--glossary', path.join(tempDir('none-'), 'missing.csv')])).err, /missing\.csv is not used: no such file/);
    assert.match((await run(['check', SEED_BULLETED, '--glossary', tempFile('terms.txt', GLOSSARY_CSV)])).err, /is not used: a glossary is a \.csv, \.json or \.tbx file/);
    assert.match((await run(['check', SEED_BULLETED, '--glossary', tempFile('latin1.csv', Buffer.from('english,chinese\nCaf\xe9,咖啡\n', 'latin1'))])).err, /is not UTF-8 text/);
    assert.equal((await run(['check', SEED_BULLETED, '--glossary'])).code, 2, '--glossary needs a file');
    const chinese = await run(['check', SEED_BULLETED, '--json', '--glossary', bad, '--lang', 'zh-tw']);
    assert.match(chinese.err, /未使用詞彙表 .*bad\.json：詞彙表第 1 個條目/);
  });

  it('without --glossary, reads transcript-glossary.csv and .json from the working folder', () => {
    const folder = tempDir('workspace-');
    assert.deepEqual(readGlossary(null, folder), { entries: [], used: [], problems: [] });
    fs.writeFileSync(path.join(folder, 'transcript-glossary.csv'), GLOSSARY_CSV);
    fs.writeFileSync(path.join(folder, 'transcript-glossary.json'), JSON.stringify({ terms: [{ english: 'Workers AI', chinese: 'Workers AI' }] }));
    const read = readGlossary(null, folder);
    assert.deepEqual(read.entries.map((entry) => entry.english), ['Zero Trust', 'Workers AI']);
    assert.deepEqual(read.used.map(({ file, terms }) => [path.basename(file), terms]), [['transcript-glossary.csv', 1], ['transcript-glossary.json', 1]]);
    fs.writeFileSync(path.join(folder, 'transcript-glossary.json'), '');
    assert.equal(readGlossary(null, folder).problems.length, 1);
    assert.equal(readGlossary(null, folder).entries.length, 1, 'the good file still counts');
  });
});
