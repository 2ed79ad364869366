// Entry point: wires the shared analysis into VS Code's features. Activation does no analysis itself.
import * as vscode from 'vscode';
import { AnalysisCache, LANGUAGE_ID } from './analysisCache';
import { registerAutoDetect } from './autoDetect';
import { FigureCodeActions, MARK_REVIEWED_COMMAND } from './codeActions';
import { TranscriptDiagnostics } from './diagnostics';
import { FigureHoverProvider } from './hover';
import { FoldingProvider, OutlineProvider } from './outline';
import { registerReviewPanel } from './panel';
import { ReviewedStore } from './reviewed';
import { registerOpenSample } from './samples';
import { SettingsWatcher } from './settings';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Transcript Review', { log: true });
  const settings = new SettingsWatcher(log);
  const cache = new AnalysisCache(() => settings.current);
  const reviewed = new ReviewedStore(log);
  // Settings change what the checks find: forget old analyses before the diagnostics refresh.
  context.subscriptions.push(log, settings, settings.onDidChange(() => cache.clear()), cache, reviewed);
  const diagnostics = new TranscriptDiagnostics(cache, settings, reviewed);
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerDocumentSymbolProvider(selector, new OutlineProvider(cache), { label: vscode.l10n.t('Transcript') }),
    vscode.languages.registerFoldingRangeProvider(selector, new FoldingProvider(cache)),
    vscode.languages.registerCodeActionsProvider(selector, new FigureCodeActions(diagnostics), FigureCodeActions.metadata),
    vscode.languages.registerHoverProvider(selector, new FigureHoverProvider(cache)),
    vscode.commands.registerCommand(MARK_REVIEWED_COMMAND, async (uri: unknown, id: unknown) => {
      if (!(uri instanceof vscode.Uri) || typeof id !== 'string') return;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const finding = document && (await cache.analysisOf(document))?.findings.find((f) => f.id === id);
      if (finding) await reviewed.markReviewed(uri, finding);
    }),
    registerAutoDetect(() => settings.current.autoDetect),
    registerReviewPanel(context, cache, { log, findings: (document, analysis) => diagnostics.visibleFindings(document, analysis), onDidChangeFindings: reviewed.onDidChange }),
    registerOpenSample(context.extensionUri, log),
  );
}

export function deactivate(): void {}
