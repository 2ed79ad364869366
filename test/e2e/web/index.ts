// Entry point of the tests in VS Code for the Web: the workbench loads this bundle from
// `extensionTestsPath` into the browser's web-worker extension host, where the development extension
// runs from its `browser` entry, and awaits `run()`. The worker has no Node and loads no other file,
// so esbuild.js bundles mocha's browser build and every `*.test.ts` of this folder into this module.
import mocha from 'mocha/mocha.js';
import loadTests from 'web-e2e-tests';

export function run(): Promise<void> {
  // The spec reporter writes through mocha's own stdout shim, which logs to the console.
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  loadTests();
  return new Promise<void>((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} web extension-host test(s) failed`));
      else resolve();
    });
  });
}
