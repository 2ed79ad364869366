// The browser build's guard (esbuild.js): code reached from the web entry may use neither Node's
// modules nor its globals. Each case bundles a tiny fixture the way esbuild.js bundles the web entry.
import { strict as assert } from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../support/helpers';

// esbuild.js is plain CommonJS outside the compiled tests: load it from the repository at run time.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time
const { noNodeInBrowserPlugin } = require(path.join(REPO, 'esbuild.js')) as { noNodeInBrowserPlugin: esbuild.Plugin };

describe('browser build guard against Node', () => {
  let scratch: string;
  before(() => { scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-review-web-build-')); });
  after(() => fs.rmSync(scratch, { recursive: true, force: true }));

  /** Bundles `source` for the browser and returns esbuild's error texts ([] when it built). */
  async function buildErrors(source: string, plugins: esbuild.Plugin[] = [noNodeInBrowserPlugin]): Promise<string[]> {
    const entry = path.join(fs.mkdtempSync(path.join(scratch, 'case-')), 'entry.ts');
    fs.writeFileSync(entry, source);
    try {
      await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'cjs', external: ['vscode'], write: false, logLevel: 'silent', plugins });
      return [];
    } catch (error) {
      return ((error as esbuild.BuildFailure).errors ?? []).map((message) => message.text);
    }
  }

  it('fails on an import of a Node module, naming it and the importing file', async () => {
    const errors = await buildErrors(`import { readFileSync } from 'fs';\nexport const read = readFileSync;\n`);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /"fs" is a Node built-in module, imported by .*entry\.ts/);
  });

  it('fails on node: imports and subpaths', async () => {
    const errors = await buildErrors(`import { join } from 'node:path';\nimport { readFile } from 'fs/promises';\nexport const x = [join, readFile];\n`);
    assert.deepEqual(errors.map((text) => /^"([^"]+)"/.exec(text)?.[1]).sort(), ['fs/promises', 'node:path']);
  });

  it('fails on a dynamic import of a Node module inside try/catch, which esbuild alone lets through', async () => {
    const source = `export async function load() {\n  try { return await import('os'); } catch { return undefined; }\n}\n`;
    assert.deepEqual(await buildErrors(source, []), [], 'esbuild alone builds it (so the guard is what catches it)');
    const errors = await buildErrors(source);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /"os" is a Node built-in module/);
  });

  it('fails on Node globals used in our sources, naming each (a CommonJS require in try/catch too)', async () => {
    const source = `export const home = process.env.HOME;\nexport const bytes = Buffer.from('x');\nlet os: unknown;\ntry { os = require('os'); } catch { os = undefined; }\nexport { os };\n`;
    assert.deepEqual(await buildErrors(source, []), [], 'esbuild alone builds it');
    const errors = await buildErrors(source);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /entry\.ts uses the Node globals process, Buffer, require/);
  });

  it('builds code that only uses what a web worker has (and local names that look like Node globals)', async () => {
    const source = [
      'const process = (text: string) => text.trim(); // a local name, not the global',
      'export const nonce = globalThis.crypto.getRandomValues(new Uint8Array(4));',
      "export const bytes = new TextEncoder().encode(process(' x '));",
      'export const later = setTimeout(() => undefined, 0);',
      '// process.env and Buffer in a comment do not count',
    ].join('\n');
    assert.deepEqual(await buildErrors(source), []);
  });
});
