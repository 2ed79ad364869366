// "Export Report": the review of a transcript as JSON, CSV or Markdown, written where the user picks,
// never over the transcript itself.
import * as vscode from 'vscode';
import { formatExport } from '../../presentation/exportFormats';
import { EXPORT_FORMATS, type ExportFormat, type ReviewPayload } from '../../shared/protocol';

const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };
const FORMAT_NAMES: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV', markdown: 'Markdown' };

export function baseName(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.toString();
}

/** Asks for a format; undefined when the user dismissed the choice. */
export async function pickExportFormat(): Promise<ExportFormat | undefined> {
  const descriptions: Record<ExportFormat, string> = {
    json: vscode.l10n.t('Figures and problems as structured data'),
    csv: vscode.l10n.t('One row per figure or problem, for spreadsheets'),
    markdown: vscode.l10n.t('Tables for notes and pull requests'),
  };
  const pick = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((format) => ({ label: FORMAT_NAMES[format], description: descriptions[format], format })),
    { title: vscode.l10n.t('Export Transcript Review'), placeHolder: vscode.l10n.t('Choose a format') },
  );
  return pick?.format;
}

function defaultTarget(document: vscode.TextDocument, format: ExportFormat): vscode.Uri | undefined {
  const fileName = `${baseName(document.uri).replace(/\.[^.]*$/, '')}.review.${EXTENSIONS[format]}`;
  if (document.uri.scheme !== 'untitled') return vscode.Uri.joinPath(document.uri, '..', fileName);
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, fileName) : undefined;
}

/**
 * Asks where to save, then writes the review. `payload` is called only once a target is chosen; it
 * gives undefined when the document closed meanwhile.
 */
export async function exportReview(document: vscode.TextDocument, format: ExportFormat, payload: () => Promise<ReviewPayload | undefined>, log: vscode.LogOutputChannel): Promise<void> {
  const title = vscode.l10n.t('Export Transcript Review');
  const target = await vscode.window.showSaveDialog({ defaultUri: defaultTarget(document, format), filters: { [FORMAT_NAMES[format]]: [EXTENSIONS[format]] }, saveLabel: vscode.l10n.t('Export'), title });
  if (!target) return;
  if (target.toString() === document.uri.toString()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Choose a file other than the transcript itself.'));
    return;
  }
  const review = await payload();
  if (!review) return;
  const text = formatExport(review, format, { uri: document.uri.toString(), version: document.version });
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  } catch (error) {
    log.error(`Review export: cannot write ${target.toString()}: ${(error as Error).message}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', baseName(target), (error as Error).message));
    return;
  }
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Review exported to {0}', baseName(target)), open);
  if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
}
