// Turns transcript text into sections → speaker turns → paragraphs, whatever the layout.
import { parseHeading, type Heading } from './headings';
import type { Layout, Paragraph, Participant, Range, Section, SectionKind, Speaker, SpeakerRole, TextSpan, Transcript, Turn } from '../model';
import { isOperatorName, isUnnamedSpeaker, parseColonSpeaker, parseSpeakerLine, readsAsPersonName, roleFromTitle, speakerKey, type SpeakerLine } from './speakers';
import { paced, runToEnd, type Steps } from '../steps';
import { countScripts, mixedSplit, readsAsChinese, splitLines, type Line } from '../text';

/** A line with its indentation and bullet taken off. */
interface Row {
  readonly line: Line;
  readonly bullet: boolean;
  readonly indented: boolean;
  /** Offsets of the content in the document. */
  readonly start: number;
  readonly end: number;
  readonly content: string;
  /** The content reads as Chinese (computed once: every stage asks). */
  readonly chinese: boolean;
  /** The content has both Han characters and Latin letters, so it may be English then Chinese. */
  readonly mixed: boolean;
}

const BULLET = /^[ \t\u3000]*([•·▪◦●○■‣∙]|[-*](?=\s))?[ \t\u3000]*/;

/** Characters a line's lead (indentation or bullet) can start with: most lines start with none of them. */
const LEAD_START = /^[ \t\u3000•·▪◦●○■‣∙*-]/;

function toRow(line: Line): Row {
  const { text } = line;
  if (!LEAD_START.test(text)) return withContent({ line, bullet: false, indented: false }, line.start, isSpaceAtEnd(text) ? text.trimEnd() : text);
  const lead = BULLET.exec(text)!;
  return withContent({ line, bullet: lead[1] !== undefined, indented: /^[ \t\u3000]/.test(text) }, line.start + lead[0].length, text.slice(lead[0].length).trimEnd());
}

function isSpaceAtEnd(text: string): boolean {
  return text.length > 0 && /\s/.test(text[text.length - 1]);
}

/** A row (or the part of one after a speaker label) with its script flags. */
function withContent(row: Pick<Row, 'line' | 'bullet' | 'indented'>, start: number, content: string): Row {
  const counts = countScripts(content);
  return { line: row.line, bullet: row.bullet, indented: row.indented, start, end: start + content.length, content, chinese: readsAsChinese(counts), mixed: counts.han > 0 && counts.latin >= 2 };
}

/** Metadata lines that are neither speech nor translation. */
const METADATA = /^(?:duration:\s*\d+\s*minutes?|\d{1,2}:\d{2}(?::\d{2})?)$/i;

// ---------------------------------------------------------------- layout

function* detectLayout(rows: readonly Row[]): Steps<Layout> {
  let nonBlank = 0;
  let bulletPairs = 0;
  let standalone = 0;
  let colon = 0;
  let adjacentPairs = 0;
  /** `Operator` alone, and names alone where a turn would start (see recogniseSpeaker). */
  let operatorsAlone = 0;
  let namesAlone = 0;
  yield* paced(rows.length, rowSize(rows), (i) => {
    const row = rows[i];
    if (!row.content) return i + 1;
    nonBlank++;
    const next = nextContent(rows, i);
    if (row.bullet && next && !next.bullet && next.content === row.content) bulletPairs++;
    const speaker = parseSpeakerLine(row.content, false);
    if (speaker) {
      standalone++;
      if (isOperatorName(speaker.name)) operatorsAlone++;
    } else if (parseColonSpeaker(row.content)) colon++;
    else if (readsAsNameAlone(rows, i)) namesAlone++;
    const below = rows[i + 1];
    if (below?.content && !row.chinese && below.chinese) adjacentPairs++;
    return i + 1;
  });
  if (nonBlank === 0) return 'unknown';
  if (bulletPairs >= 2) return 'bulleted';
  if (colon >= 3 && colon > standalone) return 'colon';
  if (standalone >= 2) return adjacentPairs * 4 >= nonBlank ? 'interleaved' : 'block';
  if ((yield* bareNames(rows)).size > 0) return 'block';
  // Names said once each: a call when the operator speaks too, or when several people do.
  return (namesAlone >= 1 && operatorsAlone >= 1) || namesAlone >= 3 ? 'block' : 'unknown';
}

/** A bare name (`Phil Winslow`) after the end of a paragraph and before speech: the start of a turn. */
function readsAsNameAlone(rows: readonly Row[], index: number): boolean {
  const { content, chinese } = rows[index];
  if (content.length > 60 || chinese || !/^\p{Lu}/u.test(content) || !endsParagraph(rows[index - 1])) return false;
  const line = parseSpeakerLine(content, true);
  return line !== null && line.title === null && readsAsPersonName(line.name) && startsSpeech(rows, nextContentIndex(rows, index));
}

/** A row's share of the work, for pacing (see steps.ts). */
const rowSize = (rows: readonly Row[]) => (i: number) => rows[i].content.length + 1;

function nextContent(rows: readonly Row[], index: number): Row | undefined {
  for (let i = index + 1; i < rows.length; i++) if (rows[i].content) return rows[i];
  return undefined;
}

/** Bare names (`Jane Doe` alone on a line) that recur, so they can be trusted as speakers. */
function* bareNames(rows: readonly Row[]): Steps<Set<string>> {
  const counts = new Map<string, number>();
  yield* paced(rows.length, rowSize(rows), (i) => {
    const { content } = rows[i];
    const speaker = content && content.length <= 60 ? parseSpeakerLine(content, true) : null;
    if (speaker && speaker.title === null && !isOperatorName(speaker.name)) {
      const key = speakerKey(speaker.name);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return i + 1;
  });
  return new Set([...counts].filter(([, count]) => count >= 2).map(([key]) => key));
}

// ---------------------------------------------------------------- spans

class Spans {
  constructor(private readonly text: string, private readonly lines: readonly Line[]) {}

  span(startLine: number, start: number, endLine: number, end: number): TextSpan {
    return { text: this.text.slice(start, end), start, end, range: this.range(startLine, start, endLine, end) };
  }

  /** Offset of the end of a line (before its line break). */
  lineEnd(line: number): number {
    return this.lines[line].start + this.lines[line].text.length;
  }

  offsetOf(position: Range['start']): number {
    return this.lines[position.line].start + position.character;
  }

  range(startLine: number, start: number, endLine: number, end: number): Range {
    return {
      start: { line: startLine, character: start - this.lines[startLine].start },
      end: { line: endLine, character: end - this.lines[endLine].start },
    };
  }
}

// ---------------------------------------------------------------- pieces of text

type Lang = 'en' | 'zh';

/** A run of lines in one language, or one language's part of a mixed line. */
interface Piece {
  lang: Lang;
  startLine: number;
  start: number;
  endLine: number;
  end: number;
  /** Text as written; to recognise a line repeated as its own translation. */
  text: string;
  /** The translation half of a mixed line or an indented line under a bullet. */
  translationOfPrevious: boolean;
  bullet: boolean;
}

interface Container {
  pieces: Piece[];
  paragraphs: Paragraph[];
}

function pair(spans: Spans, pieces: Piece[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const next = pieces[i + 1];
    const toSpan = (p: Piece) => spans.span(p.startLine, p.start, p.endLine, p.end);
    if (piece.lang === 'en' && next && (next.translationOfPrevious || next.lang === 'zh' || next.text === piece.text) && !next.bullet) {
      paragraphs.push({ english: toSpan(piece), chinese: toSpan(next), range: spans.range(piece.startLine, piece.start, next.endLine, next.end) });
      i++;
      continue;
    }
    const span = toSpan(piece);
    paragraphs.push(piece.lang === 'en' ? { english: span, chinese: null, range: span.range } : { english: null, chinese: span, range: span.range });
  }
  return paragraphs;
}

// ---------------------------------------------------------------- builders

interface TurnBuilder extends Container {
  speaker: SpeakerLine;
  key: string;
  startLine: number;
  start: number;
  speakerEndLine: number;
  speakerEnd: number;
}

interface SectionBuilder extends Container {
  kind: SectionKind;
  heading: string | null;
  startLine: number;
  start: number;
  headingEnd: number;
  turns: TurnBuilder[];
  participants: Participant[];
  participantEnds: Extent[];
}

interface Extent {
  endLine: number;
  end: number;
}

function extentOf(container: Container, fallback: Extent): Extent {
  const last = container.paragraphs[container.paragraphs.length - 1];
  if (!last) return fallback;
  const line = last.range.end.line;
  return { endLine: line, end: (last.chinese ?? last.english)!.end };
}

// ---------------------------------------------------------------- parser

export function parseTranscript(text: string, lines: readonly Line[] = splitLines(text)): Transcript {
  return runToEnd(parseSteps(text, lines));
}

export function* parseSteps(text: string, lines: readonly Line[]): Steps<Transcript> {
  const rows: Row[] = [];
  yield* paced(lines.length, (i) => lines[i].text.length + 1, (i) => {
    rows.push(toRow(lines[i]));
    return i + 1;
  });
  const spans = new Spans(text, lines);
  const layout = yield* detectLayout(rows);
  // Bare names that recur, then every name of a participants list as it is read.
  const trustedBareNames = layout === 'block' || layout === 'interleaved' ? yield* bareNames(rows) : new Set<string>();
  /** The side each listed participant is on (`Analysts`, `Company Participants`), by speaker key. */
  const listedRoles = new Map<string, SpeakerRole>();
  let listGroup: SpeakerRole | null = null;

  const sections: SectionBuilder[] = [];
  const front: Container = { pieces: [], paragraphs: [] };
  let section: SectionBuilder | null = null;
  let turn: TurnBuilder | null = null;
  let lastPieceLine = -2;

  const container = (): Container => turn ?? section ?? front;
  const flush = () => {
    const target = container();
    target.paragraphs.push(...pair(spans, target.pieces));
    target.pieces = [];
  };
  const openSection = (kind: SectionKind, heading: string | null, row: Row): SectionBuilder => {
    const opened: SectionBuilder = { kind, heading, startLine: row.line.index, start: row.start, headingEnd: row.end, turns: [], participants: [], participantEnds: [], pieces: [], paragraphs: [] };
    sections.push(opened);
    return opened;
  };

  const addPiece = (piece: Piece, blockContinues: boolean) => {
    const pieces = container().pieces;
    const last = pieces[pieces.length - 1];
    // Lines of one language with no blank line between them are one paragraph (hard-wrapped text);
    // a translation that shares its line with the English (`Mark? 馬克?`) ends with that line.
    if (last && blockContinues && last.lang === piece.lang && !piece.bullet && !piece.translationOfPrevious && !last.translationOfPrevious && last.endLine === piece.startLine - 1 && layout !== 'interleaved') {
      last.endLine = piece.endLine;
      last.end = piece.end;
      last.text += '\n' + piece.text;
      return;
    }
    pieces.push(piece);
  };

  /** Reads row i (and the rows a speaker line spans); returns the next row to read. */
  const readRow = (i: number): number => {
    const row = rows[i];
    if (!row.content || METADATA.test(row.content)) return i + 1;

    const heading: Heading | null = row.bullet ? null : parseHeading(row.content);
    if (heading) {
      flush();
      turn = null;
      listGroup = heading.group ?? null;
      // One side's list after the other's (`Executives`, then `Analysts`) is one section of call participants.
      if (heading.group && section?.kind === 'participants' && section.heading === null && section.paragraphs.length === 0) return i + 1;
      section = heading.kind === 'front' ? null : openSection(heading.kind, heading.group ? null : heading.text, row);
      return i + 1;
    }

    const inList = section?.kind === 'participants';
    const found = recogniseSpeaker(rows, i, layout, trustedBareNames, inList);
    // A bare name before anything else of a turn is what its speaker says (`Operator`, then `Jamie Baker.`).
    const speaker = found && found.line.title === null && !isOperatorName(found.line.name) && !isUnnamedSpeaker(found.line.name) && turn?.pieces.length === 0 && turn.paragraphs.length === 0 ? null : found;
    if (speaker && section?.kind === 'participants' && !speaker.opensTurn) {
      flush();
      section.participants.push({ name: speaker.line.name, title: speaker.line.title, affiliation: speaker.line.affiliation, range: spans.range(row.line.index, row.start, row.line.index, row.end) });
      section.participantEnds.push({ endLine: row.line.index, end: row.end });
      const key = speakerKey(speaker.line.name);
      trustedBareNames.add(key);
      if (listGroup && !listedRoles.has(key)) listedRoles.set(key, listGroup);
      return speaker.lastRow + 1;
    }
    if (speaker) {
      flush();
      // The first turn after a list of participants at the top (`Operator`, then the host) starts the call.
      if (!section || section.kind === 'participants') section = openSection('prepared', null, row);
      listGroup = null;
      const last = rows[speaker.lastRow];
      turn = {
        speaker: speaker.line,
        key: speakerKey(speaker.line.name),
        startLine: row.line.index,
        start: row.start,
        speakerEndLine: last.line.index,
        speakerEnd: speaker.line.rest ? row.start + speaker.line.rest.offset : last.end,
        pieces: [],
        paragraphs: [],
      };
      section.turns.push(turn);
      if (speaker.line.rest) {
        const restRow = withContent(row, row.start + speaker.line.rest.offset, speaker.line.rest.text);
        for (const piece of piecesOf(restRow, false, layout)) addPiece(piece, false);
        lastPieceLine = row.line.index;
      }
      return speaker.lastRow + 1;
    }

    const translationOfBullet = layout === 'bulleted' && !row.bullet && row.indented;
    const contentRow = layout === 'colon' ? stripColonName(row) : row;
    const pieces = piecesOf(contentRow, translationOfBullet, layout);
    pieces.forEach((piece, index) => addPiece(piece, index === 0 && lastPieceLine === row.line.index - 1));
    lastPieceLine = row.line.index;
    return i + 1;
  };
  yield* paced(rows.length, rowSize(rows), readRow);
  flush();

  return finish(asPlainSection(layout, front, sections, spans), lines.length, spans, front, sections, listedRoles);
}

function piecesOf(row: Row, translationOfBullet: boolean, layout: Layout): Piece[] {
  const line = row.line.index;
  const bullet = row.bullet && layout === 'bulleted';
  const piece = (lang: Lang, start: number, end: number, text: string, translationOfPrevious: boolean, isBullet = bullet): Piece =>
    ({ lang, startLine: line, start, endLine: line, end, text, translationOfPrevious, bullet: isBullet });
  if (translationOfBullet) return [piece('zh', row.start, row.end, row.content, true)];
  const split = row.mixed ? mixedSplit(row.content) : -1;
  if (split > 0) {
    const english = row.content.slice(0, split).trimEnd();
    return [piece('en', row.start, row.start + english.length, english, false), piece('zh', row.start + split, row.end, row.content.slice(split), true, false)];
  }
  return [piece(row.chinese ? 'zh' : 'en', row.start, row.end, row.content, false)];
}

/** In the one-line layout a translation may repeat the speaker (`主持人:…`); the label is not part of the text. */
function stripColonName(row: Row): Row {
  const label = /^[^\s:：。，,]{1,15}\s*[:：]\s*/.exec(row.content);
  if (!label || !row.chinese) return row;
  return withContent(row, row.start + label[0].length, row.content.slice(label[0].length));
}

interface RecognisedSpeaker {
  readonly line: SpeakerLine;
  /** The last row that belongs to the speaker line (its repeated or translated copy). */
  readonly lastRow: number;
  /** A name with no title followed by speech: in a list of participants, the call's first turn. */
  readonly opensTurn: boolean;
}

function recogniseSpeaker(rows: readonly Row[], index: number, layout: Layout, trustedBareNames: ReadonlySet<string>, inList: boolean): RecognisedSpeaker | null {
  const row = rows[index];
  if (layout === 'colon') {
    const colon = parseColonSpeaker(row.content);
    if (colon) return { line: colon, lastRow: index, opensTurn: false };
  }
  const nextIndex = nextContentIndex(rows, index);
  const next = rows[nextIndex];
  const repeated = next !== undefined && next.content === row.content && !next.bullet;
  if (layout === 'bulleted' && !row.bullet && !repeated) return null;
  const line = parseSpeakerLine(row.content, repeated || layout === 'bulleted' ? repeated : true);
  if (!line) return null;
  const lastRow = repeated || (next && isSpeakerTranslation(next.content, line)) ? nextIndex : index;
  const confirmed = line.title !== null || isOperatorName(line.name) || isUnnamedSpeaker(line.name) || repeated || trustedBareNames.has(speakerKey(line.name));
  // In the name-alone layout, and in a list of participants, a name needs no other confirmation when it
  // reads as one and stands where a speaker line would: after the end of a sentence, before speech.
  if (!confirmed && !(inList ? readsAsPersonName(line.name) : layout === 'block' && readsAsNameAlone(rows, index))) return null;
  return { line, lastRow, opensTurn: inList && line.title === null && startsSpeech(rows, nextContentIndex(rows, lastRow)) };
}

function nextContentIndex(rows: readonly Row[], index: number): number {
  let next = index + 1;
  while (next < rows.length && !rows[next].content) next++;
  return next;
}

/** Whether the row before a bare name lets a turn start there: a blank line, or the end of a sentence. */
function endsParagraph(previous: Row | undefined): boolean {
  return previous === undefined || !previous.content || /[.?!…:;)\]"'”’。？！）」]$/.test(previous.content);
}

/** Whether a row reads as the start of what someone says, rather than a list entry, a heading or a name. */
function startsSpeech(rows: readonly Row[], index: number): boolean {
  const row = rows[index];
  // Speech starts a sentence: a line that starts in lower case goes on with the one before the name.
  if (!row || /^\p{Ll}/u.test(row.content) || parseHeading(row.content) || parseSpeakerLine(row.content, false) || isOperatorName(row.content)) return false;
  return row.chinese || hasWords(row.content, 5) || /[.?!…"”')\]]$/.test(row.content);
}

/** Whether a text has at least `count` words, without splitting a long paragraph. */
function hasWords(text: string, count: number): boolean {
  let at = 0;
  for (let found = 1; found < count; found++) {
    at = text.indexOf(' ', at) + 1;
    if (at === 0) return false;
    while (text.charCodeAt(at) === 32) at++;
  }
  return at < text.length;
}

/** `Matthew Prince - 聯合創始人兼首席執行官`, `馬克安德森 - 總裁,收入` or `操作員` under a speaker line. */
function isSpeakerTranslation(content: string, speaker: SpeakerLine): boolean {
  if (countScripts(content).han === 0 || content.length > 100 || /[。！？]/.test(content)) return false;
  return /\s[-–—]{1,2}\s|--/.test(content) || content.startsWith(speaker.name) || content.length <= 12;
}

// ---------------------------------------------------------------- roles and sections

interface PlacedTurn {
  readonly turn: TurnBuilder;
  readonly section: SectionBuilder;
}

const QUESTION_WORDS = /\bquestions?\b|問題|问题|提問|提问/i;

/** Where the Q&A begins when no heading says so: the operator's hand-over to the first analyst. */
function inferQaStart(placed: readonly PlacedTurn[], titleRoles: ReadonlyMap<string, SpeakerRole>): number {
  const firstNonOperator = placed.findIndex((p) => titleRoles.get(p.turn.key) !== 'operator');
  if (firstNonOperator < 0) return -1;
  let start = placed.findIndex((p, i) => i > firstNonOperator && titleRoles.get(p.turn.key) === 'analyst');
  if (start < 0) {
    start = placed.findIndex((p, i) => i > firstNonOperator && titleRoles.get(p.turn.key) === 'operator' && p.turn.paragraphs.some((para) => QUESTION_WORDS.test(para.english?.text ?? para.chinese?.text ?? '')) && i + 1 < placed.length);
    return start < 0 ? -1 : start;
  }
  return start > 0 && titleRoles.get(placed[start - 1].turn.key) === 'operator' ? start - 1 : start;
}

function splitForQa(sections: SectionBuilder[], placed: readonly PlacedTurn[], qaStart: number): void {
  const { turn, section } = placed[qaStart];
  const at = section.turns.indexOf(turn);
  if (at === 0) {
    if (section.heading === null) section.kind = 'qa';
    return;
  }
  const qa: SectionBuilder = { kind: 'qa', heading: null, startLine: turn.startLine, start: turn.start, headingEnd: turn.speakerEnd, turns: section.turns.splice(at), participants: [], participantEnds: [], pieces: [], paragraphs: [] };
  sections.splice(sections.indexOf(section) + 1, 0, qa);
}

function assignRoles(placed: readonly PlacedTurn[], titleRoles: ReadonlyMap<string, SpeakerRole>): Map<string, SpeakerRole> {
  const roles = new Map(titleRoles);
  const beforeQa = new Set<string>();
  for (const { turn, section } of placed) if (section.kind !== 'qa') beforeQa.add(turn.key);
  placed.forEach(({ turn, section }, i) => {
    if (roles.get(turn.key) !== 'unknown') return;
    const previous = i > 0 ? roles.get(placed[i - 1].turn.key) : undefined;
    if (section.kind === 'qa' && !beforeQa.has(turn.key) && previous === 'operator') roles.set(turn.key, 'analyst');
  });
  placed.forEach(({ turn, section }, i) => {
    if (roles.get(turn.key) !== 'unknown') return;
    const previous = i > 0 ? roles.get(placed[i - 1].turn.key) : undefined;
    if (beforeQa.has(turn.key) || (section.kind === 'qa' && previous === 'analyst')) roles.set(turn.key, 'executive');
  });
  return roles;
}

function finish(layout: Layout, lineCount: number, spans: Spans, front: Container, sections: SectionBuilder[], listedRoles: ReadonlyMap<string, SpeakerRole>): Transcript {
  const placedOf = () => sections.flatMap((section) => section.turns.map((turn) => ({ turn, section })));
  let placed = placedOf();
  const titleRoles = new Map<string, SpeakerRole>();
  for (const { turn } of placed) {
    const titled = roleFromTitle(turn.speaker.name, turn.speaker.title, turn.speaker.affiliation);
    // A title that says nothing of the side (`Citi`) leaves it to the list the person was named in.
    const role = titled === 'unknown' ? (listedRoles.get(turn.key) ?? titled) : titled;
    if (!titleRoles.has(turn.key) || titleRoles.get(turn.key) === 'unknown') titleRoles.set(turn.key, role);
  }
  if (!sections.some((section) => section.kind === 'qa')) {
    const qaStart = inferQaStart(placed, titleRoles);
    if (qaStart >= 0) {
      splitForQa(sections, placed, qaStart);
      placed = placedOf();
    }
  }
  const roles = assignRoles(placed, titleRoles);

  const finishedSections: Section[] = sections
    .filter((section) => section.turns.length > 0 || section.paragraphs.length > 0 || section.participants.length > 0)
    .map((section) => {
      let end: Extent = { endLine: section.startLine, end: section.headingEnd };
      const extendTo = (extent: Extent) => {
        if (extent.end > end.end) end = extent;
      };
      extendTo(extentOf(section, end));
      section.participantEnds.forEach(extendTo);
      const turns: Turn[] = section.turns.map((turn) => {
        const turnEnd = extentOf(turn, { endLine: turn.speakerEndLine, end: turn.speakerEnd });
        extendTo(turnEnd);
        const speaker: Speaker = { name: turn.speaker.name, key: turn.key, title: turn.speaker.title, affiliation: turn.speaker.affiliation, role: roles.get(turn.key) ?? 'unknown' };
        return {
          speaker,
          speakerRange: spans.range(turn.startLine, turn.start, turn.speakerEndLine, turn.speakerEnd),
          range: spans.range(turn.startLine, turn.start, turnEnd.endLine, turnEnd.end),
          paragraphs: turn.paragraphs,
        };
      });
      return {
        kind: section.kind,
        heading: section.heading,
        // A Q&A section found at a speaker written on two lines has its heading on the first of them.
        headingRange: spans.range(section.startLine, section.start, section.startLine, Math.min(section.headingEnd, spans.lineEnd(section.startLine))),
        range: spans.range(section.startLine, section.start, end.endLine, end.end),
        turns,
        paragraphs: section.paragraphs,
        participants: section.participants,
      };
    });

  return { layout, lineCount, frontMatter: front.paragraphs, sections: finishedSections };
}

/** A text with no speaker names and no headings is one section of paragraphs, so figures and metrics still work. */
function asPlainSection(layout: Layout, front: Container, sections: SectionBuilder[], spans: Spans): Layout {
  if (sections.length > 0 || front.paragraphs.length === 0) return layout;
  const first = front.paragraphs[0].range.start;
  const section: SectionBuilder = { kind: 'other', heading: null, startLine: first.line, start: spans.offsetOf(first), headingEnd: spans.offsetOf(first), turns: [], participants: [], participantEnds: [], pieces: [], paragraphs: front.paragraphs };
  sections.push(section);
  front.paragraphs = [];
  return 'plain';
}
