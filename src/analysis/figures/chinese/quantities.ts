// Quantities: Arabic digits (`3.085`, `2,352`, `３０８．５`) with a scale after them (`萬`, `億`,
// `百萬`, `100多萬`), and runs of Chinese numerals (`一百九十六`, `二〇二三`, `三點五`, `兩三`).
// `QuantityScanner` also holds the drafts read and finds the currency named before an amount.
import type { Draft } from '../draft';
import { CHINESE_CURRENCIES, type Currency } from '../lexicon';
import { round, type Approximation } from '../types';
import { BIG_UNITS, digitAt, isSpace, NUMERAL_DIGITS, SMALL_UNITS } from './characters';
import { startsWithAny } from './lookup';
import { MEASURES, STOP_SET } from './words';

/** A figure under construction at characters `start`–`end`. */
/** Units after `兆` that make it the prefix mega: joules, watts, hertz, pascals, bytes, bits. */
const MEGA_UNITS = new Set('焦瓦赫帕字位'.split(''));

export interface ChineseDraft extends Draft {
  start: number;
  end: number;
}

/** A number in digits or numerals at `start`–`end`, with its scale: `3.085億`, `一百九十六`, `100多萬`. */
export interface Quantity {
  start: number;
  /** End of the number, scale and any `多` inside it. */
  end: number;
  value: number;
  /** The number before its scale: 3.085 in `3.085億`. */
  raw: number;
  scale?: string;
  /** Written in Chinese numerals. */
  numerals: boolean;
  /** Digits without separator or decimal point, and how many. */
  plainDigits: number;
  approx: Approximation | null;
}

/** Rounds binary noise away; integers (most figures) pass straight through. */
export function tidy(v: number): number {
  return Number.isInteger(v) ? v : round(v);
}

/** Reads quantities, and holds the paragraph and the drafts read. */
export class QuantityScanner {
  readonly out: ChineseDraft[] = [];
  /** Where each currency name ends and which currency it names, in text order (found on first use). */
  private currencyMentions: Array<{ end: number; currency: Currency }> | undefined;
  constructor(readonly s: string) {}

  /** The currency named last before `start` in the paragraph (`人民幣 234 億元`), or null. */
  currencyBefore(start: number): Currency | null {
    const s = this.s;
    if (!this.currencyMentions) {
      this.currencyMentions = [];
      for (let i = 0; i < s.length; i++) {
        const hit = s.charCodeAt(i) >= 0x80 ? startsWithAny(s, i, CHINESE_CURRENCIES) : null;
        if (!hit) continue;
        this.currencyMentions.push({ end: i + hit[0].length, currency: hit[1] });
        i += hit[0].length - 1;
      }
    }
    const mentions = this.currencyMentions;
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (mentions[middle].end <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? mentions[low - 1].currency : null;
  }

  /** Keeps a figure read. */
  push(d: ChineseDraft): void {
    this.out.push(d);
  }

  /** The first character at or after i that is no space. */
  skipSpaces(i: number): number {
    while (i < this.s.length && isSpace(this.s.charCodeAt(i))) i++;
    return i;
  }
  /** Where the spaces that end right before i begin. */
  skipSpacesBack(i: number): number {
    while (i > 0 && isSpace(this.s.charCodeAt(i - 1))) i--;
    return i;
  }

  /** Arabic digits at i: `3.085`, `2,352`, `３０８．５`. */
  arabic(i: number): { end: number; value: number; plain: number } | null {
    const s = this.s;
    if (digitAt(s, i) < 0) return null;
    let j = i;
    let digits = '';
    while (j < s.length && digitAt(s, j) >= 0) digits += String(digitAt(s, j++));
    const intLen = digits.length;
    let grouped = false;
    while (intLen <= 3 && (s[j] === ',' || s[j] === '，') && digitAt(s, j + 1) >= 0 && digitAt(s, j + 2) >= 0 && digitAt(s, j + 3) >= 0 && digitAt(s, j + 4) < 0) {
      digits += String(digitAt(s, j + 1)) + String(digitAt(s, j + 2)) + String(digitAt(s, j + 3));
      grouped = true;
      j += 4;
    }
    let dot = false;
    if ((s[j] === '.' || s[j] === '．') && digitAt(s, j + 1) >= 0) {
      dot = true;
      digits += '.';
      j++;
      while (j < s.length && digitAt(s, j) >= 0) digits += String(digitAt(s, j++));
    }
    return { end: j, value: Number(digits), plain: grouped || dot ? 0 : intLen };
  }

  /** A run of Chinese numerals at i, with `點` decimals: `一百九十六`, `二〇二三`, `三點五`. */
  numerals(i: number): { end: number; value: number; chars: number; vague: boolean } | null {
    const s = this.s;
    let j = i;
    let total = 0;
    let section = 0;
    let digit = -1;
    let lastDigitChar = false;
    let onlyDigits = true;
    let positional = '';
    // Two non-zero digits in a row without a zero make an estimate: `兩三個`, `十二三`, `三四十`.
    let vague = false;
    let adjacent = false;
    while (j < s.length) {
      const ch = s[j];
      const d = NUMERAL_DIGITS[ch];
      if (d !== undefined) {
        if (lastDigitChar && digit > 0 && d > 0) {
          if (onlyDigits) adjacent = true;
          else vague = true;
        }
        positional += String(d);
        if (!(vague && digit > 0)) digit = d;
        lastDigitChar = true;
        j++;
        continue;
      }
      const small = SMALL_UNITS[ch];
      if (small !== undefined) {
        if (onlyDigits && positional.length > 1) {
          if (!adjacent) break;
          vague = true;
          digit = Number(positional[0]);
        }
        onlyDigits = false;
        section += (digit >= 0 ? digit : 1) * small;
        digit = -1;
        lastDigitChar = false;
        j++;
        continue;
      }
      const big = BIG_UNITS[ch];
      if (big !== undefined && j > i) {
        if (onlyDigits && positional.length > 1) {
          if (!adjacent) break;
          vague = true;
          digit = Number(positional[0]);
        }
        onlyDigits = false;
        const part = section + (digit > 0 ? digit : 0);
        if (big >= 1e8 && total > 0 && total < big) total = (total + part) * big;
        else total += (part || 1) * big;
        section = 0;
        digit = -1;
        lastDigitChar = false;
        j++;
        continue;
      }
      break;
    }
    if (j === i) return null;
    if (onlyDigits && adjacent && !/0/.test(positional)) {
      vague = true;
      positional = positional[0];
    }
    let value: number;
    if (onlyDigits) value = Number(positional);
    else value = total + section + (digit > 0 ? digit : 0);
    // Decimals: `三點五`.
    if ((s[j] === '點' || s[j] === '点') && NUMERAL_DIGITS[s[j + 1]] !== undefined && s[j + 1] !== '兩' && s[j + 1] !== '两' && (onlyDigits ? positional.length === 1 : true)) {
      let k = j + 1;
      let frac = '';
      while (k < s.length && NUMERAL_DIGITS[s[k]] !== undefined) frac += String(NUMERAL_DIGITS[s[k++]]);
      const intPart = value;
      value = Number(`${intPart}.${frac}`);
      j = k;
      // A scale after the decimals: `三點五億`.
      const big = BIG_UNITS[s[j]];
      if (big !== undefined) {
        value *= big;
        j++;
      }
    }
    return { end: j, value, chars: j - i, vague };
  }

  /** A scale after digits: `萬`, `億`, `百萬`, `千萬`, `萬億`, `十億`; with `多` before it (`100多萬`). */
  scaleAfter(j: number): { end: number; factor: number; text: string; over: boolean } | null {
    const s = this.s;
    let k = this.skipSpaces(j);
    let over = false;
    if (s[k] === '多' || s[k] === '餘' || s[k] === '余') {
      const after = this.skipSpaces(k + 1);
      if (BIG_UNITS[s[after]] === undefined && !((s[after] === '百' || s[after] === '千') && BIG_UNITS[s[after + 1]] !== undefined)) return null;
      over = true;
      k = after;
    }
    const from = k;
    let factor = 1;
    while (k < s.length) {
      const ch = s[k];
      // `6200 兆焦`, `100 兆赫`, `500 兆字節`: 兆 is the prefix mega of a unit there, not a scale.
      if (ch === '兆' && MEGA_UNITS.has(s[k + 1] ?? '')) break;
      if (BIG_UNITS[ch] !== undefined) {
        factor *= BIG_UNITS[ch];
        k++;
        continue;
      }
      // 十/百/千 only before a big unit (`百萬`, `千萬`, `十億`), or 千/百 before money (`5千美元`).
      // ... or before a measure word (`5千人`, `3百家`), but not `百分點`, `千瓦`, `千克`.
      const after = s[k + 1] ?? '';
      const measure = ch !== '十' && factor === 1 && MEASURES.has(after) && !'分瓦克米'.includes(after);
      if ((ch === '十' || ch === '百' || ch === '千') && (BIG_UNITS[after] !== undefined || measure || (ch !== '十' && factor === 1 && startsWithAny(s, k + 1, CHINESE_CURRENCIES) && after !== '元'))) {
        factor *= SMALL_UNITS[ch];
        k++;
        continue;
      }
      break;
    }
    if (k === from) return null;
    // `萬一`, `千萬不要`: a stop word, not a scale.
    if (STOP_SET.has(s.slice(from, from + 2)) && factor < 1e4) return null;
    return { end: k, factor, text: s.slice(from, k), over };
  }

  /** A quantity at i: Arabic digits with a scale, or Chinese numerals. */
  quantity(i: number): Quantity | null {
    const a = this.arabic(i);
    if (a) {
      let value = a.value;
      let end = a.end;
      let scale: string | undefined;
      let approx: Approximation | null = null;
      const sc = this.scaleAfter(a.end);
      if (sc) {
        value = tidy(value * sc.factor);
        scale = sc.text;
        end = sc.end;
        if (sc.over) approx = 'over';
        // `3萬2千`, `1億2000萬`, `1 兆 1,025 億`: a smaller scale right after adds to the number.
        const rest = sc.factor >= 1e4 && !sc.over ? this.arabic(this.skipSpaces(end)) : null;
        const restScale = rest ? this.scaleAfter(rest.end) : null;
        if (rest && restScale && !restScale.over && restScale.factor < sc.factor && restScale.end === this.skipSpaces(rest.end) + restScale.text.length) {
          value = tidy(value + rest.value * restScale.factor);
          end = restScale.end;
        } else if (rest && !restScale && sc.factor === 1e4 && rest.plain === 4 && rest.end - end === 4) {
          // `2萬4801`: the four digits under the ten thousand.
          value = tidy(value + rest.value);
          end = rest.end;
        }
      }
      return { start: i, end, value, raw: a.value, scale, numerals: false, plainDigits: sc ? 0 : a.plain, approx };
    }
    const n = this.numerals(i);
    if (!n) return null;
    let scale: string | undefined;
    const run = this.s.slice(i, n.end);
    const big = /[萬万億亿兆]/.exec(run);
    if (big) scale = big[0];
    return { start: i, end: n.end, value: n.value, raw: n.value, scale, numerals: true, plainDigits: 0, approx: null };
  }
}
