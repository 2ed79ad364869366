// Paragraph-level checks: English with no translation (or a whole transcript with none), and translations that stop short.
import type { Paragraph, Range, TextSpan, Transcript, TranslatedParagraph } from '../model';
import { countScripts, englishSentences, type ScriptCounts } from '../text';
import type { Finding, FindingSide } from './types';

/** Stage directions such as `[Operator signoff]` or `(Operator Instructions)` need no translation. */
const STAGE_DIRECTION = /^[[(][^\])]*[\])]\.?$/;

/** Whether text[start, end) holds at least `wanted` runs of letters or digits (stops counting there). */
function hasWords(text: string, start: number, end: number, wanted: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const wordCharacter = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    if (wordCharacter && !inWord && ++words >= wanted) return true;
    inWord = wordCharacter;
  }
  return false;
}

/** Script counts of the sentences of at least three words: interjections (`Great.`, `Thank you.`) are often merged or dropped. */
function substantiveEnglishSentences(text: string): ScriptCounts[] {
  return englishSentences(text).filter(({ start, end }) => hasWords(text, start, end, 3)).map(({ start, end }) => countScripts(text, start, end));
}

/** Script counts of the sentences of at least four Han characters (`關於收入。` translates `Turning to revenue.`). */
function substantiveChineseSentences(text: string): ScriptCounts[] {
  const sentences: ScriptCounts[] = [];
  const add = (start: number, end: number) => {
    const counts = countScripts(text, start, end);
    if (counts.han >= 4) sentences.push(counts);
  };
  // A regular expression finds the sentence ends faster than a test of every character.
  const sentenceEnd = /[。？！?!；;]/g;
  let start = 0;
  for (let match = sentenceEnd.exec(text); match; match = sentenceEnd.exec(text)) {
    add(start, match.index + 1);
    start = match.index + 1;
  }
  // The text after the last end is a sentence too.
  if (start < text.length) add(start, text.length);
  return sentences;
}

/** Han characters per translated English letter: names and terms kept in Latin letters count as translated. */
function ratioOf(english: ScriptCounts, chinese: ScriptCounts): number {
  const translatedLetters = english.latin - chinese.latin;
  return translatedLetters > 0 ? chinese.han / translatedLetters : 0;
}

/** What the truncation check needs of one English paragraph and its translation (a pure function of the two, so memoised). */
export interface TranslationStats {
  readonly englishLetters: number;
  readonly chineseHan: number;
  /** Han characters per translated English letter; the document's median calibrates a full translation. */
  readonly ratio: number;
  readonly englishSentences: number;
  readonly chineseSentences: number;
  /** The ratios of long English sentences, when both sides have as many sentences (so they pair one to one). */
  readonly longSentenceRatios: readonly number[];
}

export function translationStats(english: string, chinese: string): TranslationStats {
  const en = countScripts(english);
  const zh = countScripts(chinese);
  const stats = { englishLetters: en.latin, chineseHan: zh.han, ratio: ratioOf(en, zh), englishSentences: 0, chineseSentences: 0, longSentenceRatios: [] as number[] };
  // Short or untranslated paragraphs are never judged truncated: their sentences need no counting.
  if (en.latin < MIN_ENGLISH_LETTERS || zh.han === 0) return stats;
  const englishSentences = substantiveEnglishSentences(english);
  const chineseSentences = substantiveChineseSentences(chinese);
  stats.englishSentences = englishSentences.length;
  stats.chineseSentences = chineseSentences.length;
  if (englishSentences.length === chineseSentences.length) {
    englishSentences.forEach((sentence, i) => {
      if (sentence.latin >= LONG_SENTENCE_LETTERS) stats.longSentenceRatios.push(ratioOf(sentence, chineseSentences[i]));
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

/**
 * The `untranslated` notices of a document: one per English paragraph where the transcript is translated
 * elsewhere (gaps to fill), but a single one for a transcript with no translation at all, which is an
 * English transcript rather than so many problems. That one sits on the first line and keeps the code,
 * so turning `untranslated` off hides it too.
 */
export function untranslatedNotices(transcript: Transcript, perParagraph: Finding[], anyTranslation: boolean): Finding[] {
  if (anyTranslation || perParagraph.length < 2) return perParagraph;
  const { start, end, range } = firstLineSite(transcript);
  return [{ code: 'untranslated', start, end, range, english: null, chinese: null, fix: null, details: [String(perParagraph.length)], id: 'untranslated:document', wholeDocument: true }];
}

/** The text of the document's first line where a paragraph starts on it, else the start of the document. */
function firstLineSite(transcript: Transcript): { start: number; end: number; range: Range } {
  const first = transcript.sections[0];
  const candidates = [transcript.frontMatter[0], first?.paragraphs[0], first?.turns[0]?.paragraphs[0]];
  for (const span of candidates.flatMap((paragraph) => (paragraph ? [paragraph.english, paragraph.chinese] : []))) {
    if (!span || span.range.start.line !== 0) continue;
    const lineBreak = span.text.search(/[\r\n]/);
    const length = lineBreak < 0 ? span.text.length : lineBreak;
    const { character } = span.range.start;
    return { start: span.start, end: span.start + length, range: { start: span.range.start, end: { line: 0, character: character + length } } };
  }
  const origin = { line: 0, character: 0 };
  return { start: 0, end: 0, range: { start: origin, end: origin } };
}

/** Thresholds read off the seeds' real truncations (dropped closing sentences). */
const SHORT = 0.7;
const VERY_SHORT = 0.45;
const MIN_ENGLISH_LETTERS = 60;
/** A long sentence translated at under half its expected length lost a clause. */
const SHORT_SENTENCE = 0.5;
const LONG_SENTENCE_LETTERS = 150;

export function truncated(paragraph: TranslatedParagraph, stats: TranslationStats, medianRatio: number): Finding | null {
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

/** A check of one translated paragraph, given its statistics and the document's median length ratio. */
export type TranslatedParagraphCheck = (paragraph: TranslatedParagraph, stats: TranslationStats, medianRatio: number) => Finding | null;

/** The paragraph-level checks of a translated paragraph, run in this order (a new one is added here). */
export const TRANSLATED_PARAGRAPH_CHECKS: readonly TranslatedParagraphCheck[] = [truncated];
