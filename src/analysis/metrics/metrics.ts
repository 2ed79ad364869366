// The call's key figures, read from the English and cross-checked against the aligned Chinese figure.
// Precision over coverage: a metric is taken only where a sentence states it plainly.
import type { CheckFigure } from '../checks/alignment';
import type { Paragraph, Range, TextSpan, Transcript } from '../model';
import type { CallInfo, Metric, MetricUnit } from './types';
import type { AnalysisMemo } from '../memo';
import { paced, type Steps } from '../steps';
import { englishSentences } from '../text';

/** A translated paragraph with its figures and, for each English figure, the Chinese one aligned to it. */
export interface FigureParagraph {
  readonly paragraph: Paragraph;
  readonly english: readonly CheckFigure[];
  readonly counterpart: (figure: CheckFigure) => { readonly figure: CheckFigure; readonly agrees: boolean } | null;
  /** Whether the paragraph was spoken by the company (operator and analysts restate or ask). */
  readonly company: boolean;
}

interface Rule {
  readonly key: string;
  readonly label: string;
  readonly unit: MetricUnit;
  /** Where the metric is named; the figure is the first of the right unit after it (or just before, with `before`). */
  readonly name: RegExp;
  readonly before?: boolean;
  /** How far from the name the figure may stand, in characters. */
  readonly within?: number;
  readonly guidance?: boolean;
  readonly accepts?: (figure: CheckFigure) => boolean;
  /** What must follow the figure (`32% year-over-year`). */
  readonly followedBy?: RegExp;
}

const MILLIONS = (f: CheckFigure) => f.value >= 1e5;
const PER_SHARE = (f: CheckFigure) => f.value < 100;
const NOT_AFTER_OF = /\bof\s{1,8}$/;

const RULES: readonly Rule[] = [
  { key: 'revenue', label: 'Revenue', unit: 'USD', name: /\b(?:total )?revenue(?! contribution)\b/gi, within: 80, accepts: MILLIONS },
  { key: 'revenue_growth_yoy', label: 'Revenue growth (YoY)', unit: 'percent', name: /\b(?:total )?revenue(?! contribution)\b/gi, within: 80, followedBy: /^\s*(?:year[- ]over[- ]year|y\/y|yoy)/i },
  { key: 'gross_margin', label: 'Gross margin', unit: 'percent', name: /\bgross margin\b/gi, within: 40 },
  { key: 'operating_income', label: 'Operating income', unit: 'USD', name: /\boperating (?:income|profit)\b/gi, within: 30, accepts: MILLIONS },
  { key: 'operating_margin', label: 'Operating margin', unit: 'percent', name: /\boperating margin\b/gi, within: 30 },
  { key: 'net_income', label: 'Net income', unit: 'USD', name: /\bnet income(?! per share| of \$0)\b/gi, within: 30, accepts: MILLIONS },
  { key: 'eps_diluted', label: 'Diluted EPS', unit: 'USD/share', name: /\bdiluted (?:net income|earnings|EPS)\b|\bper diluted share\b/gi, within: 30, accepts: PER_SHARE },
  { key: 'free_cash_flow', label: 'Free cash flow', unit: 'USD', name: /\bfree cash flow\b/gi, within: 20, accepts: MILLIONS },
  { key: 'cash_and_securities', label: 'Cash, equivalents and securities', unit: 'USD', name: /\bin cash(?:, cash equivalents)?/gi, before: true, within: 12, accepts: MILLIONS },
  { key: 'rpo', label: 'Remaining performance obligations', unit: 'USD', name: /\bremaining performance obligations\b/gi, within: 40, accepts: MILLIONS },
  { key: 'paying_customers', label: 'Paying customers', unit: 'count', name: /\bpaying customers\b/gi, before: true, within: 3 },
  { key: 'large_customers_added', label: 'Large customers added', unit: 'count', name: /\b(?:added|addition of)\s(?=[\d,]+ (?:new )?large customers)/gi, within: 1 },
  { key: 'large_customers', label: 'Large customers', unit: 'count', name: /\blarge customers\b/gi, before: true, within: 3 },
  { key: 'dollar_based_net_retention', label: 'Dollar-based net retention', unit: 'percent', name: /\bdollar-based net retention\b/gi, within: 60 },
  { key: 'headcount', label: 'Headcount', unit: 'count', name: /\bheadcount to\b/gi, within: 3 },
  { key: 'sales_marketing_expense', label: 'Sales and marketing expense', unit: 'USD', name: /\bsales and marketing expenses? (?:were|was)\b/gi, within: 5, accepts: MILLIONS },
  { key: 'rnd_expense', label: 'Research and development expense', unit: 'USD', name: /\bresearch and development expenses? (?:were|was)\b/gi, within: 5, accepts: MILLIONS },
  { key: 'gna_expense', label: 'General and administrative expense', unit: 'USD', name: /\b(?:general and administrative|G&A) expenses? (?:were|was)\b/gi, within: 5, accepts: MILLIONS },
  { key: 'guidance_revenue', label: 'Revenue guidance', unit: 'USD', name: /\bexpect revenue\b/gi, within: 30, guidance: true, accepts: MILLIONS },
  { key: 'guidance_operating_income', label: 'Operating income guidance', unit: 'USD', name: /\bexpect operating income\b/gi, within: 40, guidance: true, accepts: MILLIONS },
  { key: 'guidance_eps', label: 'Diluted EPS guidance', unit: 'USD/share', name: /\bexpect diluted (?:net income|earnings|EPS)\b/gi, within: 50, guidance: true, accepts: PER_SHARE },
];

/** The metrics' names as front ends show them (each is translated by its English). */
export const METRIC_LABELS: readonly string[] = [...new Set(RULES.map((rule) => rule.label))];

/** `Q2 2023` from the call's title lines, and the company and date where stated. */
export function callInfo(transcript: Transcript): CallInfo {
  const lines = transcript.frontMatter.flatMap((p) => [p.english?.text, p.chinese?.text]).filter((t): t is string => Boolean(t));
  let company: string | null = null;
  let period: string | null = null;
  let date: string | null = null;
  for (const line of lines) {
    const ticker = /^([^(]{1,200})\(([A-Z.]{1,6})[^)]{0,100}\)/.exec(line);
    if (!company && ticker) company = ticker[1].trim();
    const quarter = /\bQ([1-4])\s{0,3}(\d{4})\b|\b(\d{4})\s{0,3}Q([1-4])\b/.exec(line);
    if (!period && quarter) period = quarter[1] ? `Q${quarter[1]} ${quarter[2]}` : `Q${quarter[4]} ${quarter[3]}`;
    if (!date) date = writtenDate(line);
  }
  return { company, period, date };
}

const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/g;
/** The rest of a date after the month's first three letters: `uary 30, 2024`, `. 5, 2023`. */
const DATE_REST = /^[a-z]{0,6}\.? \d{1,2}, \d{4}\b/;

/** `January 30, 2024` or `Feb. 5, 2023` anywhere in a line (each candidate read from its month on, so linear). */
function writtenDate(line: string): string | null {
  for (const month of line.matchAll(MONTH)) {
    const rest = DATE_REST.exec(line.slice(month.index + 3, month.index + 24));
    if (rest) return line.slice(month.index, month.index + 3 + rest[0].length);
  }
  return null;
}

const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** The period a guidance sentence speaks of: the last `For the third quarter` / `full year 2023` before or in it. */
function guidancePeriod(text: string, upTo: number, call: CallInfo): string | null {
  const year = call.period ? Number(call.period.slice(3)) : null;
  let found: string | null = null;
  const pattern = /\b(?:for the )?(first|second|third|fourth)[- ]quarter\b|\bfull[- ]year(?: of)? (\d{4})\b|\bfiscal (?:year )?(\d{4})\b|\bfor (\d{4})\b/gi;
  for (let match = pattern.exec(text); match && match.index < upTo; match = pattern.exec(text)) {
    if (match[1] && year) found = `Q${QUARTER_WORDS[match[1].toLowerCase()]} ${year}`;
    else if (match[2] || match[3]) found = `FY ${match[2] ?? match[3]}`;
  }
  return found;
}

function unitMatches(figure: CheckFigure, unit: MetricUnit): boolean {
  if (unit === 'USD/share') return figure.unit === 'USD/share' || figure.unit === 'USD';
  return figure.unit === unit;
}

export function* extractMetrics(memo: AnalysisMemo, paragraphs: readonly FigureParagraph[], call: CallInfo, rangeOf: (start: number, end: number) => Range): Steps<Metric[]> {
  const source = (span: TextSpan, figure: CheckFigure) => {
    const range = rangeOf(span.start + figure.start, span.start + figure.end);
    return { text: figure.text, line: range.start.line, start: span.start + figure.start, end: span.start + figure.end, range };
  };
  const found = new Map<string, Metric>();
  const read = (item: FigureParagraph): void => {
    const english = item.paragraph.english;
    if (!english || !item.company || item.english.length === 0) return;
    const text = english.text;
    // Figures and sentences are both in text order: one pass hands each sentence its figures.
    let next = 0;
    for (const sentence of memo.sentences.get(text, () => englishSentences(text))) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      const guidance = /\b(?:expect|guidance|outlook)\b/i.test(sentenceText);
      const claimed = new Set<CheckFigure>();
      while (next < item.english.length && item.english[next].start < sentence.start) next++;
      const figures: CheckFigure[] = [];
      for (let i = next; i < item.english.length && item.english[i].start < sentence.end; i++) if (item.english[i].end <= sentence.end) figures.push(item.english[i]);
      for (const rule of RULES) {
        if (Boolean(rule.guidance) !== guidance) continue;
        // Results are stated once per call; guidance once per period (the quarter and the full year).
        const period = rule.guidance ? guidancePeriod(text, sentence.end, call) : call.period;
        const key = rule.guidance ? `${rule.key}|${period}` : rule.key;
        if (found.has(key)) continue;
        const figure = findFigure(rule, sentenceText, sentence.start, figures, claimed);
        if (!figure) continue;
        claimed.add(figure);
        const counterpart = item.counterpart(figure);
        found.set(key, {
          key: rule.key,
          label: rule.label,
          value: figure.low !== undefined ? null : figure.value,
          low: figure.low ?? null,
          high: figure.high ?? null,
          unit: rule.unit,
          period,
          guidance: Boolean(rule.guidance),
          english: source(english, figure),
          chinese: counterpart && item.paragraph.chinese ? source(item.paragraph.chinese, counterpart.figure) : null,
          consistent: counterpart ? counterpart.agrees : null,
        });
      }
    }
  };
  yield* paced(paragraphs.length, (i) => paragraphs[i].paragraph.english?.text.length ?? 0, (i) => {
    read(paragraphs[i]);
    return i + 1;
  });
  const order = (metric: Metric) => RULES.findIndex((rule) => rule.key === metric.key);
  return [...found.values()].sort((a, b) => order(a) - order(b) || a.english.start - b.english.start);
}

function findFigure(rule: Rule, sentence: string, offset: number, figures: readonly CheckFigure[], claimed: ReadonlySet<CheckFigure>): CheckFigure | null {
  const within = rule.within ?? 40;
  const candidates = figures.filter((f) => !claimed.has(f) && unitMatches(f, rule.unit) && (rule.accepts?.(f) ?? true) && (!rule.followedBy || rule.followedBy.test(sentence.slice(f.end - offset))));
  if (candidates.length === 0) return null;
  rule.name.lastIndex = 0;
  for (let match = rule.name.exec(sentence); match; match = rule.name.exec(sentence)) {
    if (rule.unit !== 'percent' && NOT_AFTER_OF.test(sentence.slice(0, match.index))) continue;
    const nameStart = offset + match.index;
    const nameEnd = nameStart + match[0].length;
    const figure = rule.before
      ? [...candidates].reverse().find((f) => f.end <= nameStart && nameStart - f.end <= within)
      : candidates.find((f) => f.start >= nameEnd && f.start - nameEnd <= within);
    if (figure) return figure;
  }
  return null;
}
