// Is this text a bilingual transcript? Used to switch plain-text files to the transcript mode. What
// decides is the content, not the speakers: English paragraphs followed by their Chinese translations,
// with or without speaker lines (a call, a one-speaker letter, a translated press release).
import type { Paragraph, Transcript } from '../model';
import { parseTranscript } from './parse';
import { countScripts } from '../text';

/** How much of a file the detector reads: it runs on every plain-text file opened, so it stays bounded. */
const SAMPLE = 64 * 1024;

/** Translated paragraphs needed: one or two could be a quotation and its gloss. */
const MIN_TRANSLATED = 3;

/** English with fewer words (`Thank you.`, a heading, a glossary entry) says nothing about the file. */
const MIN_ENGLISH_WORDS = 4;

/** A Chinese paragraph with fewer Han characters (a name, a label) says nothing either. */
const MIN_CHINESE_HAN = 4;

/**
 * Han characters per translated English letter: 0.20 to 0.45 for 96% of the seeds' paragraphs of four
 * words or more (0.33 the median); a Chinese comment on a block of code, or a long answer to a short question, falls outside.
 */
const MIN_RATIO = 0.15;
const MAX_RATIO = 0.7;

/** Code, not prose: braces, assignments, comparisons, statement ends, calls (`foo(`). */
const CODE_IN_ENGLISH = /[{}=<>]|;$|[A-Za-z_]\(/m;

/** A comment on code or a Markdown heading, not a translation. */
const COMMENT_START = /^(?:\/\/|\/\*|#|<!--|--|;)/;

/**
 * A paragraph of prose starts like a sentence and ends like one, as all but 3 of the seeds' 223 do; a chat
 * message (`ok, see you there`) often does not. Such a pair is left out of the count rather than held against the file.
 */
const PROSE_START = /^[A-Z0-9"“'‘([$€£¥]/;
const PROSE_END = /[.?!:;"”'’)\]…]$/;

/** Numbers as written (`2024`, `4.5`, `09:30`): a translation keeps some of them. */
const NUMBER = /\d+(?:[.,:]\d+)*/g;

export function looksLikeTranscript(text: string): boolean {
  let sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Do not cut a line in half (its English would lose the end of its words); lone CR ends lines too.
  const lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
  if (sample.length < text.length && lastBreak > 0) sample = sample.slice(0, lastBreak);
  const scripts = countScripts(sample);
  // Most plain-text files are one language only: decided without parsing.
  if (scripts.han < MIN_TRANSLATED || scripts.latin < MIN_TRANSLATED * MIN_ENGLISH_WORDS) return false;
  const tally = { translated: 0, englishAlone: 0, chineseAlone: 0 };
  for (const paragraph of paragraphsOf(parseTranscript(sample))) classify(paragraph, tally);
  // Translations are the rule, not the exception: most English has one, and most Chinese is one.
  return tally.translated >= MIN_TRANSLATED && tally.translated >= tally.englishAlone && tally.translated >= tally.chineseAlone;
}

/** Every paragraph, wherever it sits: before any section, in a section outside turns, or in a turn. */
function paragraphsOf(transcript: Transcript): Paragraph[] {
  return [...transcript.frontMatter, ...transcript.sections.flatMap((section) => [...section.paragraphs, ...section.turns.flatMap((turn) => turn.paragraphs)])];
}

type Tally = { translated: number; englishAlone: number; chineseAlone: number };

function classify({ english, chinese }: Paragraph, tally: Tally): void {
  const substantiveEnglish = english !== null && wordCount(english.text) >= MIN_ENGLISH_WORDS;
  if (english && chinese && chinese.text !== english.text) {
    const verdict = translationVerdict(english.text.trim(), chinese.text.trim());
    // A short line and its translation (`Thank you. 謝謝。`) weighs neither way, nor does a pair that may be one.
    if (verdict === 'translation' && substantiveEnglish) tally.translated++;
    if (verdict !== 'not') return;
  }
  // English with no translation, Chinese with no English, or a pair that is no translation (a reply, a comment on code).
  if (substantiveEnglish) tally.englishAlone++;
  if (chinese && chinese.text !== english?.text && countScripts(chinese.text).han >= MIN_CHINESE_HAN) tally.chineseAlone++;
}

/** Whether the Chinese reads as a translation of the English: about the length one would have, neither is code, and they share their numbers. */
function translationVerdict(english: string, chinese: string): 'translation' | 'maybe' | 'not' {
  if (CODE_IN_ENGLISH.test(english) || COMMENT_START.test(chinese)) return 'not';
  const en = countScripts(english);
  const zh = countScripts(chinese);
  // Names and terms kept in Latin letters in the Chinese are not translated letters.
  const translatedLetters = en.latin - zh.latin;
  const ratio = translatedLetters > 0 ? zh.han / translatedLetters : 0;
  if (ratio < MIN_RATIO || ratio > MAX_RATIO) return 'not';
  if (!PROSE_START.test(english) || !PROSE_END.test(english)) return 'maybe';
  // `$35.6 million` is `3.56 億`: numbers may all differ in a translation, but one in common is the rule.
  const englishNumbers = english.match(NUMBER);
  const chineseNumbers = chinese.match(NUMBER);
  if (englishNumbers && chineseNumbers && !englishNumbers.some((number) => chineseNumbers.includes(number))) return 'maybe';
  return 'translation';
}

/** Runs of Latin letters, counted up to the number needed. */
function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < MIN_ENGLISH_WORDS; i++) {
    const code = text.charCodeAt(i) | 0x20;
    const letter = code >= 97 && code <= 122;
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

/** U+REPLACEMENT CHARACTER: what a decoder writes for bytes it cannot read. */
const REPLACEMENT = '\uFFFD';

/** A line with this many replacement characters is a line the decoder could not read. */
const UNREADABLE_LINE = 3;

/**
 * Lines of a file opened in the wrong encoding, as a bilingual transcript in Big5 or GB18030 shows when
 * read as UTF-8: its Chinese lines turn into replacement characters beside English lines that read
 * well. Counts the unreadable lines in the first SAMPLE characters; 0 unless there are at least three
 * of them and three English lines besides, so a file with a stray bad byte is left alone.
 */
export function unreadableLines(text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (!sample.includes(REPLACEMENT)) return 0;
  let unreadable = 0;
  let english = 0;
  for (const line of sample.split(/\r\n|\r|\n/)) {
    let replaced = 0;
    for (let at = line.indexOf(REPLACEMENT); at >= 0 && replaced < UNREADABLE_LINE; at = line.indexOf(REPLACEMENT, at + 1)) replaced++;
    if (replaced >= UNREADABLE_LINE) unreadable++;
    else if (replaced === 0 && wordCount(line) >= MIN_ENGLISH_WORDS) english++;
  }
  return unreadable >= MIN_TRANSLATED && english >= MIN_TRANSLATED ? unreadable : 0;
}
