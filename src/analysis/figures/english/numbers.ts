// Quantities and money: a number in digits or words with its scale (`308.5 million`, `1.2bn`,
// `twenty-five`, `a dozen`), the unit written after it, money with its currency sign or code, and
// ranges (`$81 to $85 million`, `between 10% and 12%`). `NumberReader` also holds the drafts read.
import { LETTER_SIGNS } from '../lexicon';
import type { Draft } from '../draft';
import { isCurrency, round, type Currency, type FigureUnit } from '../types';
import { T, TokenReader } from './tokens';
import { APPROX_BEFORE_1, CHANGE_TO_DOWN, CHANGE_TO_UP, CURRENCY_CODES, CURRENCY_PHRASES, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_PREFIX, DOWN_BEFORE, DURATION_ADJECTIVES, DURATIONS, SCALES, SPACED_SCALES, TENS, UNITS, UP_BEFORE } from './words';

/** A figure under construction, between tokens `startToken` and `endToken` (the token after its last). */
export interface EnglishDraft extends Draft {
  startToken: number;
  endToken: number;
  /** First token of the context before the figure (after sign and approximation words). */
  contextStart?: number;
  /** A number listed before a duration (`6, 9, 12 months`): the factor it took. */
  listFactor?: number;
}

/** A figure given by character offsets inside one token (`Q1` and `24` in `Q1'24`, `FY24`). */
export interface SpanDraft extends Draft {
  start: number;
  end: number;
}

/** A number in digits or words with its scale: `308.5 million`, `1.2bn`, `twenty-five`, `a dozen`. */
export interface Quantity {
  startToken: number;
  endToken: number;
  value: number;
  scale?: string;
  spelled: boolean;
  /** Digits written without a decimal point or thousands separator. */
  plainInt: boolean;
  /** The number's token carried a letter suffix that was not consumed (`3D`, `1Q`, `2nd`). */
  suffix: string;
  digits: boolean;
  /** `a couple (of)`: about two. */
  vague?: boolean;
}

/** Reads quantities, units and money, and holds the drafts read. */
export class NumberReader extends TokenReader {
  readonly out: EnglishDraft[] = [];
  readonly spans: SpanDraft[] = [];

  /** A number in digits (with an attached scale suffix) or in words at token i. */
  quantity(i: number): Quantity | null {
    const t = this.toks[i];
    if (!t) return null;
    if (t.t === T.Num) {
      let value = t.value;
      let scale: string | undefined;
      let e = i + 1;
      let suffix = t.lower;
      if (suffix !== '' && SCALES.get(suffix) !== undefined) {
        value *= SCALES.get(suffix)!;
        scale = this.text.slice(t.numEnd, t.end);
        suffix = '';
      } else if (suffix === '') {
        const next = this.toks[e];
        if (next && next.t === T.Word && SPACED_SCALES.has(next.lower)) {
          value *= SCALES.get(next.lower)!;
          scale = this.text.slice(next.start, next.end);
          e++;
          // `1.2 lakh crore`: two scale words multiply.
          const second = this.toks[e];
          if ((next.lower === 'lakh' || next.lower === 'thousand') && second && second.t === T.Word && (second.lower === 'crore' || second.lower === 'crores' || second.lower === 'million' || second.lower === 'billion')) {
            value *= SCALES.get(second.lower)!;
            scale = this.text.slice(next.start, second.end);
            e++;
          }
        }
      }
      value = round(value);
      return { startToken: i, endToken: e, value, scale, spelled: false, plainInt: !t.comma && !t.dot, suffix, digits: true };
    }
    if (t.t !== T.Word) return null;
    return this.wordQuantity(i);
  }

  /** `twenty-five`, `one hundred and twenty`, `a dozen`, `two and a half`, `three million`. */
  wordQuantity(i: number): Quantity | null {
    let j = i;
    let total = 0;
    let cur = 0;
    let any = false;
    let scale: string | undefined;
    const w0 = this.lower(j);
    if (w0 === 'a' || w0 === 'an') {
      const w1 = this.lower(j + 1);
      if (w1 === 'dozen') return { startToken: i, endToken: j + 2, value: 12, spelled: true, plainInt: true, suffix: '', digits: false };
      if (w1 === 'couple') return { startToken: i, endToken: this.lower(j + 2) === 'of' ? j + 3 : j + 2, value: 2, spelled: true, plainInt: true, suffix: '', digits: false, vague: true };
      if (w1 === 'hundred' || w1 === 'thousand' || w1 === 'million' || w1 === 'billion') {
        cur = 1;
        any = true;
        j++;
      } else return null;
    }
    for (;;) {
      const w = this.lower(j);
      if (UNITS.get(w) !== undefined && (!any || cur % 100 === 0)) {
        if (any && cur % 100 !== 0) break;
        cur += UNITS.get(w)!;
        any = true;
        j++;
        continue;
      }
      if (TENS.get(w) !== undefined && (!any || cur % 100 === 0)) {
        cur += TENS.get(w)!;
        any = true;
        j++;
        if (this.isHyphen(j) && this.tight(j) && this.tight(j + 1) && UNITS.get(this.lower(j + 1)) !== undefined && UNITS.get(this.lower(j + 1))! < 10) {
          cur += UNITS.get(this.lower(j + 1))!;
          j += 2;
        }
        continue;
      }
      if (any && w === 'hundred' && cur % 100 !== 0 && cur < 100) {
        cur *= 100;
        j++;
        if (this.isWord(j, 'and') && (UNITS.get(this.lower(j + 1)) !== undefined || TENS.get(this.lower(j + 1)) !== undefined)) j++;
        continue;
      }
      if (any && w === 'hundred' && cur === 1 && w0 === 'a') {
        cur = 100;
        j++;
        continue;
      }
      if (any && (w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion') && cur > 0) {
        total += cur * SCALES.get(w)!;
        if (w !== 'thousand') scale = w;
        cur = 0;
        j++;
        continue;
      }
      if (any && w === 'dozen' && cur > 0 && cur < 100) {
        cur *= 12;
        j++;
        continue;
      }
      break;
    }
    if (!any) return null;
    let value = total + cur;
    // `two and a half`
    if (this.isWord(j, 'and') && this.isWord(j + 1, 'a') && this.isWord(j + 2, 'half') && value < 1000) {
      value += 0.5;
      j += 3;
      // `two and a half billion`
      const big = this.lower(j);
      if (total === 0 && (big === 'thousand' || big === 'million' || big === 'billion' || big === 'trillion')) {
        value *= SCALES.get(big)!;
        if (big !== 'thousand') scale = big;
        j++;
      }
    }
    return { startToken: i, endToken: j, value, scale, spelled: true, plainInt: true, suffix: '', digits: false };
  }

  /** Keeps a figure read. */
  push(d: EnglishDraft): void {
    this.out.push(d);
  }

  /** A figure given by character offsets inside one token: no context, written in digits. */
  pushSpan(start: number, end: number, value: number, unit: FigureUnit, salient: boolean, fiscal?: boolean): void {
    this.spans.push({ start, end, value, unit, salient, fiscal, approx: null, direction: null, contextual: false, spelled: false });
  }

  /** The unit written after a quantity ending at token j, and where it ends. */
  unitAfter(q: Quantity, j: number): { unit: FigureUnit; endToken: number; factor?: number } | null {
    const t = this.toks[j];
    if (q.suffix !== '') {
      if (q.suffix === 'x') return { unit: 'multiple', endToken: j };
      return null;
    }
    if (!t) return null;
    if (t.t === T.Sym) {
      // `32%`, and `100 %` written with a space.
      if (t.lower === '%' || t.lower === '％') return { unit: 'percent', endToken: j + 1 };
      if (this.isHyphen(j) && !t.space && this.tight(j + 1)) {
        const w = this.lower(j + 1);
        const d = DURATIONS.get(w);
        if (d && w !== 'quarters') return { unit: d[0], endToken: j + 2, factor: d[1] };
        if (w === 'plus') return null;
        if ((w === 'percent' || w === 'pct')) return { unit: 'percent', endToken: j + 2 };
        // `a 2.7-point improvement` in a ratio: percentage points.
        if ((w === 'point' || w === 'points') && q.digits && q.value <= 50 && !this.isWord(j + 2, 'of')) return { unit: 'pp', endToken: j + 2 };
        // `700-basis-point`, `2-percentage-point`
        if ((w === 'basis' || w === 'percentage') && this.isHyphen(j + 2) && (this.lower(j + 3) === 'point' || this.lower(j + 3) === 'points')) return { unit: w === 'basis' ? 'bp' : 'pp', endToken: j + 4 };
      }
      return null;
    }
    if (t.t !== T.Word) return null;
    const w = t.lower;
    if (w === 'percent' || w === 'pct') {
      if (this.isWord(j + 1, 'points') || this.isWord(j + 1, 'point')) return { unit: 'pp', endToken: j + 2 };
      return { unit: 'percent', endToken: j + 1 };
    }
    if (w === 'per' && this.isWord(j + 1, 'cent')) return { unit: 'percent', endToken: j + 2 };
    if (w === 'percentage' && (this.isWord(j + 1, 'points') || this.isWord(j + 1, 'point'))) return { unit: 'pp', endToken: j + 2 };
    if (w === 'pp' || w === 'ppt' || w === 'ppts' || w === 'pts') return { unit: 'pp', endToken: j + 1 };
    if (w === 'basis' && (this.isWord(j + 1, 'points') || this.isWord(j + 1, 'point'))) return { unit: 'bp', endToken: j + 2 };
    if (w === 'bps' || w === 'bp' || w === 'bips') return { unit: 'bp', endToken: j + 1 };
    if ((w === 'points' || w === 'point') && q.digits && !this.isWord(j + 1, 'of') && q.value <= 50) return { unit: 'pp', endToken: j + 1 };
    // `4 prior quarters`, `3 consecutive years`, `two full years`.
    if (DURATION_ADJECTIVES.has(w) && DURATIONS.get(this.lower(j + 1)) !== undefined) {
      const d2 = DURATIONS.get(this.lower(j + 1));
      return { unit: d2![0], endToken: j + 2, factor: d2![1] };
    }
    // `three times`, `11.5 times`, `1.8 times EBITDA` (a count of occurrences reads as 次 and agrees as a bare number).
    if (w === 'times' && (!q.digits || !this.isWord(j + 1, 'a'))) return { unit: 'multiple', endToken: j + 1 };
    if (w === 'x' && q.digits) return { unit: 'multiple', endToken: j + 1 };
    const d = DURATIONS.get(w);
    if (d) return { unit: d[0], endToken: j + 1, factor: d[1] };
    // `18 billion Hong Kong dollars`, `759.7 billion new Taiwan dollars`: a name of several words.
    const named = this.currencyPhrase(j);
    if (named) return named;
    const c = CURRENCY_WORDS.get(w);
    // `won` and `yen` are also spelled: after a scale (`6.3 trillion won`) or before `per share` (`1,444 won per share`) they are the currency.
    if (c && (w.length > 3 || t.cap || w === 'usd' || q.scale !== undefined || this.perShare(j + 1) > 0)) return { unit: c, endToken: j + 1 };
    return null;
  }

  /** A currency named in several words from token j (`Hong Kong dollars`), the longest first; null elsewhere. */
  currencyPhrase(j: number): { unit: FigureUnit; endToken: number } | null {
    for (const [words, unit] of CURRENCY_PHRASES) {
      if (words.every((word, n) => this.isWord(j + n, word))) return { unit, endToken: j + words.length };
    }
    return null;
  }

  /** `per share`, `a share`, `per diluted share` after money ending at token j. */
  perShare(j: number): number {
    const w = this.lower(j);
    if (w !== 'per' && w !== 'a') return -1;
    let k = j + 1;
    if (this.lower(k) === 'diluted' || this.lower(k) === 'basic') k++;
    return this.lower(k) === 'share' ? k + 1 : -1;
  }

  /** Money at token i: `$308.5 million`, `US$5`, `USD 5 million`, `€3bn`. Returns the draft or null. */
  money(i: number): EnglishDraft | null {
    const t = this.toks[i];
    // `$5 to`, `between $5 and` at the end of a text: no second end.
    if (!t) return null;
    let currency: Currency | undefined;
    let j = i;
    let s = i;
    if (t.t === T.Sym && CURRENCY_SIGNS.get(t.lower)) {
      currency = CURRENCY_SIGNS.get(t.lower);
      if (t.lower === '$' && i > 0 && !t.space && this.toks[i - 1].t === T.Word && DOLLAR_PREFIX.get(this.toks[i - 1].lower)) {
        currency = DOLLAR_PREFIX.get(this.toks[i - 1].lower);
        s = i - 1;
      }
      j = i + 1;
    } else if (t.t === T.Word && t.cap && LETTER_SIGNS.has(t.lower.toUpperCase()) && this.tight(i + 1) && this.toks[i + 1]?.t === T.Num) {
      // `R12.3 billion`: the tokenizer splits a letter sign only before a scaled amount.
      currency = LETTER_SIGNS.get(t.lower.toUpperCase());
      j = i + 1;
    } else if (t.t === T.Word && CURRENCY_CODES.get(t.lower) && t.cap) {
      currency = CURRENCY_CODES.get(t.lower);
      j = i + 1;
      // `Rs. 500 crore`
      if (this.isSym(j, '.') && this.tight(j)) j++;
    } else return null;
    if (!currency) return null;
    // `$(0.39)`: an accounting negative, the amount in brackets right after the sign.
    const bracketed = this.isSym(j, '(') && this.tight(j) && this.tight(j + 1) && this.toks[j + 1]?.t === T.Num;
    if (bracketed) j++;
    const q = this.quantity(j);
    if (!q || (q.spelled && !q.scale && !SCALES.get(this.lower(j + 1)))) {
      if (!q || !q.digits) return null;
    }
    if (q.suffix !== '') return null;
    let e = q.endToken;
    let value = q.value;
    let scale = q.scale;
    if (bracketed) {
      if (!this.isSym(e, ')')) return null;
      e++;
      // `$(12.5) million`: the scale after the bracket.
      const after = this.lower(e);
      if (!scale && SPACED_SCALES.has(after)) {
        value = round(value * SCALES.get(after)!);
        scale = this.toks[e].lower;
        e++;
      }
      value = -value;
    }
    if (CURRENCY_WORDS.get(this.lower(e)) === currency && this.lower(e) !== 'won') e++;
    let unit: FigureUnit = currency;
    const ps = this.perShare(e);
    if (ps > 0) {
      unit = `${currency}/share`;
      e = ps;
    }
    const d: EnglishDraft = { startToken: s, endToken: e, value, unit, scale, spelled: q.spelled, approx: null, direction: null, salient: true, contextual: true };
    return d;
  }

  /** Whether a verb of change or `from` stands just before the figure at token s (`increased by`, `from`). */
  changeBefore(s: number): boolean {
    let k = s - 1;
    if (APPROX_BEFORE_1.get(this.lower(k)) !== undefined) k--;
    if (this.lower(k) === 'by') k--;
    const w = this.lower(k);
    // `increased 40.7% or $20 million to $68.9 million`: the change restated after a figure, then its level
    // (not `earnings per share or $5.35 to $5.40`, a slip for `of`).
    const restated = w === 'or' && (this.toks[k - 1]?.t === T.Num || this.isSym(k - 1, '%') || SCALES.has(this.lower(k - 1)));
    return restated || w === 'from' || UP_BEFORE.has(w) || DOWN_BEFORE.has(w) || CHANGE_TO_UP.has(w) || CHANGE_TO_DOWN.has(w);
  }

  /** `one in five`, `four-in-ten`, `1 in 4 adults`: a share, as Chinese writes `五分之一`, `四成`; null elsewhere. */
  share(i: number): EnglishDraft | null {
    const q = this.quantity(i);
    if (!q || q.scale || q.suffix !== '' || q.vague || !Number.isInteger(q.value) || q.value < 1) return null;
    let j = q.endToken;
    const hyphen = this.isHyphen(j) && this.tight(j);
    if (hyphen) j++;
    if (this.lower(j) !== 'in') return null;
    j++;
    if (hyphen) {
      if (!(this.isHyphen(j) && this.tight(j))) return null;
      j++;
    }
    const of = this.quantity(j);
    // `2 in 10 days` is a count and a length of time, not a share.
    if (!of || of.scale || of.suffix !== '' || !SHARE_BASES.has(of.value) || of.value <= q.value || DURATIONS.get(this.lower(of.endToken)) !== undefined) return null;
    return { startToken: i, endToken: of.endToken, value: round(q.value / of.value), unit: 'fraction', spelled: q.spelled, approx: null, direction: null, salient: true, contextual: true };
  }

  /** `24 hours a day`, `seven days a week`: the whole of a day or week, a schedule rather than a length (`7 X 24`, `全天候`). */
  roundTheClock(d: EnglishDraft): boolean {
    const per = this.lower(d.endToken) === 'a' || this.lower(d.endToken) === 'per' ? this.lower(d.endToken + 1) : '';
    return (d.unit === 'duration-hour' && d.value === 24 && per === 'day') || (d.unit === 'duration-day' && d.value === 7 && per === 'week');
  }

  /** Tries a range `A to B`, `A - B`, `between A and B` after a figure; returns the widened draft. */
  range(d: EnglishDraft, between: boolean, next: (i: number) => EnglishDraft | null): EnglishDraft {
    let j = d.endToken;
    const w = this.lower(j);
    const ok =
      (between && w === 'and') ||
      (!between && (w === 'to' || w === 'through')) ||
      (!between && (this.isHyphen(j) || this.isSym(j, '—')));
    // `rose ¥96 billion to ¥1.08 trillion`, `from 8 weeks to 12 weeks`: a change and a level, not a range.
    if (!ok || (w === 'to' && this.changeBefore(d.startToken))) return d;
    j++;
    const other = next(j);
    if (!other || other.unit !== d.unit || other.label) return d;
    let low = d.value;
    const high = other.value;
    let scale = d.scale;
    // `$81 to $85 million`, `75 to 77%` written with the unit or scale once.
    if (!d.scale && other.scale && low < 1000) {
      const factor = scaleFactor(other.scale);
      if (factor && low * factor <= high * 1.0001) {
        low *= factor;
        scale = other.scale;
      }
    }
    if (!(low <= high)) return d;
    return { ...d, endToken: other.endToken, value: round((low + high) / 2), low, high, scale, salient: d.salient || other.salient };
  }

  /** A number (digits or words) with its unit at token i, without currency sign. */
  measured(i: number): EnglishDraft | null {
    const q = this.quantity(i);
    if (!q) return null;
    const u = this.unitAfter(q, q.endToken);
    if (u) {
      const value = u.factor !== undefined ? round(q.value * u.factor) : q.value;
      let e = u.endToken;
      let unit = u.unit;
      if (isCurrency(unit)) {
        const ps = this.perShare(e);
        if (ps > 0) {
          unit = `${unit}/share` as FigureUnit;
          e = ps;
        }
      }
      return { startToken: q.startToken, endToken: e, value, unit, scale: q.scale, spelled: q.spelled, approx: null, direction: null, salient: true, contextual: true };
    }
    return null;
  }

  /** Money at token i, widened into a range when a second amount follows; pushes it and returns the token after it (or i). */
  moneyAt(i: number): number {
    const d = this.money(i);
    if (!d) return i;
    const between = this.isWord(d.startToken - 1, 'between') || (this.isWord(d.startToken - 2, 'between') && APPROX_BEFORE_1.get(this.lower(d.startToken - 1)) !== undefined);
    // The second end may carry its own sign, with a prefix (`US$23.2 billion`), or none (`$81 to 85 million`).
    const full = this.range(d, between, (j) => this.signedMoney(j) ?? this.bareMoney(j, d.unit));
    this.push(full);
    return full.endToken;
  }

  /** Money with its sign at token j, the sign perhaps prefixed (`US$23.2 billion`, `$4.3 billion`); null elsewhere. */
  signedMoney(j: number): EnglishDraft | null {
    const prefixed = DOLLAR_PREFIX.get(this.lower(j)) !== undefined && this.isSym(j + 1, '$') && this.tight(j + 1) ? this.money(j + 1) : null;
    return prefixed ?? this.money(j);
  }

  /** The second end of `$81 to 85 million`: a number without the sign takes the first end's currency. */
  bareMoney(j: number, unit: FigureUnit): EnglishDraft | null {
    const q = this.quantity(j);
    if (!q || !q.digits || q.suffix !== '') return null;
    let e = q.endToken;
    if (unit.endsWith('/share')) {
      const ps = this.perShare(e);
      if (ps > 0) e = ps;
    }
    return { startToken: j, endToken: e, value: q.value, unit, scale: q.scale, spelled: false, approx: null, direction: null, salient: true, contextual: true };
  }
}

/**
 * Salience of a number with a unit, the same whether digits or words are written (`seven-year` and
 * `七年` agree): durations of more than one unit, multiples, money, percentages and points always;
 * counts from 10 up. `written` is the number as written before the unit's factor (7 for `seven-year`).
 */
export function measuredSalience(d: EnglishDraft, written: number): boolean {
  if (d.unit.startsWith('duration')) return written !== 1;
  if (d.unit === 'count') return d.value >= 10 || !!d.scale;
  return true;
}

/** The wholes of a share written `N in M`. */
const SHARE_BASES = new Set([2, 3, 4, 5, 6, 8, 10, 20, 100]);

function scaleFactor(scale: string): number | undefined {
  return SCALES.get(scale.toLowerCase());
}
