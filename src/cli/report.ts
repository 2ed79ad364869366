// `transcript-review report`: one self-contained HTML review per transcript, the same content as the panel.
import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze, DEFAULT_ANALYZE_OPTIONS, type AnalyzeOptions } from '../analysis/analyze';
import type { FindingCode, Severity } from '../analysis/checks/types';
import type { Translate } from '../presentation/messages';
import { renderReportHtml, type ReportAssets } from '../presentation/reportHtml';
import { buildReviewPayload } from '../presentation/reviewPayload';
import { InputError, packageRoot, readTranscript } from './input';

export interface ReportOptions {
  /** The package's folder, with dist/webview/panel.js and media/panel.css; by default the installed package's. */
  readonly packageDir?: string;
  readonly analyze?: AnalyzeOptions;
  readonly severities?: Readonly<Record<FindingCode, Severity>>;
  /** Checks to leave out of the report. */
  readonly disabledChecks?: readonly FindingCode[];
  /** Translator for the UI strings, labels and messages; English by default. */
  readonly translate?: Translate;
  readonly lang?: string;
  /** The encoding every file is read in (`--encoding`); guessed per file when absent. */
  readonly encoding?: string;
}

export type ReportResult = { readonly file: string; readonly output: string } | { readonly file: string; readonly error: string };


/** Reads dist/webview/panel.js, media/panel.css and media/report.css; throws an Error naming the folder when one is missing. */
export function readReportAssets(packageDir: string = packageRoot()): ReportAssets {
  const read = (...parts: string[]) => fs.readFileSync(path.join(packageDir, ...parts), 'utf8');
  try {
    return { script: read('dist', 'webview', 'panel.js'), style: read('media', 'panel.css'), theme: read('media', 'report.css') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(`${packageDir}: ${l10n.t("the panel's script and styles (panel.js, panel.css) were not found ({0})", reason)}`);
  }
}

/** `name.txt` → `name.review.html`, made unique within one run. */
function outputName(file: string, taken: Set<string>): string {
  const stem = path.parse(file).name || 'transcript';
  let name = `${stem}.review.html`;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${stem}-${n}.review.html`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Writes one HTML report per transcript into `outDir` (created if needed) and returns, in order, the
 * report written for each file or why there is none (unreadable input). Missing assets or an unwritable
 * `outDir` throw.
 */
export function writeReports(files: readonly string[], outDir: string, options: ReportOptions = {}): ReportResult[] {
  const assets = readReportAssets(options.packageDir);
  fs.mkdirSync(outDir, { recursive: true });
  const taken = new Set<string>();
  const disabled = new Set(options.disabledChecks ?? []);
  return files.map((file): ReportResult => {
    let text: string;
    try {
      text = readTranscript(file, options.encoding);
    } catch (error) {
      if (error instanceof InputError) return { file, error: error.message };
      throw error;
    }
    const analysis = analyze(text, options.analyze ?? DEFAULT_ANALYZE_OPTIONS);
    const payload = buildReviewPayload(analysis, {
      fileName: path.basename(file),
      translate: options.translate,
      severities: options.severities,
      findings: analysis.findings.filter((finding) => !disabled.has(finding.code)),
    });
    const html = renderReportHtml(payload, { ...assets, uri: pathToFileURL(path.resolve(file)).href, version: 1, lang: options.lang });
    const output = path.join(outDir, outputName(file, taken));
    fs.writeFileSync(output, html, 'utf8');
    return { file, output };
  });
}

