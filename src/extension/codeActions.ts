// Quick fixes: write the English value into the Chinese the way the translation writes figures,
// or mark the problem as reviewed (in the sidecar, never in the transcript).
import * as vscode from 'vscode';
import { LANGUAGE_ID, type AnalysisCache } from './analysisCache';
import { toRange } from './convert';
import { DIAGNOSTIC_SOURCE, type TranscriptDiagnostics } from './diagnostics';
import type { ReviewedStore } from './reviewed';

export const MARK_REVIEWED_COMMAND = 'transcriptReview.markReviewed';

/** Registers the quick fixes and the command that marks a finding reviewed. */
export function registerQuickFixes(cache: AnalysisCache, diagnostics: TranscriptDiagnostics, reviewed: ReviewedStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider({ language: LANGUAGE_ID }, new FigureCodeActions(diagnostics), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    vscode.commands.registerCommand(MARK_REVIEWED_COMMAND, async (uri: unknown, id: unknown) => {
      if (!(uri instanceof vscode.Uri) || typeof id !== 'string') return;
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const finding = document && (await cache.analysisOf(document))?.findings.find((f) => f.id === id);
      if (finding) await reviewed.markReviewed(uri, finding);
    }),
  );
}

class FigureCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly diagnostics: TranscriptDiagnostics) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = await this.diagnostics.findingFor(document, diagnostic);
      if (token.isCancellationRequested) return [];
      if (!finding) continue;
      if (finding.fix) {
        const fix = new vscode.CodeAction(vscode.l10n.t('Replace with “{0}”', finding.fix.text), vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(document.uri, toRange(finding.fix.range), finding.fix.text);
        fix.diagnostics = [diagnostic];
        fix.isPreferred = true;
        actions.push(fix);
      }
      const review = new vscode.CodeAction(vscode.l10n.t('Mark as reviewed'), vscode.CodeActionKind.QuickFix);
      review.command = { command: MARK_REVIEWED_COMMAND, title: review.title, arguments: [document.uri, finding.id] };
      review.diagnostics = [diagnostic];
      actions.push(review);
    }
    return actions;
  }
}
