// Reads the figures of a Chinese paragraph (Traditional or Simplified): Arabic digits (ASCII or
// full-width) with 萬/億 scales, Chinese numerals, percents, points, money, periods, dates, durations,
// ordinals and fractions, with the approximation and direction words around them.
//
// One hand-written scanner walks the text once; at each digit or numeral it reads the figure
// forward and looks a few characters back for context. Nothing here backtracks.
//
// Weak (salient: false) and labels, mirroring the English side so that pairs agree:
// - labels: digits in Latin names (`R2`, `A100`, `H-100`, `3D`, `Area 1`, `GPT 3.5`, `1.1.1.1`), `財富 500 強`, `標普 500`;
// - weak: `一` before a measure (`一家`, note `article`), `之一` (note `pronoun`), counts under 10 (`兩個`, `三`),
//   ranks without `連續` (`第一代`, `第三幕`; `第一,` note `discourse`), `數百萬`/`幾十`/`兩三` (note `vague`),
//   a month or day alone (`12 月`, `29 日`), weekdays (`星期四`), clock times, durations of one unit (`一年`, `1 年`),
//   `一半`, `半年`, and `增長了一倍` (like English `doubled`);
// - skipped: words in which numeral characters are no numbers (`一些`, `一直`, `統一`, `唯一`, `萬一`, `三星`, `三維`, `十分`…).
// Everything else with a value is salient: money, percents, points, counts ≥ 10, years, quarters, halves, full dates,
// durations, multiples, fractions (`四分之一`) and `連續第四`.
import { isMoney, kindOfUnit, round, type Approximation, type Currency, type Direction, type Figure, type FigureNote, type FigureUnit } from './types';

/** How a figure was written, kept while reading and mapped onto `Figure` fields at the end. */
type Tag = 'fiscal' | 'range' | 'words' | FigureNote;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// ---------------------------------------------------------------------------------------------
// Characters

/** The digit an ASCII or full-width digit character stands for, or -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}
function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const NUMERAL_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
function isNumeral(ch: string): boolean {
  return ch.length === 1 && TRIGGERS[ch.charCodeAt(0)] === T_NUMERAL;
}

// What a character may start, looked up by its code so that the scan allocates nothing.
const T_NUMERAL = 1;
const T_DIGIT = 2;
const T_ORDINAL = 3;
const T_HALF_OF_YEAR = 4;
const T_HALF = 5;
const T_WEEK = 6;
const TRIGGERS = new Uint8Array(0x10000);
for (const ch of Object.keys(NUMERAL_DIGITS).concat(Object.keys(SMALL_UNITS), Object.keys(BIG_UNITS))) TRIGGERS[ch.charCodeAt(0)] = T_NUMERAL;
for (let c = 0xff10; c <= 0xff19; c++) TRIGGERS[c] = T_DIGIT;
TRIGGERS[0xff04] = T_DIGIT; // ＄
TRIGGERS['第'.charCodeAt(0)] = T_ORDINAL;
TRIGGERS['上'.charCodeAt(0)] = T_HALF_OF_YEAR;
TRIGGERS['下'.charCodeAt(0)] = T_HALF_OF_YEAR;
TRIGGERS['半'.charCodeAt(0)] = T_HALF;
for (const ch of '星週周禮礼') TRIGGERS[ch.charCodeAt(0)] = T_WEEK;

/** Characters after a lone numeral (`三年`, `兩個`, `一家`) that make it a number. */
const MEASURES = new Set(
  '個个家位名項项次倍年天日月週周季億亿萬万千百種种款條条件點点成台臺座間间層层部支筆笔輪轮類类大小場场份張张頁页秒元塊块歲岁代組组批人段步句級级分半多餘余幾几國国輛辆趟周度股席城洲項樣样則则封篇'.split(''),
);
/** Words in which numeral characters are no numbers, checked where a numeral run starts. */
const STOP_WORDS = [
  '一些', '一直', '一起', '一般', '一樣', '一样', '一定', '一下', '一體', '一体', '一切', '一旦', '一方面', '一致', '一如既往', '一點點', '一点点',
  '一同', '一向', '一再', '一味', '一律', '一概', '一併', '一并', '一貫', '一贯', '一流', '一線', '一线', '一則', '一则', '一番', '一部分', '一系列',
  '一開始', '一开始', '一時', '一时', '一手', '一頭', '一头', '一面', '一邊', '一边', '一旁', '一心', '一眼', '一舉', '一举', '一路', '一帶一路', '一带一路',
  '一陣', '一阵', '一環', '一环', '一員', '一员', '一份子', '一席之地', '一目了然', '一無所', '一无所', '一模一樣', '一模一样', '一鍵', '一键', '一站式',
  '一流', '一級', '一级', '一口氣', '一口气', '一籃子', '一篮子', '一連串', '一连串', '一如', '一成不變', '一成不变', '一刀切', '一攬子', '一揽子', '一筆勾銷',
  '一碼事', '一码事', '一回事', '一提', '一看', '一想', '一聽', '一听', '一問', '一问', '一說', '一说', '一般來說', '一般来说', '一如往常', '一直以來', '一直以来',
  '一大', '一小', '一絲', '一丝', '一度', '一定程度', '一番', '一二', '一臂之力', '一席', '一堆', '一連', '一连',
  '萬一', '万一', '十分', '十足', '千萬', '千万', '萬萬', '万万', '萬物', '万物', '萬事', '万事', '百貨', '百货', '百度', '百事', '千禧', '三星', '三維', '三维',
  '四處', '四处', '四面', '八方', '五花八門', '五花八门', '再三', '三思', '九牛', '七嘴八舌', '亂七八糟', '乱七八糟', '百分百', '千方百計', '千方百计',
  '萬用', '万用', '一一', '兩岸', '两岸', '兩者', '两者', '兩邊', '两边', '兩端', '两端', '兩極', '两极', '兩回事', '两回事', '三言兩語', '三言两语',
  '零件', '零部件', '零售', '零星', '零碎', '零散', '零食', '零距離', '零距离', '零和', '十全', '百花', '萬能', '万能', '千載', '千载', '萬象', '万象', '八卦', '九州', '一流', '六神', '七星', '五金',
];
const STOP_SET = new Set(STOP_WORDS);
/** Characters before `一` that make a word (`統一`, `唯一`, `之一`, `進一步`). */
const WORD_BEFORE_ONE = new Set('統统唯不單单同逐專专純纯劃划歸归合萬万之步看試试每某任哪這这那另其進进'.split(''));
/** Words before a numeral that make it part of a name (`財富 500 強`). */
const NAME_BEFORE = ['財富', '财富', '標普', '标普', '道瓊', '道琼', '羅素', '罗素', '富時', '富时', '恆生', '恒生', '納斯達克', '纳斯达克'];

const CURRENCIES: readonly (readonly [string, Currency])[] = [
  ['美元', 'USD'], ['美金', 'USD'], ['人民幣', 'CNY'], ['人民币', 'CNY'], ['新台幣', 'TWD'], ['新台币', 'TWD'], ['台幣', 'TWD'], ['台币', 'TWD'],
  ['港元', 'HKD'], ['港幣', 'HKD'], ['港币', 'HKD'], ['歐元', 'EUR'], ['欧元', 'EUR'], ['日圓', 'JPY'], ['日元', 'JPY'], ['日幣', 'JPY'], ['日币', 'JPY'],
  ['英鎊', 'GBP'], ['英镑', 'GBP'], ['韓元', 'KRW'], ['韩元', 'KRW'], ['韓圜', 'KRW'], ['韩圜', 'KRW'], ['加元', 'CAD'], ['加幣', 'CAD'], ['加币', 'CAD'],
  ['澳元', 'AUD'], ['澳幣', 'AUD'], ['澳币', 'AUD'], ['盧比', 'INR'], ['卢比', 'INR'], ['新臺幣', 'TWD'], ['臺幣', 'TWD'], ['日圆', 'JPY'],
];
/** Characters after `元` that make another word (`元素`, `元月`, `元年`). */
const NOT_YUAN_AFTER = /[素件旦宇月年首老氣气]/;
/** Currency names, for an amount's sign written before its currency (`負人民幣 18.4 億元`). */
const CURRENCY_WORDS = CURRENCIES.map(([name]) => name);
/** Parts of the day before a clock time; the first four put the hour after noon. */
const AFTERNOON_WORDS = ['下午', '晚上', '傍晚', '晚間', '晚间', '夜間', '夜间'];
const DAY_PERIOD_WORDS = [...AFTERNOON_WORDS, '上午', '早上', '凌晨', '中午', '清晨', '早晨'];
/** Characters after `N 號` that make it a name (`12 號線`, `3 號館`, `2 號機`). */
const NUMBERED_NAME_AFTER = /[線线樓楼館馆店機机碼码廠厂艙舱房院場场門门站]/;
/** Characters after `時` that make a word of it (`時間`, `時候`, `時期`), not an hour. */
const NOT_HOUR_AFTER = /[間间候期代刻段常尚事機机效態态光節节勢势]/;

const APPROX_BEFORE: readonly (readonly [string, Approximation])[] = [
  ['大約', 'about'], ['大约', 'about'], ['約為', 'about'], ['约为', 'about'], ['大概', 'about'], ['約', 'about'], ['约', 'about'], ['左右', 'about'],
  ['將近', 'under'], ['将近', 'under'], ['接近', 'under'], ['近乎', 'under'], ['幾乎', 'under'], ['几乎', 'under'], ['不到', 'under'], ['少於', 'under'], ['少于', 'under'],
  ['低於', 'under'], ['低于', 'under'], ['不足', 'under'], ['未滿', 'under'], ['未满', 'under'], ['近', 'under'],
  ['超過', 'over'], ['超过', 'over'], ['多於', 'over'], ['多于', 'over'], ['高於', 'over'], ['高于', 'over'], ['至少', 'over'], ['不少於', 'over'], ['不少于', 'over'],
  ['大於', 'over'], ['大于', 'over'], ['逾', 'over'], ['超', 'over'],
  ['多達', 'under'], ['多达', 'under'], ['最多', 'under'], ['最高', 'under'], ['高達', 'under'], ['高达', 'under'],
];
/** Qualifiers that may stand a few words before their figure in the same clause (`約佔全年計畫的三分之二`). */
const CLAUSE_APPROX: readonly (readonly [string, Approximation])[] = [
  ['大約', 'about'], ['大约', 'about'], ['大概', 'about'], ['約', 'about'], ['约', 'about'], ['將近', 'under'], ['将近', 'under'],
  ['超過', 'over'], ['超过', 'over'], ['逾', 'over'],
];
const CLAUSE_APPROX_WORDS = CLAUSE_APPROX.map(([w]) => w);
const CLAUSE_APPROX_MAP = new Map(CLAUSE_APPROX);
/** How far back in its clause a qualifier may stand from its figure. */
const CLAUSE_APPROX_SPAN = 24;
/** Characters that end a clause, or begin another figure, for that search. */
const CLAUSE_BREAK = /[，,。；;！？!?：:、\d０-９]/;
const APPROX_AFTER: readonly (readonly [string, Approximation])[] = [
  ['以上', 'over'], ['之多', 'over'], ['多', 'over'], ['餘', 'over'], ['余', 'over'], ['出頭', 'over'], ['出头', 'over'], ['左右', 'about'], ['上下', 'about'],
  ['以下', 'under'], ['以內', 'under'], ['以内', 'under'], ['不到', 'under'],
];
const UP_WORDS = [
  '年增', '季增', '年成長', '年成长', '同比增長', '同比增长', '環比增長', '环比增长', '成長', '成长', '增長', '增长', '增加', '上升', '提高', '提升', '上漲', '上涨',
  '擴大', '扩大', '改善', '增幅', '漲幅', '涨幅', '高出', '多出', '躍升', '跃升', '攀升', '激增', '季增長', '季增长',
];
const DOWN_WORDS = [
  '年減', '年减', '季減', '季减', '同比下降', '環比下降', '环比下降', '下降', '減少', '减少', '降低', '下滑', '衰退', '下跌', '縮減', '缩减', '萎縮', '萎缩',
  '降幅', '跌幅', '縮小', '缩小', '惡化', '恶化', '收窄', '收縮', '收缩', '微降', '縮短', '缩短', '減', '减',
];
/** A verb of change right before `至`/`到` gives the level after it a direction (`升至 54%`, `降至 41%`). */
const UP_TO_WORDS = ['升', '增', '漲', '涨', '提高', '提升', '上升', '增加', '增長', '增长', '成長', '成长', '擴大', '扩大', '攀升', '延長', '延长'];
const DOWN_TO_WORDS = ['降', '減', '减', '跌', '下降', '減少', '减少', '下滑', '降低', '縮小', '缩小', '收窄', '縮短', '缩短'];
/** Words that make the amount after them a loss (`淨虧損人民幣 67.5 億元`, `營業損失 1,200 萬美元`). */
const LOSS_WORDS = ['虧損', '亏损', '淨損', '净损', '損失', '损失', '赤字', '流出'];
/** How far back from an amount its loss word may stand (a verb or two between: `虧損收窄至`). */
const LOSS_SPAN = 8;
/** Words right before a figure that make it a level (`降至 71%`, `增加到`, `達到`). */
const LEVEL_BEFORE = ['至', '到', '為', '为', '達', '达', '從', '从', '是', '在'];
const UP_AFTER = ['的增長', '的增长', '的成長', '的成长', '增長', '增长', '成長', '成长', '的增幅', '增幅', '的漲幅', '的涨幅'];
const DOWN_AFTER = ['的下降', '下降', '的降幅', '降幅', '的跌幅', '跌幅', '的減少', '的减少', '的衰退', '衰退'];

// Word lists are looked up through an index by first (or last) character, longest word first,
// so that a lookup costs one map access and, at most, a handful of comparisons.
type Entry = readonly [string, ...unknown[]];
const FIRST = new WeakMap<object, Map<number, Entry[]>>();
const LAST = new WeakMap<object, Map<number, string[]>>();

function indexOf(list: readonly Entry[]): Map<number, Entry[]> {
  let index = FIRST.get(list);
  if (!index) {
    index = new Map();
    for (const entry of [...list].sort((a, b) => b[0].length - a[0].length)) {
      const c = entry[0].charCodeAt(0);
      const bucket = index.get(c);
      if (bucket) bucket.push(entry);
      else index.set(c, [entry]);
    }
    FIRST.set(list, index);
  }
  return index;
}

/** The longest entry of `list` whose word starts at `i`. */
function startsWithAny<E extends Entry>(s: string, i: number, list: readonly E[]): E | null {
  const bucket = indexOf(list).get(s.charCodeAt(i));
  if (bucket) for (const entry of bucket) if (s.startsWith(entry[0], i)) return entry as E;
  return null;
}

/** The longest word of `list` that ends right before `end`. */
function endsWithAny(s: string, end: number, list: readonly string[]): string | null {
  if (end <= 0) return null;
  let index = LAST.get(list);
  if (!index) {
    index = new Map();
    for (const w of [...list].sort((a, b) => b.length - a.length)) {
      const c = w.charCodeAt(w.length - 1);
      const bucket = index.get(c);
      if (bucket) bucket.push(w);
      else index.set(c, [w]);
    }
    LAST.set(list, index);
  }
  const bucket = index.get(s.charCodeAt(end - 1));
  if (bucket) for (const w of bucket) if (end >= w.length && s.startsWith(w, end - w.length)) return w;
  return null;
}

const APPROX_BEFORE_WORDS = APPROX_BEFORE.map(([w]) => w);
const APPROX_BEFORE_MAP = new Map(APPROX_BEFORE);
const UP_AFTER_ENTRIES = UP_AFTER.map((w) => [w] as const);
const DOWN_AFTER_ENTRIES = DOWN_AFTER.map((w) => [w] as const);
const STOP_ENTRIES = STOP_WORDS.map((w) => [w] as const);
const PM_WORDS = ['下午', '晚上', '晚間', '晚间', '傍晚'];
const FROM_WORDS = ['從', '从', '由'];
const CONSECUTIVE_WORDS = ['連續', '连续', '連續地', '连续地'];

/** Rounds binary noise away; integers (most figures) pass straight through. */
function tidy(v: number): number {
  return Number.isInteger(v) ? v : round(v);
}

// ---------------------------------------------------------------------------------------------
// Quantities

interface Quantity {
  start: number;
  /** End of the number, scale and any `多` inside it. */
  end: number;
  value: number;
  /** The number before its scale: 3.085 in `3.085億`. */
  raw: number;
  scale?: string;
  numerals: boolean;
  /** Digits without separator or decimal point, and how many. */
  plainDigits: number;
  approx: Approximation | null;
}

interface Draft {
  start: number;
  end: number;
  value: number;
  unit: FigureUnit;
  tag?: Tag;
  scale?: string;
  low?: number;
  high?: number;
  approx: Approximation | null;
  direction: Direction | null;
  salient: boolean;
  label?: true;
  numerals: boolean;
  /** Whether approximation and direction words apply. */
  contextual: boolean;
  /** Money in bare `元` with no currency named before it in the paragraph. */
  implied?: true;
}

class Scanner {
  readonly out: Draft[] = [];
  /** Where each currency name ends and which currency it names, in text order (found on first use). */
  private currencyMentions: Array<{ end: number; currency: Currency }> | undefined;
  constructor(readonly s: string) {}

  /** The currency named last before `start` in the paragraph (`人民幣 234 億元`), or null. */
  currencyBefore(start: number): Currency | null {
    const s = this.s;
    if (!this.currencyMentions) {
      this.currencyMentions = [];
      for (let i = 0; i < s.length; i++) {
        const hit = s.charCodeAt(i) >= 0x80 ? startsWithAny(s, i, CURRENCIES) : null;
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

  /** `8 點 30 分`, `15時50分`, `9點半`, `上午 10 點`, `24時` after a quantity; null where the hour word means something else. */
  clockTime(q: Quantity, j: number): Draft | null {
    const s = this.s;
    const hourWord = s[j];
    if (q.scale || !Number.isInteger(q.value) || q.value < 0 || q.value > 24) return null;
    let end = j + 1;
    let minutes = 0;
    let explicit = false;
    const k = this.skipSpaces(j + 1);
    const m = this.arabic(k) ?? this.numerals(k);
    if (m && Number.isInteger(m.value) && m.value < 60 && s[this.skipSpaces(m.end)] === '分') {
      minutes = m.value;
      end = this.skipSpaces(m.end) + 1;
      explicit = true;
    } else if (s[k] === '半' || s[k] === '整') {
      minutes = s[k] === '半' ? 30 : 0;
      end = k + 1;
      explicit = true;
    } else if (s[j + 1] === '鐘' || s[j + 1] === '钟') {
      end = j + 2;
      explicit = true;
    }
    const before = this.skipSpacesBack(q.start);
    let period = endsWithAny(s, before, DAY_PERIOD_WORDS);
    // `下午 4 時至 5 時 30 分`: the second time of a span keeps the first one's part of the day.
    const last = this.out[this.out.length - 1];
    if (!period && last?.unit === 'time' && '至到～~-'.includes(s[before - 1] ?? '') && this.skipSpacesBack(before - 1) === last.end && last.value >= 1200 && q.value < 12) period = '下午';
    const hourAlone = (hourWord === '時' || hourWord === '时') && !NOT_HOUR_AFTER.test(s[j + 1] ?? '');
    if (!explicit && !period && !hourAlone) return null;
    let hours = q.value;
    if (period && AFTERNOON_WORDS.includes(period) && hours < 12) hours += 12;
    return { start: q.start, end, value: hours * 100 + minutes, unit: 'time', approx: null, direction: null, salient: true, numerals: q.numerals, contextual: false };
  }

  ch(i: number): string {
    return i >= 0 && i < this.s.length ? this.s[i] : '';
  }
  skipSpaces(i: number): number {
    while (i < this.s.length && isSpace(this.s.charCodeAt(i))) i++;
    return i;
  }
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
      if (BIG_UNITS[ch] !== undefined) {
        factor *= BIG_UNITS[ch];
        k++;
        continue;
      }
      // 十/百/千 only before a big unit (`百萬`, `千萬`, `十億`), or 千/百 before money (`5千美元`).
      // ... or before a measure word (`5千人`, `3百家`), but not `百分點`, `千瓦`, `千克`.
      const after = s[k + 1] ?? '';
      const measure = ch !== '十' && factor === 1 && MEASURES.has(after) && !'分瓦克米'.includes(after);
      if ((ch === '十' || ch === '百' || ch === '千') && (BIG_UNITS[after] !== undefined || measure || (ch !== '十' && factor === 1 && startsWithAny(s, k + 1, CURRENCIES) && after !== '元'))) {
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

  // -------------------------------------------------------------------------------------------
  // The scan

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
          this.push({ start: i, end: i + 3, value: c === 0x4e0a /* 上 */ ? 1 : 2, unit: 'half', approx: null, direction: null, salient: true, numerals: true, contextual: false });
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

  push(d: Draft): void {
    this.out.push(d);
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
          this.push({ start: k, end: a.end, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, numerals: false, contextual: false });
          return a.end;
        }
      }
      if ((word === '$' || word === 'US' || word === 'NT' || word === 'HK') && s[j] === '$') return j;
      return j;
    }
    const q = /^[Qq]([1-4])(?:FY)?(\d{2}|\d{4})?$/.exec(word);
    if (q) {
      this.push({ start: i, end: i + 2, value: Number(q[1]), unit: 'quarter', approx: null, direction: null, salient: true, numerals: false, contextual: false });
      if (q[2]) this.push({ start: j - q[2].length, end: j, value: fullYear(q[2]), unit: 'year', approx: null, direction: null, salient: true, numerals: false, contextual: false });
      return j;
    }
    const h = /^H([12])$/.exec(word);
    if (h) {
      this.push({ start: i, end: j, value: Number(h[1]), unit: 'half', approx: null, direction: null, salient: true, numerals: false, contextual: false });
      return j;
    }
    const fy = /^FY(\d{2}|\d{4})$/i.exec(word);
    if (fy) {
      this.push({ start: i, end: j, value: fullYear(fy[1]), unit: 'year', tag: 'fiscal', approx: null, direction: null, salient: true, numerals: false, contextual: false });
      return j;
    }
    // Any other word with digits is a name: `R2`, `A100`, `Web3`.
    this.push({ start: i, end: j, value: Number(word.replace(/\D/g, '')) || 0, unit: 'count', approx: null, direction: null, salient: false, label: true, numerals: false, contextual: false });
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
      this.push({ start, end, value, unit, scale, approx: q.approx, direction: null, salient: true, numerals: false, contextual: true });
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
        this.push({ start: i, end: a.end + 1, value: a.value, unit: 'quarter', approx: null, direction: null, salient: true, numerals: false, contextual: false });
        if (j > a.end + 1) this.push({ start: a.end + 1, end: j, value: fullYear(s.slice(a.end + 1, j)), unit: 'year', approx: null, direction: null, salient: true, numerals: false, contextual: false });
        return j;
      }
      if (/^(?:x|X)$/.test(suffix)) {
        this.push({ start: i, end: j, value: a.value, unit: 'multiple', approx: null, direction: null, salient: true, numerals: false, contextual: true });
        return j;
      }
      // Digits before a measure in Latin letters (`13PB`, `250ms`, `40GB`) count; `3D`, `5G`, `4K` are names.
      if (/^(?:PB|TB|GB|MB|EB|ms|Gbps|Tbps|kW|MW|GW|km|kg)$/i.test(suffix) || suffix.length >= 2 && !/^(?:D|G|K|S|A|B|nm)$/i.test(suffix) && /^[a-z]+$/i.test(suffix) && suffix !== suffix.toUpperCase()) {
        this.push({ start: i, end: a.end, value: a.value, unit: 'count', approx: null, direction: null, salient: a.value >= 10 || a.plain === 0, numerals: false, contextual: true });
        return j;
      }
      if (/^(?:PB|TB|GB|EB)$/.test(suffix)) return j;
      this.push({ start: i, end: j, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, numerals: false, contextual: false });
      return j;
    }
    // Digits glued to a Latin word before them with a hyphen: `H-100`, `COVID-19`, `Llama-3`.
    if (i >= 2 && (s[i - 1] === '-' || s[i - 1] === '‑') && isLatin(s.charCodeAt(i - 2))) {
      this.push({ start: i, end: a.end, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, numerals: false, contextual: false });
      return a.end;
    }
    // A dotted run such as `1.1.1.1` is a name.
    if ((s[a.end] === '.' || s[a.end] === '．') && digitAt(s, a.end + 1) >= 0) {
      let j = a.end;
      while (j < s.length && ((s[j] === '.' || s[j] === '．') && digitAt(s, j + 1) >= 0)) {
        j++;
        while (j < s.length && digitAt(s, j) >= 0) j++;
      }
      this.push({ start: i, end: j, value: a.value, unit: 'count', approx: null, direction: null, salient: false, label: true, numerals: false, contextual: false });
      return j;
    }
    // A clock time: `下午 5:00`.
    if (s[a.end] === ':' && a.plain > 0 && a.plain <= 2 && digitAt(s, a.end + 1) >= 0 && digitAt(s, a.end + 2) >= 0 && digitAt(s, a.end + 3) < 0) {
      const before = this.skipSpacesBack(i);
      const pm = endsWithAny(s, before, PM_WORDS) !== null && a.value < 12;
      const minutes = digitAt(s, a.end + 1) * 10 + digitAt(s, a.end + 2);
      this.push({ start: i, end: a.end + 3, value: (a.value + (pm ? 12 : 0)) * 100 + minutes, unit: 'time', approx: null, direction: null, salient: true, numerals: false, contextual: false });
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
    const numeric = stop !== null && [...stop[0]].every(isNumeral) && (MEASURES.has(s[i + stop[0].length] ?? '') || startsWithAny(s, this.skipSpaces(i + stop[0].length), CURRENCIES) !== null);
    if (stop && !numeric && !(stop[0] === '十分' && s[i + 2] === '之')) return i + stop[0].length;
    const ch = s[i];
    if (ch === '一' && s[i + 1] === '半') {
      this.push({ start: i, end: i + 2, value: 0.5, unit: 'fraction', approx: null, direction: null, salient: false, numerals: true, contextual: true });
      return i + 2;
    }
    // `之一`: one of; `統一`, `唯一`: words.
    if (ch === '一' && i > 0 && WORD_BEFORE_ONE.has(s[i - 1]) && !isNumeral(s[i + 1] ?? '') ) {
      if (s[i - 1] === '之') {
        this.push({ start: i - 1, end: i + 1, value: 1, unit: 'count', tag: 'pronoun', approx: null, direction: null, salient: false, numerals: true, contextual: false });
      }
      return i + 1;
    }
    // A numeral glued to digits or a previous numeral run already read: skip.
    const n = this.numerals(i);
    if (!n) return i + 1;
    // `一季度`, `二季度`: a quarter (Simplified usage) unless `每一季度`, `上一季度`.
    if (n.chars === 1 && s[n.end] === '季' && s[n.end + 1] === '度' && n.value >= 1 && n.value <= 4 && !/[每上下這这該该本同前後后單单一第]/.test(s[i - 1] ?? '')) {
      this.push({ start: i, end: n.end + 2, value: n.value, unit: 'quarter', approx: null, direction: null, salient: true, numerals: true, contextual: false });
      return n.end + 2;
    }
    // `數百萬`, `幾十個`, `兩三個`: vague quantities.
    if (n.vague || ('數数幾几'.includes(s[i - 1] ?? '') && i > 0)) {
      this.push({ start: n.vague ? i : i - 1, end: n.end, value: n.value, unit: 'count', tag: 'vague', approx: null, direction: null, salient: false, numerals: true, contextual: false });
      return n.end;
    }
    const next = s[n.end] ?? '';
    // A lone numeral needs a measure after it (`三年`, `兩個`); multi-character numerals stand alone.
    const runText = s.slice(i, n.end);
    const lone = n.chars === 1 || (n.chars === 2 && BIG_UNITS[runText[1]] !== undefined && NUMERAL_DIGITS[runText[0]] === undefined);
    if (lone && !MEASURES.has(next) && !s.startsWith('分之', n.end) && next !== '%' && next !== '％' && !startsWithAny(s, this.skipSpaces(n.end), CURRENCIES)) {
      // `萬` and `億` alone are no numbers.
      return n.end;
    }
    if (ch === '千' || ch === '百' || ch === '萬' || ch === '万' || ch === '億' || ch === '亿') {
      if (!(ch === '百' && s.startsWith('分之', i + 1)) && n.chars === 1) return n.end;
    }
    const q: Quantity = { start: i, end: n.end, value: n.value, raw: n.value, numerals: true, plainDigits: 0, approx: null };
    const big = /[萬万億亿兆]/.exec(runText);
    if (big) q.scale = big[0];
    return this.measured(q);
  }

  /** Reads what follows a quantity (unit, currency, `分之`, range) and pushes the figure. */
  measured(q: Quantity): number {
    const s = this.s;
    const d = this.unitAfter(q);
    if (!d) return q.end;
    // A range: `75% 至 77%`, `3,500 萬美元到 3,600 萬美元`, `3500-3600萬美元`, `10%至 12%`.
    const full = this.range(d);
    this.push(full);
    void s;
    return full.end;
  }

  /** The figure a quantity makes with what follows it. */
  unitAfter(q: Quantity): Draft | null {
    const s = this.s;
    let over = false;
    const base = (unit: FigureUnit, end: number, value = q.value, extra: Partial<Draft> = {}): Draft => ({
      start: q.start,
      end,
      value: tidy(value),
      unit,
      scale: q.scale,
      approx: over ? 'over' : q.approx,
      direction: null,
      salient: true,
      numerals: q.numerals,
      contextual: true,
      
      ...extra,
    });
    // Fractions and percents in words: `四分之一`, `百分之三十二`, `三分之二`.
    if (s.startsWith('分之', q.end)) {
      const m = this.arabic(q.end + 2) ?? this.numerals(q.end + 2);
      if (!m || q.value === 0) return null;
      if (q.value === 100 && q.numerals) return base('percent', m.end, m.value);
      return base('fraction', m.end, m.value / q.value);
    }
    let j = this.skipSpaces(q.end);
    // `十多年`, `150 多個`, `十餘家`: more than.
    if ((s[j] === '多' || s[j] === '餘' || s[j] === '余') && (MEASURES.has(s[j + 1] ?? '') || s.startsWith('個月', j + 1) || s.startsWith('个月', j + 1))) {
      over = true;
      j++;
    }
    const ch = s[j] ?? '';
    if (ch === '%' || ch === '％') return j === q.end || j === q.end + 1 ? base('percent', j + 1) : null;
    if (s.startsWith('個百分點', j) || s.startsWith('个百分点', j)) return base('pp', j + 4);
    if (s.startsWith('百分點', j) || s.startsWith('百分点', j)) return base('pp', j + 3);
    if (s.startsWith('個基點', j) || s.startsWith('个基点', j)) return base('bp', j + 3);
    if (s.startsWith('基點', j) || s.startsWith('基点', j)) return base('bp', j + 2);
    // `三成` = 30%.
    if (ch === '成' && q.numerals && q.value >= 1 && q.value <= 9 && !/[長长功本為为立熟員员交果就績绩效份分]/.test(s[j + 1] ?? '')) return base('percent', j + 1, q.value * 10);
    // Money: `3.085億美元`, `10 萬美元`, `0.16 美元`.
    const cur = startsWithAny(s, j, CURRENCIES);
    // Bare `元` takes the currency named before it in the paragraph; with none, any currency agrees.
    const yuan = !cur && ch === '元' && !NOT_YUAN_AFTER.test(s[j + 1] ?? '');
    if (cur || yuan) {
      const named = cur ? cur[1] : this.currencyBefore(q.start);
      let end = j + (cur ? cur[0].length : 1);
      let unit: FigureUnit = named ?? 'CNY';
      // Per share: `每股…0.16 美元`, `0.16 美元/股`.
      if (s[end] === '/' && s[end + 1] === '股') end += 2;
      if (s[end - 1] === '股' || this.perShareBefore(q.start)) unit = `${unit}/share` as FigureUnit;
      return base(unit, end, q.value, named ? {} : { implied: true });
    }
    // Ages: `52 歲`, `三十多歲`.
    if (ch === '歲' || ch === '岁') return base('age', j + 1);
    // Clock times: `8 點 30 分`, `15時50分`, `9點半`, `上午 10 點`.
    if (ch === '點' || ch === '点' || ch === '時' || ch === '时') {
      const time = this.clockTime(q, j);
      if (time) return time;
    }
    // Years: 1900–2099 in four digits, and any four digits before `年` (`生於 1869 年`).
    if ((q.plainDigits === 4 && ((q.value >= 1900 && q.value <= 2099) || (q.value >= 1000 && ch === '年' && s[j + 1] !== '期'))) || (q.numerals && q.value >= 1900 && q.value <= 2099 && s[q.end] === '年' && /^[〇零一二三四五六七八九]+$/.test(s.slice(q.start, q.end)))) {
      // A year: `2024 年`, `2024 財年`, `2023 年第二季度`; the text is the digits.
      if (s.startsWith('財年', j) || s.startsWith('财年', j) || s.startsWith('財政年度', j) || s.startsWith('财政年度', j) || s.startsWith('會計年度', j) || s.startsWith('会计年度', j)) {
        return base('year', q.end, q.value, { tag: 'fiscal', contextual: false });
      }
      if (ch === '年' || ch === '-' || ch === '至' || ch === '到' || ch === 'Q' || !/[個个家名位人萬万億亿]/.test(ch)) {
        return base('year', q.end, q.value, { contextual: false });
      }
    }
    // A day without its month: `29 日` (month 0 in month*100+day), weak.
    // `12 號線`, `3 號館`: a name with a number, not a day.
    if ((ch === '號' || ch === '号') && NUMBERED_NAME_AFTER.test(s[j + 1] ?? '')) return base('count', j + 1, q.value, { label: true, salient: false, contextual: false });
    if ((ch === '日' || ch === '號' || ch === '号') && !q.scale && Number.isInteger(q.value) && q.value >= 1 && q.value <= 31 && s[this.skipSpacesBack(q.start) - 1] !== '月') {
      return base('date', j + 1, q.value, { contextual: false, salient: true });
    }
    // Two-digit fiscal years: `24 財年`.
    if (q.plainDigits === 2 && (s.startsWith('財年', j) || s.startsWith('财年', j))) return base('year', q.end, 2000 + q.value, { tag: 'fiscal', contextual: false });
    // Dates: `8 月 29 日`, `5 月 30 日`; a month alone: `12 月`.
    if (ch === '月' && Number.isInteger(q.value) && q.value >= 1 && q.value <= 12 && !q.scale) {
      const k = this.skipSpaces(j + 1);
      const day = this.arabic(k) ?? (q.numerals ? this.numerals(k) : null);
      if (day && Number.isInteger(day.value) && day.value >= 1 && day.value <= 31) {
        const e = this.skipSpaces(day.end);
        if (s[e] === '日' || s[e] === '號' || s[e] === '号') return base('date', e + 1, q.value * 100 + day.value, { contextual: false, salient: true });
      }
      if (s[j + 1] !== '份' || true) {
        const end = s[j + 1] === '份' ? j + 2 : j + 1;
        return base('date', end, q.value * 100, { tag: 'month', contextual: false, salient: false });
      }
    }
    // Durations: `3 年`, `4年半`, `25 個月`, `90 天`, `2 週`, `24 小時`, `5 個季度`.
    if (ch === '年' && !s.startsWith('年度', j) && !s.startsWith('年增', j) && !s.startsWith('年減', j) && !s.startsWith('年减', j) && !s.startsWith('年成', j)) {
      let months = q.value * 12;
      let end = j + 1;
      if (s[end] === '半') {
        months += 6;
        end++;
      }
      if (s[end] === '期') end++;
      return base('duration', end, months, { salient: q.value !== 1 || end > j + 1 && s[j + 1] === '半' });
    }
    if (ch === '年' && (s.startsWith('年增', j) || s.startsWith('年減', j) || s.startsWith('年减', j) || s.startsWith('年成', j))) {
      return base('duration', j + 1, q.value * 12, { contextual: false, salient: q.value !== 1 });
    }
    const duration = startsWithAny(s, j, DURATION_WORDS);
    if (duration) {
      const [word, unit, factor] = duration;
      {
        // `上一季`, `每一季`, `這一季度`: a period, not a length.
        if (word.startsWith('季') && (q.value === 1 || q.numerals === false && s[j] !== '季')) {
          return base('count', q.end, q.value, { salient: false, tag: 'article', contextual: false });
        }
        let end = j + word.length;
        let value = q.value * factor;
        if (s[end] === '半' && unit === 'duration') {
          value += factor / 2;
          end++;
        }
        return base(unit, end, value, { salient: q.value !== 1 });
      }
    }
    if (ch === '倍') {
      // `增長了一倍` doubles; `一倍多` is more than that.
      const before = this.skipSpacesBack(q.start);
      const b = s[before - 1] === '了' ? before - 1 : before;
      const grew = endsWithAny(s, b, UP_WORDS) !== null;
      const value = grew && q.value === 1 ? 2 : q.value;
      // The idiom is weak like English `doubled`; `3 倍` in digits is a figure.
      const weak = grew && q.value === 1 && q.numerals;
      return base('multiple', j + 1, value, { ...(s[j + 1] === '多' ? { approx: 'over' as const } : {}), ...(weak ? { salient: false } : {}) });
    }
    // Counts: digits, with or without a scale (`2,352`, `10 萬`, `一百九十六`). The measure word stays outside.
    const salient = q.numerals ? q.value >= 10 : q.value >= 10 || !!q.scale;
    // `一`, `兩` before a measure: weak.
    if (this.isName(q)) return base('count', q.end, q.value, { label: true, salient: false, contextual: false });
    // `一家`, `一個`: an article rather than a count.
    if (q.numerals && q.value === 1 && s.slice(q.start, q.end) === '一') return base('count', q.end, 1, { salient: false, tag: 'article', contextual: false });
    return base('count', q.end, q.value, { salient });
  }

  /** `每股` shortly before a money figure, with no other figure or sentence end between. */
  perShareBefore(start: number): boolean {
    const s = this.s;
    const from = Math.max(0, start - 14);
    const window = s.slice(from, start);
    const k = Math.max(window.lastIndexOf('每股'), window.lastIndexOf('股淨'), window.lastIndexOf('股净'));
    if (k < 0) return false;
    const between = window.slice(k);
    return !/[。；;!?！？\d０-９]/.test(between);
  }

  /** Digits that belong to a name: `財富 500 強`, `標普 500`. */
  isName(q: Quantity): boolean {
    const s = this.s;
    const before = this.skipSpacesBack(q.start);
    if (endsWithAny(s, before, NAME_BEFORE)) return true;
    const after = this.skipSpaces(q.end);
    if ((s[after] === '強' || s[after] === '强') && !q.numerals) return true;
    return false;
  }

  /** Widens a figure into a range when `至`/`到`/`-` and a second figure of the same kind follow. */
  range(d: Draft): Draft {
    const s = this.s;
    if (d.unit === 'year' || d.unit === 'date' || d.unit === 'quarter' || d.unit === 'ordinal' || d.label) return d;
    let j = this.skipSpaces(d.end);
    const sep = s[j];
    if (sep !== '至' && sep !== '到' && sep !== '-' && sep !== '–' && sep !== '~' && sep !== '～' && sep !== '—' && sep !== '－') return d;
    // `下降 8% 至 71%`, `從 44% 降至 41%`: a change then a level, not a range.
    const before = this.skipSpacesBack(this.approxStart(d.start));
    if (endsWithAny(s, before, UP_WORDS) || endsWithAny(s, before, DOWN_WORDS) || endsWithAny(s, before, FROM_WORDS)) return d;
    j = this.skipSpaces(j + 1);
    const q = this.quantity(j);
    if (!q) return d;
    const other = this.unitAfter(q);
    if (!other || other.label) return d;
    // `每股 0.60 美元至 0.61 美元`: the second end is per share too.
    if (d.unit.endsWith('/share') && other.unit === d.unit.slice(0, 3)) other.unit = d.unit;
    let low = d.value;
    let unit: FigureUnit = d.unit;
    let scale = d.scale;
    let end = other.end;
    if (other.unit !== d.unit) {
      // `75 至 77%`, `3500-3600萬美元`: the first end is a bare count taking the second's unit and scale;
      // `90 億至 100 億元`: it has its own scale and takes the second's currency.
      if (d.unit !== 'count' || d.end !== (s.slice(d.start, d.end).length + d.start)) return d;
      if (d.scale && !(other.scale && isMoney(other.unit))) return d;
      if (other.unit === 'year' || other.unit === 'date' || other.unit === 'quarter') return d;
      unit = other.unit;
      scale = other.scale;
      const factor = q.raw !== 0 && other.scale && !d.scale ? q.value / q.raw : 1;
      if (other.unit === 'duration' && q.value !== 0) low = d.value * (other.value / q.value);
      else low = tidy(d.value * (isMoney(other.unit) || other.unit === 'count' ? factor : 1));
    } else if (!d.scale && other.scale && d.value < 1e4 && d.numerals === other.numerals && !isMoney(d.unit)) {
      low = tidy(d.value * (q.value / (q.raw || 1)));
    }
    const high = other.value;
    if (!(low <= high)) return d;
    end = other.end;
    return { ...d, unit, scale, end, value: tidy((low + high) / 2), low, high, tag: 'range', salient: d.salient || other.salient };
  }

  /** Where the approximation word before a figure starts (or the figure itself when none). */
  approxStart(start: number): number {
    const s = this.s;
    const b = this.skipSpacesBack(start);
    const w = endsWithAny(s, b, APPROX_BEFORE_WORDS);
    if (w) return b - w.length;
    return start;
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
      this.push({ start: i, end, value: n.value, unit: 'quarter', approx: null, direction: null, salient: true, numerals: !a, contextual: false });
      return end;
    }
    // `第一,`, `第一個問題`, `第一代`: ranks in prose are weak; `連續第四個季度` is a figure.
    const discourse = s[j] === ',' || s[j] === '，' || s[j] === '、' || s[j] === '是' || s[j] === '點' || s[j] === '点';
    this.push({ start: i, end: n.end, value: n.value, unit: 'ordinal', tag: discourse ? 'discourse' : a ? undefined : 'words', approx: null, direction: null, salient: consecutive, numerals: !a, contextual: false });
    void j;
    j = n.end;
    return j;
  }

  /** `半` at i: `一半` is read with the numeral; `半年` is six months; `半數` a half. */
  half(i: number): number {
    const s = this.s;
    if (s[i + 1] === '年' && s[i - 1] !== '上' && s[i - 1] !== '下' && s[i - 1] !== '後' && s[i - 1] !== '后' && s[i - 1] !== '前') {
      this.push({ start: i, end: i + 2, value: 6, unit: 'duration', approx: null, direction: null, salient: false, numerals: true, contextual: false });
      return i + 2;
    }
    if ((s[i + 1] === '數' || s[i + 1] === '数') || (s[i - 1] === '一' && i >= 1)) {
      const start = s[i - 1] === '一' ? i - 1 : i;
      this.push({ start, end: i + 1, value: 0.5, unit: 'fraction', approx: null, direction: null, salient: false, numerals: true, contextual: true });
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
    this.push({ start: i, end: k + 1, value: d, unit: 'date', tag: 'weekday', approx: null, direction: null, salient: false, numerals: true, contextual: false });
    return k + 1;
  }

  // -------------------------------------------------------------------------------------------
  // Context

  context(d: Draft): void {
    if (!d.contextual || d.label) return;
    const s = this.s;
    let b = this.skipSpacesBack(d.start);
    // Approximation before: `約`, `超過`, `近`, `逾`.
    if (d.approx === null) {
      // `大概有 250 個`, `約為`: a verb may stand between the word and the figure.
      const verb = s[b - 1] === '有' || s[b - 1] === '是' || s[b - 1] === '了' ? this.skipSpacesBack(b - 1) : b;
      const viaVerb = verb !== b && endsWithAny(s, verb, APPROX_BEFORE_WORDS);
      if (viaVerb && viaVerb !== '近' && viaVerb !== '超') b = verb;
      const word = endsWithAny(s, b, APPROX_BEFORE_WORDS);
      const hit = word ? ([word, APPROX_BEFORE_MAP.get(word)!] as const) : null;
      if (hit && !(hit[0] === '近' && (s[b - 2] === '最' || s[b - 2] === '接' || d.unit.startsWith('duration'))) && !(hit[0] === '超' && d.unit !== 'percent' && !isMoney(d.unit) && d.unit !== 'count')) {
        d.approx = hit[1];
        b = this.skipSpacesBack(b - hit[0].length);
      }
    } else {
      const word = endsWithAny(s, b, APPROX_BEFORE_WORDS);
      if (word) b = this.skipSpacesBack(b - word.length);
    }
    // A qualifier earlier in the clause: `約佔全年計畫的三分之二`, `大約是去年 9 月的十倍`.
    if (d.approx === null) d.approx = this.clauseApprox(b);
    // Approximation after: `150 多個`, `十余`, `以上`, `左右` (possibly after a measure word).
    if (d.approx === null) {
      let e = this.skipSpaces(d.end);
      let hit = startsWithAny(s, e, APPROX_AFTER);
      if (!hit && MEASURES.has(s[e] ?? '') && s[e] !== '多') {
        e = e + 1;
        hit = startsWithAny(s, e, APPROX_AFTER);
        if (hit && (hit[0] === '多' || hit[0] === '餘' || hit[0] === '余')) hit = null; // `個多` is no approximation
      }
      if (hit && !(hit[0] === '上下' && s[e + 2] === '游') && !(hit[0] === '多' && d.unit !== 'count' && d.unit !== 'duration')) d.approx = hit[1];
    }
    if (d.unit === 'year' || d.unit === 'date' || d.unit === 'quarter' || d.unit === 'ordinal' || d.unit.startsWith('duration') || d.unit === 'half') return;
    // Direction before: `年增32%`, `較去年同期成長 34%`, `下降了 200 個基點`; `降至 71%` is a level that moved down.
    if (s[b - 1] === '了') b = this.skipSpacesBack(b - 1);
    if (s[b - 1] === '至' || s[b - 1] === '到') {
      if (endsWithAny(s, b - 1, UP_TO_WORDS)) d.direction = 'up';
      else if (endsWithAny(s, b - 1, DOWN_TO_WORDS)) d.direction = 'down';
      return;
    }
    if (LEVEL_BEFORE.includes(s[b - 1] ?? '')) return;
    if (endsWithAny(s, b, UP_WORDS)) {
      d.direction = 'up';
      return;
    }
    if (endsWithAny(s, b, DOWN_WORDS)) {
      d.direction = 'down';
      return;
    }
    // Direction after: `32% 的增長`, `32% 的同比增長`.
    let e = this.skipSpaces(d.end);
    if (s[e] === '的') e = this.skipSpaces(e + 1);
    if (s.startsWith('同比', e) || s.startsWith('年度', e) || s.startsWith('環比', e) || s.startsWith('环比', e)) e += 2;
    if (startsWithAny(s, e, UP_AFTER_ENTRIES)) d.direction = 'up';
    else if (startsWithAny(s, e, DOWN_AFTER_ENTRIES)) d.direction = 'down';
  }

  /** A loss word shortly before `b` in the same clause (`淨虧損為`, `虧損收窄至`), with no number between. */
  lossBefore(b: number): boolean {
    const s = this.s;
    for (let k = b; k > 0 && k >= b - LOSS_SPAN; k--) {
      if (CLAUSE_BREAK.test(s[k - 1])) return false;
      if (endsWithAny(s, k, LOSS_WORDS)) return true;
    }
    return false;
  }

  /** A qualifier standing earlier in the clause that ends at `b`, with no other figure between. */
  clauseApprox(b: number): Approximation | null {
    const s = this.s;
    for (let k = b; k > 0 && k > b - CLAUSE_APPROX_SPAN; k--) {
      if (CLAUSE_BREAK.test(s[k - 1])) return null;
      const word = endsWithAny(s, k, CLAUSE_APPROX_WORDS);
      if (word) return CLAUSE_APPROX_MAP.get(word)!;
    }
    return null;
  }

  figures(): Figure[] {
    const s = this.s;
    const result: Figure[] = [];
    let lastEnd = -1;
    for (const d of this.out) {
      if (d.start < lastEnd) continue; // overlapping reads keep the first
      lastEnd = d.end;
      this.context(d);
      // `負 440 萬美元`, `-2%`, `負人民幣 18.4 億元`: a negative amount.
      let b = this.skipSpacesBack(d.start);
      const prefix = isMoney(d.unit) ? endsWithAny(s, b, CURRENCY_WORDS) : null;
      if (prefix) b = this.skipSpacesBack(b - prefix.length);
      if (isMoney(d.unit) && d.value > 0 && this.lossBefore(b)) d.value = -d.value;
      const sign = s[b - 1];
      if (!d.label && (sign === '負' || sign === '负' || ((sign === '-' || sign === '－' || sign === '−') && !/[\dA-Za-z０-９]/.test(s[b - 2] ?? ''))) && (isMoney(d.unit) || d.unit === 'percent' || d.unit === 'count' || d.unit === 'pp' || d.unit === 'bp')) {
        d.value = -d.value;
        if (d.low !== undefined && d.high !== undefined) [d.low, d.high] = [-d.high, -d.low];
      }
      const f: Mutable<Figure> = {
        start: d.start,
        end: d.end,
        text: s.slice(d.start, d.end),
        value: d.value,
        unit: d.unit,
        kind: d.label ? 'label' : kindOfUnit(d.unit),
        approx: d.approx,
        direction: d.direction,
        salient: d.salient && !d.label,
      };
      if (d.tag === 'fiscal') f.fiscal = true;
      else if (d.tag && d.tag !== 'range' && d.tag !== 'words') f.note = d.tag;
      if (d.numerals) f.spelled = true;
      if (d.low !== undefined) {
        f.low = d.low;
        f.high = d.high;
      }
      if (d.scale) f.scale = d.scale;
      if (d.label) f.label = true;
      if (d.implied) f.impliedCurrency = true;
      result.push(f);
    }
    return result;
  }
}

const DURATION_WORDS: readonly (readonly [string, FigureUnit, number])[] = [
  ['個多月', 'duration', 1], ['季度', 'duration', 3], ['季', 'duration', 3], ['個月', 'duration', 1], ['个月', 'duration', 1], ['個季度', 'duration', 3], ['个季度', 'duration', 3], ['個季', 'duration', 3], ['个季', 'duration', 3],
  ['天', 'duration-day', 1], ['週', 'duration-day', 7], ['周', 'duration-day', 7], ['星期', 'duration-day', 7], ['個星期', 'duration-day', 7], ['个星期', 'duration-day', 7],
  ['小時', 'duration-hour', 1], ['小时', 'duration-hour', 1], ['個小時', 'duration-hour', 1], ['个小时', 'duration-hour', 1], ['分鐘', 'duration-hour', 1 / 60], ['分钟', 'duration-hour', 1 / 60],
];


function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}

/** The figures of a Chinese paragraph, in text order. */
export function extractChineseFigures(text: string): Figure[] {
  const scanner = new Scanner(text);
  scanner.scan();
  return scanner.figures();
}
