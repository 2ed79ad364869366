// How this call's translation writes each name, learnt from the call itself: originals in parentheses
// (`馬修-普林斯(Matthew Prince)`), the translated speaker lines (`托馬斯-塞弗特 - 首席財務官`), and
// paragraphs whose one unexplained English name faces one unexplained run of transliteration.
import type { Turn } from '../model';
import type { EntityTable, Form, Mention } from './entities';
import { findKey, isHan, isNameSeparator, isTransliterationCode, nameParts, readsAsTransliteration, renderingKey, soundsAlike, transliterationRuns, type NameRun } from './script';

export interface KnownRendering {
  /** As first written. */
  readonly text: string;
  /** Read from a parenthesised original or a speaker line, not inferred from position. */
  strong: boolean;
  /** Paragraphs where position alone paired it with the form. */
  inferred: number;
}

/** Known renderings of each English form, by rendering key. */
export class Lexicon {
  private readonly renderings = new Map<Form, Map<string, KnownRendering>>();

  add(form: Form, text: string, strong: boolean): void {
    const key = renderingKey(text);
    if (key.length < 2) return;
    let byKey = this.renderings.get(form);
    if (!byKey) this.renderings.set(form, (byKey = new Map()));
    const known = byKey.get(key);
    if (known) {
      known.strong ||= strong;
      if (!strong) known.inferred++;
    } else {
      byKey.set(key, { text, strong, inferred: strong ? 0 : 1 });
    }
  }

  of(form: Form): ReadonlyMap<string, KnownRendering> {
    return this.renderings.get(form) ?? new Map<string, KnownRendering>();
  }
}

/** Roughly how many characters a transliteration of an English name takes: one per vowel group, one for a final consonant. */
export function expectedCharacters(english: string): number {
  let total = 0;
  for (const word of english.toLowerCase().split(' ')) {
    const stem = word.replace(/e$/, '');
    const vowels = stem.match(/[aeiouy]+/g)?.length ?? 0;
    // A final consonant is a syllable of its own (`Mark` 馬克) except a nasal (`Anderson` 安德森);
    // so is the first of two opening consonants (`Brent` 布倫特), digraphs aside (`Thomas`, `Phil`).
    const final = /[^aeiouymn]$/.test(stem) ? 1 : 0;
    const cluster = /^[^aeiouy][^aeiouyh]/.test(stem) ? 1 : 0;
    total += Math.max(1, vowels + final + cluster);
  }
  return total;
}

function hanCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) count++;
  return count;
}

/** Characters that end the word before a name more often than they start a name (`宣布馬克`, `謝謝菲爾`, `對比`). */
const WORD_ENDINGS = new Set([...'布比謝谢給给'].map((char) => char.charCodeAt(0)));

/**
 * The part of a run that can be the name: a rendering the form already has where the run ends with
 * one; else the run without the end of a preceding word, when about as long as the name sounds; else
 * its last characters; null when too short.
 */
export function fitRun(run: string, english: string, known: Iterable<string> = []): string | null {
  const key = renderingKey(run);
  for (const knownKey of known) if (knownKey.length >= 2 && key.endsWith(knownKey)) return null;
  const expected = expectedCharacters(english);
  let start = 0;
  // Word endings are Han characters: each one dropped is one fewer.
  for (let left = hanCount(run); left > expected && WORD_ENDINGS.has(run.charCodeAt(start)); left--) start++;
  while (start < run.length && isNameSeparator(run.charCodeAt(start))) start++;
  const trimmed = run.slice(start);
  const length = hanCount(trimmed);
  if (length < Math.max(2, expected - 1)) return null;
  if (length <= expected + 1) return trimmed;
  let from = trimmed.length;
  for (let kept = 0; from > 0 && kept < expected; from--) if (isHan(trimmed.charCodeAt(from - 1))) kept++;
  return trimmed.slice(from);
}

/** A word of a Latin name: a capital, then letters, apostrophes, hyphens or dots (`O'Brien`, `Jean-Luc`). */
const NAME_WORD = /^[A-Z][A-Za-z'’.-]*$/;

/** Latin names of one to five words in parentheses: where each stands and what it says. */
function parenthesisedNames(chinese: string): Array<{ index: number; english: string }> {
  const names: Array<{ index: number; english: string }> = [];
  // Opening parentheses of either width, found by indexOf rather than a test of every character; each
  // search goes on from the last one of its kind, so the text is scanned once for each.
  let ascii = chinese.indexOf('(');
  let wide = chinese.indexOf('（');
  while (ascii >= 0 || wide >= 0) {
    const open = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (open === ascii) ascii = chinese.indexOf('(', open + 1);
    else wide = chinese.indexOf('（', open + 1);
    let close = open + 1;
    while (close < chinese.length && close - open <= 80 && chinese.charCodeAt(close) !== 41 && chinese.charCodeAt(close) !== 0xff09) close++;
    const english = chinese.slice(open + 1, close).trim();
    const words = english.split(' ');
    if (close < chinese.length && words.length <= 5 && words.every((word) => NAME_WORD.test(word))) names.push({ index: open, english });
  }
  return names;
}

/** `米歇爾-扎特林(Michelle Zatlyn)`: the rendering, its parts, and any person the call names no other way. */
export function learnFromParentheses(chinese: string, table: EntityTable, lexicon: Lexicon): void {
  if (!chinese.includes('(') && !chinese.includes('（')) return;
  for (const { index, english } of parenthesisedNames(chinese)) {
    let end = index;
    while (end > 0 && chinese.charCodeAt(end - 1) === 32) end--;
    let start = end;
    while (start > 0 && (isNameSeparator(chinese.charCodeAt(start - 1)) || isTransliterationCode(chinese.charCodeAt(start - 1)))) start--;
    while (start < end && isNameSeparator(chinese.charCodeAt(start))) start++;
    let form = table.formOf(english);
    const rendering = fitRun(chinese.slice(start, end), english, form ? lexicon.of(form).keys() : []);
    if (!rendering) continue;
    if (!form && english.includes(' ')) {
      table.addPerson(english, null, 0);
      form = table.formOf(english);
    }
    if (form) addWithParts(form, rendering, table, lexicon);
  }
}

/** The rendering of a full name, and of the given name where the rendering separates its parts. */
function addWithParts(form: Form, rendering: string, table: EntityTable, lexicon: Lexicon): void {
  lexicon.add(form, rendering, true);
  const parts = nameParts(rendering);
  if (parts.length !== form.tokens.length || parts.length < 2) return;
  const given = table.formOf(form.tokens[0]);
  if (given && given.entities.some((entity) => form.entities.includes(entity))) lexicon.add(given, parts[0], true);
  if (form.tokens.length > 2) {
    const short = table.formOf(`${form.tokens[0]} ${form.tokens[form.tokens.length - 1]}`);
    if (short) lexicon.add(short, `${parts[0]}-${parts[parts.length - 1]}`, true);
  }
}

/** ` -- `, ` - ` or ` – ` between a speaker's name, firm and title. */
const SPEAKER_PARTS = / [-–]{1,2} /;

/** `Thomas Seifert -- Chief Financial Officer` over `托馬斯-塞弗特 - 首席財務官`: the name's and the firm's renderings. */
export function learnFromSpeakerLine(turn: Turn, lineText: (line: number) => string, table: EntityTable, lexicon: Lexicon): void {
  const { start, end } = turn.speakerRange;
  if (end.line === start.line) return;
  const english = lineText(start.line).replace(/^\s*•\s*/, '').trim().split(SPEAKER_PARTS);
  for (let line = start.line + 1; line <= end.line; line++) {
    const chinese = lineText(line).replace(/^\s*•\s*/, '').trim().split(SPEAKER_PARTS);
    if (!chinese.some((part) => hanCount(part) > 0)) continue;
    const name = table.formOf(english[0].trim());
    if (name && readsAsTransliteration(chinese[0])) addWithParts(name, chinese[0].trim(), table, lexicon);
    const firm = turn.speaker.affiliation ? table.formOf(turn.speaker.affiliation) : undefined;
    if (firm && english.length >= 3 && chinese.length === english.length && hanCount(chinese[1]) >= 2) lexicon.add(firm, chinese[1].trim(), true);
    return;
  }
}

/** The keys of an English form's renderings, and of its Latin spelling kept in the translation. */
export function keysOf(form: Form, lexicon: Lexicon): string[] {
  return [...lexicon.of(form).keys(), renderingKey(form.text), ...form.entities.map((entity) => renderingKey(entity.english))];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Runs of transliteration in the Chinese that no known rendering explains. One sweep over the spans
 * sorted by start (runs are in text order): a run is explained when the spans starting before its
 * end reach past its start.
 */
export function unexplainedRuns(runs: readonly NameRun[], explained: readonly Span[]): NameRun[] {
  if (explained.length === 0) return [...runs];
  const spans = [...explained].sort((a, b) => a.start - b.start);
  const result: NameRun[] = [];
  let next = 0;
  let reach = -1;
  for (const run of runs) {
    for (; next < spans.length && spans[next].start < run.end; next++) reach = Math.max(reach, spans[next].end);
    if (reach <= run.start) result.push(run);
  }
  return result;
}

/**
 * A paragraph's translation with its runs of transliteration, found once, and where each rendering
 * key stands, searched once: a long paragraph names the same people again and again.
 */
export class ChineseText {
  readonly runs: readonly NameRun[];
  private readonly found = new Map<string, readonly Span[]>();

  constructor(readonly text: string) {
    this.runs = transliterationRuns(text);
  }

  find(key: string): readonly Span[] {
    let spans = this.found.get(key);
    if (!spans) this.found.set(key, (spans = findKey(this.text, key)));
    return spans;
  }
}

export function chineseText(text: string): ChineseText {
  return new ChineseText(text);
}

/** The Han renderings known for a form. */
export function hanRenderings(form: Form, lexicon: Lexicon): string[] {
  return [...lexicon.of(form).values()].map((known) => known.text).filter((text) => hanCount(text) > 0);
}

/**
 * Learns renderings from a paragraph's names that no known rendering explains. `position`: where
 * such names and the runs of transliteration nothing explains are as many (one to three), they stand
 * in the same order, for names with no rendering yet. `likeness`: a name's one unexplained run that
 * shares a character with a rendering it already has (`麥修` beside `馬修`) is another rendering of it.
 */
export function learnFromAlignment(mentions: readonly Mention[], chinese: ChineseText, lexicon: Lexicon, mode: 'position' | 'likeness'): void {
  const explained: Span[] = [];
  const unexplained: Mention[] = [];
  const seen = new Set<Form>();
  for (const mention of mentions) {
    // A form named again finds the same spans: read each form once.
    if (seen.has(mention.form)) continue;
    seen.add(mention.form);
    const spans = keysOf(mention.form, lexicon).flatMap((key) => chinese.find(key));
    if (spans.length > 0) for (const span of spans) explained.push(span);
    else if (mention.form.entities.some((entity) => entity.kind === 'person')) unexplained.push(mention);
  }
  if (unexplained.length === 0) return;
  const runs = unexplainedRuns(chinese.runs, explained);
  if (mode === 'position') {
    if (unexplained.length > 3 || runs.length !== unexplained.length) return;
    unexplained.forEach((mention, i) => {
      if (hanRenderings(mention.form, lexicon).length > 0) return;
      const rendering = fitRun(runs[i].text, mention.form.text, lexicon.of(mention.form).keys());
      if (rendering) lexicon.add(mention.form, rendering, false);
    });
    return;
  }
  for (const mention of unexplained) {
    const known = hanRenderings(mention.form, lexicon);
    const alike = runs
      .map((run) => fitRun(run.text, mention.form.text))
      .filter((rendering): rendering is string => rendering !== null && known.some((text) => soundsAlike(rendering, text)));
    if (alike.length === 1) lexicon.add(mention.form, alike[0], false);
  }
}
