// Quick fixes: write the English value into the Chinese the way the translation writes figures,
// or mark the problem as reviewed (in the sidecar, never in the transcript).
import * as vscode from 'vscode';
import { toRange } from './convert';
import { DIAGNOSTIC_SOURCE, type TranscriptDiagnostics } from './diagnostics';

export const MARK_REVIEWED_COMMAND = 'transcriptReview.markReviewed';

export class FigureCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly diagnostics: TranscriptDiagnostics) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = await this.diagnostics.findingFor(document, diagnostic);
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
