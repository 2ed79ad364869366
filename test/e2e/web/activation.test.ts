// Where the tests run: VS Code for the Web's web-worker extension host, with the extension loaded
// from its `browser` entry (the runner's copy of package.json has no `main`).
import * as vscode from 'vscode';
import * as assert from './assert';
import { EXTENSION_ID, LANGUAGE_ID } from './helpers';

describe('web-worker extension host', () => {
  it('is a browser worker: no Node `process`, a `navigator`, and VS Code in its web UI', () => {
    const scope = globalThis as Record<string, unknown>;
    assert.equal(typeof scope.process, 'undefined', 'process exists');
    assert.equal(typeof scope.navigator, 'object', 'navigator');
    assert.equal(typeof scope.importScripts, 'function', 'importScripts (a worker global)');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'uiKind');
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}), ${String(scope.navigator && (scope.navigator as { userAgent?: string }).userAgent)}`);
  });

  it('loads the development extension from its browser entry and activates it', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const manifest = extension.packageJSON as { main?: string; browser?: string };
    assert.equal(manifest.main, undefined, 'the manifest under test has no Node entry');
    assert.equal(manifest.browser, './dist/extension.js', 'browser entry');
    await extension.activate();
    assert.ok(extension.isActive, `${EXTENSION_ID} did not activate`);
  });

  it('knows the transcript language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes(LANGUAGE_ID), `languages: ${languages.join(', ')}`);
  });
});
