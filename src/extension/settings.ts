// Reads and validates `transcriptReview.*`; invalid values fall back to defaults with one clear message.
// The glossary is the setting's terms and the workspace's glossary files'.
import * as vscode from 'vscode';
import { parseSettings, type Settings } from '../analysis/settings';
import type { GlossaryFiles } from './glossaryFiles';

export class SettingsWatcher implements vscode.Disposable {
  private settings: Settings;
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private lastReported = '';

  /** `glossaryFiles`: the workspace's glossary files, whose terms join the setting's. */
  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly glossaryFiles?: GlossaryFiles,
  ) {
    this.settings = this.read();
    const reread = () => {
      this.settings = this.read();
      this.changed.fire(this.settings);
    };
    this.subscription = vscode.Disposable.from(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('transcriptReview')) reread();
      }),
      glossaryFiles?.onDidChange(reread) ?? { dispose() {} },
    );
  }

  get current(): Settings {
    return this.settings;
  }

  private read(): Settings {
    const configuration = vscode.workspace.getConfiguration('transcriptReview');
    const { settings, errors } = parseSettings((name) => configuration.get(name));
    const report = errors.join('\n');
    if (report && report !== this.lastReported) {
      for (const error of errors) this.log.warn(error);
      void vscode.window.showWarningMessage(vscode.l10n.t('Some Transcript Review settings are invalid and were replaced by their defaults: {0}', errors.join('; ')));
    }
    this.lastReported = report;
    const files = this.glossaryFiles?.entries ?? [];
    return files.length > 0 ? { ...settings, glossary: [...settings.glossary, ...files] } : settings;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
