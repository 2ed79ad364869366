// Figures that start at a word: periods written with letters (`Q2`, `H1`, `FY24`, `fiscal 2024`),
// dates (`August 29`, `in March`), weekdays, ranks (`fourth consecutive`, `act 3`), quarters and
// halves (`second quarter`), fractions (`a quarter of`, `two-thirds`), multiples (`doubled`,
// `fivefold`) and numbers in words (`twenty-five customers`, `a couple of`).
import { fullYear } from '../draft';
import { round, type FigureUnit } from '../types';
import { measuredSalience, NumberReader } from './numbers';
import { T } from './tokens';
import { ANNIVERSARY_WORDS, CLOCK_WORDS, CURRENCY_CODES, DOLLAR_PREFIX, DURATIONS, FOLD_WORDS, FRACTION_FOLLOWERS, MONTHS, ORDINAL_NOUNS, ORDINALS, PRONOUN_ONE_BEFORE, TENS, TRIGGERS, UNITS, VERB_MULTIPLES, WEEKDAYS } from './words';

/** `tens of …`, `hundreds of …`: the least the words say. */
const ROUGH_MULTIPLES = new Map([['tens', 10], ['hundreds', 100], ['thousands', 1000]]);
const ROUGH_SCALES = new Map([['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12]]);

/** A Roman numeral in capitals, up to 399: `II`, `XV`, `CXL`. */
const ROMAN = /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** The value of a Roman numeral (lower case): a digit before a larger one subtracts. */
function romanValue(numeral: string): number {
  let value = 0;
  for (let k = 0; k < numeral.length; k++) {
    const digit = ROMAN_DIGITS[numeral[k]];
    value += k + 1 < numeral.length && ROMAN_DIGITS[numeral[k + 1]] > digit ? -digit : digit;
  }
  return value;
}

/** Reads the figures that start at a word. */
export class WordFigureReader extends NumberReader {
  /** A figure that starts with the word at token i; returns the index after it, or i when none. */
  wordAt(i: number): number {
    const t = this.toks[i];
    const w = t.lower;
    // `the starting XV`, `Henry VIII`: a Roman numeral, weak (a translation writes `15 人`, `八世`, or nothing).
    if (t.cap && w.length >= 2 && ROMAN.test(this.text.slice(t.start, t.end))) {
      this.push({ startToken: i, endToken: i + 1, value: romanValue(w), unit: 'count', spelled: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 1;
    }
    // Most words start no figure: one Set lookup lets them pass.
    if (!t.dot && !TRIGGERS.has(w)) return i;
    // `US$5`: the sign comes next.
    if (DOLLAR_PREFIX.get(w) && this.isSym(i + 1, '$') && this.tight(i + 1)) return this.moneyAt(i + 1);
    if (CURRENCY_CODES.get(w) && t.cap && (this.toks[i + 1]?.t === T.Num || (this.isSym(i + 1, '.') && this.toks[i + 2]?.t === T.Num))) return this.moneyAt(i);
    // `act 3`, `Generation 12`, `No. 1`, `No.1`: ranks written with digits.
    const ordNoun = ORDINAL_NOUNS.has(w) || (w === 'no' && t.cap && this.isSym(i + 1, '.') && this.tight(i + 1));
    const at = w === 'no' ? i + 2 : i + 1;
    const n = this.toks[at];
    if (ordNoun && n && n.t === T.Num && n.lower === '' && !n.dot && !n.comma && n.value >= 1 && n.value <= 1000 && !this.isSym(at + 1, '%') && (w !== 'no' || n.value < 100)) {
      const nextWord = this.lower(at + 1);
      if (DURATIONS.get(nextWord) === undefined && nextWord !== 'percent') {
        this.push({ startToken: i, endToken: at + 1, value: n.value, unit: 'ordinal', spelled: false, approx: null, direction: null, salient: false, contextual: false });
        return at + 1;
      }
    }
    // `Zero Trust`, `zero-trust`: a product category, not a number.
    if (w === 'zero' && (this.lower(i + 1) === 'trust' || (this.isHyphen(i + 1) && this.lower(i + 2) === 'trust'))) return i + 1;
    // `doubled`, `more than doubled`, `tripled`: a multiple (weak: the verb, not a written figure).
    const verbMultiple = VERB_MULTIPLES.get(w);
    // `double what it was`, but not `double-digit` or the name `Double 11`.
    if (verbMultiple !== undefined && !this.isHyphen(i + 1) && this.toks[i + 1]?.t !== T.Num) {
      this.push({ startToken: i, endToken: i + 1, value: verbMultiple, unit: 'multiple', spelled: true, approx: null, direction: null, salient: false, contextual: true });
      return i + 1;
    }
    // `fivefold`, `tenfold`: a multiple written as a figure.
    const fold = FOLD_WORDS.get(w);
    if (fold !== undefined) {
      this.push({ startToken: i, endToken: i + 1, value: fold, unit: 'multiple', spelled: true, approx: null, direction: null, salient: true, contextual: true });
      return i + 1;
    }
    // Q2, Q1'24, Q2FY24, H1, FY24, FY2024.
    let m = t.dot ? /^([qh])([1-4])(?:fy)?(\d{2}|\d{4})?$/.exec(w) : null;
    // `H100`, `Q100`: model names, not H1 or Q1 of a year 2000.
    if (m && m[3] && !(m[3].length === 2 ? Number(m[3]) >= 10 && Number(m[3]) <= 49 : Number(m[3]) >= 1990 && Number(m[3]) <= 2099)) m = null;
    if (m && t.cap) {
      const v = Number(m[2]);
      const isQ = m[1] === 'q';
      if (isQ || v <= 2) {
        const cut = t.start + 2;
        this.pushSpan(t.start, cut, v, isQ ? 'quarter' : 'half', true);
        if (m[3]) this.pushSpan(cut + (w.includes('fy') ? 2 : 0), t.end, fullYear(m[3]), 'year', true, w.includes('fy') || undefined);
        else if (this.isSym(i + 1, "'") && this.tight(i + 1) && this.toks[i + 2]?.t === T.Num && this.tight(i + 2) && this.toks[i + 2].intDigits === 2) {
          this.pushSpan(this.toks[i + 1].start, this.toks[i + 2].end, fullYear(String(this.toks[i + 2].value)), 'year', true);
          return i + 3;
        }
        return i + 1;
      }
    }
    m = t.dot ? /^fy(\d{2}|\d{4})$/.exec(w) : null;
    if (m && t.cap) {
      this.pushSpan(t.start, t.end, fullYear(m[1]), 'year', true, true);
      return i + 1;
    }
    if (w === 'fy' && t.cap && this.toks[i + 1]?.t === T.Num && (this.toks[i + 1].intDigits === 2 || this.toks[i + 1].intDigits === 4) && this.toks[i + 1].lower === '') {
      this.pushSpan(t.start, this.toks[i + 1].end, fullYear(String(this.toks[i + 1].value)), 'year', true, true);
      return i + 2;
    }
    // `fiscal 2024`, `fiscal year 2024`, `fiscal '24`, `fiscal 24`.
    if (w === 'fiscal') {
      let j = i + 1;
      if (this.isWord(j, 'year')) j++;
      if (this.isSym(j, "'") || this.isSym(j, '’')) j++;
      const n = this.toks[j];
      if (n && n.t === T.Num && n.lower === '' && !n.dot && !n.comma && (n.intDigits === 2 || (n.intDigits === 4 && n.value >= 1900 && n.value <= 2099))) {
        const year = fullYear(String(n.value).padStart(2, '0'));
        this.pushSpan(t.start, n.end, year, 'year', true, true);
        return this.yearRunInto(j, year, true);
      }
      return i + 1;
    }
    // Words with digits inside are names: `R2`, `Web3`, `A100`.
    if (t.dot) {
      this.push({ startToken: i, endToken: i + 1, value: NaN, unit: 'count', spelled: false, approx: null, direction: null, salient: false, contextual: false, label: true });
      return i + 1;
    }
    // Dates: `August 29`, `Aug. 29th`, `May 30`; a month alone after `in`/`of`/… or before a year.
    const month = MONTHS.get(w);
    if (month !== undefined && t.cap) return this.dateAt(i, month);
    const weekday = WEEKDAYS.get(w);
    if (weekday !== undefined && t.cap) {
      this.push({ startToken: i, endToken: i + 1, value: weekday, unit: 'date', note: 'weekday', spelled: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 1;
    }
    // Ordinals: quarters and halves, `fourth consecutive`, discourse `First,`.
    const ord = ORDINALS.get(w);
    if (ord !== undefined) return this.ordinalAt(i, ord);
    // Fractions: `a quarter of`, `one-third`, `two-thirds of`, `half of`.
    const f = this.fractionAt(i);
    if (f > i) return f;
    // Spelled-out numbers.
    // `a year and a half`, `an hour and a half`: one and a half units of time.
    const andAHalf = (w === 'a' || w === 'an') && this.lower(i + 2) === 'and' && this.lower(i + 3) === 'a' && this.lower(i + 4) === 'half' ? HALF_AGAIN_UNITS.get(this.lower(i + 1)) : undefined;
    if (andAHalf) {
      this.push({ startToken: i, endToken: i + 5, value: andAHalf[1] * 1.5, unit: andAHalf[0], spelled: true, approx: null, direction: null, salient: true, contextual: true });
      return i + 5;
    }
    if (UNITS.get(w) !== undefined || TENS.get(w) !== undefined || ((w === 'a' || w === 'an') && A_NUMBER_WORDS.has(this.lower(i + 1)))) {
      const share = this.share(i);
      if (share) {
        this.push(share);
        return share.endToken;
      }
      return this.spelledAt(i);
    }
    // `over the decade`, `the past decade`: ten years, the figure being the word `decade`.
    if (w === 'decade' && DECADE_BEFORE.has(this.lower(i - 1))) {
      this.push({ startToken: i, endToken: i + 1, value: 120, unit: 'duration', spelled: true, approx: null, direction: null, salient: true, contextual: true });
      return i + 1;
    }
    // `a decade`, `more than a decade`: ten years.
    if ((w === 'a' || w === 'an') && this.lower(i + 1) === 'decade') {
      this.push({ startToken: i, endToken: i + 2, value: 120, unit: 'duration', spelled: true, approx: null, direction: null, salient: true, contextual: true });
      return i + 2;
    }
    // `the centenary`, `its bicentennial`: an anniversary in years, as Chinese writes it (`一百週年`); weak, since
    // Chinese as often writes a round `百年` (`第一個百年目標` for `the first centenary goal`).
    const anniversary = ANNIVERSARY_WORDS.get(w);
    if (anniversary !== undefined) {
      this.push({ startToken: i, endToken: i + 1, value: anniversary * 12, unit: 'duration', spelled: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 1;
    }
    const clock = CLOCK_WORDS.get(w);
    if (clock !== undefined) {
      this.push({ startToken: i, endToken: i + 1, value: clock, unit: 'time', spelled: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 1;
    }
    if (w === 'twice') {
      this.push({ startToken: i, endToken: i + 1, value: 2, unit: 'multiple', spelled: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 1;
    }
    // `tens of millions`, `hundreds of billions`: a rough magnitude, weak, as Chinese writes `千萬`, `數千億`.
    const times = ROUGH_MULTIPLES.get(w);
    const of = times !== undefined && this.lower(i + 1) === 'of' ? ROUGH_SCALES.get(this.lower(i + 2)) : undefined;
    if (times !== undefined && of !== undefined) {
      this.push({ startToken: i, endToken: i + 3, value: times * of, unit: 'count', note: 'vague', spelled: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 3;
    }
    // `hundreds of people`, `thousands of`: at least that many, weak, as Chinese writes `數百`, `上千`, `一百多`.
    if (times !== undefined && times > 10 && this.lower(i + 1) === 'of') {
      this.push({ startToken: i, endToken: i + 2, value: times, unit: 'count', note: 'vague', spelled: true, approx: null, direction: null, salient: false, contextual: false });
      return i + 2;
    }
    if (w === 'dozen' || w === 'dozens' || w === 'hundreds' || w === 'thousands' || w === 'millions') return i + 1;
    return i;
  }

  /** A date or a month at the month name at token i: `August 29`, `Aug. 29th`, `in March`. */
  dateAt(i: number, month: number): number {
    const t = this.toks[i];
    let j = i + 1;
    if (this.isSym(j, '.') && this.tight(j) && t.lower.length <= 4) j++;
    const n = this.toks[j];
    if (n && n.t === T.Num && !n.dot && !n.comma && n.intDigits <= 2 && n.value >= 1 && n.value <= 31 && (n.lower === '' || /^(?:st|nd|rd|th)$/.test(n.lower))) {
      this.push({ startToken: i, endToken: j + 1, value: month * 100 + n.value, unit: 'date', spelled: false, approx: null, direction: null, salient: true, contextual: false });
      // `July 17 and 22`, `June 4 to 6`: a second day of the same month.
      const k = j + 2;
      const day = this.toks[k];
      const joined = this.lower(j + 1) === 'and' || this.lower(j + 1) === 'to' || this.lower(j + 1) === 'or' || (this.isHyphen(j + 1) && this.tight(k));
      if (joined && day?.t === T.Num && !day.dot && !day.comma && day.intDigits <= 2 && day.value > n.value && day.value <= 31 && (day.lower === '' || /^(?:st|nd|rd|th)$/.test(day.lower)) && this.toks[k + 1]?.t !== T.Word) {
        this.push({ startToken: k, endToken: k + 1, value: month * 100 + day.value, unit: 'date', spelled: false, approx: null, direction: null, salient: true, contextual: false });
        return k + 1;
      }
      return j + 1;
    }
    const prev = this.lower(i - 1);
    const yearNext = n && n.t === T.Num && n.intDigits === 4 && n.lower === '';
    // A full month name stands for itself (`in March versus February`); `May` and abbreviations need a cue.
    const fullName = t.lower.length > 3 && t.lower !== 'sept';
    if (marksMonth(prev) || yearNext || (fullName && t.lower !== 'may')) {
      if (t.lower === 'may' && !yearNext && prev !== 'in' && prev !== 'of' && prev !== 'since' && prev !== 'until') return i + 1;
      this.push({ startToken: i, endToken: i + 1, value: month * 100, unit: 'date', note: 'month', spelled: true, approx: null, direction: null, salient: false, contextual: false });
    }
    return i + 1;
  }

  /** An ordinal word at token i: a quarter or half (`second quarter`), a rank (`fourth consecutive`, `First,`). */
  ordinalAt(i: number, ord: number): number {
    const t = this.toks[i];
    let j = i + 1;
    const hyphen = this.isHyphen(j) && this.tight(j) && this.tight(j + 1);
    if (hyphen) j++;
    const w = this.lower(j);
    // `first and second quarters`, `first or second half`: both ordinals name periods.
    if ((w === 'and' || w === 'or' || w === ',') && !hyphen) {
      const o2 = ORDINALS.get(this.lower(j + 1));
      const p2 = this.lower(j + 2);
      if (o2 !== undefined && o2 <= 4 && (p2 === 'quarters' || (p2 === 'halves' && o2 <= 2 && ord <= 2))) {
        const unit: FigureUnit = p2 === 'quarters' ? 'quarter' : 'half';
        this.push({ startToken: i, endToken: i + 1, value: ord, unit, spelled: true, approx: null, direction: null, salient: true, contextual: false });
        this.push({ startToken: j + 1, endToken: j + 3, value: o2, unit, spelled: true, approx: null, direction: null, salient: true, contextual: false });
        return j + 3;
      }
    }
    if ((w === 'quarter' || (w === 'quarters' && ORDINALS.get(this.lower(i - 2)) !== undefined)) && ord <= 4) {
      this.push({ startToken: i, endToken: j + 1, value: ord, unit: 'quarter', spelled: true, approx: null, direction: null, salient: true, contextual: false });
      return j + 1;
    }
    if (w === 'half' && ord <= 2) {
      this.push({ startToken: i, endToken: j + 1, value: ord, unit: 'half', spelled: true, approx: null, direction: null, salient: true, contextual: false });
      return j + 1;
    }
    if (w === 'quarters' && ord === 3 && (this.lower(i - 1) === 'two' || this.lower(i - 1) === 'three')) return i + 1;
    // `a second`, `per second`, `one second`: time, not a rank.
    const prev = this.lower(i - 1);
    const rankFollows = w === 'consecutive' || w === 'straight' || w === 'successive' || w === 'time' || w === 'year' || w === 'month' || w === 'round' || w === 'phase';
    if (ord === 2 && !rankFollows && (prev === 'a' || prev === 'per' || prev === 'one' || prev === 'every' || prev === 'split' || prev === 'seconds')) return i + 1;
    if (ord === 3 && (w === 'of' || w === 'quarters')) return this.fractionAt(i) > i ? this.fractionAt(i) : i + 1;
    const consecutive = w === 'consecutive' || w === 'straight' || w === 'successive' || (this.lower(j + 1) === 'in' && this.lower(j + 2) === 'a' && this.lower(j + 3) === 'row');
    const discourse = !consecutive && (this.isSym(i + 1, ',') || (this.lower(i + 1) === 'of' && this.lower(i + 2) === 'all') || (prev === 'the' && (w === 'is' || w === 'one' || w === 'thing' || w === 'question' || w === 'piece' || w === 'part')) || (t.cap && (this.isSym(i - 1, '.') || i === 0)));
    this.push({ startToken: i, endToken: i + 1, value: ord, unit: 'ordinal', note: discourse ? 'discourse' : undefined, spelled: true, approx: null, direction: null, salient: consecutive, contextual: false });
    return i + 1;
  }

  /**
   * `fiscal 2024-25`: after the year at token i, the year it runs into, as Chinese writes it (`2024-25 財年`).
   * Returns the index after what was read.
   */
  yearRunInto(i: number, year: number, fiscal: boolean): number {
    const next = this.toks[i + 2];
    if (!this.isHyphen(i + 1) || !this.tight(i + 1) || !this.tight(i + 2) || next?.t !== T.Num || next.intDigits !== 2 || next.dot || next.comma || next.lower !== '') return i + 1;
    if (fullYear(String(next.value).padStart(2, '0')) !== year + 1) return i + 1;
    this.push({ startToken: i + 2, endToken: i + 3, value: year + 1, unit: 'year', fiscal: fiscal || undefined, spelled: false, approx: null, direction: null, salient: true, contextual: false });
    return i + 3;
  }

  /** Fractions at token i; returns the index after, or i when none. */
  fractionAt(i: number): number {
    const w = this.lower(i);
    // `a quarter of`, `one quarter of`, `three quarters of`, `a third of`, `two-thirds`, `one-third`, `half of`.
    let num = 0;
    let j = i;
    if (w === 'a' || w === 'an' || w === 'one') {
      num = 1;
      j++;
    } else if (UNITS.get(w) !== undefined && UNITS.get(w)! >= 2 && UNITS.get(w)! <= 9) {
      num = UNITS.get(w)!;
      j++;
    }
    if (num > 0 && this.isHyphen(j) && this.tight(j) && this.tight(j + 1)) j++;
    const d = this.lower(j);
    const den =
      d === 'half' ? 2 : d === 'third' || d === 'thirds' ? 3 : d === 'quarter' || d === 'quarters' ? 4 : d === 'fifth' || d === 'fifths' ? 5 : d === 'tenth' || d === 'tenths' ? 10 : 0;
    if (den === 0) return i;
    if (num === 0) {
      // A bare `half`: `half of`, `over half`, `half the`.
      if (d !== 'half') return i;
      const prev = this.lower(i - 1);
      if (prev === 'first' || prev === 'second' || prev === 'back' || prev === 'front' || prev === 'latter' || prev === 'this' || prev === 'the' || prev === 'and') return i + 1;
      // Weak like `一半` on the Chinese side: `half` is as often a manner of speaking as a figure.
      this.push({ startToken: i, endToken: i + 1, value: 0.5, unit: 'fraction', spelled: true, approx: null, direction: null, salient: false, contextual: true });
      return i + 1;
    }
    const next = this.lower(j + 1);
    // `a quarter` / `one quarter` is a period unless `of` follows. `a third`, `one fifth` are fractions
    // where no noun follows (`about one third`, `two thirds were`); before a noun they rank (`a third party`).
    const nounFollows = this.toks[j + 1]?.t === T.Word && !FRACTION_FOLLOWERS.has(next);
    // `a quarter point`, `a half point`: percentage points.
    if ((den === 4 || den === 2) && num === 1 && (next === 'point' || next === 'percentage')) {
      const e = next === 'percentage' && (this.lower(j + 2) === 'point' || this.lower(j + 2) === 'points') ? j + 3 : j + 2;
      this.push({ startToken: i, endToken: e, value: 1 / den, unit: 'pp', spelled: true, approx: null, direction: null, salient: true, contextual: true });
      return e;
    }
    if (den === 4 && next !== 'of' && !(this.isHyphen(j - 1) && num > 0)) return i;
    if ((den === 3 || den === 5 || den === 10) && next !== 'of' && !(this.isHyphen(j - 1) && num > 0) && nounFollows) return i;
    // `a third-place finish`, `a third-team selection`: a rank joined to its noun.
    if ((den === 3 || den === 5 || den === 10) && this.isHyphen(j + 1) && this.tight(j + 1) && this.tight(j + 2)) return i;
    if (den === 2 && w !== 'one' && w !== 'a') return i; // `two half` is no fraction
    this.push({ startToken: i, endToken: j + 1, value: round(num / den), unit: 'fraction', spelled: true, approx: null, direction: null, salient: true, contextual: true });
    return j + 1;
  }

  /** A number in words at token i, with its unit if one follows: `twenty-five`, `three years`, `a couple of`. */
  spelledAt(i: number): number {
    const q = this.wordQuantity(i);
    if (!q) return i + 1;
    const w = this.lower(i);
    if (w === 'one' && q.endToken === i + 1) {
      // `one of our customers`, `no one`, `the one`, `this one`, `one another`: a pronoun, no figure.
      const next = this.lower(i + 1);
      const prev = this.lower(i - 1);
      if (next === 'of' || next === 'another' || PRONOUN_ONE_BEFORE.has(prev)) return i + 1;
      // `Cloudflare One`: a product name.
      if (this.toks[i].cap && this.toks[i - 1]?.t === T.Word && this.toks[i - 1].cap && !this.isSym(i - 2, '.')) return i + 1;
    }
    // `one big customer`, `at one point`: a weak figure that may be the article `a`.
    if (w === 'one' && q.endToken === i + 1) {
      const unit = this.unitAfter(q, q.endToken);
      if (!unit || this.isHyphen(i + 1)) {
        if (!(unit && this.isHyphen(i + 1))) {
          this.push({ startToken: i, endToken: i + 1, value: 1, unit: 'count', note: 'pronoun', spelled: true, approx: null, direction: null, salient: false, contextual: false });
          return i + 1;
        }
      }
    }
    const d = this.measured(i);
    if (d) {
      const between = this.isWord(i - 1, 'between');
      const full = this.range(d, between, (j) => this.measured(j));
      full.salient = measuredSalience(full, q.value) && !q.vague && !this.roundTheClock(full);
      if (q.vague) {
        full.note = 'vague';
        full.approx = 'about';
        full.contextual = false;
      }
      this.push(full);
      return full.endToken;
    }
    // `a couple of`, `two big areas`: small numbers in prose are weak; so are round ones said with `a`
    // (`a million`, `a thousand`), which a translation gives as `百萬級`, `上千` or not at all.
    const roundWithArticle = (w === 'a' || w === 'an') && this.lower(i + 1) !== 'dozen';
    this.push({ startToken: i, endToken: q.endToken, value: q.value, unit: 'count', scale: q.scale, spelled: true, approx: q.vague ? 'about' : null, direction: null, salient: q.value >= 10 && !roundWithArticle, contextual: !q.vague, note: q.vague ? 'vague' : undefined });
    return q.endToken;
  }
}

/** Words after `a`/`an` that make a number: `a dozen`, `a couple of`, `a hundred`, `a million`. */
const A_NUMBER_WORDS = new Set(['dozen', 'couple', 'hundred', 'thousand', 'million', 'billion']);
/** Words before `decade` that make it the ten years around now. */
const DECADE_BEFORE = new Set(['the', 'this', 'past', 'last', 'next', 'coming']);
/** Units of time in `a year and a half`, with the figure's unit and one unit's value in it. */
const HALF_AGAIN_UNITS = new Map<string, readonly [FigureUnit, number]>([
  ['year', ['duration', 12]],
  ['month', ['duration', 1]],
  ['week', ['duration-day', 7]],
  ['day', ['duration-day', 1]],
  ['hour', ['duration-hour', 1]],
]);

/** Whether a word before a month name marks a month reference (`in July`, `end of March`). */
function marksMonth(prev: string): boolean {
  return prev === 'in' || prev === 'of' || prev === 'since' || prev === 'until' || prev === 'through' || prev === 'by' || prev === 'early' || prev === 'late' || prev === 'mid' || prev === 'during' || prev === 'from' || prev === 'last' || prev === 'this' || prev === 'next' || prev === 'versus' || prev === 'vs' || prev === 'and' || prev === 'to';
}
