// The context of each figure, read once all figures are drafted: a sign (`-2%`, `negative $4.4
// million`), a loss word (`a net loss of $5 million`), approximation words (`about`, `more than`,
// `150+`, `or so`), direction words before or after (`up 32%`, `a 32% increase`, `increased to
// 67%`), per-share money (`EPS of $0.10`), and a direction shared along a list (`up 8% sequentially
// and 36% year-over-year`). Then the drafts become figures.
import { toFigure } from '../draft';
import { isCurrency, isMoney, round, type Figure, type FigureUnit } from '../types';
import type { EnglishDraft } from './numbers';
import { FigureReader } from './reader';
import { T } from './tokens';
import { APPROX_BEFORE_1, APPROX_BEFORE_2, CHANGE_TO_DOWN, CHANGE_TO_UP, DIRECTION_SPAN, DOWN_AFTER, DOWN_BEFORE, DURATIONS, FROM_SPAN, INHERIT_SPAN, LEVEL_WORDS, LOSS_SPAN, LOSS_WORDS, NOT_DESCRIBING, UNITS, UP_AFTER, UP_BEFORE, VERB_OBJECT_SPAN } from './words';

/** Reads the context of each figure read, and gives the figures. */
/** Verbs that make `over` a particle, not a qualifier (`we handed over 3,100 cars`). */
/** Units after which `more than`/`less than` compare (`15% less than last year`). */
const RATIO_UNITS = new Set<FigureUnit>(['percent', 'pp', 'bp']);
const HANDED_OVER = new Set(['handed', 'hand', 'handing', 'turned', 'turning', 'took', 'taken', 'passed', 'carried', 'signed', 'switched', 'won']);

export class ContextReader extends FigureReader {
  /** The last token of the figure read before the one whose context is read; -1 for the first. */
  previousEnd = -1;
  /** Applies the words around a figure: its sign, a loss, approximation and direction words. */
  context(d: EnglishDraft): void {
    if (!d.contextual) return;
    let k = d.startToken - 1;
    // A sign: `-16.38%`, `(-2%)`, `negative $4.4 million`, `minus 3%`.
    if (d.unit !== 'ordinal' && d.unit !== 'fraction' && !d.unit.startsWith('duration') && d.low === undefined) {
      const sign = this.toks[k];
      if (sign && this.isHyphen(k) && !this.toks[d.startToken].space && (sign.space || k === 0 || this.isSym(k - 1, '('))) {
        d.value = -d.value;
        d.startToken = k;
        k--;
      } else if (this.lower(k) === 'negative' || this.lower(k) === 'minus') {
        d.value = -d.value;
        k--;
      }
    }
    if (isMoney(d.unit) && d.value > 0 && this.lossBefore(d.startToken)) d.value = -d.value;
    // Approximation before: `about`, `more than`, `in excess of`, `~`.
    const w1 = this.lower(k);
    const w0 = this.lower(k - 1);
    const two = APPROX_BEFORE_2.get(`${w0} ${w1}`);
    if (two && !(w0 === 'up' && w1 === 'to' && this.isDirectionContext(k - 2))) {
      d.approx = two;
      k -= 2;
      if (w0 === 'excess' && this.lower(k) === 'in') k--;
      if ((w0 === 'little' || w0 === 'bit') && this.lower(k) === 'a') k--;
    } else if (APPROX_BEFORE_1.get(w1) !== undefined && !(w1 === 'over' && (d.unit.startsWith('duration') || d.unit === 'year' || HANDED_OVER.has(w0))) && !(w1 === 'some' && d.unit !== 'count' && !isCurrency(d.unit))) {
      d.approx = APPROX_BEFORE_1.get(w1)!;
      k -= 1;
      if (w1 === 'under' && this.lower(k) === 'just') k--;
    }
    // Approximation after: `150+`, `150-plus`, `or so`, `or more`.
    const a = this.lower(d.endToken);
    if (d.approx === null) {
      // `50 percent plus one vote` adds a number: no qualifier.
      const adds = a === 'plus' && (this.toks[d.endToken + 1]?.t === T.Num || UNITS.has(this.lower(d.endToken + 1)));
      // `7,700+ people`, but not `120ml+120ml` (a sum).
      if ((a === '+' && !this.toks[d.endToken].space && !(this.toks[d.endToken + 1]?.t === T.Num && this.tight(d.endToken + 1))) || (a === 'plus' && !adds) || (this.isHyphen(d.endToken) && this.lower(d.endToken + 1) === 'plus')) d.approx = 'over';
      else if (a === 'or' && (this.lower(d.endToken + 1) === 'so')) d.approx = 'about';
      else if (a === 'or' && (this.lower(d.endToken + 1) === 'more' || this.lower(d.endToken + 1) === 'greater' || this.lower(d.endToken + 1) === 'higher')) d.approx = 'over';
      else if (a === 'or' && (this.lower(d.endToken + 1) === 'less' || this.lower(d.endToken + 1) === 'fewer' || this.lower(d.endToken + 1) === 'lower')) d.approx = 'under';
      else if (a === 'ish') d.approx = 'about';
      // `250 jobs roughly`, `20% or thereabouts`: after the figure or its noun.
      else {
        const k2 = a === 'roughly' || a === 'approximately' ? d.endToken : this.toks[d.endToken]?.t === T.Word ? d.endToken + 1 : -1;
        const w2 = this.lower(k2);
        const after = this.toks[k2 + 1];
        if (k2 >= 0 && (w2 === 'roughly' || w2 === 'approximately') && (!after || after.t === T.Sym)) d.approx = 'about';
      }
    }
    if (d.unit === 'year' || d.unit === 'date' || d.unit === 'quarter' || d.unit === 'ordinal' || d.unit.startsWith('duration')) return;
    // Direction before: `up 32%`, `increased by 30%`, `a decrease of 8%`, `grew approximately 30%`.
    let p = this.lower(k);
    if (p === 'by' || p === 'of' || p === 'another' || p === 'an' || p === 'a') {
      k--;
      p = this.lower(k);
      if (p === 'by' || p === 'of') {
        k--;
        p = this.lower(k);
      }
    }
    d.contextStart = k + 1;
    // `cutting clinker emissions by 18%`, `grown paid subscribers by 20%`: the verb stands before its object.
    if (this.lower(k + 1) === 'by' && !UP_BEFORE.has(p) && !DOWN_BEFORE.has(p)) p = this.verbBefore(k, VERB_OBJECT_SPAN) ?? p;
    if (UP_BEFORE.has(p)) d.direction = 'up';
    else if (DOWN_BEFORE.has(p)) d.direction = 'down';
    if (d.direction) return;
    // `revenue was $1.1 billion, down from $1.4 billion`: a level that moved (a range stays a range: guidance lowered).
    const moved = d.low === undefined && this.isSym(d.endToken, ',') && this.lower(d.endToken + 2) === 'from' ? this.lower(d.endToken + 1) : '';
    if (UP_BEFORE.has(moved) || CHANGE_TO_UP.has(moved)) d.direction = 'up';
    else if (DOWN_BEFORE.has(moved) || CHANGE_TO_DOWN.has(moved)) d.direction = 'down';
    if (d.direction) return;
    // `increased to 67%`, `ticked down to 115%`, `decreased to 41%`: a verb of change before `to`.
    if (p === 'to') {
      // `came down from 68% to 54%`, `rose from $50 million to`: the verb stands before `from` and the first figure.
      // `worsened slightly to 1.2%`: an adverb may stand between the verb and `to`.
      const adverb = this.toks[k - 1]?.t === T.Word && this.lower(k - 1).endsWith('ly') ? 1 : 0;
      const v = this.toks[k - 1]?.t === T.Num || this.isSym(k - 1, '%') || k - 1 === this.previousEnd ? this.verbBeforeFrom(k - 1) : this.lower(k - 1 - adverb);
      if (CHANGE_TO_UP.has(v) || UP_BEFORE.has(v)) d.direction = 'up';
      else if (CHANGE_TO_DOWN.has(v) || DOWN_BEFORE.has(v)) d.direction = 'down';
      return;
    }
    if (LEVEL_WORDS.has(p)) return;
    // Direction after: `a 32% increase`, `32% year-over-year growth`, `8% lower`.
    // A few describing words may stand between (`30% top-line growth`, `a 5% organic decline`).
    let j = this.skipPeriodWords(d.endToken);
    // `15% less than last year`: right after a ratio, `more than`/`less than` compare; elsewhere they qualify.
    // `HK$0.8 billion less than last year`: so do they after an amount, before words (not before a number).
    const compares = (steps: number) => this.lower(j + 1) !== 'than' || (steps === 0 && (RATIO_UNITS.has(d.unit) || (isMoney(d.unit) && this.toks[j + 2]?.t === T.Word)));
    for (let steps = 0; steps <= DIRECTION_SPAN; steps++, j++) {
      const t = this.toks[j];
      if (!t || t.t === T.Num || (t.t === T.Sym && !this.isHyphen(j))) return;
      const n = t.lower;
      if (UP_AFTER.has(n) && (n !== 'more' || compares(steps))) d.direction = 'up';
      else if (DOWN_AFTER.has(n) && (n !== 'less' || compares(steps))) d.direction = 'down';
      if (d.direction || NOT_DESCRIBING.has(n)) return;
    }
  }

  /** The nearest verb of change within `span` words before token k (and no further than the clause). */
  verbBefore(k: number, span: number): string | null {
    for (let j = k; j >= 0 && j > k - span; j--) {
      const t = this.toks[j];
      if (t.t !== T.Word) return null;
      if (UP_BEFORE.has(t.lower) || DOWN_BEFORE.has(t.lower) || CHANGE_TO_UP.has(t.lower) || CHANGE_TO_DOWN.has(t.lower)) return t.lower;
    }
    return null;
  }

  /** The verb before `from` when token k ends the first figure of `from A to B`; '' when there is none. */
  verbBeforeFrom(k: number): string {
    for (let j = k; j >= 0 && j > k - FROM_SPAN; j--) {
      // `rose from`, `came down from` (`down` is the direction word), `went up from`.
      if (this.lower(j) === 'from') return this.lower(j - 1);
    }
    return '';
  }

  /** A loss word shortly before the amount at token s, in the same clause, with no other number between. */
  lossBefore(s: number): boolean {
    for (let k = s - 1; k >= 0 && k >= s - LOSS_SPAN; k--) {
      const t = this.toks[k];
      if (t.t === T.Num || (t.t === T.Sym && t.lower !== '-')) return false;
      if (LOSS_WORDS.has(t.lower)) return true;
    }
    return false;
  }

  /** A word before `up to` that makes `up` a direction (`ticked up to 116%`) rather than `up to` a bound. */
  isDirectionContext(k: number): boolean {
    const w = this.lower(k);
    return (
      w === 'is' || w === 'was' || w === 'are' || w === 'were' || w === 'revenue' || w === 'margin' || w === 'went' || w === 'goes' || w === 'go' ||
      w === 'came' || w === 'comes' || w === 'tick' || w === 'ticks' || w === 'move' || w === 'moves' || w === 'way' || (w.length > 3 && w.endsWith('ed'))
    );
  }

  /** `per share` (or `EPS`) earlier in the sentence, after any other money: `net income per share of $0.10`. */
  perShareBefore(d: EnglishDraft, after: number): boolean {
    for (let k = d.startToken - 1; k >= after && k >= d.startToken - 30; k--) {
      const t = this.toks[k];
      if (t.t === T.Sym && (t.lower === '.' || t.lower === ';' || t.lower === '?' || t.lower === '!')) return false;
      if (t.t !== T.Word) continue;
      if (t.lower === 'eps') return true;
      if (t.lower === 'share' && (this.lower(k - 1) === 'per' || (this.lower(k - 2) === 'per' && (this.lower(k - 1) === 'diluted' || this.lower(k - 1) === 'basic')))) return true;
    }
    return false;
  }

  /** `an increase of 8% sequentially and 36% year-over-year`: the second figure takes the first one's direction. */
  inherits(prev: EnglishDraft, d: EnglishDraft): boolean {
    if (prev.unit !== d.unit || !prev.direction || d.direction || d.contextStart === undefined || d.contextStart <= prev.endToken) return false;
    // `up 250% since December and 490% year-over-year`: a short phrase, then `and`, `or` or a comma.
    let joined = false;
    let j = this.skipPeriodWords(prev.endToken);
    for (let steps = 0; j < d.contextStart; steps++, j++) {
      const t = this.toks[j];
      if (steps >= INHERIT_SPAN || t.t === T.Num || (t.t === T.Sym && t.lower !== ',')) return false;
      // `increased 3.1%, less than the 4% we had guided`: a comparison, not a list.
      if (t.lower === 'than') return false;
      if (UP_BEFORE.has(t.lower) || DOWN_BEFORE.has(t.lower) || LEVEL_WORDS.has(t.lower)) return false;
      if (t.lower === ',' || t.lower === 'and' || t.lower === 'or') joined = true;
    }
    return joined;
  }

  /** Skips `year-over-year`, `y/y`, `yoy`, `sequentially`, `quarter-over-quarter` after a figure. */
  skipPeriodWords(j: number): number {
    const w = this.lower(j);
    if ((w === 'year' || w === 'quarter' || w === 'month') && this.isHyphen(j + 1) && this.lower(j + 2) === 'over' && this.isHyphen(j + 3)) return j + 5;
    if ((w === 'year' || w === 'quarter') && this.lower(j + 1) === 'over' && (this.lower(j + 2) === 'year' || this.lower(j + 2) === 'quarter')) return j + 3;
    if (w === 'yoy' || w === 'sequential' || w === 'sequentially' || w === 'annual' || w === 'organic' || w === 'qoq') return j + 1;
    if ((w === 'y' || w === 'q') && this.isSym(j + 1, '/') && (this.lower(j + 2) === 'y' || this.lower(j + 2) === 'q')) return j + 3;
    return j;
  }

  /** The figures read, in text order, each with its context applied. */
  figures(): Figure[] {
    const toks = this.toks;
    const text = this.text;
    const result: Figure[] = [];
    // Two drafts merged into one range: the range takes the first's place and the second is dropped, so that
    // the draft after a merge is still the next one read; the list is compacted once after each pass (no splice,
    // which would make a paragraph of many ranges quadratic).
    const dropped = new Set<EnglishDraft>();
    const merge = (x: number, range: EnglishDraft) => {
      dropped.add(this.out[x + 1]);
      this.out[x] = range;
    };
    // `five to ten per cent`, `30 to 40 percentage points` with a word between: the low end takes the high end's unit.
    for (let x = this.out.length - 2; x >= 0; x--) {
      const d = this.out[x];
      const nx = this.out[x + 1];
      const ratio = nx.unit === 'percent' || nx.unit === 'pp' || nx.unit === 'bp';
      if (d.unit !== 'count' || d.label || d.scale || d.low !== undefined || !ratio || nx.low !== undefined || d.value >= nx.value) continue;
      const joint = d.endToken;
      if (nx.startToken !== joint + 1 || !(this.lower(joint) === 'to' || this.isHyphen(joint)) || this.changeBefore(d.startToken)) continue;
      merge(x, { ...nx, startToken: d.startToken, value: round((d.value + nx.value) / 2), low: d.value, high: nx.value, approx: d.approx ?? nx.approx });
    }
    compact(this.out, dropped);
    // `6, 9, 12 months`, `two or three years`: numbers listed before a duration take its unit.
    for (let x = this.out.length - 2; x >= 0; x--) {
      const d = this.out[x];
      const nx = this.out[x + 1];
      // `one or two years`: a `one` that may be a pronoun is listed too.
      if (d.unit !== 'count' || d.label || d.scale || (d.note && d.note !== 'pronoun') || !nx.unit.startsWith('duration') || nx.low !== undefined) continue;
      let j = d.endToken;
      if (this.isSym(j, ',')) j++;
      if (this.lower(j) === 'or' || this.lower(j) === 'and' || this.lower(j) === 'to') j++;
      const factor = nx.listFactor ?? DURATIONS.get(this.lower(nx.endToken - 1))?.[1];
      // Listed numbers rise (`6, 9, 12 months`); `September 30, 1882, 136 years ago` lists none.
      if (j !== nx.startToken || j === d.endToken || factor === undefined || d.value * factor > nx.value) continue;
      // `two to four weeks`, `10-15 minutes` written with a word: one range.
      const joint = this.lower(j - 1);
      if ((joint === 'to' || this.isHyphen(j - 1)) && d.value * factor < nx.value && !this.changeBefore(d.startToken)) {
        const low = round(d.value * factor);
        merge(x, { ...nx, startToken: d.startToken, value: round((low + nx.value) / 2), low, high: nx.value, approx: d.approx ?? nx.approx });
        continue;
      }
      // `two or three hours`: a rough length, weak, as Chinese writes `兩三個小時`; `8 or 11 months`: the first
      // of two alternatives, which Chinese may write bare (`8 或 11 個月`), weak.
      if (joint === 'or' && nx.value === (d.value + 1) * factor) {
        nx.note = 'vague';
        nx.salient = false;
      }
      if (joint === 'or') d.note = 'vague';
      d.unit = nx.unit;
      d.value = round(d.value * factor);
      d.salient = d.value !== factor && d.note !== 'vague';
      d.contextual = false;
      d.listFactor = factor;
    }
    compact(this.out, dropped);
    /** The last figure of each unit, whose direction a figure listed after it may share. */
    const lastOfUnit = new Map<FigureUnit, EnglishDraft>();
    let moneyEnd = 0;
    let previous: EnglishDraft | undefined;
    for (const d of this.out) {
      this.previousEnd = previous ? previous.endToken - 1 : -1;
      this.context(d);
      // `net loss narrowed to $42 million from $77 million`: the loss goes on to the level it moved from or to.
      if (previous && isMoney(d.unit) && d.value > 0 && isMoney(previous.unit) && previous.value < 0 && d.startToken === previous.endToken + 1 && (this.lower(previous.endToken) === 'from' || this.lower(previous.endToken) === 'to') && this.lossBefore(previous.startToken)) d.value = -d.value;
      previous = d;
      if (isCurrency(d.unit) && !d.label) {
        if (this.perShareBefore(d, moneyEnd)) d.unit = `${d.unit}/share` as FigureUnit;
        moneyEnd = d.endToken;
      } else if (d.unit.endsWith('/share')) moneyEnd = d.endToken;
      const prev = lastOfUnit.get(d.unit);
      if (prev && this.inherits(prev, d)) d.direction = prev.direction;
      if (!d.label) lastOfUnit.set(d.unit, d);
      result.push(toFigure(d, text, toks[d.startToken].start, toks[d.endToken - 1].end, d.scale?.toLowerCase()));
    }
    for (const s of this.spans) result.push(toFigure(s, text, s.start, s.end));
    result.sort((a, b) => a.start - b.start);
    return result;
  }
}

/** Removes the dropped drafts from the list, in place, in one pass. */
function compact(drafts: EnglishDraft[], dropped: ReadonlySet<EnglishDraft>): void {
  if (dropped.size === 0) return;
  let kept = 0;
  for (const d of drafts) if (!dropped.has(d)) drafts[kept++] = d;
  drafts.length = kept;
}
