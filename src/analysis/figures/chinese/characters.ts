// The characters of Chinese figures: digits (ASCII and full-width), numerals and their units, and
// what each character may start in the scan.

/** The digit an ASCII or full-width digit character stands for, or -1. */
export function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
/** Spaces, including the no-break, thin and ideographic ones. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}
/** An ASCII letter. */
export function isLatin(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export const NUMERAL_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
export const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const BIG_UNITS: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };
/** A Chinese numeral character: a digit (`三`, `兩`, `〇`) or a unit (`十`, `萬`). */
export function isNumeral(ch: string): boolean {
  return ch.length === 1 && TRIGGERS[ch.charCodeAt(0)] === T_NUMERAL;
}

// What a character may start, looked up by its code so that the scan allocates nothing.
export const T_NUMERAL = 1;
export const T_DIGIT = 2;
export const T_ORDINAL = 3;
export const T_HALF_OF_YEAR = 4;
export const T_HALF = 5;
export const T_WEEK = 6;
export const TRIGGERS = new Uint8Array(0x10000);
for (const ch of Object.keys(NUMERAL_DIGITS).concat(Object.keys(SMALL_UNITS), Object.keys(BIG_UNITS))) TRIGGERS[ch.charCodeAt(0)] = T_NUMERAL;
for (let c = 0xff10; c <= 0xff19; c++) TRIGGERS[c] = T_DIGIT;
TRIGGERS[0xff04] = T_DIGIT; // ＄
TRIGGERS['第'.charCodeAt(0)] = T_ORDINAL;
TRIGGERS['上'.charCodeAt(0)] = T_HALF_OF_YEAR;
TRIGGERS['下'.charCodeAt(0)] = T_HALF_OF_YEAR;
TRIGGERS['半'.charCodeAt(0)] = T_HALF;
for (const ch of '星週周禮礼') TRIGGERS[ch.charCodeAt(0)] = T_WEEK;
