// Entry point: wires the shared analysis into VS Code's features. Activation does no analysis itself.
import * as vscode from 'vscode';
import { AnalysisCache, LANGUAGE_ID } from './analysisCache';
import { registerAutoDetect } from './autoDetect';
import { FoldingProvider, OutlineProvider } from './outline';

export function activate(context: vscode.ExtensionContext): void {
  const cache = new AnalysisCache();
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  context.subscriptions.push(
    cache,
    vscode.languages.registerDocumentSymbolProvider(selector, new OutlineProvider(cache), { label: vscode.l10n.t('Transcript') }),
    vscode.languages.registerFoldingRangeProvider(selector, new FoldingProvider(cache)),
    registerAutoDetect(),
  );
}

export function deactivate(): void {}
