// The name checks: a name index of the call (who is named, how the translation writes each name) and
// what disagrees with it: a name the translation drops, a name written two ways, a glossary term not
// rendered as the glossary says. Pure and linear: each paragraph is read a fixed number of times.
import type { Finding, FindingSide } from '../checks/types';
import { paragraphId } from '../checks/translation';
import type { Paragraph, Range, TextSpan, TranslatedParagraph, Transcript } from '../model';
import { paced, runToEnd, type Steps } from '../steps';
import { LineIndex, splitLines, type Line } from '../text';
import { capitalisedWords, EntityTable, type Entity, type Form, type Mention } from './entities';
import { termChecks } from './glossary';
import { renderingsOf } from './renderings';
import { chineseText, fitRun, hanRenderings, keysOf, type ChineseText, learnFromAlignment, learnFromParentheses, learnFromSpeakerLine, Lexicon, type Span } from './learn';
import { nameParts, readsAsTransliteration, renderingKey, soundsAlike, type NameRun } from './script';
import { DEFAULT_NAME_CHECK_OPTIONS, type GlossaryEntry, type NameCheckOptions, type NameCheckResult, type NameEntry } from './types';

export * from './types';
export { GLOSSARY_ERRORS, GLOSSARY_FILE_NAMES, GLOSSARY_TOO_BIG, glossaryFormat, MAX_GLOSSARY_BYTES, parseGlossary, parseGlossaryFile, type GlossaryError, type GlossaryFormat, type GlossaryResult } from './glossary';

type RangeOf = (start: number, end: number) => Finding['range'];

interface NamedParagraph {
  readonly paragraph: TranslatedParagraph;
  readonly speaker: Entity | null;
  readonly mentions: readonly Mention[];
  readonly chinese: ChineseText;
}

/** One place the translation writes a name: absolute offsets, the English mention it renders. */
interface Occurrence {
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly mention: Mention;
  readonly paragraph: TranslatedParagraph;
  readonly entity: Entity;
}

/** Offsets to ranges and line texts, from the line starts of the text (the same lines as the parser's). */
/** Positions and line texts from the lines the analysis already split (splitting 10 MB again costs a pause). */
function documentLines(lines: readonly Line[]): { rangeOf: RangeOf; lineText: (line: number) => string } {
  const index = new LineIndex(lines);
  return { rangeOf: (start, end) => index.rangeOf(start, end), lineText: (line) => lines[line]?.text ?? '' };
}

/** Appends to the list a map holds for a key (a spread copy per append would be quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function translated(paragraph: Paragraph): paragraph is TranslatedParagraph {
  return paragraph.english !== null && paragraph.chinese !== null;
}

/** The entity an English form names here: not the speaker (one does not address oneself), else who speaks most. */
function referent(form: Form, speaker: Entity | null): Entity {
  const others = form.entities.filter((entity) => entity !== speaker);
  const pool = others.length > 0 ? others : form.entities;
  return pool.reduce((best, entity) => (entity.turns > best.turns ? entity : best));
}

function side(text: string, start: number, end: number, rangeOf: RangeOf): FindingSide {
  return { text, value: null, unit: '', start, end, range: rangeOf(start, end) };
}

function wholeSide(span: TextSpan): FindingSide {
  return { text: span.text, value: null, unit: '', start: span.start, end: span.end, range: span.range };
}

/**
 * The name index and findings of one call. `text` is the analysed document (for the speaker lines'
 * translations and the findings' ranges); names in `options.ignoredNames` are never reported.
 */
export function nameChecks(text: string, transcript: Transcript, options: NameCheckOptions = DEFAULT_NAME_CHECK_OPTIONS, glossary: readonly GlossaryEntry[] = []): NameCheckResult {
  return runToEnd(nameCheckSteps(splitLines(text), transcript, options, glossary));
}

/** The name checks as steps that offer to pause every few paragraphs, so a large call never holds the editor. */
export function* nameCheckSteps(lines: readonly Line[], transcript: Transcript, options: NameCheckOptions = DEFAULT_NAME_CHECK_OPTIONS, glossary: readonly GlossaryEntry[] = []): Steps<NameCheckResult> {
  const { rangeOf, lineText } = documentLines(lines);
  const table = EntityTable.fromTranscript(transcript);
  const lexicon = new Lexicon();
  const speakerEntities = new Map<string, Entity | null>();
  const pieces: Array<{ paragraph: TranslatedParagraph; speaker: Entity | null }> = [];
  for (const section of transcript.sections) {
    if (section.kind !== 'participants') for (const paragraph of section.paragraphs.filter(translated)) pieces.push({ paragraph, speaker: null });
    for (const turn of section.turns) {
      const speaker = speakerEntities.get(turn.speaker.name) ?? table.formOf(turn.speaker.name)?.entities[0] ?? null;
      speakerEntities.set(turn.speaker.name, speaker);
      for (const paragraph of turn.paragraphs.filter(translated)) pieces.push({ paragraph, speaker });
    }
  }
  const size = (i: number) => pieces[i].paragraph.english.text.length + pieces[i].paragraph.chinese.text.length;
  /** One pass over the translated paragraphs, pausing as the rest of the analysis does. */
  const eachPiece = (work: (piece: (typeof pieces)[number]) => void) =>
    paced(pieces.length, size, (i) => {
      work(pieces[i]);
      return i + 1;
    });
  // What the call itself says of its names, strongest evidence first.
  // Each English paragraph's capitalised words, read once for the aliases and the people it names. Not kept
  // for the mentions: held over a pass they outlive the young generation and cost more to collect than to find again.
  yield* eachPiece(({ paragraph }) => {
    const words = capitalisedWords(paragraph.english.text);
    table.addAliasesFrom(paragraph.english.text, words);
    table.addPeopleNamedIn(paragraph.english.text, words);
  });
  for (const turn of transcript.sections.flatMap((section) => section.turns)) {
    if (turn.speaker.role !== 'operator') learnFromSpeakerLine(turn, lineText, table, lexicon);
  }
  yield* eachPiece(({ paragraph }) => learnFromParentheses(paragraph.chinese.text, table, lexicon));
  const named: NamedParagraph[] = [];
  yield* eachPiece((piece) => {
    const mentions = table.mentionsIn(piece.paragraph.english.text);
    if (mentions.length > 0) named.push({ ...piece, mentions, chinese: chineseText(piece.paragraph.chinese.text) });
  });
  for (const mode of ['position', 'likeness'] as const) {
    yield* paced(named.length, (i) => named[i].chinese.text.length, (i) => {
      learnFromAlignment(named[i].mentions, named[i].chinese, lexicon, mode);
      return i + 1;
    });
  }

  yield;
  const ignored = new Set(options.ignoredNames.map(renderingKey));
  const read = readRenderings(named, lexicon, ignored);
  yield;
  const { occurrences } = read;
  const missing = reportableMissing(read.missing, occurrences);
  const terms = termChecks(pieces.map(({ paragraph }) => paragraph), glossary, rangeOf);
  yield;
  const findings = [...inconsistencies(occurrences, lexicon, rangeOf, ignored), ...missingFindings(missing, rangeOf), ...terms.findings];
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { index: [...buildIndex(table, occurrences, missing, rangeOf), ...terms.entries], findings };
}

interface MissingMention {
  readonly mention: Mention;
  readonly paragraph: TranslatedParagraph;
  readonly entity: Entity;
}

/** Every rendering of every mention, and the mentions whose translation holds no known form of the name. */
function readRenderings(named: readonly NamedParagraph[], lexicon: Lexicon, ignored: ReadonlySet<string>) {
  const occurrences: Occurrence[] = [];
  const missing: MissingMention[] = [];
  const formsOf = new Map<Entity, Form[]>();
  const entityKeys = (entity: Entity): string[] => (formsOf.get(entity) ?? []).flatMap((form) => keysOf(form, lexicon));
  for (const { mentions } of named) {
    for (const { form } of mentions) {
      for (const entity of form.entities) {
        const list = formsOf.get(entity) ?? [];
        if (!list.includes(form)) formsOf.set(entity, [...list, form]);
      }
    }
  }
  for (const { paragraph, speaker, mentions, chinese: read } of named) {
    const chinese = paragraph.chinese;
    // Characters some rendering already claims: a mask, so a long paragraph's claims cost no search.
    const taken = new Uint8Array(chinese.text.length);
    const free = (span: Span) => {
      for (let i = span.start; i < span.end; i++) if (taken[i]) return false;
      return true;
    };
    const reported = new Set<Entity>();
    const unfound: Array<{ mention: Mention; entity: Entity }> = [];
    // A form named again in the paragraph finds only spans its first mention claimed.
    const foundByForm = new Map<Form, boolean>();
    for (const mention of mentions) {
      if (ignored.has(renderingKey(mention.form.text))) continue;
      const entity = referent(mention.form, speaker);
      let found = foundByForm.get(mention.form);
      if (found === undefined) {
        found = false;
        // Strong renderings first, then those learnt most often, then the longest.
        const known = lexicon.of(mention.form);
        const keys = keysOf(mention.form, lexicon).sort((a, b) => rank(known.get(b), b) - rank(known.get(a), a));
        for (const key of keys) {
          for (const span of read.find(key)) {
            found = true;
            if (!free(span)) continue;
            taken.fill(1, span.start, span.end);
            occurrences.push({ key, text: chinese.text.slice(span.start, span.end), start: chinese.start + span.start, end: chinese.start + span.end, mention, paragraph, entity });
          }
        }
        foundByForm.set(mention.form, found);
      }
      if (!found) unfound.push({ mention, entity });
    }
    // Decided once every name of the paragraph has claimed its renderings, once per form.
    const decided = new Set<Form>();
    let unexplained: NameRun[] | null = null;
    for (const { mention, entity } of unfound) {
      if (decided.has(mention.form)) continue;
      decided.add(mention.form);
      if (mention.form.entities.some((other) => entityKeys(other).some((key) => read.find(key).length > 0))) continue;
      // A run of transliteration nothing explains may be this name written yet another way: no claim.
      const known = mention.form.entities.flatMap((other) => (formsOf.get(other) ?? []).flatMap((form) => hanRenderings(form, lexicon)));
      // A run no claimed character falls in.
      unexplained ??= read.runs.filter(free);
      const runs = unexplained.flatMap((run) => fitRun(run.text, mention.form.text) ?? []);
      if (runs.some((run) => known.length === 0 || known.some((text) => soundsAlike(run, text)))) continue;
      // A surname alone still names the person (`眾議員沃特斯` for `Rep. Maxine Waters`); one of one character is often
      // a rendering cut short where the name has a character transliterations seldom use (`約翰·劉` of `劉易斯`). Given
      // names are not enough: two people of a paragraph share them.
      if (known.some((text) => surnameIn(text, read))) continue;
      if (reported.has(entity) || mention.form.entities.some((other) => ignored.has(renderingKey(other.english)))) continue;
      reported.add(entity);
      missing.push({ mention, paragraph, entity });
    }
  }
  return { occurrences, missing };
}

/** Whether the translation writes the surname of a rendering that separates its parts (`沃特斯` of `瑪克辛-沃特斯`). */
function surnameIn(rendering: string, read: ChineseText): boolean {
  const parts = nameParts(rendering);
  return parts.length >= 2 && read.find(renderingKey(parts[parts.length - 1])).length > 0;
}

function rank(known: { strong: boolean; inferred: number } | undefined, key: string): number {
  return (known?.strong ? 1e9 : 0) + (known?.inferred ?? 0) * 1000 + key.length;
}

/** Han renderings of one English form, most frequent first; the first is the call's main rendering where it leads. */
function renderingCounts(list: readonly Occurrence[]): Array<{ key: string; text: string; occurrences: Occurrence[] }> {
  const byKey = new Map<string, { key: string; text: string; occurrences: Occurrence[] }>();
  for (const occurrence of list) {
    if (!readsAsTransliteration(occurrence.text) && !/[\u3400-\u9fff]/.test(occurrence.text)) continue;
    const entry = byKey.get(occurrence.key) ?? { key: occurrence.key, text: occurrence.text, occurrences: [] };
    entry.occurrences.push(occurrence);
    byKey.set(occurrence.key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.occurrences.length - a.occurrences.length);
}

function inconsistencies(occurrences: readonly Occurrence[], lexicon: Lexicon, rangeOf: RangeOf, ignored: ReadonlySet<string>): Finding[] {
  const byForm = new Map<Form, Occurrence[]>();
  for (const occurrence of occurrences) pushTo(byForm, occurrence.mention.form, occurrence);
  const findings: Finding[] = [];
  for (const [form, list] of byForm) {
    const counts = renderingCounts(list);
    if (counts.length < 2) continue;
    const known = lexicon.of(form);
    // The main rendering leads by count; in a tie, only one read from the call's own statements leads.
    let main = counts[0];
    if (counts[1].occurrences.length === main.occurrences.length) {
      const tied = counts.filter((entry) => entry.occurrences.length === main.occurrences.length && known.get(entry.key)?.strong);
      if (tied.length !== 1) continue;
      main = tied[0];
    }
    const summary = counts.map((entry) => `${entry.text} ×${entry.occurrences.length}`).join(', ');
    for (const entry of counts) {
      if (entry === main || entry.key.includes(main.key) || main.key.includes(entry.key) || ignored.has(entry.key)) continue;
      if (!readsAsTransliteration(entry.text) || !soundsAlike(entry.text, main.text)) continue;
      entry.occurrences.forEach((occurrence, i) => {
        const { mention, paragraph } = occurrence;
        const englishStart = paragraph.english.start + mention.start;
        const range = rangeOf(occurrence.start, occurrence.end);
        findings.push({
          code: 'name-inconsistent',
          start: occurrence.start,
          end: occurrence.end,
          range,
          english: side(form.text, englishStart, paragraph.english.start + mention.end, rangeOf),
          chinese: side(occurrence.text, occurrence.start, occurrence.end, rangeOf),
          fix: { start: occurrence.start, end: occurrence.end, range, text: main.text },
          details: [main.text, summary],
          id: `${paragraphId('name-inconsistent', paragraph.chinese)}:${occurrence.key}:${i}`,
        });
      });
    }
  }
  return findings;
}

/**
 * Only a name the call renders somewhere is known well enough to be missed: the missing mentions of
 * those, with the renderings known. A person the call only ever writes in Latin letters is left out:
 * where the translation transliterates the name, nothing says how.
 */
function reportableMissing(missing: readonly MissingMention[], occurrences: readonly Occurrence[]): Array<MissingMention & { forms: string[] }> {
  const rendered = new Map<Entity, Set<string>>();
  for (const occurrence of occurrences) rendered.set(occurrence.entity, (rendered.get(occurrence.entity) ?? new Set()).add(occurrence.text));
  return missing.flatMap((entry) => {
    const forms = [...new Set(entry.mention.form.entities.flatMap((other) => [...(rendered.get(other) ?? [])]))];
    const transliterated = entry.entity.kind !== 'person' || forms.some((form) => /[\u3400-\u9fff]/.test(form));
    return forms.length > 0 && transliterated ? [{ ...entry, forms }] : [];
  });
}

function missingFindings(missing: ReadonlyArray<MissingMention & { forms: string[] }>, rangeOf: RangeOf): Finding[] {
  return missing.map(({ mention, paragraph, entity, forms }): Finding => {
    const chinese = paragraph.chinese;
    return {
      code: 'name-missing',
      start: chinese.start,
      end: chinese.end,
      range: chinese.range,
      english: side(paragraph.english.text.slice(mention.start, mention.end), paragraph.english.start + mention.start, paragraph.english.start + mention.end, rangeOf),
      chinese: wholeSide(chinese),
      fix: null,
      related: rangeOf(paragraph.english.start + mention.start, paragraph.english.start + mention.end),
      details: [forms.join(', ')],
      id: `${paragraphId('name-missing', chinese)}:${renderingKey(entity.english)}`,
    };
  });
}

function buildIndex(table: EntityTable, occurrences: readonly Occurrence[], missing: readonly MissingMention[], rangeOf: RangeOf): NameEntry[] {
  const byEntity = new Map<Entity, Array<{ text: string; key: string; range: Range }>>();
  for (const occurrence of [...occurrences].sort((a, b) => a.start - b.start)) {
    pushTo(byEntity, occurrence.entity, { text: occurrence.text, key: occurrence.key, range: rangeOf(occurrence.start, occurrence.end) });
  }
  const missingLines = new Map<Entity, number[]>();
  for (const { paragraph, entity } of missing) pushTo(missingLines, entity, paragraph.chinese.range.start.line);
  return table.entities
    .filter((entity) => byEntity.has(entity) || missingLines.has(entity))
    .map((entity) => ({ english: entity.english, kind: entity.kind, role: entity.role, renderings: renderingsOf(byEntity.get(entity) ?? []), missing: missingLines.get(entity) ?? [] }));
}
