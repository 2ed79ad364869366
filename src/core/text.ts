// Line splitting and script classification shared by the parser and the checks.

/** One line of the document, without its line break. */
export interface Line {
  readonly index: number;
  /** Offset of the line's first character. */
  readonly start: number;
  readonly text: string;
}

/** Splits on LF, CRLF and lone CR, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      lines.push({ index: lines.length, start, text: text.slice(start, i) });
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, text: text.slice(start) });
  return lines;
}

/** Han ideographs (CJK unified, extension A, compatibility). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const HAN_CHAR = new RegExp(`[${HAN}]`);

export function isHan(char: string): boolean {
  return HAN_CHAR.test(char);
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

/** A line is Chinese when its Han characters outweigh its Latin words (about four letters to a character). */
export function isChineseText(text: string, from = 0, to = text.length): boolean {
  const { han, latin } = countScripts(text, from, to);
  return han > 0 && han * 4 >= latin;
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
