// Every regular expression of the core and the CLI is checked for catastrophic backtracking by
// redos-detector, which reasons about the pattern itself: linear behaviour is asserted on the
// structure of each regex, not on a clock. (The adversarial benchmark measures the time.)
import { strict as assert } from 'assert';
import * as path from 'path';
import { isSafe, toFriendly } from 'redos-detector';
import { REPO } from './helpers';
import { parseSource, regexSites, sourceFilesUnder, type RegexSite } from './sourceScan';

/**
 * `RegExp(...)` constructions whose pattern is not a constant of the file, so it cannot be checked
 * here; keyed by file and the code as written. A new one fails the test until it is listed.
 */
const UNCHECKED_CONSTRUCTIONS: ReadonlyArray<{ file: string; code: string; reason: string }> = [
  {
    file: 'src/core/reportHtml.ts',
    code: "new RegExp(`</${tag}|<!--`, 'i')",
    reason: "tag is 'script' or 'style' (the parameter's type), so the pattern is a fixed alternation without quantifiers",
  },
];

const FOLDERS = ['src/core', 'src/cli'];

function explain(regex: RegExp): string {
  const result = isSafe(regex);
  return result.safe ? '' : toFriendly(result, { resultsLimit: 2 });
}

describe('regular expressions of src/core and src/cli are linear (redos-detector)', function () {
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

  for (const site of sites) {
    if (!site.regex) continue;
    it(`${site.file}:${site.line} ${site.kind === 'literal' ? site.code : `RegExp /${site.regex.source}/`}`, () => {
      assert.ok(isSafe(site.regex!).safe, `not linear: ${site.file}:${site.line} ${site.code}\n${explain(site.regex!)}`);
    });
  }

  it('every RegExp built from a non-constant pattern is listed with a reason, and the list has no stale entries', () => {
    const unchecked = sites.filter((s) => !s.regex).map((s) => `${s.file}: ${s.code}`);
    assert.deepEqual(unchecked.sort(), UNCHECKED_CONSTRUCTIONS.map((c) => `${c.file}: ${c.code}`).sort());
    for (const entry of UNCHECKED_CONSTRUCTIONS) assert.ok(entry.reason.length > 20, `a reason for ${entry.code}`);
  });
});
