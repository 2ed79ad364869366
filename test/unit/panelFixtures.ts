// Hand-built findings, metrics and hostile analyses for the panel and report tests.
import * as path from 'path';
import { analyze, type Analysis } from '../../src/core/analyze';
import type { Finding, FindingCode } from '../../src/core/checks/types';
import type { Range } from '../../src/core/model';
import type { Metric, MetricSource } from '../../src/core/review';
import { readSeed, REPO, SEED_INTERLEAVED } from './helpers';

export const MEDIA = path.join(REPO, 'media');

export const SCRIPT_TAG = '<script>alert(1)</script>';
export const IMG_TAG = '<img src=x onerror=alert(1)>';

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
    consistent: true,
    ...options,
  };
}

/** Seed 002 with markup in its paragraphs, and every name, label and figure of the review replaced by markup. */
export function hostileAnalysis(): Analysis {
  const text = readSeed(SEED_INTERLEAVED)
    .replace('Thank you for joining us today', `Thank you ${SCRIPT_TAG} for joining ${IMG_TAG} us today`)
    .replace(/\$308\.5 million/g, `$308.5 million ${SCRIPT_TAG}`);
  const real = analyze(text);
  const first = real.speakers[0];
  return {
    ...real,
    call: { company: `Acme ${SCRIPT_TAG}`, period: `Q3 ${IMG_TAG}`, date: '</script><script>alert(2)</script>' },
    speakers: [
      { ...first, speaker: `Jane ${SCRIPT_TAG} Doe`, title: `Chief ${IMG_TAG} Officer`, affiliation: '<iframe src="javascript:alert(3)">' },
      ...real.speakers.slice(1),
    ],
    qa: [{ analyst: `Bob ${IMG_TAG}`, firm: `Big ${SCRIPT_TAG} Bank`, questions: 2, answeredBy: [`Jane ${SCRIPT_TAG} Doe`, '<svg onload=alert(4)>'], line: 10, endLine: 20 }, ...real.qa],
    metrics: [
      metric(`Revenue ${SCRIPT_TAG}`, 30, { english: metricSource(`$308.5 million ${IMG_TAG}`, 30, 0, 40), chinese: metricSource(`3.085 億美元 ${SCRIPT_TAG}`, 31, 0, 30), consistent: false }),
      metric(`Guidance ${IMG_TAG}`, 40, { guidance: true, low: 1, high: 2, period: `FY ${SCRIPT_TAG}` }),
    ],
    findings: [finding('figure-mismatch', 30, `$308.5 million ${SCRIPT_TAG}`, `3.085 億美元 ${IMG_TAG}`), ...real.findings],
  };
}

/** A metric's source on one line: offsets taken as characters of that line. */
export function metricSource(text: string, line: number, start: number, end: number): MetricSource {
  return { text, line, start, end, range: { start: { line, character: start }, end: { line, character: end } } };
}
