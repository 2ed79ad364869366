// One analysis per document version, shared by every feature (outline, folding, diagnostics, panel).
import * as vscode from 'vscode';
import { analyze, type Analysis, type AnalyzeOptions } from '../core/analyze';
import { AnalysisMemo } from '../core/memo';

export const LANGUAGE_ID = 'transcript';

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; analysis: Analysis; memo: AnalysisMemo }>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly options: () => AnalyzeOptions) {
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString()));
  }

  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version) return cached.analysis;
    // The memo carries the unchanged paragraphs' work over from the previous version.
    const memo = cached?.memo ?? new AnalysisMemo();
    const analysis = analyze(document.getText(), this.options(), memo);
    this.entries.set(key, { version: document.version, analysis, memo });
    return analysis;
  }

  /** Forgets every analysis, for when the settings they depend on change. */
  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}
