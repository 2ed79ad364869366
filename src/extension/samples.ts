// "Open Sample Transcript": a bundled seed opens as a new untitled transcript, so trying a quick fix
// never edits the shipped file. The seed is read through `workspace.fs` (not Node's fs) so the command
// also works in VS Code for the Web.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './analysisCache';

export const OPEN_SAMPLE_COMMAND = 'transcriptReview.openSample';

interface Sample extends vscode.QuickPickItem {
  /** File name in the extension's `seeds/` folder; also the command's optional argument. */
  readonly file: string;
}

function samples(): Sample[] {
  return [
    {
      file: '002_f7a40acd86bfc4bc.txt',
      label: vscode.l10n.t('Cloudflare Q1 2024 earnings call'),
      description: vscode.l10n.t('English and Chinese lines interleaved'),
      detail: vscode.l10n.t('A figure added in translation: 四分之一 for “Congrats on the quarter”'),
    },
    {
      file: '000_fc229bb68bbd6b60.txt',
      label: vscode.l10n.t('Cloudflare Q2 2023 earnings call'),
      description: vscode.l10n.t('Bulleted, after a Chinese summary'),
      detail: vscode.l10n.t('Translations that stop short, with the figures of the dropped sentences'),
    },
  ];
}

/**
 * Registers the command. Its optional argument names a sample (walkthrough links and tests pass one);
 * without it, or with a name it does not know, the user picks from a list. Resolves to the opened
 * document, or undefined when nothing was opened.
 */
export function registerOpenSample(extensionUri: vscode.Uri, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async (name?: unknown) => {
    const all = samples();
    const sample = all.find((candidate) => candidate.file === name)
      ?? await vscode.window.showQuickPick(all, { title: vscode.l10n.t('Open Sample Transcript'), placeHolder: vscode.l10n.t('Choose a sample earnings call') });
    if (!sample) return undefined;
    let content: string;
    try {
      content = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'seeds', sample.file)));
    } catch (error) {
      log.error(`Open sample: cannot read ${sample.file}: ${(error as Error).message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not read the sample {0}: {1}', sample.file, (error as Error).message));
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content });
    // VS Code reuses the name `Untitled-N`, and just after one is discarded it can hand the new one
    // the old one's text: the sample's own text must be what opens.
    if (document.getText() !== content) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), content);
      await vscode.workspace.applyEdit(edit);
    }
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  });
}
