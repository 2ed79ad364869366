// Metrics, call and speakers as the CLI's JSON, 1-based lines.
import type { Analysis } from '../analysis/analyze';

export interface MetricsJson {
  file: string;
  call: { company: string | null; period: string | null; date: string | null };
  metrics: Array<{
    key: string;
    label: string;
    value: number | null;
    low: number | null;
    high: number | null;
    unit: string;
    period: string | null;
    line: number;
    english: { text: string; line: number };
    chinese: { text: string; line: number } | null;
    /** False where the English has no translation: `chinese` and `consistent` are then null for that reason. */
    translated: boolean;
    consistent: boolean | null;
  }>;
  /** Money and percentages the company stated that no metric took, with their sentence. */
  otherFigures: Array<{ text: string; value: number; unit: string; line: number; sentence: string; translated: boolean }>;
  speakers: Array<{ speaker: string; role: string; turns: number; words: number; share: number }>;
}

export function metricsJson(file: string, analysis: Analysis): MetricsJson {
  return {
    file,
    call: { ...analysis.call },
    metrics: analysis.metrics.map((metric) => ({
      key: metric.key,
      label: metric.label,
      value: metric.value,
      low: metric.low,
      high: metric.high,
      unit: metric.unit,
      period: metric.period,
      line: metric.english.line + 1,
      english: { text: metric.english.text, line: metric.english.line + 1 },
      chinese: metric.chinese && { text: metric.chinese.text, line: metric.chinese.line + 1 },
      translated: metric.translated,
      consistent: metric.consistent,
    })),
    otherFigures: analysis.otherFigures.map((other) => ({
      text: other.english.text,
      value: other.value,
      unit: other.unit,
      line: other.english.line + 1,
      sentence: other.sentence,
      translated: other.translated,
    })),
    speakers: analysis.speakers.map((s) => ({ speaker: s.speaker, role: s.role, turns: s.turns, words: s.words, share: Math.round(s.share * 10000) / 10000 })),
  };
}
