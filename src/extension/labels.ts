// The extension's translate hook: the presentation layer's English templates (messages, unit words,
// metric names, the vocabulary's labels) in VS Code's display language.
import * as vscode from 'vscode';
import type { Translate } from '../presentation/messages';

export const translate: Translate = (template, ...args) => vscode.l10n.t(template, ...args);
