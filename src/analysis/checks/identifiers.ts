// Identifiers keep their digits in translation: model and product names (`H100`, `GB200`, `5G`,
// `RX-8`), names with a number (`Wi-Fi 7`, `Fab 18`, `Fortune 500` / `財富 500 強`) and process nodes
// (`3-nanometer` / `3 奈米`). The figure engine reads their digits as labels and never compares them;
// here an identifier whose name the translation keeps with other digits is a changed figure.
import { chineseMeasures, englishMeasures } from '../figures/measures';
import type { CheckFigure } from './alignment';

export interface Identifier {
  /** What names it apart from its digits: `H#`, `#G`, `WI-FI #`, `FORTUNE #`, `# NM`, `LINE #`. */
  readonly key: string;
  /** The digit runs, joined by `-`: the numbers a figure reader may also see there. */
  readonly digits: string;
  /** What must be the same in a translation: the digits, with the letters that go with them (`3E` in `HBM3E`, `11BE` in `802.11be`). */
  readonly code: string;
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
const PERIOD_OR_CURRENCY = new Set(['q', 'h', 'fy', 'rmb', 'usd', 'hkd', 'twd', 'ntd', 'cny', 'jpy', 'krw', 'inr', 'eur', 'gbp', 'cad', 'aud', 'sgd', 'chf', 'brl', 'mxn', 'zar', 'rs', 'us', 'hk', 'nt']);
/** Letters after digits that make a unit, scale, ordinal or period (`2nd`, `5x`, `10k`, `5pm`, `1Q`). */
const UNIT_SUFFIX = new Set(['q', 'h', 'st', 'nd', 'rd', 'th', 's', 'x', 'k', 'm', 'b', 'bn', 'mn', 'mm', 'tn', 'pm', 'am', 'pp', 'bp', 'bps', 'yoy', 'qoq', 'fy']);
/** `3-nanometer`, `2-nm` written as one token. */
const NODE_TOKEN = /^(\d{1,2}(?:\.\d)?)[-‑](?:nanometers?|nanometres?|nm)$/i;
/** A unit after a number that makes it a band or clock rate (`3.5 GHz`). */
const BAND_UNIT = /^ ?(GHz|MHz)(?![A-Za-z])/;
/** `8.6-generation` written as one token. */
const GENERATION_TOKEN = /^(\d{1,2}(?:\.\d)?)[-‑]generation$/i;
/**
 * Words that name a numbered thing which Chinese writes in its own way around the same number:
 * `Line 12` / `12 號線`, `Phase 3` / `第 3 期`, `Fab 22` / `22 廠`, `Section 232` / `第 232 條`,
 * `Tower 3` / `3 號大樓`, `Gen-4` / `第 4 代`, `Double 11` / `雙 11`. English in any case.
 */
const NAMED_NUMBERS = new Map([
  ['line', 'LINE #'], ['phase', 'PHASE #'], ['fab', 'FAB #'], ['section', 'SECTION #'], ['article', 'SECTION #'],
  ['tower', 'TOWER #'], ['gen', 'GEN #'], ['generation', 'GEN #'], ['double', 'DOUBLE #'], ['version', 'VERSION #'],
]);
/** The same names in Chinese, by what stands after the number (with `第` before it where the name needs one). */
const CHINESE_NAMED_AFTER: ReadonlyArray<readonly [string, string, boolean]> = [
  ['號產線', 'LINE #', false], ['号产线', 'LINE #', false], ['號線', 'LINE #', false], ['号线', 'LINE #', false], ['產線', 'LINE #', false], ['产线', 'LINE #', false],
  ['期', 'PHASE #', true], ['廠', 'FAB #', false], ['厂', 'FAB #', false], ['條', 'SECTION #', true], ['条', 'SECTION #', true],
  ['號大樓', 'TOWER #', false], ['号大楼', 'TOWER #', false], ['號樓', 'TOWER #', false], ['号楼', 'TOWER #', false], ['代', 'GEN #', true],
  // A trial's phase needs no `第` (`3 期臨床試驗`, `2b 期試驗`); `分 3 期` alone is instalments.
  ['期臨床', 'PHASE #', false], ['期临床', 'PHASE #', false], ['期試驗', 'PHASE #', false], ['期试验', 'PHASE #', false],
  ['版', 'VERSION #', false],
];
/** The key of a power, energy or area measure, before its dimension: `MEASURE W`. */
const MEASURE_KEY = 'MEASURE ';
/** Ordinal words before `-generation` (`fourth-generation`). */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** Chinese numerals of a name's number (`第五代`, `第十二期`), 1–99. */
const NUMERAL_VALUES: Readonly<Record<string, number>> = { 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A name's key without the letters after its last number (`#.#BE` → `#.#`). */
function withoutTrailingLetters(key: string): string {
  let end = key.length;
  while (end > 0 && /[A-Z]/.test(key[end - 1])) end--;
  return key.slice(0, end);
}

/** A number of 1–99 in Chinese numerals at i (`五`, `十二`, `二十三`), or null. */
function numeralAt(text: string, i: number): { value: number; end: number } | null {
  const first = NUMERAL_VALUES[text[i]];
  if (text[i] === '十') {
    const unit = NUMERAL_VALUES[text[i + 1]];
    return unit ? { value: 10 + unit, end: i + 2 } : { value: 10, end: i + 1 };
  }
  if (!first) return null;
  if (text[i + 1] !== '十') return { value: first, end: i + 1 };
  const unit = NUMERAL_VALUES[text[i + 2]];
  return unit ? { value: first * 10 + unit, end: i + 3 } : { value: first * 10, end: i + 2 };
}

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
  const add = (key: string, digits: string, start: number, end: number, code = digits) => found.push({ key, digits, code, start, end, text: text.slice(start, end) });
  // A regular expression finds the next digit faster than a loop over every character.
  const digit = /\d/g;
  for (let match = digit.exec(text); match; match = digit.exec(text)) {
    const { start, end } = tokenAround(text, match.index);
    digit.lastIndex = end;
    read(start, end);
  }
  readSpelledNames();
  readMeasures();
  return found.sort((a, b) => a.start - b.start);

  /**
   * Power, energy and area (`1,250 MW`, `125 萬千瓦`, `1.6 million square feet`): compared in base units,
   * so a slipped prefix or unit is a changed code. The digits are the number the figure readers see.
   */
  function readMeasures(): void {
    const starts = new Set<number>();
    for (const measure of [...englishMeasures(text), ...chineseMeasures(text)]) {
      if (starts.has(measure.start)) continue;
      starts.add(measure.start);
      add(`${MEASURE_KEY}${measure.dimension}`, String(measure.written), measure.start, measure.end, String(measure.base));
    }
  }

  function read(start: number, end: number): void {
    const token = text.slice(start, end);
    const glued = LETTERS_DIGITS.exec(token);
    if (glued) {
      const [, letters, digits, suffix] = glued;
      if (PERIOD_OR_CURRENCY.has(letters.toLowerCase()) && !suffix && periodDigits(letters, digits)) return;
      // The letters after the digits belong to the code (`HBM3E` is not `HBM3`), a plural `s` does not (`A320neos`, `A350s`).
      const code = digits + suffix.replace(/s$/, '').toUpperCase();
      add(NAMED_NUMBERS.get(letters.toLowerCase()) ?? `${letters.toUpperCase()}#`, digits, start, end, code);
      return;
    }
    const reversed = DIGITS_LETTERS.exec(token);
    // `757s` is read below, as the plural of a name's number.
    if (reversed && reversed[2] !== 's') {
      const [, digits, letters] = reversed;
      // `phase 2b`, `第 2b 期`: a numbered thing whose number carries a letter.
      const named = NAMED_NUMBERS.get(wordBefore(text, start).toLowerCase()) ?? chineseNameKey(start, end);
      if (named && letters.length === 1) add(named, digits, start, end, digits + letters.toUpperCase());
      else if (NODE_WORDS.includes(letters.toLowerCase())) add('# NM', digits, start, end);
      else if (!UNIT_SUFFIX.has(letters.toLowerCase())) add(`#${letters.toUpperCase()}`, digits, start, end);
      // `Section 45X`, `Aeris 97K`, `第 48X 條`: one capital after the digits of a name, not a scale or a multiple.
      else if (/^[A-Z]$/.test(letters) && (NAME_WORD.test(wordBefore(text, start)) || /[\u4e00-\u9fff]/.test(text[start - 1] === ' ' ? text[start - 2] ?? '' : text[start - 1] ?? ''))) add(`#${letters}`, digits, start, end);
      return;
    }
    const node = NODE_TOKEN.exec(token);
    if (node) {
      add('# NM', node[1], start, end);
      return;
    }
    const generation = GENERATION_TOKEN.exec(token);
    if (generation) {
      add('GEN #', generation[1], start, end);
      return;
    }
    // Longer names with several numbers (`A350-900`, `RIIO-T3`, `802.11be`): every digit run counts, and the
    // letters after the last digit belong to the code (`802.11be` is not `802.11ax`).
    if (/[A-Za-z]/.test(token) && /\d/.test(token) && !/^\d+s$/.test(token)) {
      const runs = token.split(/\D+/).filter(Boolean);
      add(withoutTrailingLetters(token.replace(/\d+/g, '#').toUpperCase()), runs.join('-'), start, end, token.toUpperCase());
      return;
    }
    if (chineseNamed(start, end)) return;
    if (!isDigitCode(token.charCodeAt(0)) || token.length > 6) return;
    // A process node: `3-nanometer`, `3 nm`, `3 奈米`.
    let after = end;
    if (text[after] === ' ' || text[after] === '-') after++;
    const nodeWord = NODE_WORDS.find((word) => text.startsWith(word, after) && !isAsciiAlnum(text.charCodeAt(after + word.length)));
    if (nodeWord) {
      add('# NM', token, start, after + nodeWord.length);
      return;
    }
    // A band or clock rate: `3.5 GHz`, `2.4GHz` kept in the translation.
    const band = BAND_UNIT.exec(text.slice(end, end + 5));
    if (band && /^\d{1,2}(?:\.\d{1,2})?$/.test(token)) {
      add(`# ${band[1].toUpperCase()}`, token, start, end + band[0].length);
      return;
    }
    // `PCIe 6.0`, `Bluetooth 5.3`: a version after a name; `version 4.2` and `4.2 版` by its word.
    if (/^\d{1,2}\.\d{1,2}$/.test(token)) {
      const before = wordBefore(text, start);
      if (before.toLowerCase() === 'version') add('VERSION #', token, start, end);
      else if (NAME_WORD.test(before) && text[start - 1] === ' ') add(`${before.toUpperCase()} #`, token, start, end);
      else if (chineseNameKey(start, end) === 'VERSION #') add('VERSION #', token, start, end);
      else return;
      return;
    }
    // `Boeing 757s`: a plural of the name.
    if (!/^\d{1,5}s?$/.test(token)) return;
    const digits = token.replace(/s$/, '');
    const before = wordBefore(text, start);
    const translated = NAME_KEYS.get(before) ?? NAMED_NUMBERS.get(before.toLowerCase());
    if (translated) add(translated, digits, start, end);
    else if (NAME_WORD.test(before)) add(`${before.toUpperCase()} #`, digits, start, end);
  }

  /** A Chinese name around digits at start–end: `12 號線`, `第 3 期`, `22 廠`, `雙 11`. */
  function chineseNamed(start: number, end: number): boolean {
    // `8.5 代`: a generation with a decimal needs no `第`.
    if (/^\d{1,2}\.\d$/.test(text.slice(start, end)) && text.startsWith('代', text[end] === ' ' ? end + 1 : end)) {
      add('GEN #', text.slice(start, end), start, end);
      return true;
    }
    if (!/^\d{1,4}$/.test(text.slice(start, end))) return false;
    const key = chineseNameKey(start, end);
    if (key) add(key, text.slice(start, end), start, end);
    return key !== null;
  }

  /** The name key of a Chinese number at start–end, by the words around it. */
  function chineseNameKey(start: number, end: number): string | null {
    const after = text[end] === ' ' ? end + 1 : end;
    const before = text[start - 1] === ' ' ? start - 1 : start;
    if (text[before - 1] === '雙' || text[before - 1] === '双') return 'DOUBLE #';
    const ordinal = text[before - 1] === '第';
    for (const [word, key, needsOrdinal] of CHINESE_NAMED_AFTER) if ((ordinal || !needsOrdinal) && text.startsWith(word, after)) return key;
    return null;
  }

  /** Names whose number is a word: `第五代`, `第三期` in Chinese, `fourth-generation` in English. */
  function readSpelledNames(): void {
    for (let i = text.indexOf('第'); i >= 0; i = text.indexOf('第', i + 1)) {
      const numeral = numeralAt(text, i + 1);
      if (!numeral) continue;
      const key = chineseNameKey(i + 1, numeral.end);
      if (key) add(key, String(numeral.value), i, numeral.end + 1);
    }
    for (let i = text.indexOf('generation'); i >= 0; i = text.indexOf('generation', i + 1)) {
      if (text[i - 1] !== '-' && text[i - 1] !== ' ') continue;
      const word = text.slice(Math.max(0, i - 8), i - 1).split(/[^A-Za-z]/).pop()!.toLowerCase();
      const rank = ORDINAL_WORDS.indexOf(word);
      if (rank >= 0) add('GEN #', String(rank + 1), i - 1 - word.length, i + 'generation'.length);
    }
  }
}

function asFigure(identifier: Identifier): CheckFigure {
  return { start: identifier.start, end: identifier.end, text: identifier.text, value: Number(identifier.digits), unit: 'count', direction: null, salient: true };
}

/**
 * English identifiers that the translation writes with other digits: each with the Chinese identifier
 * of the same name. A name the translation keeps with the same digits anywhere is never reported.
 */
export function changedIdentifiers(english: readonly Identifier[], chinese: readonly Identifier[]): Array<[CheckFigure, CheckFigure, string, 'figure-mismatch' | 'figure-scale']> {
  const changed: Array<[CheckFigure, CheckFigure, string, 'figure-mismatch' | 'figure-scale']> = [];
  // Each name's codes are matched one for one (`5G … 5G` against `4G … 5G` leaves one `5G` and one `4G`);
  // what is left on both sides under one name is a changed identifier.
  const leftOver = (side: readonly Identifier[], other: readonly Identifier[]) => {
    const counts = new Map<string, number>();
    for (const identifier of other) counts.set(`${identifier.key} ${identifier.code}`, (counts.get(`${identifier.key} ${identifier.code}`) ?? 0) + 1);
    return side.filter((identifier) => {
      const k = `${identifier.key} ${identifier.code}`;
      const left = counts.get(k) ?? 0;
      if (left > 0) counts.set(k, left - 1);
      return left === 0;
    });
  };
  const chineseLeft = leftOver(chinese, english);
  const used = new Set<Identifier>();
  for (const e of leftOver(english, chinese)) {
    const z = chineseLeft.find((candidate) => candidate.key === e.key && !used.has(candidate));
    if (!z) continue;
    used.add(z);
    // The fix keeps the translation's name and writes the English code (`H120` → `H100`).
    changed.push([asFigure(e), asFigure(z), replaceCode(z, e), prefixSlip(e, z) ? 'figure-scale' : 'figure-mismatch']);
  }
  return changed;
}

/** A measure written with another metric prefix (`MW` → `GW`, `GWh` → `MWh`): the same number, a thousand times off. */
function prefixSlip(e: Identifier, z: Identifier): boolean {
  if (!e.key.startsWith(MEASURE_KEY)) return false;
  const ratio = Math.log10(Number(e.code) / Number(z.code)) / 3;
  return ratio !== 0 && Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** The translation's identifier with the English code in place of its own (`H120` → `H100`, `第五代` → `第4代`). */
function replaceCode(z: Identifier, e: Identifier): string {
  // A measure's code is its value in base units, written nowhere: no fix is offered (the fix equals the text).
  if (z.key.startsWith(MEASURE_KEY)) return z.text;
  const englishAt = e.text.toUpperCase().indexOf(e.code);
  const englishCode = englishAt >= 0 ? e.text.slice(englishAt, englishAt + e.code.length) : e.code;
  const at = z.text.toUpperCase().indexOf(z.code);
  if (at >= 0) return z.text.slice(0, at) + englishCode + z.text.slice(at + z.code.length);
  return z.text.replace(/[一二兩两三四五六七八九十]+/, englishCode);
}

/** The numbers written inside identifiers: a figure the other side reads there is no figure of its own. */
export function identifierNumbers(identifiers: readonly Identifier[]): Set<number> {
  return new Set(identifiers.flatMap((identifier) => identifier.digits.split('-').map(Number)));
}
