// Translation problems as diagnostics: refreshed as the user types (debounced), cleared on close.
import * as vscode from 'vscode';
import type { Analysis } from '../analysis/analyze';
import type { Finding, Severity } from '../analysis/checks/types';
import { formatFinding } from '../presentation/messages';
import { LANGUAGE_ID, type AnalysisCache } from './analysisCache';
import { toRange } from './convert';
import { translate } from './labels';
import type { ReviewedStore } from './reviewed';
import type { SettingsWatcher } from './settings';

const DEBOUNCE_MS = 300;
export const DIAGNOSTIC_SOURCE = 'transcript-review';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function localizedMessage(finding: Finding): string {
  return formatFinding(finding, translate);
}

/** Registers the diagnostics; the returned object also tells which findings are shown (for quick fixes and the panel). */
export function registerDiagnostics(cache: AnalysisCache, settings: SettingsWatcher, reviewed: ReviewedStore): TranscriptDiagnostics {
  return new TranscriptDiagnostics(cache, settings, reviewed);
}

export class TranscriptDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly settings: SettingsWatcher,
    private readonly reviewed: ReviewedStore,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.clear(document.uri)),
      settings.onDidChange(() => this.refreshAll()),
      reviewed.onDidChange((uri) => {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (document) void this.refresh(document);
      }),
    );
    this.refreshAll();
  }

  /** Findings of an analysis of the document that are shown (enabled and not reviewed). */
  visibleFindings(document: vscode.TextDocument, analysis: Analysis): Finding[] {
    const { checks } = this.settings.current;
    const reviewed = this.reviewed.reviewedIds(document.uri);
    return analysis.findings.filter((finding) => checks[finding.code] && !reviewed.has(finding.id));
  }

  /** The finding a diagnostic stands for, in the document's current analysis. */
  async findingFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<Finding | undefined> {
    const analysis = await this.cache.analysisOf(document);
    if (!analysis) return undefined;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    return this.visibleFindings(document, analysis).find((finding) => finding.code === code && toRange(finding.range).isEqual(diagnostic.range));
  }

  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.refresh(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.languageId !== LANGUAGE_ID) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      if (!document.isClosed) void this.refresh(document);
    }, DEBOUNCE_MS));
  }

  private async refresh(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== LANGUAGE_ID) {
      this.collection.delete(document.uri);
      return;
    }
    const analysis = await this.cache.analysisOf(document);
    // Closed, or no longer a transcript, while it was being analysed.
    if (!analysis || document.isClosed || document.languageId !== LANGUAGE_ID) return;
    const { severity } = this.settings.current;
    const diagnostics = this.visibleFindings(document, analysis).map((finding) => {
      const diagnostic = new vscode.Diagnostic(toRange(finding.range), localizedMessage(finding), SEVERITY[severity[finding.code]]);
      diagnostic.code = finding.code;
      diagnostic.source = DIAGNOSTIC_SOURCE;
      const onChinese = finding.chinese !== null && finding.start === finding.chinese.start;
      const counterpart = onChinese ? finding.english : finding.chinese;
      const range = counterpart?.range ?? finding.related;
      if (range) {
        const text = counterpart?.text ?? document.getText(toRange(range));
        const label = onChinese ? vscode.l10n.t('English: {0}', text) : vscode.l10n.t('Chinese: {0}', text);
        diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(range)), label.slice(0, 300))];
      }
      return diagnostic;
    });
    this.collection.set(document.uri, diagnostics);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.collection.dispose();
  }
}
