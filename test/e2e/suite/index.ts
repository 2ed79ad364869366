// Entry point of the extension-host tests: VS Code (code-server here, @vscode/test-electron on a
// desktop) loads this module from `extensionTestsPath` and awaits `run()` inside its extension host.
// Runs every compiled `*.test.js` next to this file with mocha; rejects when any test fails.
import * as fs from 'fs';
import * as path from 'path';
import type Mocha from 'mocha';

type MochaClass = typeof Mocha;

/**
 * mocha 12 is an ES module re-exporting a CommonJS build. `require('mocha')` works on Node >= 20.19
 * (require of ES modules); older extension hosts get the CommonJS build directly.
 */
function loadMocha(): MochaClass {
  let loaded: MochaClass | { default?: MochaClass; Mocha?: MochaClass };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the extension host loads this suite as CommonJS
    loaded = require('mocha');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw error;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS build, for hosts older than Node 20.19
    loaded = require('mocha/lib/mocha.cjs');
  }
  if (typeof loaded === 'function') return loaded;
  const ctor = loaded.default ?? loaded.Mocha;
  if (typeof ctor !== 'function') throw new Error('require("mocha") did not return the Mocha class');
  return ctor;
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    grep: process.env.E2E_GREP || undefined,
  });

  const files = fs.readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${__dirname}`));
  for (const name of files) mocha.addFile(path.join(__dirname, name));

  return new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
    } catch (error) {
      // A test file that throws while loading lands here.
      reject(error);
    }
  });
}
