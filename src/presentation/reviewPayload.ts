// The review as the panel and the HTML report show it, built in one place from an Analysis.
import type { Analysis } from '../analysis/analyze';
import type { Finding } from '../analysis/checks/types';
import { DEFAULT_SEVERITIES, type FindingCode, type Severity } from '../shared/vocabulary';
import { formatFinding, formatTemplate, formatValue, type Translate } from './messages';
import type { Range } from '../analysis/model';
import { LIMITS, type Labels, type MetricRow, type NameRow, type OtherFigureRow, type ProblemItem, type QaRow, type ReviewPayload, type SpeakerRow, type UiStrings } from '../shared/protocol';
import { localizedLabels, localizedStrings } from './strings';
import type { Metric } from '../analysis/metrics/types';

export interface PayloadOptions {
  /** Shown in the header when the call has no company name. */
  readonly fileName: string;
  /** Localised UI strings and labels; made with `translate` when omitted (front ends keep theirs). */
  readonly strings?: UiStrings;
  readonly labels?: Labels;
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
    status: !metric.translated ? 'untranslated' : metric.consistent === true ? 'ok' : metric.consistent === false ? 'mismatch' : 'none',
    ...rangeFields(source.range),
    chineseRange: chinese ? rangeFields(chinese.range) : null,
  };
}

function otherFigureRows(analysis: Analysis): OtherFigureRow[] {
  return analysis.otherFigures.slice(0, LIMITS.otherFigures).map((other) => ({
    english: clip(other.english.text),
    sentence: clip(other.sentence),
    translated: other.translated,
    ...rangeFields(other.english.range),
  }));
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

function nameRows(analysis: Analysis): NameRow[] {
  return analysis.names.slice(0, LIMITS.names).map((entry) => {
    const renderings = entry.renderings.slice(0, LIMITS.renderingsPerName).map((rendering) => ({ text: clip(rendering.text), count: position(rendering.count), ...rangeFields(rendering.first) }));
    const missing = entry.missing.slice(0, LIMITS.missingPerName).map(position);
    const lines = [...renderings.map((rendering) => rendering.line), ...missing];
    const first = lines.length > 0 ? Math.min(...lines) : 0;
    return { english: clip(entry.english), kind: entry.kind, role: clipOrNull(entry.role), renderings, missing, line: first, character: 0, endLine: first, endCharacter: 0 };
  });
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
  const strings = options.strings ?? localizedStrings(translate);
  const labels = options.labels ?? localizedLabels(translate);
  const clipAll = <T extends Readonly<Record<string, string>>>(record: T): T => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, clip(value, LIMITS.string)])) as T;
  return {
    fileName: clip(options.fileName),
    call: { company: clipOrNull(analysis.call.company), period: clipOrNull(analysis.call.period), date: clipOrNull(analysis.call.date) },
    metrics: analysis.metrics.slice(0, LIMITS.metrics).map((metric) => metricRow(metric, translate)),
    otherFigures: otherFigureRows(analysis),
    speakers: speakerRows(analysis),
    qa: qaRows(analysis),
    names: nameRows(analysis),
    problems,
    counts,
    totalProblems: position(findings.length),
    strings: clipAll(strings),
    labels: { codes: clipAll(labels.codes), severities: clipAll(labels.severities), roles: clipAll(labels.roles) },
  };
}

