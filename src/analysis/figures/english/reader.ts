// Reads the figures of a paragraph token by token. At a currency sign: money; at a word: see
// `WordFigureReader`; at a number: clock times, years (`'22`, `2024`, `fiscal 2024`), dates (`29
// August`), names (`Fortune 500`, `COVID-19`), ages, quantities with their unit, ranges and counts,
// and digits glued to letters (`2nd`, `1Q24`, `3D`, `5pm`).
import { fullYear } from '../draft';
import { isCurrency, round } from '../types';
import { measuredSalience } from './numbers';
import { T, type Tok } from './tokens';
import { LETTER_SIGNS } from '../lexicon';
import { AGE_BEFORE, AGE_DECADE_BEFORE, CURRENCY_CODES, CURRENCY_SIGNS, DAY_FOLLOWERS, DURATIONS, GLUED_DURATIONS, GLUED_SCALES_ALONE, LABEL_WORDS, MONTHS, NOT_NAME, ORDINALS, SCALES, TENS, UNITS, WEEKDAYS } from './words';
import { WordFigureReader } from './wordFigures';

/** Measures written glued to their number, in lower case (`137m`, `85mph`); digits before other letters make a name. */
const GLUED_MEASURES = new Set(['m', 'km', 'cm', 'mm', 'ft', 'mi', 'mph', 'kph', 'kmh', 'kg', 'lb', 'lbs', 'oz', 'ml', 'kw', 'kwh', 'mw', 'gw', 'gwh', 'mwh', 'ha', 'sqft', 'sqm', 'mg', 'gb', 'tb', 'pb', 'ms']);

/** Words after four digits that make them a time of the 24-hour clock (`0500 hours`, `0200GMT`), glued or not. */
const MILITARY_CLOCK_WORDS = new Set(['hours', 'hrs', 'gmt', 'utc', 'bst', 'cet']);
const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'until', 'till', 'from', 'since', 'before', 'after', 'around']);

/** Reads every figure of the paragraph into `out` and `spans`. */
/** `4K`, `8K`: a display resolution, not thousands (an upper-case K after a small number). */
function resolution(text: string, t: Tok): boolean {
  return text[t.numEnd] === 'K' && t.value < 20;
}

export class FigureReader extends WordFigureReader {
  /** Reads the paragraph once, token by token. */
  read(): void {
    const toks = this.toks;
    let i = 0;
    while (i < toks.length) {
      const next = this.at(i);
      i = next > i ? next : i + 1;
    }
  }

  /** Reads what figure starts at token i, pushes it, and returns the index after it (or i when none). */
  at(i: number): number {
    const t = this.toks[i];
    if (t.t === T.Sym) {
      if (CURRENCY_SIGNS.get(t.lower)) return this.moneyAt(i);
      return i;
    }
    // `R12.3 billion`: the tokenizer splits a letter sign off only before a scaled amount.
    // (The sign is looked up last: most capitalised words have no number glued after them.)
    if (t.t === T.Word && t.cap && this.toks[i + 1]?.t === T.Num && this.tight(i + 1) && LETTER_SIGNS.has(t.lower.toUpperCase())) return this.moneyAt(i);
    if (t.t === T.Word) return this.wordAt(i);
    return this.numberAt(i);
  }

  /** A figure that starts with a number at token i; returns the index after it. */
  numberAt(i: number): number {
    const t = this.toks[i];
    const suffix = t.lower;
    if (suffix === '#time') return this.timeAt(i);
    // Codes and versions (`1.1.1.1`, `1-800-555-0100`, `1,1`): no figure at all.
    if (suffix === '#') return i + 1;
    // `'22`, `’24`: a year.
    const apostrophe = this.toks[i - 1];
    if (suffix === '' && t.intDigits === 2 && !t.dot && apostrophe && apostrophe.t === T.Sym && (apostrophe.lower === "'" || apostrophe.lower === '’') && !t.space && (apostrophe.space || i === 1)) {
      this.push({ startToken: i - 1, endToken: i + 1, value: 2000 + t.value, unit: 'year', spelled: false, approx: null, direction: null, salient: true, contextual: false });
      return i + 1;
    }
    // `50-50`, `24/7`: a split or a schedule, no quantity.
    const after = this.toks[i + 2];
    if (suffix === '' && after && after.t === T.Num && !after.space && this.tight(i + 1) && ((this.isHyphen(i + 1) && after.value === t.value) || this.isSym(i + 1, '/'))) {
      // `50-50`, `50/50`: an even split, i.e. 50% each (weak).
      if (t.value === 50 && after.value === 50) this.push({ startToken: i, endToken: i + 3, value: 50, unit: 'percent', spelled: false, approx: null, direction: null, salient: false, contextual: false });
      // `24/7`: round the clock, which a translation may write `24 小時` (weak).
      if (t.value === 24 && after.value === 7 && this.isSym(i + 1, '/')) this.push({ startToken: i, endToken: i + 3, value: 24, unit: 'duration-hour', spelled: false, approx: null, direction: null, salient: false, contextual: false });
      // `5/11/648`, `10/12/21`, `2024/03/16`: a date code, none of its parts a quantity.
      let end = i + 3;
      while (this.isSym(end, '/') && this.tight(end) && this.toks[end + 1]?.t === T.Num && this.tight(end + 1)) end += 2;
      return end;
    }
    const share = suffix === '' ? this.share(i) : null;
    if (share) {
      this.push(share);
      return share.endToken;
    }
    // Digits glued to letters: ordinals, quarters, halves, names.
    // `2b` (a trial phase), `5m` (a distance): a one-letter scale needs a currency sign; `10k` is kept.
    if (suffix !== '' && (SCALES.get(suffix) === undefined || !(GLUED_SCALES_ALONE.has(suffix) && !resolution(this.text, t))) && suffix !== 'x') {
      return this.suffixedNumber(i);
    }
    // `29 August`, `2 May 2024`: day before the month.
    const m = this.toks[i + 1];
    if (suffix === '' && !t.dot && !t.comma && t.value >= 1 && t.value <= 31 && m && m.t === T.Word && m.cap && MONTHS.get(m.lower) !== undefined && m.lower.length > 3) {
      this.push({ startToken: i, endToken: i + 2, value: MONTHS.get(m.lower)! * 100 + t.value, unit: 'date', spelled: false, approx: null, direction: null, salient: true, contextual: false });
      return i + 2;
    }
    // Part of a name: `Fortune 500`, `Area 1`, `COVID-19`, `R 2`.
    if (this.isName(i)) {
      this.push({ startToken: i, endToken: i + 1, value: t.value, unit: 'count', spelled: false, approx: null, direction: null, salient: false, contextual: false, label: true });
      return i + 1;
    }
    // `Q1 2025 days`: a year after a quarter or half, whatever follows it.
    const period = this.toks[i - 1];
    if (suffix === '' && !t.comma && !t.dot && t.intDigits === 4 && t.value >= 1900 && t.value <= 2099 && period?.t === T.Word && /^[qh][1-4]$/.test(period.lower)) {
      this.push({ startToken: i, endToken: i + 1, value: t.value, unit: 'year', spelled: false, approx: null, direction: null, salient: true, contextual: false });
      return i + 1;
    }
    // Ages: `aged 52`, `at age 60`, `52-year-old`, `52 years old`.
    const age = this.ageAt(i);
    if (age > i) return age;
    const military = this.militaryClock(i);
    if (military > i) return military;
    // Clock times without minutes: `5 p.m.`, `9 am`.
    const time = suffix === '' && !t.dot && !t.comma && t.value >= 1 && t.value <= 12 ? this.meridiem(i + 1) : null;
    if (time !== null) return this.pushTime(i, t.value, 0, time);
    const dotted = suffix === '' ? this.dottedClock(i) : null;
    const dottedMeridiem = dotted ? this.meridiem(i + 1) : null;
    if (dotted && dottedMeridiem) return this.pushTime(i, dotted.hours, dotted.minutes, dottedMeridiem);
    // Decades and other digits followed by an apostrophe-s stay out.
    const d = this.measured(i);
    if (d) {
      const between = this.isWord(i - 1, 'between');
      const full = d.unit === 'duration' || d.unit === 'duration-day' || d.unit === 'duration-hour' || isCurrency(d.unit) || d.unit === 'percent' || d.unit === 'pp' || d.unit === 'bp' || d.unit === 'multiple'
        ? this.range(d, between, (j) => this.measured(j))
        : d;
      full.salient = measuredSalience(full, this.quantity(i)!.value) && !this.roundTheClock(full);
      this.push(full);
      return full.endToken;
    }
    const q = this.quantity(i)!;
    // `75 to 77%`, `75-77%`, `$81-85 million` handled where the unit comes second.
    const between = this.isWord(i - 1, 'between');
    const w = this.lower(q.endToken);
    if ((w === 'to' || (between && w === 'and') || this.isHyphen(q.endToken)) && q.scale === undefined) {
      // `between 3.15 to $3.25 billion`, `4.1 to $4.3 billion`: the currency and scale written on the high end only.
      const money = q.digits && q.suffix === '' && !this.changeBefore(i) ? this.signedMoney(q.endToken + 1) : null;
      const moneyLow = money ? round(q.value * (money.scale ? SCALES.get(money.scale.toLowerCase()) ?? 1 : 1)) : NaN;
      if (money && moneyLow <= money.value && money.value <= moneyLow * 10) {
        this.push({ ...money, startToken: i, value: round((moneyLow + money.value) / 2), low: moneyLow, high: money.value });
        return money.endToken;
      }
      const other = this.measured(q.endToken + 1);
      const factor = other?.unit.startsWith('duration') ? other.value / (this.quantity(q.endToken + 1)?.value || 1) : 1;
      const low = round(q.value * factor);
      // `10-15 minutes`: the ends compare in the second's unit.
      if (other && !other.spelled && other.value >= low && (other.unit === 'percent' || other.unit === 'pp' || other.unit === 'bp' || other.unit.startsWith('duration'))) {
        this.push({ startToken: i, endToken: other.endToken, value: round((low + other.value) / 2), low, high: other.value, unit: other.unit, spelled: false, approx: null, direction: null, salient: true, contextual: true });
        return other.endToken;
      }
    }
    // `1981-87`, `the 1950-53 war`: two years, the second written with its last two digits.
    const shortYear = this.toks[q.endToken + 1];
    if (q.plainInt && t.intDigits === 4 && q.value >= 1900 && q.value <= 2099 && this.isHyphen(q.endToken) && this.tight(q.endToken) && this.tight(q.endToken + 1) && shortYear?.t === T.Num && shortYear.intDigits === 2 && shortYear.lower === '' && !shortYear.dot && shortYear.value > q.value % 100) {
      const year = (d: number, s: number, e: number) => this.push({ startToken: s, endToken: e, value: d, unit: 'year', spelled: false, approx: null, direction: null, salient: true, contextual: false });
      year(q.value, i, i + 1);
      year(q.value - (q.value % 100) + shortYear.value, q.endToken + 1, q.endToken + 2);
      return q.endToken + 2;
    }
    // `3,500-3,600 seats`, `10-15 customers`: a range of counts (not `2010-2017`, two years).
    if (this.isHyphen(q.endToken) && this.tight(q.endToken) && this.tight(q.endToken + 1) && q.scale === undefined && q.suffix === '') {
      const q2 = this.quantity(q.endToken + 1);
      const yearLike = (v: number, tok: Tok) => tok.intDigits === 4 && !tok.comma && !tok.dot && v >= 1900 && v <= 2099;
      if (q2 && q2.digits && q2.suffix === '' && q2.value > q.value && !(yearLike(q.value, t) && yearLike(q2.value, this.toks[q.endToken + 1]))) {
        const high = q2.value;
        const low = q2.scale && q.value < high ? round(q.value * (SCALES.get(q2.scale.toLowerCase()) ?? 1)) : q.value;
        if (low <= high) {
          this.push({ startToken: i, endToken: q2.endToken, value: round((low + high) / 2), low, high, unit: 'count', scale: q2.scale, spelled: false, approx: null, direction: null, salient: high >= 10 || !!q2.scale, contextual: true });
          return q2.endToken;
        }
      }
    }
    // A year: 1900–2099 in four plain digits.
    if (q.plainInt && t.intDigits === 4 && q.value >= 1900 && q.value <= 2099 && !q.scale && !this.isSym(i - 1, '$')) {
      const fiscal = this.isWord(i - 1, 'fiscal') || (this.isWord(i - 1, 'year') && this.isWord(i - 2, 'fiscal')) || this.isWord(i - 1, 'fy');
      const s = this.isWord(i - 1, 'fy') ? i - 1 : i;
      this.push({ startToken: s, endToken: i + 1, value: q.value, unit: 'year', fiscal: fiscal || undefined, spelled: false, approx: null, direction: null, salient: true, contextual: false });
      return this.yearRunInto(i, q.value, fiscal);
    }
    // A plain count.
    this.push({ startToken: i, endToken: q.endToken, value: q.value, unit: 'count', scale: q.scale, spelled: false, approx: null, direction: null, salient: q.value >= 10 || q.value < 0 || !!q.scale, contextual: true });
    return q.endToken;
  }

  /** `5:00 p.m.`, `9:30am`, `17:00`: a clock time, 24-hour. */
  timeAt(i: number): number {
    const t = this.toks[i];
    const hours = Math.floor(t.value / 100);
    const minutes = t.value % 100;
    if (hours > 24 || minutes > 59) return i + 1;
    // `from 0:00 to 24 on July 25`: the whole day, weak, as Chinese `0時至24時` reads.
    const end = this.toks[i + 2];
    if (t.value === 0 && (this.lower(i + 1) === 'to' || this.isHyphen(i + 1)) && end?.t === T.Num && (end.value === 24 || end.value === 2400) && (end.lower === '' || end.lower === '#time')) {
      this.push({ startToken: i, endToken: i + 3, value: 1200, low: 0, high: 2400, unit: 'time', spelled: false, approx: null, direction: null, salient: false, contextual: false });
      return i + 3;
    }
    return this.pushTime(i, hours, minutes, this.meridiem(i + 1) ?? { pm: null, endToken: i + 1 });
  }

  /** `5.30` in `5.30pm`, `11.15 a.m.`: an hour of 1–12 and two digits of minutes after a dot; null otherwise. */
  dottedClock(i: number): { hours: number; minutes: number } | null {
    const t = this.toks[i];
    if (!t.dot || t.comma || t.numEnd - t.start !== t.intDigits + 3) return null;
    const hours = Math.floor(t.value);
    const minutes = Math.round((t.value - hours) * 100);
    return hours >= 1 && hours <= 12 && minutes < 60 ? { hours, minutes } : null;
  }

  /** `pm`, `a.m.`, `p.m` at token j: whether after noon, and the token after it; null when none. */
  meridiem(j: number): { pm: boolean | null; endToken: number } | null {
    const w = this.lower(j);
    if (w === 'pm' || w === 'am') return { pm: w === 'pm', endToken: j + 1 };
    if ((w === 'p' || w === 'a') && this.isSym(j + 1, '.') && this.lower(j + 2) === 'm') {
      const e = this.isSym(j + 3, '.') && this.tight(j + 3) ? j + 4 : j + 3;
      return { pm: w === 'p', endToken: e };
    }
    return null;
  }

  /** A clock time from token i to the end of its meridiem, on a 24-hour clock. */
  pushTime(i: number, hours: number, minutes: number, meridiem: { pm: boolean | null; endToken: number }): number {
    if (meridiem.pm === true && hours < 12) hours += 12;
    if (meridiem.pm === false && hours === 12) hours = 0;
    this.push({ startToken: i, endToken: meridiem.endToken, value: hours * 100 + minutes, unit: 'time', spelled: false, approx: null, direction: null, salient: true, contextual: false });
    return meridiem.endToken;
  }

  /** The 24-hour clock at token i: `0500 hours`, `1930 GMT`, `0200GMT`; the index after it, or i. */
  militaryClock(i: number): number {
    const t = this.toks[i];
    if (t.intDigits !== 4 || t.dot || t.comma || t.value % 100 >= 60 || t.value > 2400) return i;
    const word = t.lower || this.lower(i + 1);
    const glued = t.lower !== '';
    if (!MILITARY_CLOCK_WORDS.has(word)) return i;
    // `2000 hours` of running is a length; `0500 hours`, `at 1930 hours` are times.
    if ((word === 'hours' || word === 'hrs') && this.text[t.start] !== '0' && !CLOCK_PREPOSITIONS.has(this.lower(i - 1))) return i;
    return this.pushTime(i, Math.floor(t.value / 100), t.value % 100, { pm: null, endToken: glued ? i + 1 : i + 2 });
  }

  /** An age at token i (a number): `aged 52`, `at age 60`, `52-year-old`, `52 years old`; the index after it, or i. */
  ageAt(i: number): number {
    const t = this.toks[i];
    if (t.lower !== '' || t.dot || t.comma || t.value > 130) return i;
    let e = -1;
    if (AGE_BEFORE.has(this.lower(i - 1)) || (this.lower(i - 1) === 'of' && this.lower(i - 2) === 'age')) e = i + 1;
    else {
      // `52-year-old`, `52 years old`, `52-years-old`.
      let j = i + 1;
      if (this.isHyphen(j) && this.tight(j)) j++;
      const w = this.lower(j);
      if (w === 'year' || w === 'years') {
        j++;
        if (this.isHyphen(j) && this.tight(j)) j++;
        if (this.lower(j) === 'old' || this.lower(j) === 'olds') e = j + 1;
      }
    }
    if (e < 0) return i;
    // `aged one to 14 years old`, `13 to 15 years old`: the low end was read before as a number of its own.
    const lowEnd = this.out[this.out.length - 1];
    // `18- to 29-year-olds`: the low end keeps a hyphen of its own.
    const lowEndTo = lowEnd && this.isHyphen(lowEnd.endToken) && lowEnd.endToken + 1 === i - 1 ? i - 2 : i - 1;
    if ((this.lower(i - 1) === 'to' || this.isHyphen(i - 1)) && lowEnd && lowEnd.endToken === lowEndTo && lowEnd.unit === 'count' && lowEnd.low === undefined && lowEnd.value >= 0 && lowEnd.value < t.value) {
      this.out.pop();
      this.push({ startToken: lowEnd.startToken, endToken: e, value: (lowEnd.value + t.value) / 2, low: lowEnd.value, high: t.value, unit: 'age', spelled: false, approx: null, direction: null, salient: true, contextual: true });
      return e;
    }
    // `aged 18 to 34`, `aged 16-19`: a range of ages.
    const sep = this.lower(e);
    const other = (sep === 'to' || sep === 'and' || this.isHyphen(e)) ? this.toks[e + 1] : undefined;
    if (other && other.t === T.Num && other.lower === '' && !other.dot && !other.comma && other.value > t.value && other.value <= 130) {
      this.push({ startToken: i, endToken: e + 2, value: (t.value + other.value) / 2, low: t.value, high: other.value, unit: 'age', spelled: false, approx: null, direction: null, salient: true, contextual: true });
      return e + 2;
    }
    this.push({ startToken: i, endToken: e, value: t.value, unit: 'age', spelled: false, approx: null, direction: null, salient: true, contextual: true });
    return e;
  }

  /** `2nd`, `1Q`, `1Q24`, `2H`, `3D`, `5G`, `10x`. */
  suffixedNumber(i: number): number {
    const t = this.toks[i];
    const suffix = t.lower;
    const v = t.value;
    const military = this.militaryClock(i);
    if (military > i) return military;
    if ((suffix === 'pm' || suffix === 'am') && !t.dot && v >= 1 && v <= 12) return this.pushTime(i, v, 0, { pm: suffix === 'pm', endToken: i + 1 });
    // `5.30pm`: the British clock, hours and minutes split by a dot.
    const dotted = suffix === 'pm' || suffix === 'am' ? this.dottedClock(i) : null;
    if (dotted) return this.pushTime(i, dotted.hours, dotted.minutes, { pm: suffix === 'pm', endToken: i + 1 });
    // `6hrs`, `30mins`, `2yrs`: a duration written glued.
    const glued = GLUED_DURATIONS.get(suffix);
    if (glued) {
      this.push({ startToken: i, endToken: i + 1, value: round(v * glued[1]), unit: glued[0], spelled: false, approx: null, direction: null, salient: v !== 1, contextual: true });
      return i + 1;
    }
    // `the 1980s`, `the '90s`: a decade, weak like `八十年代`.
    if (suffix === 's' && !t.dot && !t.comma && t.intDigits === 4 && v >= 1800 && v <= 2090 && v % 10 === 0) {
      this.push({ startToken: i, endToken: i + 1, value: v, unit: 'year', note: 'vague', spelled: false, approx: null, direction: null, salient: false, contextual: false });
      return i + 1;
    }
    // `in their 30s`, `in his early 50s`: an age, at least that decade.
    // `in their 20s and 30s`: the second decade of a list too.
    const listed = (this.lower(i - 1) === 'and' || this.lower(i - 1) === 'or') && this.toks[i - 2]?.lower === 's' && AGE_DECADE_BEFORE.has(this.lower(i - 3));
    if (suffix === 's' && !t.dot && v >= 10 && v <= 90 && v % 10 === 0 && (AGE_DECADE_BEFORE.has(this.lower(i - 1)) || listed)) {
      this.push({ startToken: i, endToken: i + 1, value: v, unit: 'age', spelled: false, approx: 'over', direction: null, salient: true, contextual: false });
      return i + 1;
    }
    if (/^(?:st|nd|rd|th)$/.test(suffix) && !t.dot) {
      const w = this.lower(i + 1);
      // `on the 24th`, `the 24th of May`: a day of the month.
      if (this.lower(i - 1) === 'the' && v >= 1 && v <= 31 && !t.comma && (this.toks[i + 1]?.t !== T.Word || DAY_FOLLOWERS.has(w))) {
        const month = w === 'of' ? MONTHS.get(this.lower(i + 2)) : undefined;
        this.push({ startToken: i, endToken: month ? i + 3 : i + 1, value: (month ?? 0) * 100 + v, unit: 'date', spelled: false, approx: null, direction: null, salient: true, contextual: false });
        return month ? i + 3 : i + 1;
      }
      // `30th September`, `the 2nd of May` is read above: a day before its month.
      const monthAfter = this.toks[i + 1]?.cap ? MONTHS.get(w) : undefined;
      if (monthAfter !== undefined && w.length > 3 && v >= 1 && v <= 31 && !t.comma) {
        this.push({ startToken: i, endToken: i + 2, value: monthAfter * 100 + v, unit: 'date', spelled: false, approx: null, direction: null, salient: true, contextual: false });
        return i + 2;
      }
      if (w === 'quarter' && v >= 1 && v <= 4) {
        this.push({ startToken: i, endToken: i + 2, value: v, unit: 'quarter', spelled: false, approx: null, direction: null, salient: true, contextual: false });
        return i + 2;
      }
      if (w === 'half' && v >= 1 && v <= 2) {
        this.push({ startToken: i, endToken: i + 2, value: v, unit: 'half', spelled: false, approx: null, direction: null, salient: true, contextual: false });
        return i + 2;
      }
      // `the 16th century`: its hundred years, weak like `16 世紀` and `the 1500s`.
      let centuryAt = this.isHyphen(i + 1) && this.tight(i + 1) && this.lower(i + 2) === 'century' ? i + 2 : i + 1;
      // `the 12th to the 13th century`, `12th and 13th centuries`: the first of two centuries.
      const second = this.isWord(i + 2, 'the') ? i + 3 : i + 2;
      const ends = (this.lower(i + 1) === 'to' || this.lower(i + 1) === 'and') && /^(?:st|nd|rd|th)$/.test(this.toks[second]?.lower ?? '') && this.toks[second]?.t === T.Num;
      if (ends && (this.lower(second + 1) === 'century' || this.lower(second + 1) === 'centuries')) centuryAt = second + 1;
      if ((this.lower(centuryAt) === 'century' || this.lower(centuryAt) === 'centuries') && v >= 1 && v <= 21 && !t.dot && !t.comma) {
        const end = ends ? i + 1 : centuryAt + 1;
        this.push({ startToken: i, endToken: end, value: (v - 1) * 100, unit: 'year', note: 'vague', spelled: false, approx: null, direction: null, salient: false, contextual: false });
        return end;
      }
      // `May 30th` is read with the month. A rank in a name (`the 23rd Shanghai Film Festival`, `1st Class`) is weak, like `第二十三屆`.
      const inName = this.toks[i + 1]?.t === T.Word && this.toks[i + 1].cap;
      this.push({ startToken: i, endToken: i + 1, value: v, unit: 'ordinal', spelled: false, approx: null, direction: null, salient: !inName, contextual: false });
      return i + 1;
    }
    const m = /^([qh])(\d{2}|\d{4})?$/.exec(suffix);
    if (m && !t.dot && !t.comma) {
      const isQ = m[1] === 'q';
      if ((isQ && v >= 1 && v <= 4) || (!isQ && v >= 1 && v <= 2)) {
        const numEnd = t.numEnd + 1;
        this.pushSpan(t.start, numEnd, v, isQ ? 'quarter' : 'half', true);
        if (m[2]) this.pushSpan(numEnd, t.end, fullYear(m[2]), 'year', true);
        return i + 1;
      }
    }
    // A measure glued on (`449ft`, `137m`, `85mph`, `30km`): a weak count, as Chinese writes `137 米` or `13PB`.
    if (GLUED_MEASURES.has(suffix) && t.intDigits > 1) {
      this.push({ startToken: i, endToken: i + 1, value: v, unit: 'count', spelled: false, approx: null, direction: null, salient: false, contextual: true });
      return i + 1;
    }
    // Anything else glued to letters is a name: `3D`, `5G`, `4K`, `2FA`.
    this.push({ startToken: i, endToken: i + 1, value: v, unit: 'count', spelled: false, approx: null, direction: null, salient: false, contextual: false, label: true });
    return i + 1;
  }

  /** Digits at token i belong to a name. */
  isName(i: number): boolean {
    const t = this.toks[i];
    const p = this.toks[i - 1];
    if (!p) return false;
    // `COVID-19`, `Web-3`: a capitalised word glued by a hyphen.
    const w2 = this.toks[i - 2];
    if (this.isHyphen(i - 1) && !t.space && !p.space && w2 && w2.t === T.Word && w2.cap && MONTHS.get(w2.lower) === undefined && !t.dot) {
      // `H-100`, `A-1`: one or two capitals are a model name even where the letter could be a period (`H`, `Q`).
      const caps = this.text.slice(w2.start, w2.end);
      if (!NOT_NAME.has(w2.lower) || (caps.length <= 2 && caps === caps.toUpperCase())) return true;
    }
    if (p.t !== T.Word || !p.cap) return false;
    if (LABEL_WORDS.has(p.lower) && !t.dot && !t.comma) return true;
    if (NOT_NAME.has(p.lower) || MONTHS.get(p.lower) !== undefined || WEEKDAYS.get(p.lower) !== undefined || CURRENCY_CODES.get(p.lower) !== undefined) return false;
    if (UNITS.get(p.lower) !== undefined || TENS.get(p.lower) !== undefined || ORDINALS.get(p.lower) !== undefined) return false;
    // A capitalised word in mid-sentence (not after a sentence end) followed by a small integer.
    const pp = this.toks[i - 2];
    const sentenceStart = !pp || (pp.t === T.Sym && /^[.!?:;"“(\u2022]$/.test(pp.lower));
    if (sentenceStart) return false;
    // `AI 11 times`, `GPT 4 models`: a unit or a plural noun after the digits makes them a quantity.
    const nx = this.toks[i + 1];
    if (nx && nx.t === T.Word && (SCALES.get(nx.lower) !== undefined && nx.lower.length > 2)) return false;
    if (nx && nx.t === T.Word && !nx.cap && (nx.lower.endsWith('s') || DURATIONS.get(nx.lower) !== undefined || nx.lower === 'percent' || nx.lower === 'times')) return false;
    return !t.dot && !t.comma && t.value < 100 && !this.isSym(i + 1, '%');
  }
}
