import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { METRIC_LABELS } from '../../src/analysis/metrics/metrics';
import { GLOSSARY_ERRORS } from '../../src/analysis/names';
import { DIRECTION_WORDS, UNIT_TEMPLATES } from '../../src/presentation/messages';
import { DEFAULT_UI_STRINGS } from '../../src/presentation/strings';
import { vocabularyTexts } from '../../src/shared/vocabulary';
import { REPO } from '../support/helpers';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.ts')).map((name) => path.join(dir, name));
}

/** Every string the code translates: literals passed to l10n.t anywhere in src/ (the extension's vscode.l10n.t, the CLI's @vscode/l10n), and the core's English tables that front ends look up. */
function stringsInCode(): Set<string> {
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(REPO, 'src'))) {
    const code = fs.readFileSync(file, 'utf8');
    for (const match of code.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) found.add(match[2].replace(/\\(.)/g, '$1'));
  }
  // The front ends look up the vocabulary's labels and messages, the panel's strings, metric names, unit words and glossary errors by their English.
  for (const template of [...vocabularyTexts(), ...Object.values(DIRECTION_WORDS), ...Object.values(DEFAULT_UI_STRINGS), ...METRIC_LABELS, ...Object.values(UNIT_TEMPLATES), ...Object.values(GLOSSARY_ERRORS)]) found.add(template);
  return found;
}

/** `%key%` placeholders in package.json. */
function manifestKeys(): Set<string> {
  const manifest = fs.readFileSync(path.join(REPO, 'package.json'), 'utf8');
  return new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
}

const readJson = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));

describe('localisation bundles', () => {
  const used = stringsInCode();

  it('finds the strings the code uses', () => assert.ok(used.size >= 5, `${used.size}`));

  for (const locale of ['zh-tw', 'zh-cn']) {
    it(`${locale}: translates every string the code uses, and nothing else`, () => {
      const bundle = readJson(`l10n/bundle.l10n.${locale}.json`);
      assert.deepEqual([...used].filter((key) => !(key in bundle)), [], 'missing from the bundle');
      assert.deepEqual(Object.keys(bundle).filter((key) => !used.has(key)), [], 'unused in the code');
      for (const [key, value] of Object.entries(bundle)) {
        const placeholders = (text: string) => (text.match(/\{\d+\}/g) ?? []).sort().join();
        assert.equal(placeholders(value), placeholders(key), `placeholders of "${key}"`);
      }
    });
  }

  for (const file of ['package.nls.json', 'package.nls.zh-tw.json', 'package.nls.zh-cn.json']) {
    it(`${file}: has exactly the keys package.json uses`, () => {
      assert.deepEqual(Object.keys(readJson(file)).sort(), [...manifestKeys()].sort());
    });
  }
});
