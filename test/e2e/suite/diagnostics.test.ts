// Diagnostics, hover and code actions of the extension, asked through VS Code's own API the way the
// editor asks them: `languages.getDiagnostics`, `vscode.executeHoverProvider`,
// `vscode.executeCodeActionProvider`, `workspace.applyEdit` and the actions' commands.
// The seeds are the runner's temporary copies (helpers.seedUri); scratch transcripts are written next
// to them and deleted afterwards.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openAsTranscript, scratchFolder, SEED_BULLETED, SEED_INTERLEAVED, seedUri, sleep, waitFor } from './helpers';

const SOURCE = 'transcript-review';
const CODES = ['figure-mismatch', 'figure-scale', 'figure-missing', 'figure-extra', 'direction-mismatch', 'approximation-lost', 'untranslated', 'translation-truncated', 'name-missing', 'name-inconsistent', 'term-mismatch'];
/** The development extension's folder, from `out/test/e2e/suite/<file>.js`: its `dist/cli.js` is the CLI of the same build. */
const EXTENSION_DIR = path.resolve(__dirname, '..', '..', '..', '..');

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** 1-based line and column, as the CLI and the Problems view write them. */
function where(diagnostic: vscode.Diagnostic): string {
  return `${codeOf(diagnostic)}@${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
}

function summary(list: vscode.Diagnostic[]): string {
  return list.length === 0 ? '(none)' : list.map(where).join(', ');
}

/** Waits until our diagnostics for `uri` satisfy `ready` (they are published 300 ms after a change). */
function diagnosticsWhen(uri: vscode.Uri, what: string, ready: (list: vscode.Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const list = ours(uri);
    return ready(list) ? list : undefined;
  }, timeoutMs).catch((error: Error) => {
    throw new Error(`${error.message}; diagnostics now: ${summary(ours(uri))}`);
  });
}

/** The CLI's findings for a file (`check --json`), as `code@line:column` (1-based). */
function cliFindings(file: string): string[] {
  const cli = path.join(EXTENSION_DIR, 'dist', 'cli.js');
  let output: string;
  try {
    output = execFileSync(process.execPath, [cli, 'check', '--json', file], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  } catch (error) {
    // Exit status 1 means "an error-severity problem was found": the report is still on stdout.
    const failed = error as { status?: number; stdout?: string; message: string };
    if (failed.status !== 1 || !failed.stdout) throw new Error(`${cli} check failed: ${failed.message}`);
    output = failed.stdout;
  }
  const parsed = JSON.parse(output) as { diagnostics?: Array<{ code: string; line: number; column: number }> } | Array<{ diagnostics: Array<{ code: string; line: number; column: number }> }>;
  const report = Array.isArray(parsed) ? parsed[0] : parsed;
  return (report.diagnostics ?? []).map((d) => `${d.code}@${d.line}:${d.column}`);
}

function hoverText(hovers: vscode.Hover[] | undefined): string {
  const markdown = (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))
    .join('\n');
  // Hovers escape Markdown punctuation (`3\.786`): compare what the reader sees.
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~$])/g, '$1');
}

async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('diagnostics, hover and code actions', () => {
  afterEach(closeAllEditors);

  describe(`${SEED_INTERLEAVED} (interleaved)`, () => {
    let uri: vscode.Uri;
    let document: vscode.TextDocument;
    let diagnostics: vscode.Diagnostic[];

    before(async () => {
      uri = seedUri(SEED_INTERLEAVED);
      document = await openAsTranscript(uri);
      diagnostics = await diagnosticsWhen(uri, 'the figure-extra and untranslated diagnostics of seed 002',
        (list) => list.some((d) => codeOf(d) === 'figure-extra') && list.some((d) => codeOf(d) === 'untranslated'));
    });

    it('uses only the documented codes, all from the transcript-review source', () => {
      for (const diagnostic of diagnostics) assert.ok(CODES.includes(String(codeOf(diagnostic))), `unknown code in ${where(diagnostic)}`);
      // Nothing else claims our source with another casing or a missing code.
      const strays = vscode.languages.getDiagnostics(uri).filter((d) => d.source !== SOURCE && /transcript/i.test(d.source ?? ''));
      assert.deepEqual(strays.map(where), []);
    });

    it('reports "Congrats on the quarter" translated as 四分之一 as figure-extra on line 204, linked to the English', () => {
      const extra = diagnostics.filter((d) => codeOf(d) === 'figure-extra');
      assert.equal(extra.length, 1, `figure-extra: ${summary(extra)}`);
      const [diagnostic] = extra;
      assert.equal(diagnostic.range.start.line + 1, 204, where(diagnostic));
      assert.equal(diagnostic.range.end.line, diagnostic.range.start.line, 'the range stays on its line');
      assert.equal(document.getText(diagnostic.range), '四分之一');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(diagnostic.message, /四分之一/);

      const related = diagnostic.relatedInformation ?? [];
      assert.equal(related.length, 1, 'one related location: the English paragraph');
      const { location, message } = related[0];
      assert.equal(location.uri.toString(), uri.toString());
      assert.equal(location.range.start.line + 1, 203, `related location on line ${location.range.start.line + 1}`);
      const english = document.getText(location.range);
      assert.match(english, /Congrats on the quarter/, `related range covers "${english}"`);
      assert.doesNotMatch(english, /\p{Script=Han}/u, 'the related range is English only');
      assert.match(message, /Congrats on the quarter/);
    });

    it('reports untranslated paragraphs only after line 480, as information, each on an English line', () => {
      const untranslated = diagnostics.filter((d) => codeOf(d) === 'untranslated');
      assert.ok(untranslated.length >= 30, `only ${untranslated.length} untranslated diagnostics`);
      const early = untranslated.filter((d) => d.range.start.line + 1 <= 480);
      assert.deepEqual(early.map(where), [], 'untranslated before line 480');
      for (const diagnostic of untranslated) {
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information, where(diagnostic));
        const text = document.getText(diagnostic.range);
        assert.ok(/[A-Za-z]/.test(text) && !/\p{Script=Han}/u.test(text), `${where(diagnostic)} covers "${text.slice(0, 80)}"`);
      }
    });

    it('shows exactly what `transcript-review check` reports for the same file', () => {
      const expected = cliFindings(uri.fsPath).sort();
      const actual = diagnostics.map(where).sort();
      assert.deepEqual(actual, expected);
    });

    it('hovers $378.6 million with its value and its Chinese counterpart 3.786 億美元', async () => {
      const text = document.getText();
      const offset = text.indexOf('$378.6 million');
      assert.ok(offset >= 0, '$378.6 million not found in the seed');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 3));
      const shown = hoverText(hovers);
      assert.match(shown, /378,600,000/, `hover: ${shown}`);
      assert.match(shown, /3\.786/, `hover: ${shown}`);
      assert.match(shown, /✓/, `the pair agrees: ${shown}`);
      const ranged = hovers.find((hover) => hover.range);
      assert.ok(ranged?.range, 'the hover has a range');
      assert.equal(document.getText(ranged.range), '$378.6 million');
    });

    it('hovers the Chinese 3.786 億美元 with the English $378.6 million', async () => {
      const text = document.getText();
      const offset = text.indexOf('3.786 億美元');
      assert.ok(offset >= 0, '3.786 億美元 not found in the seed');
      const shown = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 2)));
      assert.match(shown, /378,600,000/, `hover: ${shown}`);
      assert.match(shown, /\$378\.6 million/, `hover: ${shown}`);
    });

    it('reports 托馬斯 against the main rendering 湯瑪斯 on lines 351, 400 and 447, each with a quick fix', async () => {
      const inconsistent = diagnostics.filter((d) => codeOf(d) === 'name-inconsistent');
      assert.deepEqual(inconsistent.map((d) => d.range.start.line + 1), [351, 400, 447]);
      for (const diagnostic of inconsistent) {
        assert.equal(document.getText(diagnostic.range), '托馬斯', where(diagnostic));
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const titles = actions.map((action) => action.title).join(' | ');
        assert.ok(actions.some((action) => action.title === 'Replace with “湯瑪斯”' && action.edit), `${where(diagnostic)}: ${titles}`);
      }
    });

    it('has no hover on words that are not figures', async () => {
      const offset = document.getText().indexOf('Congrats on the quarter');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 2));
      assert.equal(hoverText(hovers).trim(), '');
    });
  });

  describe(`${SEED_BULLETED} (bulleted)`, () => {
    it('reports the truncated translations on lines 169, 197 and 305', async () => {
      const uri = seedUri(SEED_BULLETED);
      const document = await openAsTranscript(uri);
      const list = await diagnosticsWhen(uri, 'the translation-truncated diagnostics of seed 000', (all) => all.some((d) => codeOf(d) === 'translation-truncated'));
      const truncated = list.filter((d) => codeOf(d) === 'translation-truncated');
      assert.deepEqual(truncated.map((d) => d.range.start.line + 1), [169, 197, 305]);
      // Matthew Prince, dropped from the translation of line 23; "Matt" (馬特) is never taken for him.
      assert.deepEqual(list.filter((d) => String(codeOf(d)).startsWith('name-')).map(where), ['name-missing@25:5', 'name-inconsistent@329:23', 'name-inconsistent@465:26']);
      for (const diagnostic of truncated) {
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
        assert.match(document.getText(diagnostic.range), /\p{Script=Han}/u, `${where(diagnostic)} marks the Chinese`);
      }
      assert.deepEqual(list.map(where).sort(), cliFindings(uri.fsPath).sort(), 'the editor and the CLI agree');
    });
  });

  describe('quick fixes on a scratch transcript', () => {
    // The interleaved layout of seed 002: a heading, `Name -- Title` speaker lines, then English and
    // Chinese paragraphs one after the other. Line 13 has a wrong figure (3.85 億 for $308.5 million),
    // line 16 a scale slip (203 萬 for $20.3 million).
    const LINES = [
      'Prepared Remarks: 準備發言:',
      '',
      '',
      'Operator 操作員',
      '',
      'Thank you for standing by, and welcome to the Example first-quarter 2024 earnings conference call.',
      '感謝各位的支持,歡迎收聽 Example 2024 年第一季財報電話會議。',
      '',
      'Jane Doe -- Chief Financial Officer',
      'Jane Doe -- 首席財務官',
      '',
      'Revenue was $308.5 million, up 32% year-over-year.',
      '營收為 3.85 億美元,年增 32%。',
      '',
      'Operating income was $20.3 million, and we ended the quarter with 1,234 employees.',
      '營業收入為 203 萬美元,本季末我們有 1,234 名員工。',
      '',
    ];
    let file: vscode.Uri;
    let sidecar: vscode.Uri;

    before(async () => {
      file = vscode.Uri.joinPath(scratchFolder(), `e2e-quick-fix-${Date.now()}.transcript`);
      sidecar = file.with({ path: `${file.path}.review.json` });
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(LINES.join('\n')));
    });

    after(async () => {
      await closeAllEditors();
      for (const uri of [file, sidecar]) await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined);
    });

    it('replaces the wrong Chinese figure, then marks the scale slip as reviewed in NAME.review.json without touching the text', async () => {
      const document = await openAsTranscript(file);
      const initial = await diagnosticsWhen(file, 'the figure-mismatch and figure-scale diagnostics of the scratch transcript',
        (list) => list.some((d) => codeOf(d) === 'figure-mismatch') && list.some((d) => codeOf(d) === 'figure-scale'));
      assert.deepEqual(initial.map(where).sort(), ['figure-mismatch@13:5', 'figure-scale@16:7']);

      // 1. The quick fix writes the English value the way the translation writes figures.
      const mismatch = initial.find((d) => codeOf(d) === 'figure-mismatch')!;
      assert.equal(document.getText(mismatch.range), '3.85 億美元');
      assert.equal(mismatch.severity, vscode.DiagnosticSeverity.Error);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, mismatch.range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((action) => action.title).join(' | ');
      const replace = actions.find((action) => action.title.startsWith('Replace with'));
      assert.ok(replace, `no "Replace with" action among: ${titles}`);
      assert.equal(replace.title, 'Replace with “3.085 億美元”');
      assert.ok(replace.edit, 'the quick fix carries an edit');
      assert.ok(replace.isPreferred, 'the quick fix is the preferred action');
      assert.ok(actions.some((action) => action.title === 'Mark as reviewed'), `no "Mark as reviewed" among: ${titles}`);
      const edits = replace.edit.entries();
      assert.equal(edits.length, 1, 'the edit touches one file');
      assert.equal(edits[0][0].toString(), file.toString());

      assert.ok(await vscode.workspace.applyEdit(replace.edit), 'applyEdit refused the quick fix');
      assert.equal(document.lineAt(12).text, '營收為 3.085 億美元,年增 32%。');
      const afterFix = await diagnosticsWhen(file, 'the fixed figure-mismatch to disappear', (list) => !list.some((d) => codeOf(d) === 'figure-mismatch'));
      assert.deepEqual(afterFix.map(where), ['figure-scale@16:7'], 'only the scale slip is left');
      // Other lines are untouched.
      LINES.forEach((line, index) => {
        if (index !== 12) assert.equal(document.lineAt(index).text, line, `line ${index + 1} changed`);
      });
      assert.ok(await document.save(), 'could not save the fixed transcript');

      // 2. "Mark as reviewed" on the other diagnostic: a sidecar entry, no change to the transcript.
      const scale = afterFix[0];
      const reviewActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, scale.range, vscode.CodeActionKind.QuickFix.value);
      const review = reviewActions.find((action) => action.title === 'Mark as reviewed');
      assert.ok(review?.command, `no "Mark as reviewed" command among: ${reviewActions.map((a) => a.title).join(' | ')}`);
      assert.equal(review.command.command, 'transcriptReview.markReviewed');
      assert.equal(review.edit, undefined, 'marking as reviewed must not edit the transcript');
      const id = review.command.arguments?.[1];
      assert.equal(typeof id, 'string', 'the command names the finding by id');
      assert.ok(!fs.existsSync(sidecar.fsPath), 'no sidecar before the first mark');

      const textBefore = document.getText();
      const diskBefore = fs.readFileSync(file.fsPath, 'utf8');
      await vscode.commands.executeCommand(review.command.command, ...(review.command.arguments ?? []));
      await diagnosticsWhen(file, 'the reviewed figure-scale to disappear', (list) => list.length === 0);

      const written = await waitFor(`${path.basename(sidecar.fsPath)} beside the transcript`, () => (fs.existsSync(sidecar.fsPath) ? fs.readFileSync(sidecar.fsPath, 'utf8') : undefined), 5_000);
      const marks = JSON.parse(written) as { version: number; reviewed: Array<{ id: string; code: string; text: string; at: string }> };
      assert.equal(marks.version, 1);
      assert.deepEqual(marks.reviewed.map((mark) => [mark.id, mark.code]), [[id, 'figure-scale']]);
      assert.ok(!Number.isNaN(Date.parse(marks.reviewed[0].at)), `bad time stamp ${marks.reviewed[0].at}`);
      const leftovers = fs.readdirSync(path.dirname(file.fsPath)).filter((name) => name.startsWith(path.basename(file.fsPath)) && name.endsWith('.tmp'));
      assert.deepEqual(leftovers, [], 'temporary files of the sidecar write are left behind');

      assert.equal(document.getText(), textBefore, 'the transcript text changed');
      assert.equal(document.isDirty, false, 'the transcript became dirty');
      await sleep(500); // a late write would show now
      assert.equal(fs.readFileSync(file.fsPath, 'utf8'), diskBefore, 'the transcript file on disk changed');
      assert.deepEqual(ours(file).map(where), [], 'the reviewed diagnostic came back');
    });
  });
});
