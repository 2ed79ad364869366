// One analysis per document version, shared by every feature (outline, folding, diagnostics, panel).
// Analyses run in slices of a few milliseconds, so a very large transcript never freezes the editor;
// a small one finishes within its first slice.
import * as vscode from 'vscode';
import { analyzeSteps, type Analysis, type AnalyzeOptions } from '../analysis/analyze';
import { AnalysisMemo } from '../analysis/memo';
import { EDITOR_SLICE_MS, runInSlices } from '../analysis/steps';

export const LANGUAGE_ID = 'transcript';

interface Entry {
  /**
   * The document analysed: VS Code reuses an untitled name (`Untitled-1`) for a new document, at
   * version 1 again, sometimes before the old one's close event arrives, so URI and version alone
   * could hand the new document the old one's analysis.
   */
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly result: Promise<Analysis | undefined>;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** Per document: carries the unchanged paragraphs' work from one version to the next (settings do not change it). */
  private readonly memos = new Map<string, AnalysisMemo>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly options: () => AnalyzeOptions) {
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => {
      this.entries.delete(document.uri.toString());
      this.memos.delete(document.uri.toString());
    });
  }

  /**
   * The analysis of the document as it is now; undefined once the document is closed. A request made
   * while an older version is being analysed gets the newer analysis (the older work is dropped).
   */
  analysisOf(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const cached = this.entries.get(key);
    if (cached && cached.document === document && cached.version === document.version) return cached.result;
    let memo = this.memos.get(key);
    if (!memo) this.memos.set(key, (memo = new AnalysisMemo()));
    const version = document.version;
    const current = () => this.entries.get(key)?.result === result;
    const result: Promise<Analysis | undefined> = runInSlices(analyzeSteps(document.getText(), this.options(), memo), {
      sliceMs: EDITOR_SLICE_MS,
      now: () => performance.now(),
      later: (next) => setTimeout(next, 0),
      wanted: () => !document.isClosed && document.version === version && current(),
    }).then((analysis) => (analysis || document.isClosed ? analysis : this.analysisOf(document)));
    this.entries.set(key, { document, version, result });
    return result;
  }

  /** Forgets every analysis, for when the settings they depend on change (the memos stay: they do not depend on settings). */
  clear(): void {
    this.entries.clear();
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
    this.memos.clear();
  }
}
