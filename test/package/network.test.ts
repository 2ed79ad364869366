// What the shipped extension can reach: no network at all, no process, no file but the transcripts it is
// given, their reviewed-marks sidecars and an export the user asked for; webview pages that may load
// nothing but their own script and styles. Read from the built bundles (what ships) and, where the bundle
// would be minified, from the sources. Also holds package.json's `capabilities` to these facts.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createNonce, panelCsp, reportCsp } from '../../src/presentation/reportHtml';
import { REPO } from '../support/helpers';

/** The extension's bundles: the Node one and, when it is built, the one for VS Code for the Web. */
const BUNDLES = ['dist/extension.js'];

function bundle(file: string): string {
  const full = path.join(REPO, file);
  assert.ok(fs.existsSync(full), `${file} not found: run \`npm run build\` first`);
  return fs.readFileSync(full, 'utf8');
}

/** The extension's own TypeScript sources (src/extension/**). */
function extensionSources(): Array<{ file: string; code: string }> {
  const dir = path.join(REPO, 'src', 'extension');
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ file: name.split(path.sep).join('/'), code: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

const NETWORK = [
  /\bfetch\s*\(/,
  /\bXMLHttpRequest\b/,
  /\bWebSocket\b/,
  /\bEventSource\b/,
  /\bsendBeacon\b/,
  /\bimportScripts\b/,
  /\bnew\s+(Shared)?Worker\b/,
  /\bhttps?\.(request|get)\s*\(/,
  /\bnet\.(connect|createConnection)\s*\(/,
  /\bopenExternal\b/,
  /\basExternalUri\b/,
];
const CODE_FROM_STRINGS = [/\beval\s*\(/, /\bFunction\s*\(/, /=\s*Function\b/];

describe('network, processes and files', () => {
  for (const file of BUNDLES) {
    describe(file, () => {
      it('requires only vscode: no Node module for network, processes or files', () => {
        const code = bundle(file);
        const required = [...code.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]);
        assert.ok(required.length > 0, 'no require found: is this the bundle?');
        assert.deepEqual([...new Set(required)], ['vscode']);
        assert.ok(!/\brequire\s*\(\s*[^"'`\s)]/.test(code), 'a require of a computed name');
        assert.ok(!/\bimport\s*\(/.test(code), 'a dynamic import');
        assert.ok(!/\bchild_process\b|\bworker_threads\b/.test(code), 'a process API');
      });

      it('calls no network API and builds no code from strings', () => {
        const code = bundle(file);
        for (const pattern of [...NETWORK, ...CODE_FROM_STRINGS]) assert.ok(!pattern.test(code), `${pattern} in ${file}`);
      });

      it('touches files only through the calls reviewed below (method names survive minification)', () => {
        const calls = [...bundle(file).matchAll(/\.fs\.(\w+)\s*\(/g)].map((m) => m[1]).sort();
        assert.deepEqual(calls, ['delete', 'readFile', 'readFile', 'readFile', 'rename', 'stat', 'stat', 'writeFile', 'writeFile']);
      });
    });
  }

  it('the sources use workspace.fs only on the sidecar, its temporary file, a chosen export target, the bundled samples and the glossary files (read only)', () => {
    const calls = extensionSources().flatMap(({ file, code }) => [...code.matchAll(/workspace\.fs\.(\w+)\(\s*(\w+)/g)].map((m) => `${file}: ${m[1]}(${m[2]})`));
    assert.deepEqual(calls.sort(), [
      // The export writes where the user chose in a save dialog (never the transcript: checked before).
      'glossaryFiles.ts: readFile(uri)',
      'glossaryFiles.ts: stat(uri)',
      'panel/export.ts: writeFile(target)',
      'reviewed.ts: delete(temporary)',
      'reviewed.ts: readFile(sidecar)',
      'reviewed.ts: rename(temporary)',
      'reviewed.ts: stat(sidecar)',
      'reviewed.ts: writeFile(temporary)',
      // A sample transcript shipped inside the extension (checked below).
      'samples.ts: readFile(vscode)',
    ]);
    const samples = extensionSources().find(({ file }) => file === 'samples.ts')!.code;
    assert.match(samples, /readFile\(vscode\.Uri\.joinPath\(extensionUri, 'seeds', sample\.file\)\)/, 'samples are read from the extension folder only');
    const reviewed = extensionSources().find(({ file }) => file === 'reviewed.ts')!.code;
    assert.match(reviewed, /const sidecar = ReviewedStore\.sidecarUri\(document\)/, 'the sidecar is derived from the document');
    assert.match(reviewed, /const temporary = sidecar\.with\(/, 'the temporary file sits beside the sidecar');
    assert.match(reviewed, /rename\(temporary, sidecar,/, 'the temporary file is renamed onto the sidecar');
    assert.match(reviewed, /return document\.with\(\{ path: `\$\{document\.path\}\.review\.json` \}\)/, 'the sidecar is NAME.review.json beside the transcript');
    const glossary = extensionSources().find(({ file }) => file === 'glossaryFiles.ts')!.code;
    assert.match(glossary, /for \(const name of GLOSSARY_FILE_NAMES\) \{\n\s+const uri = vscode\.Uri\.joinPath\(folder\.uri, name\);/, 'glossaries are the named files at the root of a workspace folder');
    assert.match(glossary, /createFileSystemWatcher\(`\*\*\/\$\{PATTERN\}`\)/, 'the watcher watches the glossary file names only');
  });

  it('the sources open only the transcripts they are given, and no Node file API or local path', () => {
    const opened = extensionSources().flatMap(({ file, code }) => [...code.matchAll(/openTextDocument\(\s*(\w*)/g)].map((m) => `${file}: ${m[1]}`));
    // The transcript the panel shows, the file the export command was invoked on, and a new untitled
    // document holding a sample's text (`openTextDocument({ language, content })`).
    assert.deepEqual(opened.sort(), ['panel/manager.ts: resource', 'panel/manager.ts: uri', 'samples.ts: ']);
    for (const { file, code } of extensionSources()) {
      // The glossary's watcher is checked above: it watches the glossary file names only.
      const watcher = file === 'glossaryFiles.ts' ? /(?!)/ : /createFileSystemWatcher/;
      assert.ok(!/\bfsPath\b|from 'fs'|from 'path'|from 'os'|\bfindFiles\b|readDirectory/.test(code) && !watcher.test(code), `${file} reaches the file system another way`);
    }
  });
});

describe('webview security', () => {
  const directives = (csp: string) => new Map(csp.split(';').map((part) => part.trim()).filter(Boolean).map((part) => {
    const [name, ...sources] = part.split(/\s+/);
    return [name, sources] as const;
  }));

  for (const [name, csp] of [['panel', (nonce: string) => panelCsp('https://webview.source', nonce)], ['report', reportCsp]] as const) {
    it(`${name} CSP: nothing by default, scripts only with the nonce, no connections, no base or form targets`, () => {
      const nonce = createNonce();
      const policy = directives(csp(nonce));
      assert.deepEqual(policy.get('default-src'), ["'none'"]);
      // Not covered by default-src: a `<base>` or a form could otherwise point anywhere.
      assert.deepEqual(policy.get('base-uri'), ["'none'"]);
      assert.deepEqual(policy.get('form-action'), ["'none'"]);
      assert.deepEqual(policy.get('script-src'), [`'nonce-${nonce}'`]);
      for (const fetching of ['connect-src', 'frame-src', 'child-src', 'worker-src', 'object-src', 'font-src', 'media-src', 'manifest-src']) {
        assert.ok(!policy.has(fetching), `${fetching} widens default-src 'none'`);
      }
      assert.ok(!/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|\bhttp:|\bws:|\bwss:/.test(csp(nonce)), csp(nonce));
    });
  }

  it('the panel webview: no forms, no command links, resources only from media/ and the folder of the panel script', () => {
    const panel = extensionSources().find(({ file }) => file === 'panel/manager.ts')!.code;
    assert.match(panel, /enableForms: false/);
    assert.match(panel, /localResourceRoots: \[vscode\.Uri\.joinPath\(this\.extensionUri, 'media'\), vscode\.Uri\.joinPath\(this\.extensionUri, 'dist', 'webview'\)\]/);
    assert.ok(!/enableCommandUris/.test(panel), 'command: links would let page content run commands');
  });
});

describe('package.json capabilities', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[] }; virtualWorkspaces: boolean | { supported: boolean } };
    contributes: { configuration: { properties: Record<string, { type: string; scope?: string }> } };
  };

  it('declares untrusted workspaces supported exactly when nothing in the workspace can make it run something', () => {
    // A workspace could only steer a program or a path through settings; the bundles run no process and no
    // code from strings (checked above).
    const settings = Object.entries(manifest.contributes.configuration.properties);
    const steerable = settings.filter(([name, schema]) => /path|command|executable|program|script|url/i.test(name.split('.').pop()!) || schema.type === 'string' || schema.scope === 'machine');
    const runsSomething = BUNDLES.some((file) => /\bchild_process\b|\beval\s*\(|\bFunction\s*\(/.test(bundle(file)));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, steerable.length === 0 && !runsSomething ? true : 'limited', steerable.map(([name]) => name).join(', '));
  });

  it('declares virtual workspaces supported exactly when every file access goes through workspace.fs', () => {
    const local = extensionSources().filter(({ code }) => /\bfsPath\b|from '(node:)?fs'|require\('(node:)?fs'\)/.test(code)).map(({ file }) => file);
    assert.equal(manifest.capabilities.virtualWorkspaces, local.length === 0, `local file access in ${local.join(', ')}`);
  });
});
