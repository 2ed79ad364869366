// Reads and validates `transcriptReview.*`; invalid values fall back to defaults with one clear message.
import * as vscode from 'vscode';
import { parseSettings, type Settings } from '../analysis/settings';

export class SettingsWatcher implements vscode.Disposable {
  private settings: Settings;
  private readonly changed = new vscode.EventEmitter<Settings>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private lastReported = '';

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.settings = this.read();
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('transcriptReview')) return;
      this.settings = this.read();
      this.changed.fire(this.settings);
    });
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
    return settings;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
