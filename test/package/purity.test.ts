import { strict as assert } from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import { REPO } from '../support/helpers';

const SRC = path.join(REPO, 'src');
const NODE_MODULES = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** Each layer of src/ and the layers it must not import from (the analysis knows nothing of how it is shown). */
const LAYERS: Record<string, readonly string[]> = {
  analysis: ['presentation', 'extension', 'cli', 'webview'],
  shared: ['analysis', 'presentation', 'extension', 'cli', 'webview'],
  presentation: ['extension', 'cli', 'webview'],
};

function importsOf(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** The top folder of src/ that a relative import from `file` lands in. */
function layerOf(file: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep)[0];
}

// These layers also run in VS Code for the Web: no vscode API and no Node built-ins there.
for (const [layer, forbidden] of Object.entries(LAYERS)) {
  describe(`src/${layer} purity`, () => {
    const dir = path.join(SRC, layer);
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.ts'));

    it('has source files', () => assert.ok(files.length > 0));

    for (const file of files) {
      it(`${file} imports neither vscode, Node built-ins, nor ${forbidden.join(', ')}`, () => {
        const full = path.join(dir, file);
        const imports = importsOf(full);
        assert.deepEqual(imports.filter((name) => name === 'vscode' || NODE_MODULES.has(name)), []);
        assert.deepEqual(imports.filter((name) => forbidden.includes(layerOf(full, name) ?? '')), []);
        assert.ok(!/\bprocess\.|\bBuffer\b|__dirname/.test(fs.readFileSync(full, 'utf8')), 'uses a Node global');
      });
    }
  });
}
