// Faults and data safety in the real extension host: documents that are not transcripts, documents and
// panels closed while work is pending, invalid settings, two editors on one document, broken or blocked
// sidecars, and the quick fix as one undoable edit. Notifications are recorded by wrapping the `vscode.window`
// object the extension shares with these tests (one API object per extension); the last test reads the
// extension host's log for errors raised in the extension's code while this suite ran.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openAsTranscript, openDocument, scratchFolder, sleep, waitFor } from './helpers';

const SOURCE = 'transcript-review';
const PANEL_VIEW_TYPE = 'transcriptReview.panel';
/** The development extension's folder, from `out/test/e2e/suite/<file>.js`. */
const EXTENSION_DIR = path.resolve(__dirname, '..', '..', '..', '..');
const EXTENSION_ID = 'transcript-review.transcript-review';

/** An interleaved transcript with a wrong figure (line 13) and a scale slip (line 16). */
const SAMPLE = [
  'Prepared Remarks: 準備發言:',
  '',
  '',
  'Operator 操作員',
  '',
  'Good afternoon, and welcome to the Example Corp second-quarter 2024 results call.',
  '午安,歡迎參加 Example Corp 2024 年第二季業績電話會議。',
  '',
  'John Smith -- Chief Executive Officer',
  'John Smith -- 首席執行官',
  '',
  'Revenue was $308.5 million, up 32% year-over-year.',
  '營收為 3.85 億美元,年增 32%。',
  '',
  'Gross profit was $20.3 million for the quarter.',
  '本季毛利為 203 萬美元。',
  '',
].join('\n');
const SAMPLE_FINDINGS = ['figure-mismatch@13:5', 'figure-scale@16:7'];

// ---- Diagnostics -------------------------------------------------------------------------------------

function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** `code@line:column`, 1-based, sorted. */
function summary(uri: vscode.Uri): string[] {
  return ours(uri).map((d) => `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).sort();
}

function diagnosticsWhen(uri: vscode.Uri, what: string, ready: (list: vscode.Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => (ready(ours(uri)) ? ours(uri) : undefined), timeoutMs).catch(async (error: Error) => {
    const document = openDocument(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri).then((list) => (list ?? []).map((symbol) => symbol.name).join(', '), () => '?');
    const state = document ? `${document.languageId}, version ${document.version}, ${document.getText().length} characters, outline: ${symbols || '(none)'}` : 'not open';
    throw new Error(`${error.message}; diagnostics now: ${summary(uri).join(', ') || '(none)'} (document ${state})`);
  });
}

function waitForFindings(uri: vscode.Uri, expected: string[], what = expected.join(', ') || 'no diagnostics'): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhen(uri, what, () => summary(uri).join() === expected.join());
}

// ---- Notifications -----------------------------------------------------------------------------------

type Level = 'error' | 'warning' | 'information';
const SHOW: Record<Level, 'showErrorMessage' | 'showWarningMessage' | 'showInformationMessage'> = {
  error: 'showErrorMessage',
  warning: 'showWarningMessage',
  information: 'showInformationMessage',
};

/** Records what the extension shows, and shows it as before. */
class Notifications {
  readonly shown: Array<{ level: Level; message: string }> = [];
  private readonly originals = new Map<Level, unknown>();

  install(): void {
    const window = vscode.window as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const [level, name] of Object.entries(SHOW) as Array<[Level, (typeof SHOW)[Level]]>) {
      const original = window[name];
      this.originals.set(level, original);
      window[name] = (...args: unknown[]) => {
        this.shown.push({ level, message: String(args[0]) });
        return original.apply(vscode.window, args);
      };
    }
  }

  restore(): void {
    const window = vscode.window as unknown as Record<string, unknown>;
    for (const [level, original] of this.originals) window[SHOW[level]] = original;
  }

  take(): Array<{ level: Level; message: string }> {
    return this.shown.splice(0);
  }

  waitFor(what: string, match: RegExp): Promise<string> {
    return waitFor(`a notification about ${what}`, () => this.shown.find((shown) => match.test(shown.message))?.message).catch((error: Error) => {
      throw new Error(`${error.message}; shown: ${JSON.stringify(this.shown)}`);
    });
  }
}

// ---- Files and editors -------------------------------------------------------------------------------

const created: vscode.Uri[] = [];

/** A file in the scratch folder, deleted after the suite. */
function scratchFile(name: string, content: string | Uint8Array): vscode.Uri {
  const uri = vscode.Uri.joinPath(scratchFolder(), `e2e-faults-${Date.now().toString(36)}-${name}`);
  fs.writeFileSync(uri.fsPath, content);
  created.push(uri, sidecarOf(uri));
  return uri;
}

function sidecarOf(uri: vscode.Uri): vscode.Uri {
  return uri.with({ path: `${uri.path}.review.json` });
}

/** Temporary files of sidecar writes left beside `uri`. */
function leftovers(uri: vscode.Uri): string[] {
  const base = path.basename(uri.fsPath);
  return fs.readdirSync(path.dirname(uri.fsPath)).filter((name) => name.startsWith(base) && name.endsWith('.tmp'));
}

/**
 * Reverts every changed document and closes every editor (no save prompt). An untitled document is closed
 * with its editor and waited for: the next untitled document may get its name, and VS Code hands the
 * extension host the old document under that name when it has not seen the first one go. (The tests make
 * no untitled document that is unchanged, so every one of them passes here.)
 */
async function discardAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed)) {
    await vscode.window.showTextDocument(document, { preview: false });
    if (document.uri.scheme !== 'untitled') await vscode.commands.executeCommand('workbench.action.files.revert');
    else {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor(`${document.uri.toString()} to close`, () => (document.isClosed ? true : undefined));
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function panelTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PANEL_VIEW_TYPE));
}

async function openPanel(): Promise<vscode.Tab> {
  await vscode.commands.executeCommand('transcriptReview.openPanel');
  return waitFor('the review panel', () => panelTabs()[0]);
}

async function closePanels(): Promise<void> {
  await vscode.window.tabGroups.close(panelTabs());
}

function appendEdit(document: vscode.TextDocument, text: string): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, text);
  return edit;
}

/** The quick fixes offered for a diagnostic, as the light bulb asks for them. */
function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

/** The "Mark as reviewed" action of the first diagnostic with `code`. */
async function reviewAction(uri: vscode.Uri, code: string): Promise<vscode.Command> {
  const diagnostic = ours(uri).find((d) => codeOf(d) === code);
  assert.ok(diagnostic, `no ${code} diagnostic`);
  const review = (await quickFixes(uri, diagnostic)).find((action) => action.command?.command === 'transcriptReview.markReviewed');
  assert.ok(review?.command, 'no "Mark as reviewed" action');
  return review.command;
}

/** Runs "Mark as reviewed" on the first diagnostic with `code`; returns the finding's id. */
async function markReviewed(uri: vscode.Uri, code: string): Promise<string> {
  const command = await reviewAction(uri, code);
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  return String(command.arguments?.[1]);
}

// ---- The extension host's log ------------------------------------------------------------------------

/**
 * The extension host's own log files (`exthost.log`, or `remoteexthost.log` in code-server), where VS Code
 * writes errors thrown by extension code in event handlers and promises nobody handled. Found through the
 * runner's layout (the control folder beside the user data), or VS Code's VSCODE_LOGS where it is set.
 */
function extensionHostLogs(): string[] {
  const roots = [process.env.E2E_CONTROL_DIR && path.join(path.dirname(process.env.E2E_CONTROL_DIR), 'user-data', 'logs'), process.env.VSCODE_LOGS].filter((root): root is string => !!root && fs.existsSync(root));
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  return roots.flatMap(walk).filter((file) => /(^|[\\/])(remote)?exthost\.log$/.test(file));
}

/** Error records (a line and its indented stack) that name the extension's bundle or id. */
function extensionErrors(text: string): string[] {
  const bundle = path.join(EXTENSION_DIR, 'dist');
  return text.split(/\r?\n(?![ \t])/).filter((record) => /\[error\]/.test(record.split('\n')[0]) && (record.includes(bundle) || record.includes(EXTENSION_ID)));
}

// ---- The suite ---------------------------------------------------------------------------------------

describe('faults and data safety', function () {
  this.timeout(90_000);
  const notifications = new Notifications();
  const logOffsets = new Map<string, number>();
  const rejections: string[] = [];
  const onRejection = (reason: unknown) => {
    const text = reason instanceof Error ? `${reason.message}\n${reason.stack ?? ''}` : String(reason);
    if (text.includes(path.join(EXTENSION_DIR, 'dist'))) rejections.push(text);
  };

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    for (const file of extensionHostLogs()) logOffsets.set(file, fs.statSync(file).size);
    process.on('unhandledRejection', onRejection);
    notifications.install();
  });

  beforeEach(() => notifications.take());

  afterEach(async () => {
    await closePanels();
    await discardAndCloseAll();
  });

  after(async () => {
    notifications.restore();
    process.off('unhandledRejection', onRejection);
    for (const uri of created) await Promise.resolve(vscode.workspace.fs.delete(uri, { recursive: true })).catch(() => undefined);
  });

  describe('documents that are not transcripts', () => {
    // Files with NUL bytes are refused by VS Code as binary (below): NUL characters come in untitled documents.
    // Text with no speaker names is read as paragraphs, so a broken file gets what its text says, no more:
    // `expected` lists those diagnostics (as the CLI gives them for the same text).
    const BAD: Array<{ name: string; content: string | Uint8Array; untitled?: 'transcript' | 'plaintext'; expected?: string[] }> = [
      { name: 'empty.transcript', content: '' },
      { name: 'whitespace.transcript', content: ' \n\t\r\n\u3000\u00a0\n\n   ' },
      // One 5 MB line of English and Chinese fragments: no English sentence is followed by its translation.
      { name: 'long-line.transcript', content: 'Revenue grew 12% to $5.2 million, and margins 3.4 points, 營收 5.2 億美元 '.repeat(75_000), expected: ['untranslated@1:1'] },
      // UTF-8 read as Windows-1252 and written back: the Chinese is no longer Chinese, so the English has no translation.
      { name: 'mojibake.transcript', content: 'Revenue was $308.5 million, up 32%.\nç‡Ÿæ”¶ç‚º 3.85 å„„ç¾Žå…ƒ,å¹´å¢ž 32%ã€‚\n', expected: ['untranslated@1:1'] },
      // `Rev $5` over `營��3.85�`: the one character left of the translation does not say $5.
      { name: 'invalid-utf8.transcript', content: new Uint8Array([0x52, 0x65, 0x76, 0x20, 0x24, 0x35, 0x0a, 0xe7, 0x87, 0x9f, 0xff, 0xfe, 0x33, 0x2e, 0x38, 0x35, 0xe5, 0x84, 0x0a]), expected: ['figure-missing@1:5'] },
      { name: 'empty.txt', content: '' },
      { name: 'NUL characters (transcript)', content: 'Operator\u0000 操作員\u0000\nRevenue was $308.5 million.\u0000\n營收為\u0000 3.085 億美元。\n', untitled: 'transcript' },
      { name: 'NUL characters (plain text)', content: 'Thank you.\u0000 謝謝。\u0000\n'.repeat(20), untitled: 'plaintext' },
    ];

    for (const { name, content, untitled, expected = [] } of BAD) {
      it(`${name}: ${expected.length ? expected.join(', ') : 'no diagnostics'}, no notification`, async () => {
        const document = untitled
          ? await vscode.workspace.openTextDocument({ language: untitled, content: content as string })
          : await vscode.workspace.openTextDocument(scratchFile(name, content));
        const { uri } = document;
        await vscode.window.showTextDocument(document, { preview: false });
        if (document.languageId === 'transcript') {
          // The outline runs the analysis; diagnostics are published on open.
          await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
        }
        await sleep(700);
        if (expected.length > 0) await waitForFindings(uri, expected, `${name}: ${expected.join(', ')}`);
        assert.deepEqual(summary(uri), expected);
        const plain = untitled === 'plaintext' || name.endsWith('.txt');
        assert.equal(openDocument(uri)?.languageId, plain ? 'plaintext' : 'transcript', 'auto-detection switched a file that is no transcript');
        assert.deepEqual(notifications.take(), []);
      });
    }

    it('a binary file: VS Code does not open it, the extension says nothing', async () => {
      const uri = scratchFile('binary.transcript', new Uint8Array([0, 1, 2, 0, 0x24, 0x35, 0xff, 0, 0xe5, 0x84, 0x84]));
      await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(uri)), /binary/i);
      await sleep(300);
      assert.deepEqual(summary(uri), []);
      assert.deepEqual(notifications.take(), []);
    });

    it('the review panel shows an empty document and one with NUL characters without a notification', async () => {
      const empty = await vscode.workspace.openTextDocument(scratchFile('panel-empty.transcript', ''));
      const nul = await vscode.workspace.openTextDocument({ language: 'transcript', content: 'Operator\u0000\nRevenue was $1.5 million.\u0000\n營收為 1.5 億美元\u0000\n' });
      for (const document of [empty, nul]) {
        await vscode.window.showTextDocument(document, { preview: false });
        await openPanel();
        await sleep(700);
        await closePanels();
      }
      assert.deepEqual(notifications.take(), []);
    });
  });

  describe('work in flight', () => {
    it('a document closed while its diagnostics are pending: cleared, not published again', async () => {
      // An untitled document: VS Code disposes it on revert, where a file stays open for the extension a while after its editor closes.
      const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: SAMPLE });
      await vscode.window.showTextDocument(document, { preview: false });
      await waitForFindings(document.uri, SAMPLE_FINDINGS);
      // An edit schedules a refresh 300 ms later; the document goes before it runs.
      assert.ok(await vscode.workspace.applyEdit(appendEdit(document, '\n')));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('the document to close', () => (document.isClosed ? true : undefined));
      await sleep(800);
      assert.deepEqual(summary(document.uri), []);
      assert.deepEqual(notifications.take(), []);
    });

    it('the review panel opened and closed again and again while updates are pending', async () => {
      const uri = scratchFile('panel.transcript', SAMPLE);
      const document = await openAsTranscript(uri);
      await waitForFindings(uri, SAMPLE_FINDINGS);
      for (const pause of [0, 50, 250, 320, 400, 0]) {
        const opening = vscode.commands.executeCommand('transcriptReview.openPanel');
        assert.ok(await vscode.workspace.applyEdit(appendEdit(document, '\n')));
        await opening;
        await waitFor('the review panel', () => panelTabs()[0]);
        await sleep(pause);
        await closePanels();
      }
      // A panel that stays: the last edits reach it, and the diagnostics are those of the text.
      await openPanel();
      assert.ok(await vscode.workspace.applyEdit(appendEdit(document, '\n\n')));
      await sleep(800);
      await waitForFindings(uri, SAMPLE_FINDINGS);
      assert.deepEqual(notifications.take(), []);
    });

    it('the review panel of an untitled transcript that was closed brings no empty document back', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'transcript', content: SAMPLE });
      await vscode.window.showTextDocument(document, { preview: false });
      await waitForFindings(document.uri, SAMPLE_FINDINGS);
      await openPanel();
      await vscode.window.showTextDocument(document, { preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitFor('the document to close', () => (document.isClosed ? true : undefined));
      // The panel stays and refreshes: it must not open the closed document again (as a new, empty one).
      await vscode.commands.executeCommand('transcriptReview.openPanel');
      await sleep(1000);
      assert.equal(openDocument(document.uri), undefined, 'the panel opened the closed untitled document again');
      assert.deepEqual(notifications.take(), []);
    });

    it('two editors on one document (split): one set of diagnostics that follows edits from either', async () => {
      const uri = scratchFile('split.transcript', SAMPLE);
      const document = await openAsTranscript(uri);
      await waitForFindings(uri, SAMPLE_FINDINGS);
      await vscode.commands.executeCommand('workbench.action.splitEditorRight');
      const editors = await waitFor('two editors on the document', () => {
        const found = vscode.window.visibleTextEditors.filter((editor) => editor.document === document);
        return found.length === 2 ? found : undefined;
      });
      await openPanel();
      const at = document.getText().indexOf('3.85 億美元');
      assert.ok(await editors[1].edit((edit) => edit.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 4)), '3.085')));
      await waitForFindings(uri, ['figure-scale@16:7'], 'only the scale slip, once');
      assert.ok(await editors[0].edit((edit) => edit.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 5)), '3.85')));
      await waitForFindings(uri, SAMPLE_FINDINGS, 'both findings again, once each');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await sleep(500);
      assert.deepEqual(summary(uri), SAMPLE_FINDINGS, 'closing one of two editors keeps the diagnostics');
      assert.deepEqual(notifications.take(), []);
    });
  });

  describe('settings changed to invalid values at run time', () => {
    const KEYS = ['severity', 'checks', 'roundingTolerance', 'ignoredFigures', 'autoDetect'];
    const set = (key: string, value: unknown) => vscode.workspace.getConfiguration('transcriptReview').update(key, value, vscode.ConfigurationTarget.Workspace);
    afterEach(async () => {
      for (const key of KEYS) await set(key, undefined);
    });

    it('falls back to the defaults, reports it as a warning, and keeps checking', async () => {
      const uri = scratchFile('settings.transcript', SAMPLE);
      await openAsTranscript(uri);
      await waitForFindings(uri, SAMPLE_FINDINGS);
      const severityOfMismatch = () => ours(uri).find((d) => codeOf(d) === 'figure-mismatch')?.severity;

      // A valid change first, so that the return to the default below is seen happening.
      await set('severity', { 'figure-mismatch': 'hint' });
      await diagnosticsWhen(uri, 'figure-mismatch as a hint', () => severityOfMismatch() === vscode.DiagnosticSeverity.Hint);
      await set('checks', { 'figure-scale': false });
      await waitForFindings(uri, ['figure-mismatch@13:5']);

      await set('severity', { 'figure-mismatch': 'fatal', 'made-up-code': 'error' });
      await set('checks', { 'figure-scale': 'no', 'made-up-code': true });
      await set('roundingTolerance', -1);
      await set('ignoredFigures', '3.85 億美元');
      await set('autoDetect', 'yes');
      await diagnosticsWhen(uri, 'both findings with their default severity', () => summary(uri).join() === SAMPLE_FINDINGS.join() && severityOfMismatch() === vscode.DiagnosticSeverity.Error);

      await set('roundingTolerance', 'a lot');
      await set('checks', 42);
      await set('severity', null);
      await sleep(800);
      assert.deepEqual(summary(uri), SAMPLE_FINDINGS);
      assert.equal(severityOfMismatch(), vscode.DiagnosticSeverity.Error);

      const shown = notifications.take();
      assert.ok(shown.length > 0, 'the invalid settings were not reported');
      for (const { level, message } of shown) {
        assert.equal(level, 'warning', message);
        assert.match(message, /settings are invalid and were replaced by their defaults/);
      }
    });
  });

  describe('glossary files in the workspace', () => {
    const root = () => scratchFolder().fsPath;
    afterEach(async () => {
      for (const name of ['transcript-glossary.csv', 'transcript-glossary.json']) fs.rmSync(path.join(root(), name), { force: true });
      await sleep(500);
    });

    it('a transcript-glossary.csv at the root is enforced as soon as it is written; a bad .json beside it is reported once and the checks go on', async () => {
      // A term no seed uses, so the other suites' expectations hold whatever the order of events.
      const uri = scratchFile('glossary.transcript', `${SAMPLE}\nOur Northwind Cloud grew fastest.\n我們的 Northwind Cloud 成長最快。\n`);
      await openAsTranscript(uri);
      await waitForFindings(uri, SAMPLE_FINDINGS);
      fs.writeFileSync(path.join(root(), 'transcript-glossary.csv'), 'english,chinese,kind\nNorthwind Cloud,北風雲,product\n');
      const withTerm = [...SAMPLE_FINDINGS, 'term-mismatch@19:5'];
      await waitForFindings(uri, withTerm, 'the glossary term reported');
      const bad = '[{"english": "Northwind"';
      fs.writeFileSync(path.join(root(), 'transcript-glossary.json'), bad);
      const warned = await waitFor('the bad glossary reported', () => {
        const shown = notifications.take();
        return shown.length > 0 ? shown : undefined;
      });
      assert.equal(warned.length, 1);
      assert.equal(warned[0].level, 'warning');
      assert.match(warned[0].message, /transcript-glossary\.json is not used: The glossary is not valid JSON/);
      // Rewritten with the same fault: not said again; the good file and the other checks still apply.
      fs.writeFileSync(path.join(root(), 'transcript-glossary.json'), bad);
      await sleep(1_500);
      assert.deepEqual(notifications.take(), []);
      assert.deepEqual(summary(uri), withTerm);
      fs.rmSync(path.join(root(), 'transcript-glossary.csv'));
      await waitForFindings(uri, SAMPLE_FINDINGS, 'the term no longer enforced once its file is gone');
    });
  });

  describe('reviewed marks sidecar', () => {
    it('an unparsable sidecar is reported and left byte for byte as it was', async () => {
      const uri = scratchFile('broken-sidecar.transcript', SAMPLE);
      const sidecar = sidecarOf(uri);
      const bytes = Buffer.from('{"version": 1, "reviewed": [ {"id": "x"\u0000 …', 'utf8');
      fs.writeFileSync(sidecar.fsPath, bytes);
      await openAsTranscript(uri);
      await waitForFindings(uri, SAMPLE_FINDINGS);
      await notifications.waitFor('the invalid sidecar', /reviewed marks file .*review\.json is not valid/);
      await markReviewed(uri, 'figure-mismatch');
      await notifications.waitFor('marks that cannot be saved', /not valid, so nothing was saved/);
      assert.ok(fs.readFileSync(sidecar.fsPath).equals(bytes), 'the sidecar changed');
      assert.deepEqual(summary(uri), SAMPLE_FINDINGS, 'findings were hidden by a sidecar that could not be read');
      assert.deepEqual(leftovers(uri), []);
      assert.deepEqual(notifications.take().filter((shown) => shown.level === 'error'), []);
    });

    it('a folder where the sidecar goes, before or after opening: reported, kept with its content, the session goes on', async () => {
      const block = (uri: vscode.Uri) => {
        fs.mkdirSync(sidecarOf(uri).fsPath);
        fs.writeFileSync(path.join(sidecarOf(uri).fsPath, 'keep.txt'), 'mine');
      };
      const assertKept = (uri: vscode.Uri) => {
        assert.ok(fs.statSync(sidecarOf(uri).fsPath).isDirectory(), 'the folder was replaced');
        assert.equal(fs.readFileSync(path.join(sidecarOf(uri).fsPath, 'keep.txt'), 'utf8'), 'mine', 'the folder’s content changed');
        assert.deepEqual(leftovers(uri), [], 'temporary files left behind');
      };

      // Before opening: the marks cannot be read, so none is saved; the findings stay.
      const before = scratchFile('folder-before.transcript', SAMPLE);
      block(before);
      await openAsTranscript(before);
      await waitForFindings(before, SAMPLE_FINDINGS);
      const scaleId = String((await reviewAction(before, 'figure-scale')).arguments?.[1]);
      await markReviewed(before, 'figure-mismatch');
      await notifications.waitFor('a folder in the sidecar’s place at opening', /not valid, so nothing was saved/);
      assertKept(before);
      assert.deepEqual(summary(before), SAMPLE_FINDINGS);
      await discardAndCloseAll();

      // After opening: a sidecar read at opening (its mark hides the scale slip), then a folder in its place.
      const after = scratchFile('folder-after.transcript', SAMPLE);
      fs.writeFileSync(sidecarOf(after).fsPath, JSON.stringify({ version: 1, reviewed: [{ id: scaleId, code: 'figure-scale', text: '203 萬美元', at: new Date().toISOString() }] }));
      await openAsTranscript(after);
      await waitForFindings(after, ['figure-mismatch@13:5'], 'the mark read from the sidecar');
      fs.rmSync(sidecarOf(after).fsPath);
      block(after);
      await markReviewed(after, 'figure-mismatch');
      await notifications.waitFor('a folder in the sidecar’s place when saving', /Could not save the reviewed marks/);
      assertKept(after);
      // The session goes on: the mark holds until the window closes.
      await waitForFindings(after, []);
      assert.deepEqual(notifications.take().filter((shown) => shown.level === 'error'), []);
    });

    it('a sidecar deleted between two marks is written again with both, atomically', async () => {
      const uri = scratchFile('deleted-sidecar.transcript', SAMPLE);
      const sidecar = sidecarOf(uri);
      await openAsTranscript(uri);
      await waitForFindings(uri, SAMPLE_FINDINGS);
      const first = await markReviewed(uri, 'figure-mismatch');
      await waitFor('the sidecar', () => (fs.existsSync(sidecar.fsPath) ? true : undefined));
      await waitForFindings(uri, ['figure-scale@16:7']);
      fs.rmSync(sidecar.fsPath);
      const second = await markReviewed(uri, 'figure-scale');
      await waitForFindings(uri, []);
      const marks = await waitFor('the sidecar written again', () => (fs.existsSync(sidecar.fsPath) ? (JSON.parse(fs.readFileSync(sidecar.fsPath, 'utf8')) as { reviewed: Array<{ id: string }> }) : undefined));
      assert.deepEqual(marks.reviewed.map((mark) => mark.id), [first, second]);
      assert.deepEqual(leftovers(uri), []);
      assert.deepEqual(notifications.take(), []);
    });
    it('two marks at once are both saved, one write after the other', async () => {
      const uri = scratchFile('two-marks.transcript', SAMPLE);
      const sidecar = sidecarOf(uri);
      await openAsTranscript(uri);
      await waitForFindings(uri, SAMPLE_FINDINGS);
      const ids = await Promise.all([markReviewed(uri, 'figure-mismatch'), markReviewed(uri, 'figure-scale')]);
      await waitForFindings(uri, []);
      const marks = await waitFor('both marks in the sidecar', () => {
        const saved = fs.existsSync(sidecar.fsPath) ? (JSON.parse(fs.readFileSync(sidecar.fsPath, 'utf8')) as { reviewed: Array<{ id: string }> }) : undefined;
        return saved?.reviewed.length === 2 ? saved : undefined;
      });
      assert.deepEqual(marks.reviewed.map((mark) => mark.id).sort(), [...ids].sort());
      assert.deepEqual(leftovers(uri), []);
      assert.deepEqual(notifications.take(), []);
    });
  });

  describe('quick fix', () => {
    it('changes exactly the figure it names, and one undo restores the text', async () => {
      const uri = scratchFile('undo.transcript', SAMPLE);
      const document = await openAsTranscript(uri);
      const [mismatch] = (await waitForFindings(uri, SAMPLE_FINDINGS)).filter((d) => codeOf(d) === 'figure-mismatch');
      const fix = (await quickFixes(uri, mismatch)).find((action) => action.edit);
      assert.ok(fix?.edit, 'no quick fix with an edit');
      const entries = fix.edit.entries();
      assert.equal(entries.length, 1, 'the fix edits one file');
      const [target, edits] = entries[0];
      assert.equal(target.toString(), uri.toString());
      assert.equal(edits.length, 1, 'the fix is one replacement');
      assert.ok(edits[0].range.isEqual(mismatch.range), 'the fix replaces exactly the diagnostic’s range');

      const before = document.getText();
      const start = document.offsetAt(mismatch.range.start);
      const end = document.offsetAt(mismatch.range.end);
      assert.equal(before.slice(start, end), '3.85 億美元');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(document.getText(), before.slice(0, start) + edits[0].newText + before.slice(end));
      assert.equal(edits[0].newText, '3.085 億美元');

      await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), before, 'one undo did not restore the text');
      assert.equal(document.isDirty, false, 'the document is still marked as changed after the undo');
      await waitForFindings(uri, SAMPLE_FINDINGS);
    });
  });

  // Last (mocha runs a suite's own tests before its nested suites): everything above ran, and late rejections had a moment to be reported.
  describe('afterwards', () => {
    it('left no unhandled error from the extension in the extension host', async () => {
      await sleep(1500);
      assert.deepEqual(rejections, [], 'unhandled rejections from the extension');
      const logs = extensionHostLogs();
      if (logs.length === 0) {
        // Another runner (a desktop VS Code without the logs where they are looked for): the rejections above still count.
        console.log('[faults] no extension host log found; checked unhandled rejections only');
        return;
      }
      const errors = logs.flatMap((file) => {
        const text = fs.readFileSync(file).subarray(logOffsets.get(file) ?? 0).toString('utf8');
        return extensionErrors(text).map((record) => `${path.basename(file)}: ${record.slice(0, 500)}`);
      });
      assert.deepEqual(errors, []);
    });
  });
});
