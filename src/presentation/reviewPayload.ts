// The review as the panel and the HTML report show it, built in one place from an Analysis; and the
// same review written out as JSON, CSV or Markdown for the export command.
import type { Analysis } from '../analysis/analyze';
import { DEFAULT_SEVERITIES, type Finding, type FindingCode, type Severity } from '../analysis/checks/types';
import { formatFinding, formatTemplate, formatValue, type Translate } from './messages';
import type { Range } from '../analysis/model';
import { LIMITS, type ExportFormat, type MetricRow, type ProblemItem, type QaRow, type ReviewPayload, type SpeakerRow, type UiStringKey, type UiStrings } from '../shared/protocol';
import type { Metric } from '../analysis/metrics/types';

/** English UI strings: the CLI's report uses them as they are, the extension looks each up with vscode.l10n.t. */
export const DEFAULT_UI_STRINGS: UiStrings = {
  issues: 'Issues',
  exportAs: 'Export as',
  keyFigures: 'Key figures',
  metric: 'Metric',
  english: 'English',
  chinese: 'Chinese',
  status: 'Status',
  statusOk: 'Translation agrees',
  statusMismatch: 'Translation differs',
  statusNone: 'No Chinese figure',
  noFigures: 'No figures found',
  guidance: 'Guidance',
  period: 'Period',
  range: 'Range',
  value: 'Value',
  noGuidance: 'No guidance found',
  speakers: 'Speakers',
  shareOfWords: 'Share of the English words spoken',
  wordsAndTurns: '{0} words, {1} turns',
  noSpeakers: 'No speakers found',
  qa: 'Questions & Answers',
  analyst: 'Analyst',
  firm: 'Firm',
  questions: 'Questions: {0}',
  answeredBy: 'Answered by {0}',
  noQa: 'No Q&A exchanges found',
  problems: 'Translation problems',
  filterCode: 'Problem type',
  filterSeverity: 'Severity',
  allCodes: 'All types',
  allSeverities: 'All severities',
  noProblems: 'No translation problems found',
  noMatchingProblems: 'No problems match the filters',
  shownOf: '{0} of {1} shown',
  truncated: 'Only the first {0} problems are listed',
  line: 'Line {0}',
  lineColumn: 'Line',
  revealChinese: 'Show the Chinese figure',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInformation: 'Information',
  severityHint: 'Hint',
  codeFigureMismatch: 'Figure differs',
  codeFigureScale: 'Scale slip',
  codeFigureMissing: 'Missing in the translation',
  codeFigureExtra: 'Extra in the translation',
  codeDirectionMismatch: 'Direction differs',
  codeApproximationLost: 'Qualifier lost',
  codeUntranslated: 'Untranslated',
  codeTranslationTruncated: 'Translation cut short',
  roleOperator: 'Operator',
  roleExecutive: 'Executive',
  roleAnalyst: 'Analyst',
  roleUnknown: 'Speaker',
};

export const CODE_STRING: Record<FindingCode, UiStringKey> = {
  'figure-mismatch': 'codeFigureMismatch',
  'figure-scale': 'codeFigureScale',
  'figure-missing': 'codeFigureMissing',
  'figure-extra': 'codeFigureExtra',
  'direction-mismatch': 'codeDirectionMismatch',
  'approximation-lost': 'codeApproximationLost',
  untranslated: 'codeUntranslated',
  'translation-truncated': 'codeTranslationTruncated',
};

export const SEVERITY_STRING: Record<Severity, UiStringKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  information: 'severityInformation',
  hint: 'severityHint',
};

export interface PayloadOptions {
  /** Shown in the header when the call has no company name. */
  readonly fileName: string;
  /** Localised UI strings; English by default. */
  readonly strings?: UiStrings;
  /** Translator for the finding messages (vscode.l10n.t in the extension); fills placeholders only by default. */
  readonly translate?: Translate;
  readonly severities?: Readonly<Record<FindingCode, Severity>>;
  /** The findings to list, where the caller filters them (disabled checks, reviewed marks); all by default. */
  readonly findings?: readonly Finding[];
}

/** Cuts text to `max` UTF-16 units, ending in an ellipsis, without splitting a surrogate pair. */
export function clip(text: string, max: number = LIMITS.text): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

const clipOrNull = (text: string | null | undefined): string | null => (text == null ? null : clip(text));
const position = (n: number): number => Math.min(Math.max(0, Math.trunc(n) || 0), LIMITS.position);

function rangeFields(range: Range) {
  return { line: position(range.start.line), character: position(range.start.character), endLine: position(range.end.line), endCharacter: position(range.end.character) };
}

function writtenValue(metric: Metric, translate: Translate): string {
  const one = (value: number | null) => (value === null ? '' : formatValue(value, metric.unit, translate));
  // A range reads best as the call said it: `$393.5 million to $394.5 million`.
  if (metric.guidance && metric.english.text) return metric.english.text;
  if (metric.guidance && (metric.low !== null || metric.high !== null)) {
    if (metric.low !== null && metric.high !== null && metric.low !== metric.high) return `${one(metric.low)} – ${one(metric.high)}`;
    return one(metric.low ?? metric.high);
  }
  return one(metric.value);
}

function metricRow(metric: Metric, translate: Translate): MetricRow {
  const source = metric.english;
  const chinese = metric.chinese;
  return {
    key: clip(metric.key),
    label: clip(translate(metric.label)),
    guidance: metric.guidance,
    period: clipOrNull(metric.period),
    english: clip(source.text),
    chinese: chinese ? clip(chinese.text) : null,
    value: clip(writtenValue(metric, translate)),
    status: metric.consistent === true ? 'ok' : metric.consistent === false ? 'mismatch' : 'none',
    ...rangeFields(source.range),
    chineseRange: chinese ? rangeFields(chinese.range) : null,
  };
}

function speakerRows(analysis: Analysis): SpeakerRow[] {
  const ranges = new Map<string, Array<[number, number]>>();
  for (const section of analysis.transcript.sections) {
    for (const turn of section.turns) {
      const list = ranges.get(turn.speaker.key) ?? [];
      if (list.length < LIMITS.turnsPerSpeaker) list.push([position(turn.range.start.line), position(turn.range.end.line)]);
      ranges.set(turn.speaker.key, list);
    }
  }
  return analysis.speakers.slice(0, LIMITS.speakers).map((stat) => ({
    name: clip(stat.speaker),
    role: stat.role,
    title: clipOrNull(stat.title),
    affiliation: clipOrNull(stat.affiliation),
    turns: position(stat.turns),
    words: position(stat.words),
    share: Number.isFinite(stat.share) ? Math.min(1, Math.max(0, stat.share)) : 0,
    line: position(stat.firstLine),
    ranges: ranges.get(stat.key) ?? [],
  }));
}

function qaRows(analysis: Analysis): QaRow[] {
  return analysis.qa.slice(0, LIMITS.qa).map((exchange) => ({
    analyst: clip(exchange.analyst),
    firm: clipOrNull(exchange.firm),
    questions: position(exchange.questions),
    answeredBy: exchange.answeredBy.slice(0, LIMITS.answeredBy).map((name) => clip(name)),
    line: position(exchange.line),
    endLine: position(exchange.endLine),
  }));
}

/** The panel's and the report's data for one analysed transcript. Everything is capped to the protocol's limits. */
export function buildReviewPayload(analysis: Analysis, options: PayloadOptions): ReviewPayload {
  const translate = options.translate ?? formatTemplate;
  const severities = options.severities ?? DEFAULT_SEVERITIES;
  const findings = options.findings ?? analysis.findings;
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const problems: ProblemItem[] = [];
  for (const finding of findings) {
    const severity = severities[finding.code] ?? DEFAULT_SEVERITIES[finding.code];
    counts[severity] += 1;
    if (problems.length >= LIMITS.problems) continue;
    problems.push({ id: clip(finding.id), code: finding.code, severity, message: clip(formatFinding(finding, translate), LIMITS.message), ...rangeFields(finding.range) });
  }
  const strings = options.strings ?? DEFAULT_UI_STRINGS;
  return {
    fileName: clip(options.fileName),
    call: { company: clipOrNull(analysis.call.company), period: clipOrNull(analysis.call.period), date: clipOrNull(analysis.call.date) },
    metrics: analysis.metrics.slice(0, LIMITS.metrics).map((metric) => metricRow(metric, translate)),
    speakers: speakerRows(analysis),
    qa: qaRows(analysis),
    problems,
    counts,
    totalProblems: position(findings.length),
    strings: Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, clip(value, LIMITS.string)])) as UiStrings,
  };
}

// ---- Export ------------------------------------------------------------------------------------------

/** What an export file holds: the figures and the problems, with 1-based lines and columns. */
export function exportObject(payload: ReviewPayload, source: { readonly uri: string; readonly version: number }) {
  return {
    file: payload.fileName,
    uri: source.uri,
    version: source.version,
    call: payload.call,
    counts: payload.counts,
    metrics: payload.metrics.map((row) => ({
      label: row.label,
      guidance: row.guidance,
      period: row.period,
      english: row.english,
      chinese: row.chinese,
      value: row.value,
      status: row.status,
      line: row.line + 1,
      column: row.character + 1,
      chineseLine: row.chineseRange ? row.chineseRange.line + 1 : null,
    })),
    problems: payload.problems.map((row) => ({
      code: row.code,
      severity: row.severity,
      message: row.message,
      line: row.line + 1,
      column: row.character + 1,
      endLine: row.endLine + 1,
      endColumn: row.endCharacter + 1,
    })),
  };
}

/** One CSV cell: quoted where needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A Markdown table cell: pipes, backslashes, line breaks and HTML-looking text neutralised. */
export function markdownCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[\r\n]+/g, ' ');
}

const STATUS_MARK = { ok: '✓', mismatch: '✗', none: '—' } as const;

/** The review as the export command writes it. */
export function formatExport(payload: ReviewPayload, format: ExportFormat, source: { readonly uri: string; readonly version: number }): string {
  const data = exportObject(payload, source);
  const s = payload.strings;
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  if (format === 'csv') {
    const header = ['kind', 'label_or_code', 'severity', 'period', 'english', 'chinese', 'value', 'status', 'line', 'column', 'message'];
    const rows = [
      ...data.metrics.map((m) => [m.guidance ? 'guidance' : 'metric', m.label, '', m.period, m.english, m.chinese, m.value, m.status, m.line, m.column, '']),
      ...data.problems.map((p) => ['problem', p.code, p.severity, '', '', '', '', '', p.line, p.column, p.message]),
    ];
    // A byte order mark, so that spreadsheets read the Chinese as UTF-8.
    return '\uFEFF' + [header, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(',')).join('\r\n') + '\r\n';
  }
  const lines: string[] = [];
  const title = [payload.call.company ?? payload.fileName, payload.call.period, payload.call.date].filter(Boolean).join(' · ');
  lines.push(`# ${markdownCell(title)}`, '');
  const figures = (guidance: boolean) => data.metrics.filter((m) => m.guidance === guidance);
  const section = (heading: string, rows: ReturnType<typeof figures>, empty: string, valueHeader: string) => {
    lines.push(`## ${markdownCell(heading)}`, '');
    if (rows.length === 0) {
      lines.push(markdownCell(empty), '');
      return;
    }
    lines.push(`| ${[s.metric, s.period, s.english, s.chinese, valueHeader, s.status, s.lineColumn].map(markdownCell).join(' | ')} |`, '|---|---|---|---|---|:-:|--:|');
    for (const m of rows) lines.push(`| ${[m.label, m.period, m.english, m.chinese, m.value, STATUS_MARK[m.status], m.line].map(markdownCell).join(' | ')} |`);
    lines.push('');
  };
  section(s.keyFigures, figures(false), s.noFigures, s.value);
  section(s.guidance, figures(true), s.noGuidance, s.range);
  lines.push(`## ${markdownCell(s.problems)}`, '');
  if (data.problems.length === 0) lines.push(markdownCell(s.noProblems), '');
  else {
    lines.push(`| ${[s.filterSeverity, s.filterCode, s.lineColumn, s.problems].map(markdownCell).join(' | ')} |`, '|---|---|--:|---|');
    for (const p of data.problems) lines.push(`| ${[s[SEVERITY_STRING[p.severity]], s[CODE_STRING[p.code]], p.line, p.message].map(markdownCell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
