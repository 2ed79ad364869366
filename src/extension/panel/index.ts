// The review panel, its export command and its serializer.
import * as vscode from 'vscode';
import { ReviewPanelManager, PANEL_VIEW_TYPE, type ReviewPanelServices } from './manager';

export { PANEL_VIEW_TYPE, type ReviewPanelServices };

/** Registers `transcriptReview.openPanel`, `transcriptReview.exportReport` and the panel's serializer. */
export function registerReviewPanel(extensionUri: vscode.Uri, services: ReviewPanelServices): vscode.Disposable {
  const manager = new ReviewPanelManager(extensionUri, services);
  return vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand('transcriptReview.openPanel', () => manager.open()),
    vscode.commands.registerCommand('transcriptReview.exportReport', (resource?: unknown) => manager.exportCommand(resource instanceof vscode.Uri ? resource : undefined)),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, manager),
  );
}
