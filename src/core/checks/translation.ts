// Paragraph-level checks: English with no translation, and translations that stop short.
import type { Paragraph, TextSpan } from '../model';
import { countScripts, englishSentences } from '../text';
import type { Finding, FindingSide } from './types';

/** Stage directions such as `[Operator signoff]` or `(Operator Instructions)` need no translation. */
const STAGE_DIRECTION = /^[[(][^\])]*[\])]\.?$/;

/** Sentences of at least three words: interjections (`Great.`, `Thank you.`) are often merged or dropped. */
export function substantiveEnglishSentences(text: string): string[] {
  return englishSentences(text)
    .map(({ start, end }) => text.slice(start, end))
    .filter((sentence) => (sentence.match(/[A-Za-z0-9]+/g)?.length ?? 0) >= 3);
}

/** Sentences of at least four Han characters (`關於收入。` translates `Turning to revenue.`). */
export function substantiveChineseSentences(text: string): string[] {
  return text.split(/(?<=[。？！?!；;])/).filter((sentence) => countScripts(sentence).han >= 4);
}

/** Han characters per translated English letter, for one sentence or a whole paragraph. */
function ratioOf(english: string, chinese: string): number {
  const zh = countScripts(chinese);
  const translatedLetters = countScripts(english).latin - zh.latin;
  return translatedLetters > 0 ? zh.han / translatedLetters : 0;
}

/** What the truncation check needs of one English paragraph and its translation (a pure function of the two, so memoised). */
export interface TranslationStats {
  readonly englishLetters: number;
  readonly chineseHan: number;
  /**
   * Han characters per English letter that was translated; names and terms kept in Latin letters
   * (`RBC Capital Markets`) count as translated. The document's median calibrates a full translation.
   */
  readonly ratio: number;
  readonly englishSentences: number;
  readonly chineseSentences: number;
  /** The ratios of long English sentences, when both sides have as many sentences (so they pair one to one). */
  readonly longSentenceRatios: readonly number[];
}

export function translationStats(english: string, chinese: string): TranslationStats {
  const englishLetters = countScripts(english).latin;
  const zh = countScripts(chinese);
  const translatedLetters = englishLetters - zh.latin;
  const ratio = translatedLetters > 0 ? zh.han / translatedLetters : 0;
  const stats = { englishLetters, chineseHan: zh.han, ratio, englishSentences: 0, chineseSentences: 0, longSentenceRatios: [] as number[] };
  // Short or untranslated paragraphs are never judged truncated: their sentences need no counting.
  if (englishLetters < MIN_ENGLISH_LETTERS || zh.han === 0) return stats;
  const englishSentences = substantiveEnglishSentences(english);
  const chineseSentences = substantiveChineseSentences(chinese);
  stats.englishSentences = englishSentences.length;
  stats.chineseSentences = chineseSentences.length;
  if (englishSentences.length === chineseSentences.length) {
    englishSentences.forEach((sentence, i) => {
      if (countScripts(sentence).latin >= LONG_SENTENCE_LETTERS) stats.longSentenceRatios.push(ratioOf(sentence, chineseSentences[i]));
    });
  }
  return stats;
}

function wholeSide(span: TextSpan): FindingSide {
  return { text: span.text, value: null, unit: '', start: span.start, end: span.end, range: span.range };
}

export function paragraphId(code: string, span: TextSpan): string {
  // The id follows the text, not its position, so reviewed marks survive edits elsewhere.
  let hash = 5381;
  for (let i = 0; i < span.text.length; i++) hash = ((hash * 33) ^ span.text.charCodeAt(i)) >>> 0;
  return `${code}:${hash.toString(36)}:${span.text.length}`;
}

export function untranslated(paragraph: Paragraph): Finding | null {
  const { english, chinese } = paragraph;
  // A translation that is not a copy of the English is a translation: the common case, decided first.
  if (!english || (chinese && chinese.text !== english.text)) return null;
  if (STAGE_DIRECTION.test(english.text.trim()) || countScripts(english.text).latin < 2) return null;
  if (chinese && (english.text.match(/[A-Za-z]+/g)?.length ?? 0) < 3) return null;
  return { code: 'untranslated', start: english.start, end: english.end, range: english.range, english: wholeSide(english), chinese: null, fix: null, id: paragraphId('untranslated', english) };
}

/** Thresholds read off the seeds' real truncations (dropped closing sentences). */
const SHORT = 0.7;
const VERY_SHORT = 0.45;
const MIN_ENGLISH_LETTERS = 60;
/** A long sentence translated at under half its expected length lost a clause. */
const SHORT_SENTENCE = 0.5;
const LONG_SENTENCE_LETTERS = 150;

export function truncated(paragraph: Paragraph & { english: TextSpan; chinese: TextSpan }, stats: TranslationStats, medianRatio: number): Finding | null {
  const { english, chinese } = paragraph;
  if (medianRatio <= 0 || stats.chineseHan === 0 || stats.englishLetters < MIN_ENGLISH_LETTERS) return null;
  const relative = stats.ratio / medianRatio;
  const fewerSentences = stats.chineseSentences < stats.englishSentences;
  const clauseLost = stats.longSentenceRatios.some((ratio) => ratio / medianRatio < SHORT_SENTENCE);
  if (!(relative < VERY_SHORT || (fewerSentences && relative < SHORT) || clauseLost)) return null;
  return {
    code: 'translation-truncated',
    start: chinese.start,
    end: chinese.end,
    range: chinese.range,
    english: wholeSide(english),
    chinese: wholeSide(chinese),
    fix: null,
    details: [String(stats.chineseSentences), String(stats.englishSentences), String(Math.round(relative * 100))],
    id: paragraphId('translation-truncated', chinese),
  };
}

/** Han characters per English letter in machine translations into Chinese, for documents too short to measure. */
const TYPICAL_RATIO = 0.3;

/** The median Han-per-letter ratio over the translated paragraphs long enough to measure. */
export function medianLengthRatio(stats: readonly TranslationStats[]): number {
  const ratios = stats.filter((s) => s.englishLetters >= MIN_ENGLISH_LETTERS && s.ratio > 0).map((s) => s.ratio).sort((a, b) => a - b);
  return ratios.length >= 5 ? ratios[ratios.length >> 1] : TYPICAL_RATIO;
}
