// Findings as the CLI's JSON, 1-based lines and columns.
import type { Analysis } from '../analysis/analyze';
import type { FindingSide, Severity } from '../analysis/checks/types';
import { formatFinding, type Translate } from './messages';
import type { Settings } from '../analysis/settings';

export interface SideJson {
  text: string;
  value: number | null;
  unit: string;
  line: number;
}

export interface DiagnosticJson {
  code: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  english: SideJson | null;
  chinese: SideJson | null;
}

export interface CheckJson {
  file: string;
  diagnostics: DiagnosticJson[];
}

function side(value: FindingSide | null): SideJson | null {
  return value && { text: value.text, value: value.value, unit: value.unit, line: value.range.start.line + 1 };
}

export function checkJson(file: string, analysis: Analysis, settings: Settings, translate?: Translate): CheckJson {
  return {
    file,
    diagnostics: analysis.findings
      .filter((finding) => settings.checks[finding.code])
      .map((finding) => ({
        code: finding.code,
        severity: settings.severity[finding.code],
        line: finding.range.start.line + 1,
        column: finding.range.start.character + 1,
        endLine: finding.range.end.line + 1,
        endColumn: finding.range.end.character + 1,
        message: formatFinding(finding, translate),
        english: side(finding.english),
        chinese: side(finding.chinese),
      })),
  };
}
