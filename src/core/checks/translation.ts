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

/**
 * Han characters per English letter that was translated; names and terms kept in Latin letters
 * (`RBC Capital Markets`) count as translated. The document's median calibrates a full translation.
 */
const ratioCache = new WeakMap<Paragraph, number>();

function lengthRatio(paragraph: Paragraph): number {
  let ratio = ratioCache.get(paragraph);
  if (ratio === undefined) ratioCache.set(paragraph, (ratio = ratioOf(paragraph.english!.text, paragraph.chinese!.text)));
  return ratio;
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
  const english = paragraph.english;
  if (!english || STAGE_DIRECTION.test(english.text.trim()) || countScripts(english.text).latin < 2) return null;
  const copied = paragraph.chinese !== null && paragraph.chinese.text === english.text && (english.text.match(/[A-Za-z]+/g)?.length ?? 0) >= 3;
  if (paragraph.chinese && !copied) return null;
  return { code: 'untranslated', start: english.start, end: english.end, range: english.range, english: wholeSide(english), chinese: null, fix: null, id: paragraphId('untranslated', english) };
}

/** Thresholds read off the seeds' real truncations (dropped closing sentences). */
const SHORT = 0.7;
const VERY_SHORT = 0.45;
const MIN_ENGLISH_LETTERS = 60;
/** A long sentence translated at under half its expected length lost a clause. */
const SHORT_SENTENCE = 0.5;
const LONG_SENTENCE_LETTERS = 150;

export function truncated(paragraph: Paragraph, medianRatio: number): Finding | null {
  const { english, chinese } = paragraph;
  if (!english || !chinese || medianRatio <= 0 || countScripts(chinese.text).han === 0) return null;
  if (countScripts(english.text).latin < MIN_ENGLISH_LETTERS) return null;
  const relative = lengthRatio(paragraph) / medianRatio;
  const englishSentences = substantiveEnglishSentences(english.text);
  const chineseSentences = substantiveChineseSentences(chinese.text);
  const fewerSentences = chineseSentences.length < englishSentences.length;
  const clauseLost = chineseSentences.length === englishSentences.length && englishSentences.some((sentence, i) => countScripts(sentence).latin >= LONG_SENTENCE_LETTERS && ratioOf(sentence, chineseSentences[i]) / medianRatio < SHORT_SENTENCE);
  if (!(relative < VERY_SHORT || (fewerSentences && relative < SHORT) || clauseLost)) return null;
  return {
    code: 'translation-truncated',
    start: chinese.start,
    end: chinese.end,
    range: chinese.range,
    english: wholeSide(english),
    chinese: wholeSide(chinese),
    fix: null,
    details: [String(chineseSentences.length), String(englishSentences.length), String(Math.round(relative * 100))],
    id: paragraphId('translation-truncated', chinese),
  };
}

/** Han characters per English letter in machine translations into Chinese, for documents too short to measure. */
const TYPICAL_RATIO = 0.3;

/** The median Han-per-letter ratio over the translated paragraphs. */
export function medianLengthRatio(paragraphs: readonly Paragraph[]): number {
  const ratios = paragraphs.filter((p) => p.english && p.chinese && countScripts(p.english.text).latin >= MIN_ENGLISH_LETTERS).map(lengthRatio).filter((r) => r > 0).sort((a, b) => a - b);
  return ratios.length >= 5 ? ratios[ratios.length >> 1] : TYPICAL_RATIO;
}
