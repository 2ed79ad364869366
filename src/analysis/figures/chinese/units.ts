// What a quantity makes with what follows it: a percent, points, money (`3.085億美元`, bare `元`,
// per share), an age, a clock time, a year, a date, a length of time, a multiple or a count; and a
// range when a second figure follows (`75% 至 77%`, `3500-3600萬美元`).
import { CHINESE_CURRENCIES } from '../lexicon';
import { isMoney, type FigureUnit } from '../types';
import { endsWithAny, startsWithAny } from './lookup';
import { tidy, QuantityScanner, type ChineseDraft, type Quantity } from './quantities';
import { AFTERNOON_WORDS, APPROX_BEFORE_WORDS, DAY_PERIOD_WORDS, DOWN_WORDS, ERA_WORDS, MIDNIGHT_WORDS, NIGHT_WORDS, THIS_MONTH_BEFORE, TIME_APPROX_WORDS, DURATION_WORDS, FROM_WORDS, MEASURES, NAME_BEFORE, NOT_HOUR_AFTER, NOT_YUAN_AFTER, NUMBERED_NAME_AFTER, UP_WORDS } from './words';

/** Reads what each quantity measures. */
/** Characters after a month and day with no 日 that list another day or date after it. */
const LISTED_DAY_AFTER = new Set('和、及與与至到'.split(''));

/** A four-digit year and a range word before a two-digit year: `1950 至 `, `1950年-`. */
const SHORT_YEAR_RANGE = /(\d{4})\s?年?\s?[至到\-–]\s?$/;

export class UnitScanner extends QuantityScanner {
  /** Reads what follows a quantity (unit, currency, `分之`, range) and pushes the figure. */
  measured(q: Quantity): number {
    const d = this.unitAfter(q);
    if (!d) return q.end;
    // A range: `75% 至 77%`, `3,500 萬美元到 3,600 萬美元`, `3500-3600萬美元`, `10%至 12%`.
    const full = this.range(d);
    this.push(full);
    return full.end;
  }

  /** The figure a quantity makes with what follows it. */
  unitAfter(q: Quantity): ChineseDraft | null {
    const s = this.s;
    let over = false;
    const base = (unit: FigureUnit, end: number, value = q.value, extra: Partial<ChineseDraft> = {}): ChineseDraft => ({
      start: q.start,
      end,
      value: tidy(value),
      unit,
      scale: q.scale,
      approx: over ? 'over' : q.approx,
      direction: null,
      salient: true,
      spelled: q.numerals,
      contextual: true,
      ...extra,
    });
    // Fractions and percents in words: `四分之一`, `百分之三十二`, `三分之二`.
    // `5 分之 1`: digits spaced out too.
    const fractionBar = q.numerals ? q.end : this.skipSpaces(q.end);
    if (s.startsWith('分之', fractionBar)) {
      // `百分之 40`: digits after a space too.
      const m = this.arabic(this.skipSpaces(fractionBar + 2)) ?? this.numerals(fractionBar + 2);
      if (!m || q.value === 0) return null;
      // `百分之十幾`: some percentage in the teens, weak (the English says `low-teens percent`).
      const teens = q.value === 100 && q.numerals && m.value === 10 && (s[m.end] === '幾' || s[m.end] === '几');
      if (teens) return base('percent', m.end + 1, 15, { low: 11, high: 19, salient: false, note: 'vague' });
      if (q.value === 100 && q.numerals) return base('percent', m.end, m.value);
      return base('fraction', m.end, m.value / q.value);
    }
    let j = this.skipSpaces(q.end);
    // `十幾家`, `二十幾個`: some number in the next ten, weak (the English says `a dozen`, `more than 20`).
    const tens = q.numerals && q.value >= 10 && q.value % 10 === 0 && q.value < 1000;
    if (tens && (s[q.end] === '幾' || s[q.end] === '几') && q.end === j) {
      const step = q.value >= 100 ? q.value / 10 : 1;
      const low = q.value + step;
      const high = q.value + 9 * step;
      return base('count', q.end + 1, (low + high) / 2, { low, high, approx: 'over', salient: false, note: 'vague', contextual: false });
    }
    // `十多年`, `150 多個`, `十餘家`: more than.
    if ((s[j] === '多' || s[j] === '餘' || s[j] === '余') && (MEASURES.has(s[j + 1] ?? '') || s.startsWith('個月', j + 1) || s.startsWith('个月', j + 1))) {
      over = true;
      j++;
    }
    const ch = s[j] ?? '';
    // `0200 GMT`: the 24-hour clock before a zone kept in Latin letters.
    if (q.plainDigits === 4 && /^(?:GMT|UTC|BST|CET)/.test(s.slice(j, j + 3)) && q.value % 100 < 60 && q.value <= 2400) return base('time', j + 3, q.value, { contextual: false });
    if (ch === '%' || ch === '％') return j === q.end || j === q.end + 1 ? base('percent', j + 1) : null;
    if (s.startsWith('個百分點', j) || s.startsWith('个百分点', j)) return base('pp', j + 4);
    if (s.startsWith('百分點', j) || s.startsWith('百分点', j)) return base('pp', j + 3);
    if (s.startsWith('個基點', j) || s.startsWith('个基点', j)) return base('bp', j + 3);
    if (s.startsWith('基點', j) || s.startsWith('基点', j)) return base('bp', j + 2);
    // `三成`, `6成` = 30%, 60%.
    if (ch === '成' && (q.numerals || (q.plainDigits === 1 && j === q.end)) && q.value >= 1 && q.value <= 9 && !/[長长功本為为立熟員员交果就績绩效份分]/.test(s[j + 1] ?? '')) return base('percent', j + 1, q.value * 10);
    // Money: `3.085億美元`, `10 萬美元`, `0.16 美元`.
    const cur = startsWithAny(s, j, CHINESE_CURRENCIES);
    // Bare `元` takes the currency named before it in the paragraph; with none, any currency agrees.
    const yuan = !cur && ch === '元' && !NOT_YUAN_AFTER.test(s[j + 1] ?? '');
    // `78 億元人民幣`, `3 億元港幣`: the currency named after `元`.
    const after = yuan ? startsWithAny(s, j + 1, CHINESE_CURRENCIES) : null;
    if (cur || yuan) {
      const named = cur ? cur[1] : after ? after[1] : this.currencyBefore(q.start);
      let end = j + (cur ? cur[0].length : 1 + (after ? after[0].length : 0));
      let unit: FigureUnit = named ?? 'CNY';
      // Per share: `每股…0.16 美元`, `0.16 美元/股`.
      if (s[end] === '/' && s[end + 1] === '股') end += 2;
      if (s[end - 1] === '股' || this.perShareBefore(q.start)) unit = `${unit}/share` as FigureUnit;
      return base(unit, end, q.value, named ? {} : { impliedCurrency: true });
    }
    // Ages: `52 歲`, `三十多歲`.
    if (ch === '歲' || ch === '岁') return base('age', j + 1);
    // Clock times: `8 點 30 分`, `15時50分`, `9點半`, `上午 10 點`.
    if (ch === '點' || ch === '点' || ch === '時' || ch === '时') {
      const time = this.clockTime(q, j);
      if (time) return time;
    }
    // `公元前 472 年`: a year, however few its digits.
    if (ch === '年' && endsWithAny(s, this.skipSpacesBack(q.start), ERA_WORDS)) return base('year', q.end, q.value, { contextual: false });
    // Centuries and their decades, weak like `the 1880s`: `19 世紀` → 1800, `19 世紀 80 年代` → 1880.
    if (ch === '世' && (s[j + 1] === '紀' || s[j + 1] === '纪') && Number.isInteger(q.value) && q.value >= 1 && q.value <= 21) {
      const k = this.skipSpaces(j + 2);
      const decade = this.arabic(k) ?? this.numerals(k);
      const decadeEnd = decade ? this.skipSpaces(decade.end) : -1;
      const inDecade = decade && decade.value % 10 === 0 && decade.value < 100 && s.startsWith('年代', decadeEnd);
      const year = (q.value - 1) * 100 + (inDecade ? decade.value : 0);
      return base('year', inDecade ? decadeEnd + 2 : j + 2, year, { contextual: false, salient: false, note: 'vague' });
    }
    // Generations by decade of birth: `90後` → the 1990s, `00后` → the 2000s.
    // `95後`: born from 1995 on.
    if ((ch === '後' || ch === '后') && j === q.end && q.plainDigits === 2 && (q.value % 10 === 0 || q.value % 10 === 5)) {
      return base('year', j + 1, q.value < 30 ? 2000 + q.value : 1900 + q.value, { contextual: false, salient: false, note: 'vague' });
    }
    // `40 餘載`, `近 90 載`: years, in a written style.
    if (ch === '載' || ch === '载') return base('duration', j + 1, q.value * 12, { salient: q.value !== 1 });
    // Years: 1900–2099 in four digits, and any four digits before `年` (`生於 1869 年`).
    // `2500 年前` is years ago; `2020 年前` stays a year (before 2020).
    const yearsAgo = s.startsWith('年前', j) && (q.value < 1900 || q.value > 2099);
    if ((q.plainDigits === 4 && !yearsAgo && ((q.value >= 1900 && q.value <= 2099) || (q.value >= 1000 && ch === '年' && s[j + 1] !== '期'))) || (q.numerals && q.value >= 1900 && q.value <= 2099 && s[q.end] === '年' && /^[〇零一二三四五六七八九]+$/.test(s.slice(q.start, q.end)))) {
      // A year: `2024 年`, `2024 財年`, `2023 年第二季度`; the text is the digits.
      if (s.startsWith('財年', j) || s.startsWith('财年', j) || s.startsWith('財政年度', j) || s.startsWith('财政年度', j) || s.startsWith('會計年度', j) || s.startsWith('会计年度', j)) {
        return base('year', q.end, q.value, { fiscal: true, contextual: false });
      }
      // `2000-3000 元/年`: the low end of a range of amounts, not the year 2000.
      const rangeTo = (ch === '-' || ch === '至' || ch === '到') ? this.arabic(this.skipSpaces(j + 1)) : null;
      const amountRange = rangeTo !== null && rangeTo.value > q.value && !s.startsWith('年', this.skipSpaces(rangeTo.end)) && (rangeTo.value > 2099 || /^\s?[元萬万億亿美]/.test(s.slice(rangeTo.end, rangeTo.end + 2)));
      if (!amountRange && (ch === '年' || ch === '-' || ch === '至' || ch === '到' || ch === 'Q' || !/[個个家名位人萬万億亿]/.test(ch))) {
        return base('year', q.end, q.value, { contextual: false });
      }
    }
    // A day without its month: `29 日` (month 0 in month*100+day), weak.
    // `12 號線`, `3 號館`: a name with a number, not a day.
    if ((ch === '號' || ch === '号') && NUMBERED_NAME_AFTER.test(s[j + 1] ?? '')) return base('count', j + 1, q.value, { label: true, salient: false, contextual: false });
    // `兩日內`, `前一日`: a small number in numerals before `日` is a length of days, not a day of the month;
    // weak, as it often sums up days the sentence names (`21日、22日兩日`).
    if (ch === '日' && q.numerals && !q.scale && Number.isInteger(q.value) && q.value >= 1 && q.value < 10 && s[this.skipSpacesBack(q.start) - 1] !== '月') {
      return base('duration-day', j + 1, q.value, { salient: false });
    }
    // `本月 6 日`, `當月 8 號`: this month's day, its month left to the reader.
    const monthBefore = s[this.skipSpacesBack(q.start) - 1] === '月' && !THIS_MONTH_BEFORE.test(s[this.skipSpacesBack(q.start) - 2] ?? '');
    if ((ch === '日' || ch === '號' || ch === '号') && !q.scale && Number.isInteger(q.value) && q.value >= 1 && q.value <= 31 && !monthBefore) {
      // `N 號` without a month is as often a number in a name (`北溪 2 號`, `1 號包裹`) as a day: weak.
      return base('date', j + 1, q.value, { contextual: false, salient: ch === '日' });
    }
    // Two-digit fiscal years: `24 財年`.
    if (q.plainDigits === 2 && (s.startsWith('財年', j) || s.startsWith('财年', j))) return base('year', q.end, 2000 + q.value, { fiscal: true, contextual: false });
    // Dates: `8 月 29 日`, `5 月 30 日`; a month alone: `12 月`.
    if (ch === '月' && Number.isInteger(q.value) && q.value >= 1 && q.value <= 12 && !q.scale) {
      const k = this.skipSpaces(j + 1);
      const day = this.arabic(k) ?? (q.numerals ? this.numerals(k) : null);
      if (day && Number.isInteger(day.value) && day.value >= 1 && day.value <= 31) {
        const e = this.skipSpaces(day.end);
        if (s[e] === '日' || s[e] === '號' || s[e] === '号') return base('date', e + 1, q.value * 100 + day.value, { contextual: false, salient: true });
        // `7月17和7月22日`, `7月17、18日`: the first day's 日 left to the second.
        if (LISTED_DAY_AFTER.has(s[e] ?? '') && (this.arabic(this.skipSpaces(e + 1)) ?? this.numerals(this.skipSpaces(e + 1))) !== null) return base('date', day.end, q.value * 100 + day.value, { contextual: false, salient: true });
      }
      const end = s[j + 1] === '份' ? j + 2 : j + 1;
      return base('date', end, q.value * 100, { note: 'month', contextual: false, salient: false });
    }
    // Decades: `八十年代`, `70 年代`, `2000年代` (weak like `the 1980s`).
    if (s.startsWith('年代', j) && Number.isInteger(q.value) && q.value % 10 === 0) {
      const year = q.value < 100 ? 1900 + q.value : q.value;
      return base('year', j + 2, year, { contextual: false, salient: false, note: 'vague' });
    }
    // `75 週年` is an anniversary: years, which the alignment also pairs with a rank (`the 75th`); `14 周歲` an age.
    if ((ch === '週' || ch === '周') && (s[j + 1] === '年')) return base('duration', j + 2, q.value * 12, { contextual: false, salient: q.value !== 1 });
    if ((ch === '週' || ch === '周') && (s[j + 1] === '歲' || s[j + 1] === '岁')) return base('age', j + 2);
    // Durations: `3 年`, `4年半`, `25 個月`, `90 天`, `2 週`, `24 小時`, `5 個季度`.
    // `1950 至 53 年`: the second of two years, written with its last two digits.
    const firstYear = ch === '年' && q.plainDigits === 2 ? SHORT_YEAR_RANGE.exec(s.slice(Math.max(0, q.start - 9), q.start)) : null;
    if (firstYear && Number(firstYear[1]) % 100 < q.value && Number(firstYear[1]) >= 1000) return base('year', q.end, Number(firstYear[1]) - (Number(firstYear[1]) % 100) + q.value, { contextual: false });
    // `二年級`: a school grade, not two years.
    if (ch === '年' && (s.startsWith('年級', j) || s.startsWith('年级', j))) return null;
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
          return base('count', q.end, q.value, { salient: false, note: 'article', contextual: false });
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
      // `增長了一倍`, `提高約 1 倍` double; `一倍多` is more than that.
      let before = this.skipSpacesBack(this.approxStart(q.start));
      if (s[before - 1] === '了') before = this.skipSpacesBack(before - 1);
      const grew = endsWithAny(s, before, UP_WORDS) !== null;
      // `增加兩倍` is read as tripled, as English writes it, and as loosely as doubled: weak, like English `tripled`.
      const value = grew && (q.value === 1 || q.numerals) ? q.value + 1 : q.value;
      // The idiom is weak like English `doubled`; `3 倍` in digits is a figure.
      const weak = grew && q.numerals;
      return base('multiple', j + 1, value, { ...(s[j + 1] === '多' ? { approx: 'over' as const } : {}), ...(weak ? { salient: false } : {}) });
    }
    // Counts: digits, with or without a scale (`2,352`, `10 萬`, `一百九十六`). The measure word stays outside.
    const salient = q.numerals ? q.value >= 10 : q.value >= 10 || !!q.scale;
    // `一`, `兩` before a measure: weak.
    // `911 事件`, `228事件`: an event named by its date, the date of `September 11` (weak, `9/11` reads as none).
    if (this.namesEvent(q) && q.value % 100 >= 1 && q.value % 100 <= 31 && q.value >= 100 && q.value < 1300) return base('date', q.end, q.value, { salient: false, contextual: false });
    if (this.isName(q)) return base('count', q.end, q.value, { label: true, salient: false, contextual: false });
    // `一家`, `一個`: an article rather than a count.
    if (q.numerals && q.value === 1 && s.slice(q.start, q.end) === '一') return base('count', q.end, 1, { salient: false, note: 'article', contextual: false });
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
    return this.namesEvent(q);
  }

  /** Digits right before `事件`/`事變`: the name of an event (`911 事件`), no count. */
  namesEvent(q: Quantity): boolean {
    const after = this.skipSpaces(q.end);
    return !q.numerals && !q.scale && (this.s.startsWith('事件', after) || this.s.startsWith('事變', after) || this.s.startsWith('事变', after));
  }

  /** Widens a figure into a range when `至`/`到`/`-` and a second figure of the same kind follow. */
  range(d: ChineseDraft): ChineseDraft {
    const s = this.s;
    if (d.unit === 'year' || d.unit === 'date' || d.unit === 'quarter' || d.unit === 'ordinal' || d.label) return d;
    let j = this.skipSpaces(d.end);
    const sep = s[j];
    if (sep !== '至' && sep !== '到' && sep !== '-' && sep !== '–' && sep !== '~' && sep !== '～' && sep !== '—' && sep !== '－') return d;
    // `下降 8% 至 71%`, `從 44% 降至 41%`: a change then a level, not a range.
    let before = this.skipSpacesBack(this.approxStart(d.start));
    // `增加了 2,000 萬美元至`; `增加 40.7% 或 2,000 萬美元至 6,890 萬美元`: the change restated, then its level.
    if (s[before - 1] === '了') before = this.skipSpacesBack(before - 1);
    if (s[before - 1] === '或' || s[before - 1] === '即') return d;
    if (endsWithAny(s, before, UP_WORDS) || endsWithAny(s, before, DOWN_WORDS) || endsWithAny(s, before, FROM_WORDS)) return d;
    j = this.skipSpaces(j + 1);
    const q = this.quantity(j);
    if (!q) return d;
    const other = this.unitAfter(q);
    if (!other || other.label) return d;
    // `每股 0.60 美元至 0.61 美元`: the second end is per share too.
    if (d.unit.endsWith('/share') && other.unit === d.unit.slice(0, 3)) other.unit = d.unit;
    // `百分之 30 至 43`: the second end is a percentage too, its `百分之` written once before the first.
    if (d.unit === 'percent' && other.unit === 'count' && !other.scale && (s.startsWith('百分之', d.start))) other.unit = 'percent';
    let low = d.value;
    let unit: FigureUnit = d.unit;
    let scale = d.scale;
    let end = other.end;
    if (other.unit !== d.unit) {
      // `75 至 77%`, `3500-3600萬美元`: the first end is a bare count taking the second's unit and scale;
      // `90 億至 100 億元`: it has its own scale and takes the second's currency.
      if (d.unit !== 'count' || d.end !== (s.slice(d.start, d.end).length + d.start)) return d;
      const duration = other.unit === 'duration' || other.unit === 'duration-day' || other.unit === 'duration-hour';
      // `60 萬到 70 萬年`: both ends scaled alike, the second naming the unit of time.
      if (d.scale && !(other.scale && (isMoney(other.unit) || (duration && other.scale === d.scale)))) return d;
      if (other.unit === 'year' || other.unit === 'date' || other.unit === 'quarter') return d;
      unit = other.unit;
      scale = other.scale;
      const factor = q.raw !== 0 && other.scale && !d.scale ? q.value / q.raw : 1;
      // `2到4週`, `10-15 分鐘`: the first end is in the second's unit of time.
      if (duration && q.value !== 0) low = tidy(d.value * (other.value / q.value));
      else low = tidy(d.value * (isMoney(other.unit) || other.unit === 'count' ? factor : 1));
    } else if (!d.scale && other.scale && d.value < 1e4 && d.spelled === other.spelled && !isMoney(d.unit)) {
      low = tidy(d.value * (q.value / (q.raw || 1)));
    }
    const high = other.value;
    if (!(low <= high)) return d;
    end = other.end;
    // `0時至24時`: the whole day, said of a date rather than a time of its own.
    const wholeDay = unit === 'time' && low === 0 && high === 2400;
    return { ...d, unit, scale, end, value: tidy((low + high) / 2), low, high, note: undefined, salient: !wholeDay && (d.salient || other.salient) };
  }

  /** Where the approximation word before a figure starts (or the figure itself when none). */
  approxStart(start: number): number {
    const s = this.s;
    const b = this.skipSpacesBack(start);
    const w = endsWithAny(s, b, APPROX_BEFORE_WORDS);
    if (w) return b - w.length;
    return start;
  }

  /** The part of the day written before a clock time (`下午`, `當晚約`), or null. */
  dayPeriodBefore(start: number): string | null {
    let before = this.skipSpacesBack(start);
    const approx = endsWithAny(this.s, before, TIME_APPROX_WORDS);
    if (approx) before = this.skipSpacesBack(before - approx.length);
    return endsWithAny(this.s, before, DAY_PERIOD_WORDS);
  }

  /** The hour on a 24-hour clock: `下午 5 點` → 17, `午夜 12 點` → 24. */
  hourOfDay(hours: number, period: string | null): number {
    if (period && AFTERNOON_WORDS.includes(period) && hours < 12) return hours + 12;
    if (period && NIGHT_WORDS.includes(period) && hours === 12) return 24;
    if (period && MIDNIGHT_WORDS.includes(period) && hours === 12) return 24;
    return hours;
  }

  /** `8 點 30 分`, `15時50分`, `9點半`, `上午 10 點`, `24時` after a quantity; null where the hour word means something else. */
  clockTime(q: Quantity, j: number): ChineseDraft | null {
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
    let period = this.dayPeriodBefore(q.start);
    // `下午 4 時至 5 時 30 分`: the second time of a span keeps the first one's part of the day.
    const last = this.out[this.out.length - 1];
    if (!period && last?.unit === 'time' && '至到～~-'.includes(s[before - 1] ?? '') && this.skipSpacesBack(before - 1) === last.end && last.value >= 1200 && q.value < 12) period = '下午';
    const hourAlone = (hourWord === '時' || hourWord === '时') && !NOT_HOUR_AFTER.test(s[j + 1] ?? '');
    if (!explicit && !period && !hourAlone) return null;
    let hours = q.value;
    hours = this.hourOfDay(hours, period);
    return { start: q.start, end, value: hours * 100 + minutes, unit: 'time', approx: null, direction: null, salient: true, spelled: q.numerals, contextual: false };
  }
}
