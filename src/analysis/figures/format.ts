// Writes a figure the way a Chinese translation writes it: `$308.5 million` → `3.085 億美元`,
// `$20.3 million` → `2,030 萬美元`, `200 basis points` → `200 個基點`.
import { WRITTEN_CURRENCY_NAMES } from './lexicon';
import type { FigureUnit } from './types';

export type Script = 'traditional' | 'simplified';

export interface ChineseStyle {
  readonly script: Script;
  /** A space between the digits and what follows (`3.085 億美元`, not `3.085億美元`). */
  readonly space: boolean;
  /** The currency word written after the amount (`美元`, `美金`, `元`, `人民幣`); the default follows the unit. */
  readonly currencyWord?: string;
  /**
   * Whether amounts and counts take 萬/億 (`17.4 萬`) or stay in plain digits (`174,129`). Money is
   * scaled unless this is `false`; counts are scaled only when it is `true`.
   */
  readonly scaled?: boolean;
  /** `第二季度` rather than `第二季`. */
  readonly quarterDu?: boolean;
}

const SIMPLIFIED_MARKS = /[万亿个点币镑韩卢财亏减长较营额间约为这们让说时年]/;
const TRADITIONAL_MARKS = /[萬億個點幣鎊韓盧財虧減長較營額間約為這們讓說時]/;

/** The style of a Chinese figure as written, to write a replacement the same way. */
export function styleOf(figureText: string): ChineseStyle {
  const simplified = /[万亿个点币镑财减长]/.test(figureText);
  const traditional = /[萬億個點幣鎊財減長]/.test(figureText);
  const script: Script = simplified && !traditional ? 'simplified' : 'traditional';
  // A space between the last digit and the first non-digit that is not a separator.
  const space = /\d[\s\u00a0]{1,4}[^\s\u00a0\d.,%％]/.test(figureText);
  const currency = /(美元|美金|人民幣|人民币|新台幣|新台币|台幣|台币|港元|港幣|港币|歐元|欧元|日圓|日元|英鎊|英镑|韓元|韩元|加元|澳元|元)/.exec(figureText);
  const scaled = /[萬万億亿兆]/.test(figureText);
  const style: { -readonly [K in keyof ChineseStyle]: ChineseStyle[K] } = { script, space, scaled };
  if (currency) style.currencyWord = currency[1];
  if (/季度/.test(figureText)) style.quarterDu = true;
  return style;
}

/** A guess at the script of a whole Chinese paragraph. */
export function scriptOf(text: string): Script {
  let s = 0;
  let t = 0;
  for (const ch of text) {
    if (SIMPLIFIED_MARKS.test(ch)) s++;
    else if (TRADITIONAL_MARKS.test(ch)) t++;
  }
  return s > t ? 'simplified' : 'traditional';
}

/** Trailing zeros of a decimal fraction removed, without a regular expression. */
function trimZeros(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 48) end--;
  return text.slice(0, end);
}

/** Thousands separators in a run of digits: 1234567 → 1,234,567. */
function group(int: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return out;
}

/** Digits with thousands separators and at most `decimals` decimals, trailing zeros trimmed. */
export function groupDigits(value: number, decimals = 4): string {
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(decimals);
  const dot = fixed.indexOf('.');
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? '' : trimZeros(fixed.slice(dot + 1));
  return (negative && fixed !== (0).toFixed(decimals) ? '-' : '') + group(int) + (frac ? `.${frac}` : '');
}

/** Money below the scales: whole amounts as they are, others with at least two decimals (`0.10`). */
function cents(value: number): string {
  if (Number.isInteger(value)) return groupDigits(value);
  const text = groupDigits(value);
  const dot = text.indexOf('.');
  if (dot < 0) return `${text}.00`;
  return text.length - dot - 1 >= 2 ? text : `${text}0`;
}

/** Plain digits, at most four decimals, no separators: 3.085, 12.83. */
function plain(value: number, decimals = 4): string {
  const fixed = value.toFixed(decimals);
  if (!fixed.includes('.')) return fixed;
  const trimmed = trimZeros(fixed);
  return trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
}

/** `3.085 億`, `2,030 萬`, `5,000`: the number with the largest fitting scale character. */
function scaledNumber(value: number, script: Script, space: boolean): { digits: string; scale: string } {
  const abs = Math.abs(value);
  const yi = script === 'simplified' ? '亿' : '億';
  const wan = script === 'simplified' ? '万' : '萬';
  if (abs >= 1e12) {
    const trillion = script === 'simplified' ? '万亿' : '兆';
    return { digits: groupDigits(value / 1e12), scale: trillion };
  }
  if (abs >= 1e8) return { digits: groupDigits(value / 1e8), scale: yi };
  if (abs >= 1e4) return { digits: groupDigits(value / 1e4), scale: wan };
  void space;
  return { digits: groupDigits(value), scale: '' };
}

function join(digits: string, rest: string, space: boolean): string {
  if (rest === '') return digits;
  return space ? `${digits} ${rest}` : `${digits}${rest}`;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 in Chinese numerals, for ordinals and quarters: 二, 十二, 二十五. */
function smallNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return `十${n % 10 === 0 ? '' : CN_DIGITS[n % 10]}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CN_DIGITS[n % 10]}`;
  return String(n);
}

/**
 * A figure written the way the Chinese translation writes it. Money and counts follow the scale rule:
 * ≥ 1e8 → 億 (up to four decimals), ≥ 1e4 → 萬 (thousands separators on the 萬 count), else digits.
 * Counts are written in plain digits unless `style.scaled`; the caller keeps any measure word (個, 家).
 * Returns null for units that have no sensible replacement.
 */
export function formatChineseFigure(value: number, unit: FigureUnit | string, style: ChineseStyle): string | null {
  const t = style.script === 'traditional';
  if (!Number.isFinite(value)) return null;
  const money = /^([A-Z]{3})(\/share)?$/.exec(unit);
  if (money && WRITTEN_CURRENCY_NAMES[money[1]]) {
    const word = style.currencyWord && namesCurrency(style.currencyWord, money[1]) ? style.currencyWord : WRITTEN_CURRENCY_NAMES[money[1]][t ? 0 : 1];
    // Amounts under 萬 and per-share amounts keep cents: `0.10 美元`, `891,000 美元`.
    if (style.scaled === false || money[2] || Math.abs(value) < 1e4) return join(cents(value), word, style.space);
    const { digits, scale } = scaledNumber(value, style.script, style.space);
    return join(digits, scale + word, style.space);
  }
  switch (unit) {
    case 'percent':
      return `${plain(value)}%`;
    case 'pp':
      return join(plain(value), t ? '個百分點' : '个百分点', style.space);
    case 'bp':
      return join(plain(value), t ? '個基點' : '个基点', style.space);
    case 'count': {
      if (style.scaled !== true) return groupDigits(value);
      const { digits, scale } = scaledNumber(value, style.script, style.space);
      return join(digits, scale, style.space);
    }
    case 'year':
      return String(value);
    case 'quarter':
      return Number.isInteger(value) && value >= 1 && value <= 4 ? `第${smallNumeral(value)}季${style.quarterDu ? '度' : ''}` : null;
    case 'half':
      return value === 1 ? '上半年' : value === 2 ? '下半年' : null;
    case 'ordinal':
      return Number.isInteger(value) && value > 0 ? `第${smallNumeral(value)}` : null;
    case 'date': {
      if (!Number.isInteger(value) || value < 100) return null;
      const month = Math.floor(value / 100);
      const day = value % 100;
      const sp = style.space ? ' ' : '';
      return day === 0 ? `${month}${sp}月` : `${month}${sp}月${sp}${day}${sp}日`;
    }
    case 'duration':
      if (value % 12 === 0) return join(plain(value / 12), '年', style.space);
      return join(plain(value), t ? '個月' : '个月', style.space);
    case 'duration-day':
      return join(plain(value), '天', style.space);
    case 'duration-hour':
      return join(plain(value), t ? '小時' : '小时', style.space);
    case 'multiple':
      return join(plain(value), '倍', style.space);
    case 'fraction': {
      const known: Record<string, string> = { '0.5': '一半', '0.25': '四分之一', '0.75': '四分之三' };
      if (known[String(value)]) return known[String(value)];
      for (const den of [3, 5, 10]) {
        const num = Math.round(value * den);
        if (Math.abs(num / den - value) < 1e-6) return `${smallNumeral(den)}分之${smallNumeral(num)}`;
      }
      return null;
    }
    default:
      return null;
  }
}

/** Currencies that a bare `元` may stand for in a translation. */
const YUAN_CURRENCIES = new Set(['CNY', 'TWD', 'HKD', 'JPY']);

/** Whether a currency word as the translation wrote it names `code` (so a fix may keep it). */
function namesCurrency(word: string, code: string): boolean {
  if (word === '元') return YUAN_CURRENCIES.has(code);
  if (word === '美金') return code === 'USD';
  return WRITTEN_CURRENCY_NAMES[code]?.includes(word) ?? false;
}

/** The replacement for a Chinese figure that should say `value unit`, written in its style; null when none. */
export function formatFix(value: number, unit: string, chineseText: string): string | null {
  return formatChineseFigure(value, unit, styleOf(chineseText));
}
