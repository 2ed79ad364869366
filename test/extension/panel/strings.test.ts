import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_UI_STRINGS } from '../../../src/presentation/reviewPayload';
import { REPO } from '../../support/helpers';

// The panel looks each UI string up with a literal vscode.l10n.t call (which the l10n test checks against
// the bundles); the English it passes must be the payload's default, key for key.
describe('panel UI strings', () => {
  const code = fs.readFileSync(path.join(REPO, 'src', 'extension', 'panel', 'strings.ts'), 'utf8');
  const pairs = Object.fromEntries([...code.matchAll(/^\s*(\w+): vscode\.l10n\.t\('((?:\\.|[^'\\])*)'\),?$/gm)].map((m) => [m[1], m[2].replace(/\\(.)/g, '$1')]));

  it('localises every default string with its English text as the key', () => {
    assert.deepEqual(pairs, { ...DEFAULT_UI_STRINGS });
  });
});
