// People the English names outside the speaker lines: two or three capitalised words that a cue marks
// as a person's name (`said Jamie Vardy`, `President Joe Biden`, `analyst Tom Evans`). Only cues:
// a capitalised phrase alone is as often a place, a firm or a product.

/** A capitalised word of an English text (see capitalisedWords). */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Titles written before a person's name, part of the same run of capitalised words (`Prime Minister Boris Johnson`). */
const TITLES = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'President', 'Vice', 'Prime', 'Minister', 'Senator', 'Sen', 'Governor', 'Gov', 'Mayor', 'Chancellor', 'Secretary', 'Chairman', 'Chairwoman', 'Judge', 'Justice', 'Professor', 'Prof', 'Coach', 'Captain', 'Detective', 'Sheriff', 'Rep', 'Representative', 'CEO', 'CFO', 'COO', 'Analyst']);

/** Lower-case words right before a name that say a person follows (`said`, `analyst`). */
const CUES = new Set(['said', 'says', 'told', 'analyst', 'analysts', 'economist', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'officer', 'founder', 'chairman', 'director', 'coach', 'manager', 'minister', 'president', 'senator', 'striker', 'midfielder', 'defender', 'forward', 'goalkeeper', 'player', 'winner', 'boss', 'star', 'champion', 'actor', 'actress', 'singer', 'rapper', 'author', 'reporter', 'lawyer', 'attorney', 'professor']);

/** Lower-case words right after a phrase that make it a firm or a team, not a person (`Goldman Sachs analyst`). */
const NOT_AFTER_PERSON = new Set(['analyst', 'analysts', 'economist', 'economists', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'shares', 'stock', 'manager', 'coach', 'striker', 'player', 'players', 'fans', 'team', 'officials', 'reporter', 'researchers', 'winner', 'winners', 'boss', 'chief', 'head', 'star', 'champion', 'owner', 'founder', 'president', 'chairman', 'director', 'officer']);

/** Capitalised words that start or make up names of places, firms, days and months rather than people. */
const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'And', 'Of', 'In', 'On', 'At', 'For', 'But', 'This', 'That', 'It', 'He', 'She', 'We', 'They', 'I', 'His', 'Her', 'Our', 'Their',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'New', 'North', 'South', 'East', 'West', 'United', 'Saint', 'San', 'Los', 'Las', 'Fort', 'Port', 'Mount', 'Lake', 'Street', 'Avenue', 'City', 'County', 'State', 'States', 'Kingdom', 'Republic', 'Union', 'Bay', 'Valley', 'Island', 'Islands',
  'Inc', 'Corp', 'Co', 'Ltd', 'Group', 'Company', 'Bank', 'Capital', 'Partners', 'Securities', 'Holdings', 'Research', 'Markets', 'Management', 'Fund', 'Trust', 'Associates', 'Global', 'International', 'Technologies', 'Systems', 'Media', 'News', 'Times', 'Post', 'Journal', 'Press', 'Reuters', 'Agency', 'Council', 'Committee', 'Department', 'Ministry', 'Office', 'Party', 'House', 'Court', 'Police', 'Army', 'University', 'College', 'School', 'Institute', 'Center', 'Centre', 'Hospital', 'Foundation', 'Club', 'League', 'Cup', 'Team', 'Federal', 'National', 'General', 'Central', 'Royal', 'American', 'British', 'Chinese',
]);

/** A word a person's name is made of: `Vardy`, `McEnany`, not `IBM` or `iPhone`. */
const NAME_TOKEN = /^(?:Mc|Mac)?[A-Z][a-z]+$/;

/**
 * The people a text names with a cue, as the words of each name (two or three). `words` are the
 * text's capitalised words in order; one pass over them.
 */
export function peopleNamedIn(english: string, words: readonly Word[]): string[][] {
  const people: string[][] = [];
  for (let i = 0; i < words.length; ) {
    // The run of capitalised words from i: each after the previous and one space (or a title's `. `).
    let j = i + 1;
    while (j < words.length && follows(english, words[j - 1], words[j])) j++;
    let first = i;
    while (first < j && TITLES.has(words[first].text)) first++;
    // Most runs are one word: nothing to read.
    if (j - first < 2 || j - first > 3) {
      i = j;
      continue;
    }
    const name = words.slice(first, j);
    const cued = first > i || CUES.has(wordBefore(english, words[i].start)) || english.startsWith(', who', words[j - 1].end);
    // A Chinese name in pinyin (`Qiu Tenghua`) is written in Chinese characters, not transliterated: left to the translation.
    if (cued && name.every((word) => NAME_TOKEN.test(word.text) && !NOT_NAME_WORDS.has(word.text)) && !name.every((word) => readsAsPinyin(word.text))) {
      if (!NOT_AFTER_PERSON.has(wordAfter(english, words[j - 1].end))) people.push(name.map((word) => word.text));
    }
    i = j;
  }
  return people;
}

function follows(english: string, previous: Word, next: Word): boolean {
  if (next.start === previous.end + 1) return english.charCodeAt(previous.end) === 32;
  return TITLES.has(previous.text) && next.start === previous.end + 2 && english.startsWith('. ', previous.end);
}

/** The lower-case word right before `at` across one space, or ''. */
function wordBefore(english: string, at: number): string {
  if (english.charCodeAt(at - 1) !== 32) return '';
  let start = at - 1;
  while (start > 0 && isLower(english.charCodeAt(start - 1))) start--;
  return english.slice(start, at - 1);
}

/** The lower-case word right after `at` across one space, or ''. */
function wordAfter(english: string, at: number): string {
  if (english.charCodeAt(at) !== 32) return '';
  let end = at + 1;
  while (end < english.length && isLower(english.charCodeAt(end))) end++;
  return english.slice(at + 1, end);
}

const isLower = (code: number) => code >= 97 && code <= 122;

const PINYIN_INITIALS = ['b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's', 'y', 'w'];
const PINYIN_FINALS = ['a', 'o', 'e', 'i', 'u', 'v', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'er', 'in', 'un', 'ia', 'ie', 'iu', 'ua', 'uo', 'ue', 'ui', 'ang', 'eng', 'ing', 'ong', 'ian', 'iao', 'uai', 'uan', 'iang', 'iong', 'uang'];

/** The pairings pinyin allows, roughly: j q x only before i and ü; no i- final after g k h f w or the sibilants (but zhi, si…). */
function pairsInPinyin(initial: string, final: string): boolean {
  if ('jqx'.includes(initial)) return final.startsWith('i') || final.startsWith('u');
  if (!final.startsWith('i') || final === 'i') return true;
  return !['g', 'k', 'h', 'f', 'w', 'zh', 'ch', 'sh', 'z', 'c', 's', 'r'].includes(initial) && (initial !== 'y' || final === 'in' || final === 'ing');
}

const PINYIN_SYLLABLES = new Set(PINYIN_INITIALS.flatMap((initial) => PINYIN_FINALS.filter((final) => pairsInPinyin(initial, final)).map((final) => initial + final)));
/** Syllables without an initial, which pinyin writes only at the start of a word (`An`, `Ouyang`). */
const PINYIN_OPENINGS = new Set(['a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'er', 'ang', 'eng']);

/** Whether a word splits into one to three pinyin syllables (`Tenghua`, `Fei`, `Guiying`; not `Joe`). */
function readsAsPinyin(word: string): boolean {
  const text = word.toLowerCase();
  // Fewest syllables that spell text[0..end), by dynamic programming over syllables of up to six letters.
  const fewest = new Array<number>(text.length + 1).fill(Infinity);
  fewest[0] = 0;
  for (let end = 1; end <= text.length; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const syllable = text.slice(start, end);
      const known = PINYIN_SYLLABLES.has(syllable) || (start === 0 && PINYIN_OPENINGS.has(syllable));
      if (known && fewest[start] + 1 < fewest[end]) fewest[end] = fewest[start] + 1;
    }
  }
  return fewest[text.length] <= 3;
}
