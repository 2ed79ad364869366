import { strict as assert } from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import { REPO } from './helpers';

// src/core also runs in VS Code for the Web: no vscode API and no Node built-ins there.
describe('src/core purity', () => {
  const dir = path.join(REPO, 'src', 'core');
  const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.ts'));
  const forbidden = new Set(['vscode', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

  it('has source files', () => assert.ok(files.length > 3));

  for (const file of files) {
    it(`${file} imports neither vscode nor Node built-ins`, () => {
      const code = fs.readFileSync(path.join(dir, file), 'utf8');
      const imports = [...code.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      assert.deepEqual(imports.filter((name) => forbidden.has(name)), []);
      assert.ok(!/\bprocess\.|\bBuffer\b|__dirname/.test(code), 'uses a Node global');
    });
  }
});
