// The context of each figure, read once all figures are drafted: approximation words before it
// (`約`, `超過`, also earlier in the clause: `約佔全年計畫的三分之二`) or after it (`多`, `以上`,
// `左右`), direction words (`年增 32%`, `降至 41%`, `32% 的增長`), a sign (`負 440 萬美元`, `-2%`)
// and a loss word (`淨虧損人民幣 67.5 億元`). Then the drafts become figures.
import { toFigure } from '../draft';
import { isMoney, type Approximation, type Figure } from '../types';
import { endsWithAny, startsWithAny } from './lookup';
import type { ChineseDraft } from './quantities';
import { FigureScanner } from './scanner';
import { APPROX_AFTER, APPROX_BEFORE_MAP, APPROX_BEFORE_WORDS, CLAUSE_APPROX_MAP, CLAUSE_APPROX_SPAN, CLAUSE_APPROX_WORDS, CLAUSE_BREAK, CURRENCY_NAMES, DOWN_AFTER_ENTRIES, DOWN_TO_WORDS, DOWN_WORDS, LEVEL_BEFORE, LOSS_SPAN, LOSS_WORDS, MEASURES, UP_AFTER_ENTRIES, UP_NOUNS, DOWN_NOUNS, UP_TO_WORDS, UP_WORDS } from './words';

/** Reads the context of each figure read, and gives the figures. */
/** How many characters may describe the noun that gives a figure its direction (`的同店銷售衰退`). */
const DIRECTION_NOUN_SPAN = 6;
/** What ends that description: punctuation, digits, or a verb of being. */
const DESCRIBING_BREAK = /[，,。；;！？!?、\d０-９是為为有]/;
/** How far back from `多`/`少` before a figure its `比` may stand (`比前一年多 15%`). */
const COMPARISON_SPAN = 12;
/** How far the level a loss moved to may stand from the loss (`收窄至 `). */
const LOSS_MOVE_SPAN = 6;

export class ContextScanner extends FigureScanner {
  /** Applies the words around a figure: approximation words before or after it, and direction words. */
  context(d: ChineseDraft): void {
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
    if (d.unit === 'year' || d.unit === 'date' || d.unit === 'quarter' || d.unit === 'ordinal' || d.unit === 'half') return;
    // Direction before: `年增32%`, `較去年同期成長 34%`, `下降了 200 個基點`; `降至 71%` is a level that moved down,
    // and so is `延長至 12 週`.
    // `年增人民幣 26 億元`, `降至人民幣 13 億元`: the currency named between the direction word and the amount.
    const currency = isMoney(d.unit) ? endsWithAny(s, b, CURRENCY_NAMES) : null;
    if (currency) b = this.skipSpacesBack(b - currency.length);
    if (s[b - 1] === '了') b = this.skipSpacesBack(b - 1);
    if (s[b - 1] === '至' || s[b - 1] === '到') {
      if (endsWithAny(s, b - 1, UP_TO_WORDS)) d.direction = 'up';
      else if (endsWithAny(s, b - 1, DOWN_TO_WORDS)) d.direction = 'down';
      return;
    }
    if (d.unit.startsWith('duration')) return;
    if (LEVEL_BEFORE.includes(s[b - 1] ?? '')) {
      // `增幅為 9.5%`, `降幅達 5%`: the level of a change.
      const noun = this.skipSpacesBack(b - 1);
      if (endsWithAny(s, noun, UP_NOUNS)) d.direction = 'up';
      else if (endsWithAny(s, noun, DOWN_NOUNS)) d.direction = 'down';
      return;
    }
    // `比前一年多 15%`, `比去年同期少 3 億美元`: a comparison with `比`.
    if ((s[b - 1] === '多' || s[b - 1] === '少') && this.comparedBefore(b - 1)) {
      d.direction = s[b - 1] === '多' ? 'up' : 'down';
      return;
    }
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
    // `4.7% 的同店銷售衰退`: after `的`, a few describing characters may stand before the noun.
    else if (s[this.skipSpaces(d.end)] === '的') {
      for (let k = e + 1; k <= e + DIRECTION_NOUN_SPAN && k < s.length && !DESCRIBING_BREAK.test(s[k - 1]); k++) {
        if (startsWithAny(s, k, UP_AFTER_ENTRIES)) d.direction = 'up';
        else if (startsWithAny(s, k, DOWN_AFTER_ENTRIES)) d.direction = 'down';
        if (d.direction) return;
      }
    }
  }

  /** `比` (or `較`) earlier in the clause that ends at `b`, with no other figure between: a comparison. */
  comparedBefore(b: number): boolean {
    const s = this.s;
    for (let k = b; k > 0 && k > b - COMPARISON_SPAN; k--) {
      if (CLAUSE_BREAK.test(s[k - 1])) return false;
      if (s[k - 1] === '比' || s[k - 1] === '較' || s[k - 1] === '较') return true;
    }
    return false;
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

  /** `淨虧損從 7,700 萬美元收窄至 4,200 萬美元`: the loss ending at `lossEnd` moved to the amount at `b` (a verb and `至` between). */
  lossMovedTo(lossEnd: number, b: number): boolean {
    const s = this.s;
    if (lossEnd < 0 || (s[b - 1] !== '至' && s[b - 1] !== '到') || b - lossEnd > LOSS_MOVE_SPAN) return false;
    const between = s.slice(lossEnd, b - 1).trim();
    return between === '' || endsWithAny(between, between.length, DOWN_TO_WORDS) !== null || endsWithAny(between, between.length, UP_TO_WORDS) !== null;
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

  /** The figures read, in text order, with their context, sign and losses applied. */
  figures(): Figure[] {
    const s = this.s;
    const result: Figure[] = [];
    let lastEnd = -1;
    /** The amount read before, when a loss word made it negative. */
    let lossEnd = -1;
    for (const d of this.out) {
      if (d.start < lastEnd) continue; // overlapping reads keep the first
      lastEnd = d.end;
      this.context(d);
      // `負 440 萬美元`, `-2%`, `負人民幣 18.4 億元`: a negative amount.
      let b = this.skipSpacesBack(d.start);
      const prefix = isMoney(d.unit) ? endsWithAny(s, b, CURRENCY_NAMES) : null;
      if (prefix) b = this.skipSpacesBack(b - prefix.length);
      const loss = isMoney(d.unit) && d.value > 0 && (this.lossBefore(b) || this.lossMovedTo(lossEnd, b));
      if (loss) d.value = -d.value;
      lossEnd = loss ? d.end : -1;
      const sign = s[b - 1];
      // `38 - 17` (a score), `A - 5`: a dash after a number or a word, spaced or not, is no sign.
      const dashJoins = /[\dA-Za-z０-９½¼¾]/.test(s[this.skipSpacesBack(b - 1) - 1] ?? '');
      if (!d.label && (sign === '負' || sign === '负' || ((sign === '-' || sign === '－' || sign === '−') && !dashJoins)) && (isMoney(d.unit) || d.unit === 'percent' || d.unit === 'count' || d.unit === 'pp' || d.unit === 'bp')) {
        d.value = -d.value;
        if (d.low !== undefined && d.high !== undefined) [d.low, d.high] = [-d.high, -d.low];
      }
      result.push(toFigure(d, s, d.start, d.end));
    }
    return result;
  }
}
