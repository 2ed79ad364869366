// Localised names for the model's kinds and roles, and the core's translate hook.
import * as vscode from 'vscode';
import type { Translate } from '../presentation/messages';
import type { Section, SpeakerRole } from '../analysis/model';

/** The core's templates (messages, unit words, metric names) in VS Code's display language. */
export const translate: Translate = (template, ...args) => vscode.l10n.t(template, ...args);

export function roleLabel(role: SpeakerRole): string {
  switch (role) {
    case 'operator':
      return vscode.l10n.t('Operator');
    case 'executive':
      return vscode.l10n.t('Executive');
    case 'analyst':
      return vscode.l10n.t('Analyst');
    default:
      return vscode.l10n.t('Speaker');
  }
}

export function sectionLabel(section: Section): string {
  if (section.heading) return section.heading;
  switch (section.kind) {
    case 'summary':
      return vscode.l10n.t('Summary');
    case 'prepared':
      return vscode.l10n.t('Prepared Remarks');
    case 'qa':
      return vscode.l10n.t('Questions & Answers');
    case 'participants':
      return vscode.l10n.t('Call Participants');
    default:
      return vscode.l10n.t('Section');
  }
}
