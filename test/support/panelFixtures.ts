// Hand-built findings, metrics and hostile analyses for the panel and report tests.
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type Analysis } from '../../src/analysis/analyze';
import type { Finding, FindingCode } from '../../src/analysis/checks/types';
import type { Range } from '../../src/analysis/model';
import type { Metric, MetricSource } from '../../src/analysis/metrics/types';
import { readSeed, REPO, SEED_INTERLEAVED } from './helpers';
import { HOSTILE } from './hostile';

export const MEDIA = path.join(REPO, 'media');
/** The panel's built script (npm run build) and its styles. */
export const PANEL_SCRIPT = path.join(REPO, 'dist', 'webview', 'panel.js');
export const PANEL_STYLE = path.join(MEDIA, 'panel.css');
export const panelAssets = () => ({ script: fs.readFileSync(PANEL_SCRIPT, 'utf8'), style: fs.readFileSync(PANEL_STYLE, 'utf8'), theme: fs.readFileSync(path.join(MEDIA, 'report.css'), 'utf8') });

/** Two entries of the catalogue, named for the tests that look for them. */
export const SCRIPT_TAG = HOSTILE[0];
export const IMG_TAG = HOSTILE[1];

export function range(line: number, character: number, endLine = line, endCharacter = character + 5): Range {
  return { start: { line, character }, end: { line: endLine, character: endCharacter } };
}

export function finding(code: FindingCode, line: number, english = '$12.5 million', chinese: string | null = '1,350 萬美元', id = `${code}-${line}`): Finding {
  const side = (text: string, value: number, at: number) => ({ text, value, unit: 'USD', start: at, end: at + text.length, range: range(line, at, line, at + text.length) });
  const en = side(english, 12_500_000, 3);
  const zh = chinese === null ? null : side(chinese, 13_500_000, 40);
  const where = zh ?? en;
  return { code, start: where.start, end: where.end, range: where.range, english: en, chinese: zh, fix: null, id };
}

export function metric(label: string, line: number, options: Partial<Metric> = {}): Metric {
  return {
    key: label.toLowerCase(),
    label,
    value: 308_500_000,
    low: null,
    high: null,
    unit: 'USD',
    period: 'Q2 2023',
    guidance: false,
    english: metricSource('$308.5 million', line, 10, 24),
    chinese: metricSource('3.085 億美元', line + 1, 4, 13),
    translated: true,
    consistent: true,
    ...options,
  };
}

/**
 * Seed 002 with the hostile catalogue in a heading, a speaker line, a paragraph and a figure, and every
 * name, title, firm, period, label, figure and problem of the review made of catalogue strings (the
 * parser need not find them where it would find real ones).
 */
export function hostileAnalysis(): Analysis {
  const all = HOSTILE.join(' ');
  const text = readSeed(SEED_INTERLEAVED)
    .replace('Prepared Remarks: 準備發言:', `Prepared Remarks ${HOSTILE[0]}: 準備發言 ${HOSTILE[10]}:`)
    .replace(/^Phil Winslow -- /gm, `Phil ${HOSTILE[1]} Winslow -- `)
    .replace('Thank you for joining us today', `Thank you ${all} for joining us today`)
    .replace(/\$308\.5 million/g, `$308.5 million ${SCRIPT_TAG}`);
  const real = analyze(text);
  const first = real.speakers[0];
  const line = (index: number) => 30 + 2 * index;
  return {
    ...real,
    call: { company: `Acme ${SCRIPT_TAG}`, period: `Q3 ${IMG_TAG}`, date: HOSTILE[11] },
    speakers: [...HOSTILE.map((hostile) => ({ ...first, speaker: hostile, title: `Chief ${hostile}`, affiliation: hostile })), ...real.speakers],
    qa: [...HOSTILE.map((hostile, index) => ({ analyst: hostile, firm: hostile, questions: 1, answeredBy: [hostile], line: line(index), endLine: line(index) + 1 })), ...real.qa],
    metrics: HOSTILE.flatMap((hostile, index) => [
      metric(hostile, line(index), { english: metricSource(hostile, line(index), 0, 10), chinese: metricSource(hostile, line(index) + 1, 0, 10), period: hostile, consistent: index % 2 === 0 }),
      metric(`Guidance ${hostile}`, line(index), { guidance: true, low: 1, high: 2, period: hostile, english: metricSource(hostile, line(index), 0, 10) }),
    ]),
    findings: [...HOSTILE.map((hostile, index) => finding('figure-mismatch', line(index), hostile, hostile, `hostile-${index}`)), ...real.findings],
    names: [...HOSTILE.map((hostile, index) => ({ english: hostile, kind: 'person' as const, role: hostile, renderings: [{ text: hostile, count: 1, lines: [line(index) + 1], first: metricSource(hostile, line(index) + 1, 0, 4).range }], missing: [line(index)] })), ...real.names],
  };
}

/** A metric's source on one line: offsets taken as characters of that line. */
export function metricSource(text: string, line: number, start: number, end: number): MetricSource {
  return { text, line, start, end, range: { start: { line, character: start }, end: { line, character: end } } };
}
