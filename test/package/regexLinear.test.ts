// Every regular expression of the analysis, presentation, shared code and the CLI is checked for catastrophic backtracking by
// redos-detector, which reasons about the pattern itself: linear behaviour is asserted on the
// structure of each regex, not on a clock. (The adversarial benchmark measures the time.)
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isSafe, toFriendly } from 'redos-detector';
import { REPO } from '../support/helpers';
import { parseSource, regexSites, sourceFilesUnder, type RegexSite } from '../support/sourceScan';

/**
 * `RegExp(...)` constructions whose pattern is not a constant of the file, so it cannot be checked
 * here; keyed by file and the code as written. A new one fails the test until it is listed.
 */
const UNCHECKED_CONSTRUCTIONS: ReadonlyArray<{ file: string; code: string; reason: string }> = [
  {
    file: 'src/presentation/reportHtml.ts',
    code: "new RegExp(`</${tag}|<!--`, 'i')",
    reason: "tag is 'script' or 'style' (the parameter's type), so the pattern is a fixed alternation without quantifiers",
  },
];

/**
 * Anchored patterns that redos-detector cannot prove linear within its search budget (nested bounded
 * repeats of name words), which the code only ever runs on a bounded piece of text: whatever they do,
 * their work per call is bounded by a constant. Each names the guard that bounds the input; the test
 * checks the guard is still in the file.
 */
const BOUNDED_INPUT: ReadonlyArray<{ file: string; code: string; guard: string }> = [
  { file: 'src/analysis/parse/speakers.ts', code: "new RegExp(`^(${NAME})\\\\s{1,4}[-–—]{1,2}\\\\s{1,4}(.+)$`, 'u')", guard: 'if (line.length === 0 || line.length > SPEAKER_LINE_LENGTH) return null;' },
  { file: 'src/analysis/parse/speakers.ts', code: "new RegExp(`^(${NAME}),\\\\s{1,4}(.+)$`, 'u')", guard: 'if (line.length === 0 || line.length > SPEAKER_LINE_LENGTH) return null;' },
  { file: 'src/analysis/parse/speakers.ts', code: "new RegExp(`^(${NAME})$`, 'u')", guard: 'if (line.length === 0 || line.length > SPEAKER_LINE_LENGTH) return null;' },
  { file: 'src/analysis/parse/speakers.ts', code: "new RegExp(`^(${NAME})(?:\\\\s{0,4}[(（]([^)）]{1,80})[)）])?\\\\s{0,4}[:：]\\\\s{0,4}`, 'u')", guard: 'COLON.exec(text.slice(0, SPEAKER_LINE_LENGTH))' },
];

const FOLDERS = ['src/analysis', 'src/presentation', 'src/shared', 'src/cli'];

function explain(regex: RegExp): string {
  const result = isSafe(regex);
  return result.safe ? '' : toFriendly(result, { resultsLimit: 2 });
}

describe('regular expressions of src/analysis, src/presentation, src/shared and src/cli are linear (redos-detector)', function () {
  // redos-detector explores each pattern's paths; a few patterns take a second on a loaded machine.
  this.timeout(60_000);
  const files = FOLDERS.flatMap((folder) => sourceFilesUnder(path.join(REPO, folder)));
  const sites = files.flatMap((file) => regexSites(parseSource(file)).map((site) => ({ file: path.relative(REPO, file).split(path.sep).join('/'), ...site })));

  it('the checker rejects a known catastrophic pattern and accepts a linear one', () => {
    assert.equal(isSafe(/^(a+)+b$/).safe, false);
    assert.equal(isSafe(/(a+)+b/).safe, false);
    assert.equal(isSafe(/^[a-c]*d[a-c]*$/).safe, true);
  });

  it('the scan finds literals and constructions, and reads constant patterns', () => {
    const sample = parseSource(
      'sample.ts',
      "const WORD = '[a-z]+';\nconst A = /\\d+/g;\nconst B = new RegExp(`^${WORD}$`, 'i');\nconst C = RegExp(input);\n",
    );
    const found = regexSites(sample);
    assert.deepEqual(found.map((s: RegexSite) => [s.line, s.kind, s.regex?.source ?? null, s.regex?.flags ?? null]), [
      [2, 'literal', '\\d+', 'g'],
      [3, 'constructed', '^[a-z]+$', 'i'],
      [4, 'constructed', null, null],
    ]);
    assert.ok(sites.filter((s) => s.kind === 'literal').length > 50, 'the real sources have many literals');
  });

  const boundedEntry = (site: { file: string; code: string }) => BOUNDED_INPUT.find((entry) => entry.file === site.file && entry.code === site.code);
  for (const site of sites) {
    if (!site.regex) continue;
    const bounded = boundedEntry(site);
    it(`${site.file}:${site.line} ${site.kind === 'literal' ? site.code : `RegExp /${site.regex.source}/`}`, () => {
      if (bounded) {
        assert.ok(site.regex!.source.startsWith('^'), `${site.code} must stay anchored`);
        assert.ok(fs.readFileSync(path.join(REPO, site.file), 'utf8').includes(bounded.guard), `${site.file} no longer bounds the input: ${bounded.guard}`);
        return;
      }
      assert.ok(isSafe(site.regex!).safe, `not linear: ${site.file}:${site.line} ${site.code}\n${explain(site.regex!)}`);
    });
  }

  it('every pattern listed as run on bounded input exists', () => {
    for (const entry of BOUNDED_INPUT) assert.ok(sites.some((site) => site.file === entry.file && site.code === entry.code), `stale entry: ${entry.code}`);
  });

  it('every RegExp built from a non-constant pattern is listed with a reason, and the list has no stale entries', () => {
    const unchecked = sites.filter((s) => !s.regex).map((s) => `${s.file}: ${s.code}`);
    assert.deepEqual(unchecked.sort(), UNCHECKED_CONSTRUCTIONS.map((c) => `${c.file}: ${c.code}`).sort());
    for (const entry of UNCHECKED_CONSTRUCTIONS) assert.ok(entry.reason.length > 20, `a reason for ${entry.code}`);
  });
});
