// Injects translation errors of each kind into a transcript's Chinese, recording where each should be found.
import type { Analysis } from '../../src/analysis/analyze';
import type { FindingCode } from '../../src/analysis/checks/types';
import { prng } from '../bench/synth';

export interface Label {
  readonly code: FindingCode;
  /** 0-based line where the finding must sit. */
  readonly line: number;
  readonly note: string;
}

export interface Variant {
  readonly name: string;
  readonly text: string;
  readonly labels: readonly Label[];
  /** Lines where a finding of these codes is a fair consequence of the injection, not a false alarm. */
  readonly tolerated: ReadonlyArray<{ code: FindingCode; line: number }>;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

export type Kind = 'value' | 'scale' | 'missing' | 'extra' | 'direction';

const UP_WORDS = /增長|增长|成長|成长|增加|上升|年增/;
const DOWN_FOR: Record<string, string> = { 增長: '下降', 增长: '下降', 成長: '下滑', 成长: '下滑', 增加: '減少', 上升: '下降', 年增: '年減' };
const DOWN_SIMPLIFIED: Record<string, string> = { 減少: '减少', 年減: '年减' };

/**
 * Up to `count` injections of one kind, each in a different paragraph whose figure currently agrees,
 * so that the expected finding is the injected one.
 */
export function inject(name: string, text: string, analysis: Analysis, kind: Kind, count: number, seed: number, simplified: boolean): Variant {
  const next = prng(seed);
  const candidates = analysis.aligned
    .map((item) => ({ item, pairs: [...item.alignment.pairs].filter(([e, p]) => p.agrees && e.salient && p.figure.salient && ['USD', 'percent', 'count'].includes(e.unit) && !e.low) }))
    .filter((c) => c.pairs.length > 0 && c.item.alignment.findings.length === 0);
  const edits: Edit[] = [];
  const labels: Label[] = [];
  const tolerated: Array<{ code: FindingCode; line: number }> = [];
  const used = new Set<number>();
  while (labels.length < count && used.size < candidates.length) {
    const index = Math.floor(next() * candidates.length);
    if (used.has(index)) continue;
    used.add(index);
    const { item, pairs } = candidates[index];
    const [english, { figure: chinese }] = pairs[Math.floor(next() * pairs.length)];
    const zh = item.paragraph.chinese;
    const zhStart = zh.start + chinese.start;
    const zhLine = zh.range.start.line;
    const enLine = item.paragraph.english.range.start.line;
    if (kind === 'value') {
      // Change the second digit of the Chinese figure (the first where there is one): 3.085 → 3.385.
      const digits = [...chinese.text.matchAll(/\d/g)].map((match) => match.index);
      const digit = digits[Math.min(1, digits.length - 1)];
      if (digit === undefined) continue;
      const old = Number(chinese.text[digit]);
      const replacement = String(old >= 5 ? old - 3 : old + 3);
      edits.push({ start: zhStart + digit, end: zhStart + digit + 1, text: replacement });
      labels.push({ code: 'figure-mismatch', line: zhLine, note: `${chinese.text}: digit ${old} → ${replacement}` });
    } else if (kind === 'scale') {
      // Write the figure ten times too large: a digit appended before the decimal point or the end.
      const digits = /\d[\d,]*(?:\.\d+)?/.exec(chinese.text);
      if (!digits) continue;
      const number = digits[0];
      const point = number.indexOf('.');
      const scaled = point >= 0 ? number.slice(0, point) + number[point + 1] + (number.length > point + 2 ? '.' + number.slice(point + 2) : '') : number.replace(/,/g, '') + '0';
      edits.push({ start: zhStart + digits.index, end: zhStart + digits.index + number.length, text: scaled });
      labels.push({ code: 'figure-scale', line: zhLine, note: `${chinese.text}: ${number} → ${scaled}` });
    } else if (kind === 'missing') {
      // Drop the Chinese sentence that carries the figure.
      const before = zh.text.lastIndexOf('。', chinese.start);
      const after = zh.text.indexOf('。', chinese.end);
      const start = before < 0 ? 0 : before + 1;
      const end = after < 0 ? zh.text.length : after + 1;
      if (start === 0 && end === zh.text.length) continue;
      edits.push({ start: zh.start + start, end: zh.start + end, text: '' });
      labels.push({ code: 'figure-missing', line: enLine, note: `dropped ${zh.text.slice(start, end).slice(0, 30)}` });
      // Other figures of that sentence go missing too, and the translation is shorter.
      tolerated.push({ code: 'figure-missing', line: enLine }, { code: 'translation-truncated', line: zhLine });
    } else if (kind === 'extra') {
      edits.push({ start: zh.end, end: zh.end, text: simplified ? '其中约 45% 来自新客户。' : '其中約 45% 來自新客戶。' });
      labels.push({ code: 'figure-extra', line: zhLine, note: 'inserted 45%' });
    } else {
      // Turn the growth word before the figure into a decline.
      const window = zh.text.slice(Math.max(0, chinese.start - 6), chinese.start);
      const word = UP_WORDS.exec(window);
      if (!word || english.direction !== 'up') continue;
      const at = zh.start + Math.max(0, chinese.start - 6) + word.index;
      const down = simplified ? (DOWN_SIMPLIFIED[DOWN_FOR[word[0]]] ?? DOWN_FOR[word[0]]) : DOWN_FOR[word[0]];
      edits.push({ start: at, end: at + word[0].length, text: down });
      labels.push({ code: 'direction-mismatch', line: zhLine, note: `${word[0]} → ${down} before ${chinese.text}` });
    }
  }
  return { name: `${name} +${kind}`, text: applyEdits(text, edits), labels, tolerated };
}
