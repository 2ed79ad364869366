// Entry point: builds the shared services and lets each feature register itself. Activation does no
// analysis itself: the first transcript opened starts one.
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerAutoDetect } from './autoDetect';
import { registerQuickFixes } from './codeActions';
import { registerDiagnostics } from './diagnostics';
import { registerEncodingNotice } from './encodingNotice';
import { GlossaryFiles } from './glossaryFiles';
import { registerHover } from './hover';
import { registerOutline } from './outline';
import { registerReviewPanel } from './panel';
import { ReviewedStore } from './reviewed';
import { registerOpenSample } from './samples';
import { SettingsWatcher } from './settings';

export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Transcript Review', { log: true });
  const glossaryFiles = new GlossaryFiles(log);
  const settings = new SettingsWatcher(log, glossaryFiles);
  const cache = new AnalysisCache(() => settings.current);
  const reviewed = new ReviewedStore(log);
  // Settings change what the checks find: forget old analyses before anything refreshes.
  context.subscriptions.push(log, glossaryFiles, settings, settings.onDidChange(() => cache.clear()), cache, reviewed);
  const diagnostics = registerDiagnostics(cache, settings, reviewed);
  context.subscriptions.push(
    diagnostics,
    registerOutline(cache),
    registerHover(cache),
    registerQuickFixes(cache, diagnostics, reviewed),
    registerAutoDetect(() => settings.current.autoDetect),
    registerEncodingNotice(),
    registerReviewPanel(context.extensionUri, {
      cache,
      settings,
      log,
      findings: (document, analysis) => diagnostics.visibleFindings(document, analysis),
      onDidChangeFindings: reviewed.onDidChange,
    }),
    registerOpenSample(context.extensionUri, log),
  );
}

export function deactivate(): void {}
