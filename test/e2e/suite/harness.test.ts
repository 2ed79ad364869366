// Sanity checks of the test harness itself: a real VS Code API and our development extension.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, LANGUAGE_ID } from './helpers';

describe('extension host', () => {
  it('runs inside a real VS Code', () => {
    assert.ok(vscode.version, 'vscode.version is empty');
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}), Node ${process.versions.node}`);
  });

  it('has the development extension loaded and activates it', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate();
    assert.ok(extension.isActive, `${EXTENSION_ID} did not activate`);
  });

  it('knows the transcript language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes(LANGUAGE_ID), `languages: ${languages.join(', ')}`);
  });
});
