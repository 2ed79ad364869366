// Outline, breadcrumbs, sticky scroll and Go to Symbol: sections → speaker turns.
import * as vscode from 'vscode';
import { LANGUAGE_ID, type AnalysisCache } from './analysisCache';
import { toRange } from './convert';
import { roleLabel, sectionLabel } from '../presentation/strings';
import { translate } from './labels';

/** Registers the outline (document symbols) and folding for transcripts. */
export function registerOutline(cache: AnalysisCache): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(selector, new OutlineProvider(cache), { label: vscode.l10n.t('Transcript') }),
    vscode.languages.registerFoldingRangeProvider(selector, new FoldingProvider(cache)),
  );
}

class OutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const version = document.version;
    const transcript = (await this.cache.analysisOf(document))?.transcript;
    // Lines are read from the document below: they must be the lines that were analysed.
    if (!transcript || token.isCancellationRequested || document.isClosed || document.version !== version) return [];
    return transcript.sections.map((section) => {
      const detail = section.turns.length > 0 ? vscode.l10n.t('{0} turns', section.turns.length) : '';
      const symbol = new vscode.DocumentSymbol(sectionLabel(section, translate), detail, vscode.SymbolKind.Namespace, toRange(section.range), toRange(section.headingRange));
      symbol.children = section.turns.map((turn) => {
        const { speaker } = turn;
        const role = roleLabel(speaker.role, translate);
        const detail = [speaker.title, speaker.affiliation].filter(Boolean).join(', ');
        const selection = toRange(turn.speakerRange);
        return new vscode.DocumentSymbol(speaker.name, detail ? `${detail} · ${role}` : role, vscode.SymbolKind.Event, toRange(turn.range), new vscode.Range(selection.start, selection.start.line === selection.end.line ? selection.end : document.lineAt(selection.start.line).range.end));
      });
      for (const participant of section.participants) {
        const detail = [participant.title, participant.affiliation].filter(Boolean).join(', ');
        const range = toRange(participant.range);
        symbol.children.push(new vscode.DocumentSymbol(participant.name, detail, vscode.SymbolKind.Constant, range, range));
      }
      return symbol;
    });
  }
}

class FoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    const transcript = (await this.cache.analysisOf(document))?.transcript;
    if (!transcript || token.isCancellationRequested) return [];
    const ranges: vscode.FoldingRange[] = [];
    for (const section of transcript.sections) {
      if (section.range.end.line > section.range.start.line) ranges.push(new vscode.FoldingRange(section.range.start.line, section.range.end.line, vscode.FoldingRangeKind.Region));
      for (const turn of section.turns) {
        if (turn.range.end.line > turn.range.start.line) ranges.push(new vscode.FoldingRange(turn.range.start.line, turn.range.end.line));
      }
    }
    return ranges;
  }
}
