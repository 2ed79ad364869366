// Core positions to VS Code's.
import * as vscode from 'vscode';
import type { Range } from '../analysis/model';

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
