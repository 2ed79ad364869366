// The review panel: a webview beside the transcript with its figures, guidance, speakers, Q&A and
// translation problems. One panel; it follows the active transcript editor, refreshes as the text changes
// (debounced), highlights the row under the editor's cursor and reveals a row's range when clicked.
// It survives a window reload through a serializer; its scroll position and filters live in the webview state.
import * as vscode from 'vscode';
import type { Analysis } from '../../analysis/analyze';
import type { Finding } from '../../analysis/checks/types';
import { createNonce, renderPanelHtml } from '../../presentation/reportHtml';
import { buildReviewPayload } from '../../presentation/reviewPayload';
import { localizedLabels, localizedStrings } from '../../presentation/strings';
import { parsePanelState, parseToPanel, type ExportFormat, type FromPanelMessage, type Labels, type ToPanelMessage, type UiStrings } from '../../shared/protocol';
import { LANGUAGE_ID, type AnalysisCache } from '../analysisCache';
import { translate } from '../labels';
import type { SettingsWatcher } from '../settings';
import { baseName, exportReview, pickExportFormat } from './export';
import { receivePanelMessage } from './receive';

export const PANEL_VIEW_TYPE = 'transcriptReview.panel';
const DEBOUNCE_MS = 300;

export interface ReviewPanelServices {
  readonly cache: AnalysisCache;
  readonly settings: SettingsWatcher;
  /** Where dropped messages and failures are logged. */
  readonly log: vscode.LogOutputChannel;
  /** The findings to list for a document: the ones the diagnostics show (enabled, not marked reviewed). */
  readonly findings: (document: vscode.TextDocument, analysis: Analysis) => readonly Finding[];
  /** Fires when `findings` would give something else (reviewed marks changed); the panel refreshes. */
  readonly onDidChangeFindings: vscode.Event<unknown>;
}

const isTranscript = (document: vscode.TextDocument) => document.languageId === LANGUAGE_ID;

export class ReviewPanelManager implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The transcript the panel shows. */
  private documentUri: vscode.Uri | undefined;
  /** The editor column where that transcript was last active, for revealing it when no editor shows it. */
  private documentColumn: vscode.ViewColumn | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private words: { strings: UiStrings; labels: Labels } | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly services: ReviewPanelServices,
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
      services.settings.onDidChange(() => this.schedule()),
      services.onDidChangeFindings(() => this.schedule()),
    );
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
    if (!parsed.ok) this.services.log.warn(`Review panel: restored state ignored (${parsed.reason})`);
    else if (parsed.message.uri) {
      try {
        this.documentUri = vscode.Uri.parse(parsed.message.uri, true);
      } catch {
        this.services.log.warn('Review panel: restored state has an unusable URI');
      }
    }
    const editor = vscode.window.activeTextEditor;
    if (!this.documentUri && editor && isTranscript(editor.document)) this.bind(editor.document.uri, editor.viewColumn);
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, enableForms: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')] };
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
    const resource = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...parts)).toString();
    return renderPanelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: resource('dist', 'webview', 'panel.js'),
      styleUri: resource('media', 'panel.css'),
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
      this.services.log.warn(`Review panel: cannot open ${uri.toString()}: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** The panel's view of the document, or undefined when it was closed before its analysis finished. */
  private async payload(document: vscode.TextDocument) {
    const analysis = await this.services.cache.analysisOf(document);
    if (!analysis) return undefined;
    this.words ??= { strings: localizedStrings(translate), labels: localizedLabels(translate) };
    return buildReviewPayload(analysis, {
      fileName: baseName(document.uri),
      ...this.words,
      translate,
      severities: this.services.settings.current.severity,
      findings: this.services.findings(document, analysis),
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
      this.services.log.error(`Review panel: not sending an invalid ${message.type} message (${checked.reason})`);
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
      drop: (reason) => this.services.log.warn(`Review panel: dropped ${reason}`),
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

  /** The export command: the given file, else the active transcript, else the one the panel shows. */
  async exportCommand(resource: vscode.Uri | undefined): Promise<void> {
    let document: vscode.TextDocument | undefined;
    const active = vscode.window.activeTextEditor?.document;
    if (resource) {
      try {
        document = await vscode.workspace.openTextDocument(resource);
      } catch (error) {
        this.services.log.warn(`Review export: cannot open ${resource.toString()}: ${(error as Error).message}`);
      }
    } else if (active && isTranscript(active)) document = active;
    else document = await this.document();
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to export its review.'));
      return;
    }
    const format = await pickExportFormat();
    if (format) await this.export(document, format);
  }

  private export(document: vscode.TextDocument, format: ExportFormat): Promise<void> {
    return exportReview(document, format, () => this.payload(document), this.services.log);
  }

  dispose(): void {
    // The panel itself is left to VS Code, so that it is restored after a reload.
    this.clearTimer();
    this.panelSubscriptions.forEach((subscription) => subscription.dispose());
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
