// Walks a Chinese paragraph once; at each digit, numeral, `第`, `上半年`/`下半年`, `半` or weekday
// word it reads the figure forward. Latin words are read too: `Q2`, `FY24`, `H1`, and names with
// digits (`R2`, `A100`, `Area 1`), as are `$` amounts left in English.
import { fullYear } from '../draft';
import { CHINESE_CURRENCIES } from '../lexicon';
import type { FigureUnit } from '../types';
import { BIG_UNITS, digitAt, isLatin, isNumeral, NUMERAL_DIGITS, T_DIGIT, T_HALF, T_HALF_OF_YEAR, T_ORDINAL, T_WEEK, TRIGGERS } from './characters';
import { endsWithAny, startsWithAny } from './lookup';
import { tidy, type Quantity } from './quantities';
import { UnitScanner } from './units';
import { CONSECUTIVE_WORDS, MEASURES, STOP_ENTRIES, WORD_BEFORE_ONE } from './words';

/** Characters before a bare `萬`/`千`/`百` that make it a round magnitude: `上萬`, `近千`, `逾百`, `數萬`. */
const ROUGH_BEFORE = new Set('上近逾過过數数幾几成每'.split(''));
/** Measures of land and weight after a bare magnitude: `百萬畝`, `百戶`, `千斤`. */
const ROUGH_MEASURES = new Set('畝亩戶户斤噸吨'.split(''));

/** `2021.6.11`: year, month and day joined by dots. */
const DOTTED_DATE = /^(\d{4})\.(\d{1,2})\.(\d{1,2})(?![\d.])/;
/** Units of time before a dash, which make it a range's: `1992年-1997年`. */
const TIME_UNIT_BEFORE = new Set('年月日號号時时點点分秒週周天'.split(''));
/** Characters before `-5` that make the dash a sign (`為-5%`, `至-3`, `增長-2%`). */
const SIGN_BEFORE = new Set('為为是至到達达約约近及與与和或比長长增減减降升率值額额幅'.split(''));

/** Reads every figure of the paragraph into `out`. */
export class FigureScanner extends UnitScanner {
  /** Reads the paragraph once, from each character that may start a figure. */
  scan(): void {
    const s = this.s;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      // Fast path: most characters start nothing.
      if (c >= 0x80 ? TRIGGERS[c] === 0 : !(isLatin(c) || (c >= 48 && c <= 57) || c === 36)) {
        i++;
        continue;
      }
      if (isLatin(c)) {
        i = this.latin(i);
        continue;
      }
      const t = c < 0x80 ? T_DIGIT : TRIGGERS[c];
      if (t === T_DIGIT) {
        i = Math.max(i + 1, this.figureAt(i));
      } else if (t === T_ORDINAL) {
        i = Math.max(i + 1, this.ordinal(i));
      } else if (t === T_HALF_OF_YEAR) {
        if (s.charCodeAt(i + 1) === 0x534a /* 半 */ && s.charCodeAt(i + 2) === 0x5e74 /* 年 */) {
          this.push({ start: i, end: i + 3, value: c === 0x4e0a /* 上 */ ? 1 : 2, unit: 'half', approx: null, direction: null, salient: true, spelled: true, contextual: false });
          i += 3;
        } else i++;
      } else if (t === T_HALF) {
        i = Math.max(i + 1, this.half(i));
      } else if (t === T_WEEK) {
        i = Math.max(i + 1, this.weekday(i));
      } else {
        i = Math.max(i + 1, this.numeralAt(i));
      }
    }
  }

  /** A Latin word: `Q2`, `FY24`, `H1`, `R2` (a name), `GPT`; returns the index after it. */
  latin(i: number): number {
    const s = this.s;
    let j = i;
    while (j < s.length && (isLatin(s.charCodeAt(j)) || digitAt(s, j) >= 0)) j++;
    const word = s.slice(i, j);
    const hasDigit = /\d/.test(word);
    if (!hasDigit) {
      // A Latin word followed by a small number is a name: `Area 1`, `Web 3`, `GPT 4`, `A100`.
      const k = this.skipSpaces(j);
      if (k > j && digitAt(s, k) >= 0) {
        const a = this.arabic(k);
        const after = a ? this.skipSpaces(a.end) : k;
        if (a && a.value < 100 && (a.plain > 0 || /^\d{1,2}\.\d$/.test(s.slice(k, a.end))) && /^[A-Z]/.test(word) && !/^(?:Q|FY|H)$/.test(word) && !/^[%％萬万億亿個个年月日天季倍美元名家位]/.test(s[after] ?? '')) {
          this.push({ start: k, end: a.end, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, spelled: false, contextual: false });
          return a.end;
        }
      }
      return j;
    }
    const q = /^[Qq]([1-4])(?:FY)?(\d{2}|\d{4})?$/.exec(word);
    if (q) {
      this.push({ start: i, end: i + 2, value: Number(q[1]), unit: 'quarter', approx: null, direction: null, salient: true, spelled: false, contextual: false });
      if (q[2]) this.push({ start: j - q[2].length, end: j, value: fullYear(q[2]), unit: 'year', approx: null, direction: null, salient: true, spelled: false, contextual: false });
      return j;
    }
    const h = /^H([12])$/.exec(word);
    if (h) {
      this.push({ start: i, end: j, value: Number(h[1]), unit: 'half', approx: null, direction: null, salient: true, spelled: false, contextual: false });
      return j;
    }
    const fy = /^FY(\d{2}|\d{4})$/i.exec(word);
    if (fy) {
      this.push({ start: i, end: j, value: fullYear(fy[1]), unit: 'year', fiscal: true, approx: null, direction: null, salient: true, spelled: false, contextual: false });
      return j;
    }
    // Any other word with digits is a name: `R2`, `A100`, `Web3`.
    this.push({ start: i, end: j, value: Number(word.replace(/\D/g, '')) || 0, unit: 'count', approx: null, direction: null, salient: false, label: true, spelled: false, contextual: false });
    return j;
  }

  /** A figure that starts with Arabic digits or a `$` sign at i; returns the index after it. */
  figureAt(i: number): number {
    const s = this.s;
    // `$308.5 million` left in English inside the translation.
    if (s[i] === '$' || s[i] === '＄') {
      const k = this.skipSpaces(i + 1);
      const q = this.quantity(k);
      if (!q) return i + 1;
      let end = q.end;
      let value = q.value;
      let scale = q.scale;
      const m = /^\s?(million|billion|thousand|bn|[mbk])\b/i.exec(s.slice(end, end + 9));
      if (m && !q.scale) {
        const f = m[1].toLowerCase();
        value = tidy(value * (f.startsWith('b') ? 1e9 : f.startsWith('m') ? 1e6 : 1e3));
        scale = m[1];
        end += m[0].length;
      }
      const prefix = s.slice(Math.max(0, i - 2), i);
      const unit: FigureUnit = prefix === 'NT' ? 'TWD' : prefix === 'HK' ? 'HKD' : 'USD';
      const start = prefix === 'NT' || prefix === 'HK' || prefix === 'US' ? i - 2 : i;
      this.push({ start, end, value, unit, scale, approx: q.approx, direction: null, salient: true, spelled: false, contextual: true });
      return end;
    }
    // Digits glued to Latin letters: `3D`, `5G`, `1Q24`, `10x`, `13PB`.
    const a = this.arabic(i);
    if (!a) return i + 1;
    if (isLatin(this.s.charCodeAt(a.end))) {
      let j = a.end;
      while (j < s.length && (isLatin(s.charCodeAt(j)) || digitAt(s, j) >= 0)) j++;
      const suffix = s.slice(a.end, j);
      if (/^Q(\d{2}|\d{4})?$/i.test(suffix) && a.value >= 1 && a.value <= 4) {
        this.push({ start: i, end: a.end + 1, value: a.value, unit: 'quarter', approx: null, direction: null, salient: true, spelled: false, contextual: false });
        if (j > a.end + 1) this.push({ start: a.end + 1, end: j, value: fullYear(s.slice(a.end + 1, j)), unit: 'year', approx: null, direction: null, salient: true, spelled: false, contextual: false });
        return j;
      }
      if (/^(?:x|X)$/.test(suffix)) {
        this.push({ start: i, end: j, value: a.value, unit: 'multiple', approx: null, direction: null, salient: true, spelled: false, contextual: true });
        return j;
      }
      // Digits before a measure in Latin letters (`13PB`, `250ms`, `40GB`) count, weak as English reads them
      // glued as names (`28.4mg`, `802.11be`); `3D`, `5G`, `4K` are names.
      if (/^(?:PB|TB|GB|MB|EB|ms|Gbps|Tbps|kW|MW|GW|km|kg)$/i.test(suffix) || suffix.length >= 2 && !/^(?:D|G|K|S|A|B|nm)$/i.test(suffix) && /^[a-z]+$/i.test(suffix) && suffix !== suffix.toUpperCase()) {
        this.push({ start: i, end: a.end, value: a.value, unit: 'count', approx: null, direction: null, salient: false, spelled: false, contextual: true });
        return j;
      }
      if (/^(?:PB|TB|GB|EB)$/.test(suffix)) return j;
      // `0200GMT`: the 24-hour clock glued to its zone.
      if (/^(?:GMT|UTC|BST|CET)$/.test(suffix) && a.plain === 4 && a.value % 100 < 60 && a.value <= 2400) {
        this.push({ start: i, end: j, value: a.value, unit: 'time', approx: null, direction: null, salient: true, spelled: false, contextual: false });
        return j;
      }
      this.push({ start: i, end: j, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, spelled: false, contextual: false });
      return j;
    }
    // Digits glued to a Latin word before them with a hyphen: `H-100`, `COVID-19`, `Llama-3`; and a year so
    // glued to a Chinese name (`和平救援-2021`), which no minus sign precedes.
    const hyphenBefore = i >= 2 && (s[i - 1] === '-' || s[i - 1] === '‑');
    // Not after a unit of time (`1992年-1997年`, `8時-10時`): a range, each end a figure.
    const timeBefore = TIME_UNIT_BEFORE.has(s[i - 2] ?? '');
    const yearInName = hyphenBefore && !timeBefore && a.plain === 4 && a.value >= 1900 && a.value <= 2099 && s.charCodeAt(i - 2) >= 0x4e00 && s.charCodeAt(i - 2) <= 0x9fff;
    // `卡-52`, `殲-20`, `東風-41`: a model glued to its name by a hyphen; not `為-5%` or `至-3 億`, which a sign is.
    const modelName = hyphenBefore && !timeBefore && a.plain > 0 && s.charCodeAt(i - 2) >= 0x4e00 && s.charCodeAt(i - 2) <= 0x9fff && !SIGN_BEFORE.has(s[i - 2]) && !/^[\s]?[%％萬万億亿元個个倍]/.test(s.slice(a.end, a.end + 2));
    if ((hyphenBefore && isLatin(s.charCodeAt(i - 2))) || yearInName || modelName) {
      this.push({ start: i, end: a.end, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, spelled: false, contextual: false });
      return a.end;
    }
    // `24/7`, `7 X 24`, `7×24`: round the clock, no quantity (English reads `24/7` as none either).
    const clock = /^(?:24\/7|7\s?[xX×*]\s?24)(?![\d０-９])/.exec(s.slice(i, i + 8));
    if (clock) return i + clock[0].length;
    // Codes give no figure, as in English: `2020-07-26`, `859-292-3680`, `10/12/21`, `2024/03/16`.
    const code = a.plain > 0 ? codeEnd(s, a.end) : -1;
    if (code > 0) {
      this.push({ start: i, end: code, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, spelled: false, contextual: false });
      return code;
    }
    // A dotted run such as `1.1.1.1` is a name; `2021.6.11` is a date.
    if ((s[a.end] === '.' || s[a.end] === '．') && digitAt(s, a.end + 1) >= 0) {
      const dated = DOTTED_DATE.exec(s.slice(i, i + 11));
      const [year, month, day] = dated ? [Number(dated[1]), Number(dated[2]), Number(dated[3])] : [0, 0, 0];
      if (dated && year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        // Weak: agrees with `June 11, 2021`, but raises nothing where the English keeps the same code.
        this.push({ start: i, end: i + 4, value: year, unit: 'year', approx: null, direction: null, salient: false, spelled: false, contextual: false });
        this.push({ start: i + 5, end: i + dated[0].length, value: month * 100 + day, unit: 'date', approx: null, direction: null, salient: false, spelled: false, contextual: false });
        return i + dated[0].length;
      }
      let j = a.end;
      while (j < s.length && ((s[j] === '.' || s[j] === '．') && digitAt(s, j + 1) >= 0)) {
        j++;
        while (j < s.length && digitAt(s, j) >= 0) j++;
      }
      this.push({ start: i, end: j, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, spelled: false, contextual: false });
      return j;
    }
    // A clock time: `下午 5:00`; past 24 it is a score (`29:13 的戰績`), a name's digits.
    if ((s[a.end] === ':' || s[a.end] === '：') && a.plain > 0 && a.plain <= 2 && digitAt(s, a.end + 1) >= 0 && digitAt(s, a.end + 2) >= 0 && digitAt(s, a.end + 3) < 0) {
      const minutes = digitAt(s, a.end + 1) * 10 + digitAt(s, a.end + 2);
      if (a.value > 24 || minutes > 59) {
        // Both sides of a score, weak, as English writes them (`a 29-13 record`).
        this.push({ start: i, end: a.end, value: a.value, unit: 'count', approx: null, direction: null, salient: false, spelled: false, contextual: false });
        this.push({ start: a.end + 1, end: a.end + 3, value: minutes, unit: 'count', approx: null, direction: null, salient: false, spelled: false, contextual: false });
        return a.end + 3;
      }
      const hours = this.hourOfDay(a.value, this.dayPeriodBefore(i));
      this.push({ start: i, end: a.end + 3, value: hours * 100 + minutes, unit: 'time', approx: null, direction: null, salient: true, spelled: false, contextual: false });
      return a.end + 3;
    }
    const q = this.quantity(i)!;
    return this.measured(q);
  }

  /** A Chinese numeral at i, if it is a number here. */
  numeralAt(i: number): number {
    const s = this.s;
    // Stop words where numeral characters are no numbers (`一些`, `萬一`, `三星`).
    const stop = startsWithAny(s, i, STOP_ENTRIES);
    // `十分之一` is a fraction, not the adverb `十分`.
    // `千萬美元`, `萬萬個`: numeral-only words before money or a measure are numbers after all.
    const numeric = stop !== null && [...stop[0]].every(isNumeral) && (MEASURES.has(s[i + stop[0].length] ?? '') || startsWithAny(s, this.skipSpaces(i + stop[0].length), CHINESE_CURRENCIES) !== null);
    if (stop && !numeric && !(stop[0] === '十分' && s[i + 2] === '之')) return i + stop[0].length;
    const ch = s[i];
    if (ch === '一' && s[i + 1] === '半') {
      this.push({ start: i, end: i + 2, value: 0.5, unit: 'fraction', approx: null, direction: null, salient: false, spelled: true, contextual: true });
      return i + 2;
    }
    // `之一`: one of; `統一`, `唯一`: words.
    if (ch === '一' && i > 0 && WORD_BEFORE_ONE.has(s[i - 1]) && !isNumeral(s[i + 1] ?? '') ) {
      if (s[i - 1] === '之') {
        this.push({ start: i - 1, end: i + 1, value: 1, unit: 'count', note: 'pronoun', approx: null, direction: null, salient: false, spelled: true, contextual: false });
      }
      return i + 1;
    }
    // A numeral glued to digits or a previous numeral run already read: skip.
    const n = this.numerals(i) ?? this.bareBigUnit(i);
    if (!n) return i + 1;
    // `一季度`, `二季度`: a quarter (Simplified usage) unless `每一季度`, `上一季度`.
    if (n.chars === 1 && s[n.end] === '季' && s[n.end + 1] === '度' && n.value >= 1 && n.value <= 4 && !/[每上下這这該该本同前後后單单一第]/.test(s[i - 1] ?? '')) {
      this.push({ start: i, end: n.end + 2, value: n.value, unit: 'quarter', approx: null, direction: null, salient: true, spelled: true, contextual: false });
      return n.end + 2;
    }
    // `數百萬`, `幾十個`, `兩三個`: vague quantities.
    if (n.vague || ('數数幾几'.includes(s[i - 1] ?? '') && i > 0)) {
      this.push({ start: n.vague ? i : i - 1, end: n.end, value: n.value, unit: 'count', note: 'vague', approx: null, direction: null, salient: false, spelled: true, contextual: false });
      return n.end;
    }
    const next = s[n.end] ?? '';
    // A lone numeral needs a measure after it (`三年`, `兩個`); multi-character numerals stand alone.
    const runText = s.slice(i, n.end);
    const lone = n.chars === 1 || (n.chars === 2 && BIG_UNITS[runText[1]] !== undefined && NUMERAL_DIGITS[runText[0]] === undefined);
    const currencyAfter = startsWithAny(s, this.skipSpaces(n.end), CHINESE_CURRENCIES) !== null || s[this.skipSpaces(n.end)] === '元';
    // `上萬`, `近千名`, `萬名`, `千億`, `百萬畝`, `上千元`: a round magnitude with no numeral before it, weak and about that much
    // (the English says `10,000 yuan`, `nearly a thousand`, `100 billion`, or `tens of thousands`).
    // Before a currency a run of units is an amount (`百萬美元的合約`), unless a word before makes it rough.
    const unitsOnly = '百千萬万億亿'.includes(ch) && ![...runText].some((c) => NUMERAL_DIGITS[c] !== undefined);
    const rough = ROUGH_BEFORE.has(s[i - 1] ?? '') || (n.chars > 1 ? !currencyAfter : MEASURES.has(next) || ROUGH_MEASURES.has(next) || currencyAfter);
    if (unitsOnly && rough && !s.startsWith('分之', n.end) && !s.startsWith('分之', i + 1)) {
      // `百年`, `千年`: a century, a millennium, as rough as the English `a hundred years`.
      const years = next === '年' && s[n.end + 1] !== '代';
      this.push({ start: i, end: years ? n.end + 1 : n.end, value: years ? n.value * 12 : n.value, unit: years ? 'duration' : 'count', note: 'vague', approx: 'about', direction: null, salient: false, spelled: true, contextual: false });
      return years ? n.end + 1 : n.end;
    }
    // `二到四週`: the low end of a range whose unit follows the high end.
    const rangeNext = (next === '到' || next === '至') && isNumeral(s[n.end + 1] ?? '');
    if (lone && !rangeNext && !MEASURES.has(next) && !s.startsWith('分之', n.end) && next !== '%' && next !== '％' && !currencyAfter) {
      // `萬` and `億` alone are no numbers.
      return n.end;
    }
    if (ch === '千' || ch === '百' || ch === '萬' || ch === '万' || ch === '億' || ch === '亿') {
      if (!(ch === '百' && s.startsWith('分之', i + 1)) && n.chars === 1) return n.end;
    }
    // `百萬人`, `千億`, `百年` with no digit before: a manner of speech (`millions`, `a century`), weak;
    // before a currency (`百萬美元的合約`) it is an amount.
    if ((ch === '百' || ch === '千') && !currencyAfter && !runText.slice(1).split('').some((c) => NUMERAL_DIGITS[c] !== undefined) && !s.startsWith('分之', i + 1)) {
      this.push({ start: i, end: n.end, value: n.value, unit: 'count', note: 'vague', approx: null, direction: null, salient: false, spelled: true, contextual: false });
      return n.end;
    }
    const q: Quantity = { start: i, end: n.end, value: n.value, raw: n.value, numerals: true, plainDigits: 0, approx: null };
    const big = /[萬万億亿兆]/.exec(runText);
    if (big) q.scale = big[0];
    return this.measured(q);
  }

  /** `萬` or `億` that starts a run (`上萬`, `萬名`, `萬元以上`), as the numeral run of its value; null elsewhere. */
  bareBigUnit(i: number): { end: number; value: number; chars: number; vague: boolean } | null {
    const big = BIG_UNITS[this.s[i]];
    return big === undefined ? null : { end: i + 1, value: big, chars: 1, vague: false };
  }

  /** `第二季`, `第二季度`, `第 2 季`, `第三幕`, `第一代`, `連續第四個季度`. */
  ordinal(i: number): number {
    const s = this.s;
    const k = this.skipSpaces(i + 1);
    const a = this.arabic(k);
    const n = a ? { end: a.end, value: a.value } : this.numerals(k);
    if (!n || !Number.isInteger(n.value) || n.value <= 0) return i + 1;
    let j = this.skipSpaces(n.end);
    const consecutive = endsWithAny(s, this.skipSpacesBack(i), CONSECUTIVE_WORDS) !== null;
    // `第四財季`: a fiscal quarter.
    if ((s[j] === '財' || s[j] === '财') && s[j + 1] === '季') j++;
    if (s[j] === '季' && n.value <= 4 && !consecutive) {
      let end = j + 1;
      if (s[end] === '度') end++;
      this.push({ start: i, end, value: n.value, unit: 'quarter', approx: null, direction: null, salient: true, spelled: !a, contextual: false });
      return end;
    }
    // `第一,`, `第一個問題`, `第一代`: ranks in prose are weak; `連續第四個季度` is a figure.
    const discourse = s[j] === ',' || s[j] === '，' || s[j] === '、' || s[j] === '是' || s[j] === '點' || s[j] === '点';
    this.push({ start: i, end: n.end, value: n.value, unit: 'ordinal', note: discourse ? 'discourse' : undefined, approx: null, direction: null, salient: consecutive, spelled: !a, contextual: false });
    return n.end;
  }

  /** `半` at i: `一半` is read with the numeral; `半年` is six months; `半數` a half. */
  half(i: number): number {
    const s = this.s;
    if (s[i + 1] === '年' && s[i - 1] !== '上' && s[i - 1] !== '下' && s[i - 1] !== '後' && s[i - 1] !== '后' && s[i - 1] !== '前') {
      this.push({ start: i, end: i + 2, value: 6, unit: 'duration', approx: null, direction: null, salient: false, spelled: true, contextual: false });
      return i + 2;
    }
    if ((s[i + 1] === '數' || s[i + 1] === '数') || (s[i - 1] === '一' && i >= 1)) {
      const start = s[i - 1] === '一' ? i - 1 : i;
      this.push({ start, end: i + 1, value: 0.5, unit: 'fraction', approx: null, direction: null, salient: false, spelled: true, contextual: true });
      return i + 2;
    }
    return i + 1;
  }

  /** `星期四`, `週四`, `周四`, `禮拜四` = 4; `星期日`/`星期天` = 7. */
  weekday(i: number): number {
    const s = this.s;
    let k = i;
    if (s.startsWith('星期', i) || s.startsWith('禮拜', i) || s.startsWith('礼拜', i)) k = i + 2;
    else if (s[i] === '週' || s[i] === '周') k = i + 1;
    else return i + 1;
    const ch = s[k] ?? '';
    const d = ch === '日' || ch === '天' ? 7 : NUMERAL_DIGITS[ch];
    if (d === undefined || d < 1 || d > 7 || ch === '兩' || ch === '两' || ch === '零' || ch === '〇') return k;
    // `週一` but not `週一次` (once a week) or `周三年` .
    if (k === i + 1 && MEASURES.has(s[k + 1] ?? '') && s[k + 1] !== '上' && s[k + 1] !== '的') return k;
    this.push({ start: i, end: k + 1, value: d, unit: 'date', note: 'weekday', approx: null, direction: null, salient: false, spelled: true, contextual: false });
    return k + 1;
  }
}

/**
 * Where a code that began with digits ending at i ends: two or more further runs of digits joined by the
 * same `-` or `/` (`-07-26`, `-292-3680`, `/12/21`); -1 when there are fewer (`2024-25` is a range).
 */
function codeEnd(s: string, i: number): number {
  const joint = s[i];
  if (joint !== '-' && joint !== '/') return -1;
  let j = i;
  let runs = 0;
  while (s[j] === joint && digitAt(s, j + 1) >= 0) {
    j++;
    while (j < s.length && digitAt(s, j) >= 0) j++;
    runs++;
  }
  return runs >= 2 ? j : -1;
}
