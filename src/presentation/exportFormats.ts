// The review written out for the export command: JSON, CSV or Markdown.
import type { ExportFormat, ReviewPayload } from '../shared/protocol';

/** A row's place as export files give it: 1-based line and column. */
const at = (row: { readonly line: number; readonly character: number }) => ({ line: row.line + 1, column: row.character + 1 });

/** What an export file holds: the figures, the names and the problems, with 1-based lines and columns. */
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
      ...at(row),
      chineseLine: row.chineseRange ? row.chineseRange.line + 1 : null,
    })),
    otherFigures: payload.otherFigures.map((row) => ({
      english: row.english,
      sentence: row.sentence,
      translated: row.translated,
      ...at(row),
    })),
    names: payload.names.map((row) => ({
      english: row.english,
      kind: row.kind,
      role: row.role,
      renderings: row.renderings.map((rendering) => ({ text: rendering.text, count: rendering.count, ...at(rendering) })),
      missing: row.missing.map((line) => line + 1),
    })),
    problems: payload.problems.map((row) => ({
      code: row.code,
      severity: row.severity,
      message: row.message,
      ...at(row),
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

const STATUS_MARK = { ok: '✓', mismatch: '✗', none: '—', untranslated: null } as const;

/** The review as the export command writes it. */
export function formatExport(payload: ReviewPayload, format: ExportFormat, source: { readonly uri: string; readonly version: number }): string {
  const data = exportObject(payload, source);
  const s = payload.strings;
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  if (format === 'csv') {
    const header = ['kind', 'label_or_code', 'severity', 'period', 'english', 'chinese', 'value', 'status', 'line', 'column', 'message'];
    const rows = [
      ...data.metrics.map((m) => [m.guidance ? 'guidance' : 'metric', m.label, '', m.period, m.english, m.chinese, m.value, m.status, m.line, m.column, '']),
      ...data.otherFigures.map((o) => ['other', '', '', '', o.english, '', '', o.translated ? '' : 'untranslated', o.line, o.column, o.sentence]),
      // A name: one row per rendering (value = how many times), one per translation that drops it.
      ...data.names.flatMap((n) => [
        ...n.renderings.map((r) => ['name', n.kind, '', '', n.english, r.text, r.count, '', r.line, r.column, n.role ?? '']),
        ...n.missing.map((line) => ['name', n.kind, '', '', n.english, '', '', 'missing', line, '', n.role ?? '']),
      ]),
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
    // An untranslated paragraph is said in words: there is nothing to agree or differ.
    for (const m of rows) lines.push(`| ${[m.label, m.period, m.english, m.chinese, m.value, STATUS_MARK[m.status] ?? s.statusUntranslated, m.line].map(markdownCell).join(' | ')} |`);
    lines.push('');
  };
  section(s.keyFigures, figures(false), s.noFigures, s.value);
  section(s.guidance, figures(true), s.noGuidance, s.range);
  lines.push(`## ${markdownCell(s.otherFigures)}`, '');
  if (data.otherFigures.length === 0) lines.push(markdownCell(s.noOtherFigures), '');
  else {
    lines.push(`| ${[s.figure, s.sentence, s.lineColumn].map(markdownCell).join(' | ')} |`, '|---|---|--:|');
    for (const o of data.otherFigures) lines.push(`| ${[o.english, o.sentence, o.line].map(markdownCell).join(' | ')} |`);
    lines.push('');
  }
  lines.push(`## ${markdownCell(s.names)}`, '');
  if (data.names.length === 0) lines.push(markdownCell(s.noNames), '');
  else {
    lines.push(`| ${[s.name, s.renderings, s.notNamed].map(markdownCell).join(' | ')} |`, '|---|---|---|');
    for (const n of data.names) {
      const renderings = n.renderings.map((r) => `${r.text} ×${r.count} (${r.line})`).join(' · ');
      lines.push(`| ${[[n.english, n.role].filter(Boolean).join(', '), renderings, n.missing.join(', ')].map(markdownCell).join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push(`## ${markdownCell(s.problems)}`, '');
  if (data.problems.length === 0) lines.push(markdownCell(s.noProblems), '');
  else {
    lines.push(`| ${[s.filterSeverity, s.filterCode, s.lineColumn, s.problems].map(markdownCell).join(' | ')} |`, '|---|---|--:|---|');
    for (const p of data.problems) lines.push(`| ${[payload.labels.severities[p.severity], payload.labels.codes[p.code], p.line, p.message].map(markdownCell).join(' | ')} |`);
    lines.push('');
  }
  return lines.join('\n');
}
