// Line splitting and script classification shared by the parser and the checks.
import { CHARACTERS_PER_PAUSE, runToEnd, type Steps } from './steps';

/** One line of the document, without its line break. */
export interface Line {
  readonly index: number;
  /** Offset of the line's first character. */
  readonly start: number;
  readonly text: string;
}

/** Splits on LF, CRLF and lone CR, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
  return runToEnd(splitLineSteps(text));
}

export function* splitLineSteps(text: string): Steps<Line[]> {
  const lines: Line[] = [];
  for (let start = splitSome(text, 0, lines); start <= text.length; start = splitSome(text, start, lines)) yield;
  return lines;
}

/**
 * Splits lines from `start` until about CHARACTERS_PER_PAUSE characters are done; returns where the
 * next line starts, or text.length + 1 once the last line is in.
 */
function splitSome(text: string, start: number, lines: Line[]): number {
  const stop = start + CHARACTERS_PER_PAUSE;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lines.push({ index: lines.length, start, text: text.slice(start, i) });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      if (start >= stop) return start;
    }
  }
  lines.push({ index: lines.length, start, text: text.slice(start) });
  return text.length + 1;
}

export interface ScriptCounts {
  readonly han: number;
  readonly latin: number;
}

export function countScripts(text: string, from = 0, to = text.length): ScriptCounts {
  let han = 0;
  let latin = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) han++;
  }
  return { han, latin };
}

/** Text is Chinese when its Han characters outweigh its Latin words (about four letters to a character). */
export function readsAsChinese({ han, latin }: ScriptCounts): boolean {
  return han > 0 && han * 4 >= latin;
}

export function isChineseText(text: string, from = 0, to = text.length): boolean {
  return readsAsChinese(countScripts(text, from, to));
}

/**
 * Where a line that is English then Chinese (`Thank you. 謝謝。`, `Operator 操作員`) switches language,
 * or -1. The Chinese part must be no longer than a translation of the English part would be,
 * so that a Chinese sentence that merely begins with a Latin name stays whole.
 */
export function mixedSplit(text: string, from = 0, to = text.length): number {
  let firstHan = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) {
      firstHan = i;
      break;
    }
  }
  if (firstHan <= from) return -1;
  // Step back over a number that belongs to the Chinese part (`Call 2024 年`).
  let split = firstHan;
  let i = firstHan;
  while (i > from && text[i - 1] === ' ') i--;
  let j = i;
  while (j > from && /[0-9.,]/.test(text[j - 1])) j--;
  if (j < i && j > from && text[j - 1] === ' ') split = j;
  const english = countScripts(text, from, split);
  const chinese = countScripts(text, split, to);
  if (english.latin < 2 || chinese.han === 0) return -1;
  if (chinese.latin > chinese.han) return -1;
  if (chinese.han > english.latin) return -1;
  return split;
}

/** English sentence boundaries: after . ? ! when the next sentence starts with a capital, digit or quote. */
export function englishSentences(text: string): Array<{ start: number; end: number }> {
  const sentences: Array<{ start: number; end: number }> = [];
  const boundary = /[.?!]\s+(?=["“(A-Z0-9$])/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    // `U.S. represented`: an abbreviation, not a boundary (a lower-case word follows it anyway).
    sentences.push({ start, end: match.index + 1 });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

/** Offsets to line/character positions, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];

  /** Built from the lines the parser already split, so the text is scanned once. */
  constructor(lines: readonly Line[]) {
    this.starts = lines.map((line) => line.start);
  }

  positionAt(offset: number): { line: number; character: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: offset - this.starts[low] };
  }

  rangeOf(start: number, end: number): { start: { line: number; character: number }; end: { line: number; character: number } } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
