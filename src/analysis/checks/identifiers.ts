// Identifiers keep their digits in translation: model and product names (`H100`, `GB200`, `5G`,
// `RX-8`), names with a number (`Wi-Fi 7`, `Fab 18`, `Fortune 500` / `財富 500 強`) and process nodes
// (`3-nanometer` / `3 奈米`). The figure engine reads their digits as labels and never compares them;
// here an identifier whose name the translation keeps with other digits is a changed figure.
import type { CheckFigure } from './alignment';

export interface Identifier {
  /** What names it apart from its digits: `H#`, `#G`, `WI-FI #`, `FORTUNE #`, `# NM`. */
  readonly key: string;
  readonly digits: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Letters then digits (`H100`, `GB200`, `RX-8`, `HBM3E`), or digits then letters (`5G`, `4K`), as one whole token. */
const LETTERS_DIGITS = /^([A-Za-z]{1,10})-?(\d{1,6})([A-Za-z]{0,4})$/;
const DIGITS_LETTERS = /^(\d{1,4})([A-Za-z]{1,3})$/;
const NAME_WORD = /^[A-Z][A-Za-z]{0,12}(?:-[A-Za-z]{1,12})?$/;
/** Words after a number that make it a process node (`3-nanometer`, `3 nm`, `3 奈米`). */
const NODE_WORDS = ['nanometer', 'nanometers', 'nanometre', 'nanometres', 'nm', '奈米', '納米', '纳米'];
/** Names that Chinese translates while keeping the number (`Fortune 500` → `財富 500 強`), by the word before it. */
const NAME_KEYS = new Map([
  ['Fortune', 'FORTUNE #'], ['財富', 'FORTUNE #'], ['财富', 'FORTUNE #'],
  ['Boeing', 'BOEING #'], ['波音', 'BOEING #'],
  ['Airbus', 'AIRBUS #'], ['空客', 'AIRBUS #'], ['空中巴士', 'AIRBUS #'],
]);
/** Letters before digits that make a period or an amount, not a name (`Q1`, `FY24`, `RMB23`, `US$`). */
const PERIOD_OR_CURRENCY = new Set(['q', 'h', 'fy', 'rmb', 'usd', 'hkd', 'twd', 'ntd', 'cny', 'jpy', 'krw', 'inr', 'eur', 'gbp', 'rs', 'us', 'hk', 'nt']);
/** Letters after digits that make a unit, scale, ordinal or period (`2nd`, `5x`, `10k`, `5pm`, `1Q`). */
const UNIT_SUFFIX = new Set(['q', 'h', 'st', 'nd', 'rd', 'th', 's', 'x', 'k', 'm', 'b', 'bn', 'mn', 'mm', 'tn', 'pm', 'am', 'pp', 'bp', 'bps', 'yoy', 'qoq', 'fy']);
/** `3-nanometer`, `2-nm` written as one token. */
const NODE_TOKEN = /^(\d{1,2}(?:\.\d)?)[-‑](?:nanometers?|nanometres?|nm)$/i;

/** `Q1`, `H2`, `H12024`: the digits of a period (a quarter or half, perhaps with its year), not of a name like `H100` or `H120`. */
function periodDigits(letters: string, digits: string): boolean {
  if (!/^[qh]$/i.test(letters)) return true;
  const year = Number(digits.slice(1));
  return digits.length === 1 || (digits.length === 5 && year >= 1990 && year <= 2099);
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigitCode = (c: number) => c >= 48 && c <= 57;

const isHyphen = (c: number) => c === 45 || c === 0x2011;

/**
 * The run of ASCII letters and digits around the digit at i, with inner hyphens (`RX-8`) and
 * decimal points (`1.4`). Only runs with a digit can be identifiers, so the scan starts from digits:
 * prose, mostly letters, is passed over without building a token for every word.
 */
function tokenAround(text: string, i: number): { start: number; end: number } {
  let start = i;
  for (;;) {
    const c = text.charCodeAt(start - 1);
    if (start > 0 && isAsciiAlnum(c)) start--;
    else if (isHyphen(c) && isAsciiAlnum(text.charCodeAt(start - 2))) start -= 2;
    else if (c === 46 && isDigitCode(text.charCodeAt(start - 2)) && isDigitCode(text.charCodeAt(start))) start -= 2;
    else break;
  }
  let end = i + 1;
  for (;;) {
    const c = text.charCodeAt(end);
    if (isAsciiAlnum(c)) end++;
    else if (isHyphen(c) && isAsciiAlnum(text.charCodeAt(end + 1))) end += 2;
    else if (c === 46 && isDigitCode(text.charCodeAt(end - 1)) && isDigitCode(text.charCodeAt(end + 1))) end += 2;
    else break;
  }
  return { start, end };
}

/** The word (Latin letters, or a Chinese name) right before `start`, across at most one space. */
function wordBefore(text: string, start: number): string {
  let k = start;
  if (text[k - 1] === ' ') k--;
  let b = k;
  while (b > 0 && (isAsciiAlnum(text.charCodeAt(b - 1)) || (isHyphen(text.charCodeAt(b - 1)) && isAsciiAlnum(text.charCodeAt(b - 2))))) b--;
  if (b < k) return text.slice(b, k);
  for (const [name] of NAME_KEYS) if (name.charCodeAt(0) > 0x7f && text.startsWith(name, k - name.length)) return name;
  return '';
}

/** The identifiers written in a text, in order. */
export function identifiersIn(text: string): Identifier[] {
  const found: Identifier[] = [];
  const add = (key: string, digits: string, start: number, end: number) => found.push({ key, digits, start, end, text: text.slice(start, end) });
  for (let i = 0; i < text.length; i++) {
    if (!isDigitCode(text.charCodeAt(i))) continue;
    const { start, end } = tokenAround(text, i);
    i = end - 1;
    read(start, end);
  }
  return found;

  function read(start: number, end: number): void {
    const token = text.slice(start, end);
    const glued = LETTERS_DIGITS.exec(token);
    if (glued) {
      if (!PERIOD_OR_CURRENCY.has(glued[1].toLowerCase()) || glued[3] || !periodDigits(glued[1], glued[2])) add(`${glued[1].toUpperCase()}#${glued[3].toUpperCase()}`, glued[2], start, end);
      return;
    }
    const reversed = DIGITS_LETTERS.exec(token);
    // `757s` is read below, as the plural of a name's number.
    if (reversed && reversed[2] !== 's') {
      if (NODE_WORDS.includes(reversed[2].toLowerCase())) add('# NM', reversed[1], start, end);
      else if (!UNIT_SUFFIX.has(reversed[2].toLowerCase())) add(`#${reversed[2].toUpperCase()}`, reversed[1], start, end);
      return;
    }
    const node = NODE_TOKEN.exec(token);
    if (node) {
      add('# NM', node[1], start, end);
      return;
    }
    // Longer names with several numbers (`A350-900`, `RIIO-T3`, `802.11be`): every digit run counts.
    if (/[A-Za-z]/.test(token) && /\d/.test(token)) {
      const runs = token.split(/\D+/).filter(Boolean);
      add(token.replace(/\d+/g, '#').toUpperCase(), runs.join('-'), start, end);
      return;
    }
    if (!isDigitCode(token.charCodeAt(0)) || token.length > 6) return;
    // A process node: `3-nanometer`, `3 nm`, `3 奈米`.
    let after = end;
    if (text[after] === ' ' || text[after] === '-') after++;
    const nodeWord = NODE_WORDS.find((word) => text.startsWith(word, after) && !isAsciiAlnum(text.charCodeAt(after + word.length)));
    if (nodeWord) {
      add('# NM', token, start, after + nodeWord.length);
      return;
    }
    // `Boeing 757s`: a plural of the name.
    if (!/^\d{1,5}s?$/.test(token)) return;
    const digits = token.replace(/s$/, '');
    const before = wordBefore(text, start);
    const translated = NAME_KEYS.get(before);
    if (translated) add(translated, digits, start, end);
    else if (NAME_WORD.test(before)) add(`${before.toUpperCase()} #`, digits, start, end);
  }
}

function asFigure(identifier: Identifier): CheckFigure {
  return { start: identifier.start, end: identifier.end, text: identifier.text, value: Number(identifier.digits), unit: 'count', direction: null, salient: true };
}

/**
 * English identifiers that the translation writes with other digits: each with the Chinese identifier
 * of the same name. A name the translation keeps with the same digits anywhere is never reported.
 */
export function changedIdentifiers(english: readonly Identifier[], chinese: readonly Identifier[]): Array<[CheckFigure, CheckFigure, string]> {
  const changed: Array<[CheckFigure, CheckFigure, string]> = [];
  const used = new Set<Identifier>();
  for (const e of english) {
    const sameName = chinese.filter((z) => z.key === e.key);
    if (sameName.length === 0 || sameName.some((z) => z.digits === e.digits)) continue;
    const z = sameName.find((candidate) => !used.has(candidate) && !english.some((other) => other.key === e.key && other.digits === candidate.digits));
    if (!z) continue;
    used.add(z);
    // The fix keeps the translation's name and writes the English digits (`H120` → `H100`).
    changed.push([asFigure(e), asFigure(z), z.text.replace(z.digits, e.digits)]);
  }
  return changed;
}

/** The numbers written inside identifiers: a figure the other side reads there is no figure of its own. */
export function identifierNumbers(identifiers: readonly Identifier[]): Set<number> {
  return new Set(identifiers.flatMap((identifier) => identifier.digits.split('-').map(Number)));
}
