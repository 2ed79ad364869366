// The README's "Bad input" table and the catalogue tests cannot drift apart: each row names a test
// of test/analysis/badInput.test.ts, and each catalogue test has a row.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from '../support/helpers';
import { parseSource, testNames } from '../support/sourceScan';

const CATALOGUE_SUITE = 'bad input catalogue';

interface Row {
  readonly input: string;
  readonly outcome: string;
  readonly test: string;
}

/** The rows of the table under `## Bad input` (header and separator left out). */
function catalogueRows(readme: string): Row[] {
  const start = readme.indexOf('\n## Bad input\n');
  assert.ok(start >= 0, 'README has a "## Bad input" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => {
      const cells = line.slice(1, line.lastIndexOf('|')).split(' | ').map((cell) => cell.trim());
      assert.equal(cells.length, 3, `three cells in ${line}`);
      const [input, outcome, test] = cells;
      assert.match(test, /^`[^`]+`$/, `the test column is one name in backticks: ${line}`);
      return { input, outcome, test: test.slice(1, -1) };
    });
}

/** Names that only one side has: rows without a test, and tests without a row. */
function drift(rows: readonly Row[], tests: readonly string[]): { rowsWithoutTest: string[]; testsWithoutRow: string[] } {
  const named = new Set(rows.map((row) => row.test));
  return { rowsWithoutTest: rows.map((row) => row.test).filter((name) => !tests.includes(name)), testsWithoutRow: tests.filter((name) => !named.has(name)) };
}

describe('README bad-input catalogue', () => {
  const rows = catalogueRows(fs.readFileSync(path.join(REPO, 'README.md'), 'utf8'));
  const tests = testNames(parseSource(path.join(REPO, 'test', 'analysis', 'badInput.test.ts')), CATALOGUE_SUITE);

  it('has a row for every catalogue test and a catalogue test for every row', () => {
    assert.ok(tests.length >= 20, `${tests.length} catalogue tests found`);
    assert.deepEqual(drift(rows, tests), { rowsWithoutTest: [], testsWithoutRow: [] });
  });

  it('names each test once and fills every cell', () => {
    assert.equal(new Set(rows.map((row) => row.test)).size, rows.length);
    assert.equal(new Set(tests).size, tests.length);
    for (const row of rows) assert.ok(row.input && row.outcome, `input and outcome for ${row.test}`);
  });

  it('notices a renamed test and a missing row', () => {
    const doctored = [...rows.slice(1), { ...rows[1], test: `${rows[1].test} (renamed)` }];
    assert.deepEqual(drift(doctored, tests), { rowsWithoutTest: [`${rows[1].test} (renamed)`], testsWithoutRow: [rows[0].test] });
  });
});
