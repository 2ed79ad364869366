// The English tokenizer: one hand-written pass splits a paragraph into numbers (with any letter
// suffix: `1.2bn`, `2nd`, `1Q24`), words and single symbols. Nothing backtracks. `TokenReader`
// holds the tokens and the small questions the readers ask of them.
import { englishCurrencies, LETTER_SIGNS } from '../lexicon';

/** What a token is. */
export const enum T {
  Num,
  Word,
  Sym,
}

export interface Tok {
  readonly t: T;
  readonly start: number;
  /** End of the whole token (number with its letter suffix, word, symbol). */
  readonly end: number;
  /** Lower-cased text of a word or symbol; for a number, its letter suffix lower-cased (`bn`, `q`, `th`). */
  readonly lower: string;
  /** Whitespace stands right before the token. */
  readonly space: boolean;
  /** For numbers: the value of the digits, the end of the digits, and how they were written. */
  readonly value: number;
  readonly numEnd: number;
  readonly intDigits: number;
  readonly comma: boolean;
  readonly dot: boolean;
  /** For words: the first letter is upper-case. */
  readonly cap: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

/** A separator (`,` or `-`) at j directly followed by a digit. */
function isChainAt(s: string, j: number, sep: number): boolean {
  return s.charCodeAt(j) === sep && isDigit(s.charCodeAt(j + 1));
}
function skipDigits(s: string, j: number): number {
  while (isDigit(s.charCodeAt(j))) j++;
  return j;
}

/** Where Indian digit groups that start at j end (`,17,240`: one or more `,dd`, then `,ddd`), or -1. */
function indianGroupsEnd(s: string, j: number): number {
  let k = j;
  let pairs = 0;
  while (s.charCodeAt(k) === 44 && isDigit(s.charCodeAt(k + 1)) && isDigit(s.charCodeAt(k + 2)) && s.charCodeAt(k + 3) === 44) {
    k += 3;
    pairs++;
  }
  const last = pairs > 0 && s.charCodeAt(k) === 44 && isDigit(s.charCodeAt(k + 1)) && isDigit(s.charCodeAt(k + 2)) && isDigit(s.charCodeAt(k + 3)) && !isDigit(s.charCodeAt(k + 4));
  return last ? k + 4 : -1;
}

/** Scale words that make a letter glued to digits a currency sign (`R12.3 billion`), not a name (`R2`). */
const SIGN_SCALES = ['million', 'billion', 'trillion', 'bn', 'mn', 'tn'];

/** Whether an amount with a spaced scale word starts at j: digits, groups, decimals, then ` billion`. */
function scaledAmountAt(s: string, j: number): boolean {
  let k = j;
  while (isDigit(s.charCodeAt(k)) || ((s.charCodeAt(k) === 44 || s.charCodeAt(k) === 46) && isDigit(s.charCodeAt(k + 1)))) k++;
  if (k === j || s.charCodeAt(k) !== 32) return false;
  return SIGN_SCALES.some((scale) => s.startsWith(scale, k + 1) && !isLetter(s.charCodeAt(k + 1 + scale.length)));
}

/** Currency codes written glued to the digits of an amount: `RMB23.4 billion`, `USD5`. */
const GLUED_CURRENCY_CODES = new Set(englishCurrencies('codes').keys());

export function tokenize(s: string): Tok[] {
  const toks: Tok[] = [];
  const n = s.length;
  let i = 0;
  let space = true;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    const leadingDot = c === 46 && i + 1 < n && isDigit(s.charCodeAt(i + 1)) && (i === 0 || isSpace(s.charCodeAt(i - 1)));
    if (isDigit(c) || leadingDot) {
      let j = i;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      const intDigits = j - i;
      let comma = false;
      // Indian grouping: `3,17,240`, `12,50,000` (pairs of digits, then three).
      const indian = intDigits <= 2 ? indianGroupsEnd(s, j) : -1;
      if (indian > 0) {
        comma = true;
        j = indian;
      }
      // A comma groups thousands only where exactly three digits and then a non-digit follow.
      while (
        intDigits > 0 &&
        intDigits <= 3 &&
        j + 3 < n + 0 &&
        s.charCodeAt(j) === 44 &&
        isDigit(s.charCodeAt(j + 1)) &&
        isDigit(s.charCodeAt(j + 2)) &&
        isDigit(s.charCodeAt(j + 3)) &&
        !(j + 4 < n && isDigit(s.charCodeAt(j + 4)))
      ) {
        comma = true;
        j += 4;
      }
      let dot = false;
      if (j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
        dot = true;
        j++;
        while (j < n && isDigit(s.charCodeAt(j))) j++;
      }
      // Versions and addresses (`1.1.1.1`, `3.5.2`) and clock times (`5:00`) are marked by a suffix
      // that no unit uses: `#` for dotted runs (never a figure), `#time` for times.
      if (dot && j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
        while (j + 1 < n && s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
          j++;
          while (j < n && isDigit(s.charCodeAt(j))) j++;
        }
        toks.push({ t: T.Num, start, end: j, lower: '#', space, value: NaN, numEnd: j, intDigits, comma, dot, cap: false });
        i = j;
        space = false;
        continue;
      }
      if (!dot && !comma && intDigits <= 2 && s.charCodeAt(j) === 58 && isDigit(s.charCodeAt(j + 1)) && isDigit(s.charCodeAt(j + 2)) && !isDigit(s.charCodeAt(j + 3))) {
        const value = Number(s.slice(i, j)) * 100 + Number(s.slice(j + 1, j + 3));
        toks.push({ t: T.Num, start, end: j + 3, lower: '#time', space, value, numEnd: j + 3, intDigits, comma, dot, cap: false });
        i = j + 3;
        space = false;
        continue;
      }
      // `1,1,1`, `1,5` (a comma not grouping thousands) and `1-800-555-0100`, `2024-05-02` (three or
      // more numbers joined by hyphens) are codes, not figures: one `#` token for the whole run.
      if (isChainAt(s, j, 44) || (isChainAt(s, j, 45) && isChainAt(s, skipDigits(s, j + 1), 45))) {
        const sep = s.charCodeAt(j);
        while (isChainAt(s, j, sep)) j = skipDigits(s, j + 1);
        toks.push({ t: T.Num, start, end: j, lower: '#', space, value: NaN, numEnd: j, intDigits, comma, dot, cap: false });
        i = j;
        space = false;
        continue;
      }
      const numEnd = j;
      while (j < n && (isLetter(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)))) j++;
      const raw = s.slice(i, numEnd);
      // Very long digit runs are no figures (and would lose precision).
      const value = numEnd - i > 20 ? NaN : Number(comma ? raw.replace(/,/g, '') : raw);
      toks.push({ t: T.Num, start, end: j, lower: s.slice(numEnd, j).toLowerCase(), space, value, numEnd, intDigits: leadingDot ? 0 : intDigits, comma, dot, cap: false });
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      let digits = false;
      let upper = c <= 90;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (isDigit(d)) {
          // `RMB23.4 billion`, `USD5`: a currency code glued to its amount is a word of its own.
          if (!digits && GLUED_CURRENCY_CODES.has(s.slice(i, j).toLowerCase())) break;
          // `R12.3 billion`: a letter sign glued to a scaled amount.
          if (j === i + 1 && LETTER_SIGNS.has(s[i]) && scaledAmountAt(s, j)) break;
          digits = true;
        } else if (!isLetter(d)) break;
        else if (d <= 90) upper = true;
      }
      // Most words are lower-case already: lower-casing them would only copy them.
      const word = s.slice(i, j);
      // For words, `dot` marks digits inside (`R2`, `Q1`, `FY24`).
      toks.push({ t: T.Word, start, end: j, lower: upper ? word.toLowerCase() : word, space, value: NaN, numEnd: j, intDigits: 0, comma: false, dot: digits, cap: c <= 90 });
      i = j;
    } else {
      // Surrogate pairs stay one symbol.
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      toks.push({ t: T.Sym, start, end: i + width, lower: s.slice(i, i + width), space, value: NaN, numEnd: i + width, intDigits: 0, comma: false, dot: false, cap: false });
      i += width;
    }
    space = false;
  }
  return toks;
}

/** The tokens of a paragraph, and what the readers ask of one token. */
export class TokenReader {
  readonly toks: Tok[];
  constructor(readonly text: string) {
    this.toks = tokenize(text);
  }

  lower(i: number): string {
    const t = this.toks[i];
    return t === undefined || t.t === T.Num ? '' : t.lower;
  }
  isWord(i: number, w: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.t === T.Word && t.lower === w;
  }
  isSym(i: number, c: string): boolean {
    const t = this.toks[i];
    return t !== undefined && t.t === T.Sym && t.lower === c;
  }
  /** Token i touches the token before it (no whitespace between). */
  tight(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && !t.space && i > 0;
  }
  isHyphen(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.t === T.Sym && (t.lower === '-' || t.lower === '‑' || t.lower === '–');
  }
}
