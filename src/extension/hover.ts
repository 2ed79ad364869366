// Hover on a figure: its normalised value and its counterpart in the other language.
import * as vscode from 'vscode';
import type { AlignedParagraph } from '../analysis/checks';
import type { CheckFigure } from '../analysis/checks/alignment';
import { formatValue } from '../presentation/messages';
import { translate } from './labels';
import { LANGUAGE_ID, type AnalysisCache } from './analysisCache';

interface Hit {
  readonly figure: CheckFigure;
  readonly language: 'english' | 'chinese';
  readonly counterpart: CheckFigure | null;
  readonly agrees: boolean | null;
  readonly base: number;
}

/** The figure under an offset, with what it was aligned to. */
function figureAt(aligned: readonly AlignedParagraph[], offset: number): Hit | null {
  for (const { paragraph, alignment } of aligned) {
    const { english, chinese } = paragraph;
    if (offset >= english.start && offset <= english.end) {
      const figure = alignment.english.find((f) => offset >= english.start + f.start && offset <= english.start + f.end);
      if (!figure) return null;
      const pair = alignment.pairs.get(figure);
      return { figure, language: 'english', counterpart: pair?.figure ?? null, agrees: pair ? pair.agrees : null, base: english.start };
    }
    if (offset >= chinese.start && offset <= chinese.end) {
      const figure = alignment.chinese.find((f) => offset >= chinese.start + f.start && offset <= chinese.start + f.end);
      if (!figure) return null;
      const entry = [...alignment.pairs].find(([, pair]) => pair.figure === figure);
      return { figure, language: 'chinese', counterpart: entry?.[0] ?? null, agrees: entry ? entry[1].agrees : null, base: chinese.start };
    }
  }
  return null;
}

/** Registers the hover on figures. */
export function registerHover(cache: AnalysisCache): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, new FigureHoverProvider(cache));
}

class FigureHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | null> {
    const version = document.version;
    const analysis = await this.cache.analysisOf(document);
    // Offsets are taken from the document below: it must still be the text that was analysed.
    if (!analysis || token.isCancellationRequested || document.version !== version) return null;
    const hit = figureAt(analysis.aligned, document.offsetAt(position));
    if (!hit) return null;
    const { figure, counterpart } = hit;
    const markdown = new vscode.MarkdownString();
    const valueOf = (f: CheckFigure) => formatValue(f.value, f.unit, translate);
    markdown.appendMarkdown(`**${escape(figure.text)}** = ${escape(valueOf(figure))}`);
    if (figure.direction) markdown.appendMarkdown(` (${vscode.l10n.t(figure.direction === 'up' ? 'an increase' : 'a decrease')})`);
    markdown.appendMarkdown('\n\n');
    if (counterpart) {
      const shown = `${counterpart.text} = ${valueOf(counterpart)}`;
      const label = hit.language === 'english' ? vscode.l10n.t('Chinese: {0}', shown) : vscode.l10n.t('English: {0}', shown);
      markdown.appendMarkdown(`${hit.agrees ? '✓' : '✗'} ${escape(label)}`);
    } else {
      markdown.appendMarkdown(escape(vscode.l10n.t('No counterpart in the other language')));
    }
    const range = new vscode.Range(document.positionAt(hit.base + figure.start), document.positionAt(hit.base + figure.end));
    return new vscode.Hover(markdown, range);
  }
}

/** Transcript text is never read as Markdown. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`);
}
