// The review panel: a webview beside the transcript with its figures, guidance, speakers, Q&A and
// translation problems. One panel; it follows the active transcript editor, refreshes as the text changes
// (debounced), highlights the row under the editor's cursor and reveals a row's range when clicked.
// It survives a window reload through a serializer; its scroll position and filters live in the webview state.
import * as vscode from 'vscode';
import type { Analysis } from '../../analysis/analyze';
import type { Finding } from '../../analysis/checks/types';
import { EXPORT_FORMATS, parsePanelState, parseToPanel, type ExportFormat, type FromPanelMessage, type ToPanelMessage, type UiStrings } from '../../shared/protocol';
import { createNonce, renderPanelHtml } from '../../presentation/reportHtml';
import { buildReviewPayload, formatExport } from '../../presentation/reviewPayload';
import { parseSettings } from '../../analysis/settings';
import { LANGUAGE_ID, type AnalysisCache } from '../analysisCache';
import { translate } from '../labels';
import { receivePanelMessage } from './receive';
import { panelStrings } from './strings';

export const PANEL_VIEW_TYPE = 'transcriptReview.panel';
const DEBOUNCE_MS = 300;

export interface ReviewPanelOptions {
  /** Where dropped messages and failures are logged; the panel makes a channel of its own on first use otherwise. */
  readonly log?: vscode.LogOutputChannel;
  /**
   * The findings to list for a document (for example without the ones marked reviewed). By default the
   * analysis's findings for the checks enabled in `transcriptReview.checks`.
   */
  readonly findings?: (document: vscode.TextDocument, analysis: Analysis) => readonly Finding[];
  /** Fires when `findings` would give something else (reviewed marks changed); the panel refreshes. */
  readonly onDidChangeFindings?: vscode.Event<unknown>;
}

/** Registers the panel's commands (`transcriptReview.openPanel`, `transcriptReview.exportReport`) and its serializer. */
export function registerReviewPanel(context: vscode.ExtensionContext, cache: AnalysisCache, options: ReviewPanelOptions = {}): vscode.Disposable {
  const manager = new ReviewPanelManager(context.extensionUri, cache, options);
  return vscode.Disposable.from(
    manager,
    vscode.commands.registerCommand('transcriptReview.openPanel', () => manager.open()),
    vscode.commands.registerCommand('transcriptReview.exportReport', (resource?: unknown) => manager.exportCommand(resource instanceof vscode.Uri ? resource : undefined)),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, manager),
  );
}

const isTranscript = (document: vscode.TextDocument) => document.languageId === LANGUAGE_ID;

function baseName(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.toString();
}

const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };
const FORMAT_NAMES: Record<ExportFormat, string> = { json: 'JSON', csv: 'CSV', markdown: 'Markdown' };

class ReviewPanelManager implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The transcript the panel shows. */
  private documentUri: vscode.Uri | undefined;
  /** The editor column where that transcript was last active, for revealing it when no editor shows it. */
  private documentColumn: vscode.ViewColumn | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ownLog: vscode.LogOutputChannel | undefined;
  private strings: UiStrings | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly cache: AnalysisCache,
    private readonly options: ReviewPanelOptions,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidOpenTextDocument((document) => {
        // A language change closes and reopens the document: follow it once it is a transcript.
        if (vscode.window.activeTextEditor?.document === document) this.follow(vscode.window.activeTextEditor);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isShown(event.document.uri) && event.contentChanges.length > 0) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.isShown(event.textEditor.document.uri)) this.postCursor(event.textEditor);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('transcriptReview')) this.schedule();
      }),
    );
    if (options.onDidChangeFindings) this.subscriptions.push(options.onDidChangeFindings(() => this.schedule()));
  }

  // ---- Opening and restoring -------------------------------------------------------------------------

  open(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor && isTranscript(editor.document)) this.bind(editor.document.uri, editor.viewColumn);
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.update();
      return;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { ...this.webviewOptions(), enableFindWidget: true });
    this.attach(panel);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (this.panel) {
      panel.dispose();
      return;
    }
    const parsed = parsePanelState(state ?? { uri: '' });
    if (!parsed.ok) this.log().warn(`Review panel: restored state ignored (${parsed.reason})`);
    else if (parsed.message.uri) {
      try {
        this.documentUri = vscode.Uri.parse(parsed.message.uri, true);
      } catch {
        this.log().warn('Review panel: restored state has an unusable URI');
      }
    }
    const editor = vscode.window.activeTextEditor;
    if (!this.documentUri && editor && isTranscript(editor.document)) this.bind(editor.document.uri, editor.viewColumn);
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, enableForms: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.title = this.title();
    panel.webview.html = this.html(panel.webview);
    this.panelSubscriptions = [
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      // Without retainContextWhenHidden the page reloads when shown again and says `ready`; this covers
      // a panel that stayed loaded but missed updates while hidden.
      panel.onDidChangeViewState((event) => {
        if (event.webviewPanel.visible) this.update();
      }),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.clearTimer();
        this.panelSubscriptions.forEach((subscription) => subscription.dispose());
        this.panelSubscriptions = [];
      }),
    ];
  }

  private html(webview: vscode.Webview): string {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    return renderPanelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css')).toString(),
      placeholder: vscode.l10n.t('Open a transcript to see its review.'),
      title: vscode.l10n.t('Transcript Review'),
      lang: vscode.env.language,
    });
  }

  private title(): string {
    return this.documentUri ? vscode.l10n.t('Review: {0}', baseName(this.documentUri)) : vscode.l10n.t('Transcript Review');
  }

  // ---- Following the editor --------------------------------------------------------------------------

  private bind(uri: vscode.Uri, column: vscode.ViewColumn | undefined): void {
    this.documentUri = uri;
    if (column !== undefined) this.documentColumn = column;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isTranscript(editor.document)) return;
    const changed = !this.isShown(editor.document.uri);
    this.bind(editor.document.uri, editor.viewColumn);
    if (changed && this.panel) {
      this.panel.title = this.title();
      this.clearTimer();
      this.update();
    }
  }

  private isShown(uri: vscode.Uri): boolean {
    return this.documentUri !== undefined && this.documentUri.toString() === uri.toString();
  }

  private schedule(): void {
    if (!this.panel) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, DEBOUNCE_MS);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  // ---- Sending ---------------------------------------------------------------------------------------

  private async document(): Promise<vscode.TextDocument | undefined> {
    const uri = this.documentUri;
    if (!uri) return undefined;
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return open;
    // An untitled document lives only while it is open: opening its URI again would make a new, empty one.
    if (uri.scheme === 'untitled') return undefined;
    try {
      return await vscode.workspace.openTextDocument(uri);
    } catch (error) {
      this.log().warn(`Review panel: cannot open ${uri.toString()}: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** The panel's view of the document, or undefined when it was closed before its analysis finished. */
  private async payload(document: vscode.TextDocument) {
    const analysis = await this.cache.analysisOf(document);
    if (!analysis) return undefined;
    const configuration = vscode.workspace.getConfiguration('transcriptReview');
    const { settings } = parseSettings((name) => configuration.get(name));
    const findings = this.options.findings ? this.options.findings(document, analysis) : analysis.findings.filter((finding) => settings.checks[finding.code]);
    this.strings ??= panelStrings();
    return buildReviewPayload(analysis, {
      fileName: baseName(document.uri),
      strings: this.strings,
      translate,
      severities: settings.severity,
      findings,
    });
  }

  private update(): void {
    if (!this.panel?.visible) return;
    void this.document().then(async (document) => {
      const payload = document && (await this.payload(document));
      const panel = this.panel;
      if (!document || !payload || !panel || !this.isShown(document.uri)) return;
      panel.title = this.title();
      this.post({ type: 'update', uri: document.uri.toString(), version: document.version, payload });
      const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
      if (editor) this.postCursor(editor);
    });
  }

  private postCursor(editor: vscode.TextEditor): void {
    if (!this.panel?.visible) return;
    const { document } = editor;
    this.post({ type: 'cursor', uri: document.uri.toString(), version: document.version, line: editor.selection.active.line });
  }

  private post(message: ToPanelMessage): void {
    const checked = parseToPanel(message);
    if (!checked.ok) {
      this.log().error(`Review panel: not sending an invalid ${message.type} message (${checked.reason})`);
      return;
    }
    void this.panel?.webview.postMessage(checked.message);
  }

  // ---- Receiving -------------------------------------------------------------------------------------

  private receive(raw: unknown): void {
    receivePanelMessage(raw, this.documentUri?.toString(), {
      ready: () => this.update(),
      reveal: (message) => void this.reveal(message),
      export: (message) => void this.document().then((document) => document && this.export(document, message.format)),
      drop: (reason) => this.log().warn(`Review panel: dropped ${reason}`),
    });
  }

  private async reveal(message: Extract<FromPanelMessage, { type: 'reveal' }>): Promise<void> {
    const document = await this.document();
    if (!document) return;
    const range = document.validateRange(new vscode.Range(message.line, message.character, message.endLine, message.endCharacter));
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
    const fallback = this.documentColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? fallback, preserveFocus: false, preview: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  // ---- Export ----------------------------------------------------------------------------------------

  async exportCommand(resource: vscode.Uri | undefined): Promise<void> {
    let document: vscode.TextDocument | undefined;
    const active = vscode.window.activeTextEditor?.document;
    if (resource) {
      try {
        document = await vscode.workspace.openTextDocument(resource);
      } catch (error) {
        this.log().warn(`Review export: cannot open ${resource.toString()}: ${(error as Error).message}`);
      }
    } else if (active && isTranscript(active)) document = active;
    else document = await this.document();
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to export its review.'));
      return;
    }
    const descriptions: Record<ExportFormat, string> = {
      json: vscode.l10n.t('Figures and problems as structured data'),
      csv: vscode.l10n.t('One row per figure or problem, for spreadsheets'),
      markdown: vscode.l10n.t('Tables for notes and pull requests'),
    };
    const pick = await vscode.window.showQuickPick(
      EXPORT_FORMATS.map((format) => ({ label: FORMAT_NAMES[format], description: descriptions[format], format })),
      { title: vscode.l10n.t('Export Transcript Review'), placeHolder: vscode.l10n.t('Choose a format') },
    );
    if (pick) await this.export(document, pick.format);
  }

  private async export(document: vscode.TextDocument, format: ExportFormat): Promise<void> {
    const extension = EXTENSIONS[format];
    const stem = baseName(document.uri).replace(/\.[^.]*$/, '');
    const fileName = `${stem}.review.${extension}`;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const defaultUri = document.uri.scheme === 'untitled' ? (folder ? vscode.Uri.joinPath(folder, fileName) : undefined) : vscode.Uri.joinPath(document.uri, '..', fileName);
    const target = await vscode.window.showSaveDialog({ defaultUri, filters: { [FORMAT_NAMES[format]]: [extension] }, saveLabel: vscode.l10n.t('Export'), title: vscode.l10n.t('Export Transcript Review') });
    if (!target) return;
    if (target.toString() === document.uri.toString()) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Choose a file other than the transcript itself.'));
      return;
    }
    const payload = await this.payload(document);
    if (!payload) return;
    const text = formatExport(payload, format, { uri: document.uri.toString(), version: document.version });
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    } catch (error) {
      this.log().error(`Review export: cannot write ${target.toString()}: ${(error as Error).message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', baseName(target), (error as Error).message));
      return;
    }
    const open = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Review exported to {0}', baseName(target)), open);
    if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
  }

  // ---- Housekeeping ----------------------------------------------------------------------------------

  private log(): vscode.LogOutputChannel {
    if (this.options.log) return this.options.log;
    this.ownLog ??= vscode.window.createOutputChannel(vscode.l10n.t('Transcript Review'), { log: true });
    return this.ownLog;
  }

  dispose(): void {
    // The panel itself is left to VS Code, so that it is restored after a reload.
    this.clearTimer();
    this.panelSubscriptions.forEach((subscription) => subscription.dispose());
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.ownLog?.dispose();
  }
}
