// The vocabulary (src/shared/vocabulary.ts) is the one declaration of finding codes, severities, roles
// and section kinds. What cannot import it — package.json's settings and the l10n bundles — must agree
// with it; everything else derives from it in code.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SEVERITIES, FINDING_CODES, SEVERITIES, vocabularyTexts } from '../../src/shared/vocabulary';
import { REPO } from '../support/helpers';

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as T;

interface SettingSchema {
  readonly properties: Record<string, { readonly type: string; readonly default: unknown; readonly enum?: readonly string[] }>;
  readonly default: Record<string, unknown>;
  readonly additionalProperties: boolean;
}

describe('vocabulary', () => {
  const properties = readJson<{ contributes: { configuration: { properties: Record<string, SettingSchema> } } }>('package.json').contributes.configuration.properties;

  it('transcriptReview.checks lists every finding code, on by default, and nothing else', () => {
    const checks = properties['transcriptReview.checks'];
    assert.deepEqual(Object.keys(checks.properties), [...FINDING_CODES]);
    for (const code of FINDING_CODES) assert.deepEqual({ type: checks.properties[code].type, default: checks.properties[code].default }, { type: 'boolean', default: true }, code);
    assert.deepEqual(checks.default, Object.fromEntries(FINDING_CODES.map((code) => [code, true])));
    assert.equal(checks.additionalProperties, false);
  });

  it("transcriptReview.severity lists every finding code with the vocabulary's default severity", () => {
    const severity = properties['transcriptReview.severity'];
    assert.deepEqual(Object.keys(severity.properties), [...FINDING_CODES]);
    for (const code of FINDING_CODES) {
      assert.equal(severity.properties[code].default, DEFAULT_SEVERITIES[code], code);
      assert.deepEqual(severity.properties[code].enum, [...SEVERITIES], code);
    }
    assert.deepEqual(severity.default, { ...DEFAULT_SEVERITIES });
    assert.equal(severity.additionalProperties, false);
  });

  for (const locale of ['zh-tw', 'zh-cn']) {
    it(`l10n/bundle.l10n.${locale}.json translates every label and message template`, () => {
      const bundle = readJson<Record<string, string>>(`l10n/bundle.l10n.${locale}.json`);
      assert.deepEqual(vocabularyTexts().filter((text) => !(text in bundle)), []);
    });
  }
});
