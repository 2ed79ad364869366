import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeReports } from '../../src/cli/report';
import { FINDING_CODES } from '../../src/shared/vocabulary';
import { REPO, SEED_BULLETED, SEED_INTERLEAVED } from '../support/helpers';

describe('writeReports', () => {
  let out: string;
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'review-report-'));
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it('writes one self-contained report per transcript into a new folder', () => {
    const target = path.join(out, 'nested', 'reports');
    const results = writeReports([SEED_BULLETED, SEED_INTERLEAVED], target, { packageDir: REPO });
    assert.deepEqual(results.map((r) => ('output' in r ? path.basename(r.output) : r.error)), ['000_fc229bb68bbd6b60.review.html', '002_f7a40acd86bfc4bc.review.html']);
    for (const result of results) {
      assert.ok('output' in result);
      const html = fs.readFileSync(result.output, 'utf8');
      assert.ok(html.includes('http-equiv="Content-Security-Policy"'));
      assert.ok(html.includes('id="review-data"'));
      assert.ok(html.includes(fs.readFileSync(path.join(REPO, 'dist', 'webview', 'panel.js'), 'utf8').slice(0, 200)));
      assert.ok(html.includes('Matthew Prince'));
    }
  });

  it('reports an unreadable file and still writes the others, under unique names', () => {
    const copy = path.join(out, 'in', path.basename(SEED_INTERLEAVED));
    fs.mkdirSync(path.dirname(copy));
    fs.copyFileSync(SEED_INTERLEAVED, copy);
    const results = writeReports([SEED_INTERLEAVED, path.join(out, 'missing.txt'), copy], path.join(out, 'r'), { packageDir: REPO });
    assert.equal(results.length, 3);
    assert.ok('error' in results[1] && results[1].error.includes('no such file'));
    const names = results.flatMap((r) => ('output' in r ? [path.basename(r.output)] : []));
    assert.deepEqual(names, ['002_f7a40acd86bfc4bc.review.html', '002_f7a40acd86bfc4bc-2.review.html']);
  });

  it('fails clearly when the panel assets are missing', () => {
    assert.throws(() => writeReports([SEED_INTERLEAVED], out, { packageDir: path.join(out, 'nowhere') }), /panel\.js/);
  });

  it('leaves out disabled checks', () => {
    const [all] = writeReports([SEED_INTERLEAVED], path.join(out, 'a'), { packageDir: REPO });
    const [none] = writeReports([SEED_INTERLEAVED], path.join(out, 'b'), { packageDir: REPO, disabledChecks: FINDING_CODES });
    const total = (result: typeof all) => {
      assert.ok('output' in result);
      return JSON.parse(fs.readFileSync(result.output, 'utf8').match(/id="review-data">([^<]*)</)![1]).payload.totalProblems as number;
    };
    assert.ok(total(all) > 0);
    assert.equal(total(none), 0);
  });
});
