// The transcript model: sections → speaker turns → paragraphs.
// Positions are 0-based lines and UTF-16 characters, as in VS Code; offsets index the analysed text.
import type { SectionKind, SpeakerRole } from '../shared/vocabulary';

export type { SectionKind, SpeakerRole };

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A run of the document's text with both its offsets and its line/character range. */
export interface TextSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}

/** `plain`: paragraphs with no speaker names (an excerpt, a press release, a call exported one sentence a line). */
export type Layout = 'bulleted' | 'interleaved' | 'colon' | 'block' | 'plain' | 'unknown';


export interface Speaker {
  /** The name as written on the speaker line. */
  readonly name: string;
  /** One key per person across turns, e.g. `thomas seifert` for `Thomas Josef Seifert - CFO`. */
  readonly key: string;
  /** Title as written (`Co-Founder, Chairman & CEO`), or null. */
  readonly title: string | null;
  /** Firm for analysts and where the layout names one (`RBC Capital Markets`), or null. */
  readonly affiliation: string | null;
  readonly role: SpeakerRole;
}

/** An English text with its Chinese translation; either side may be missing. */
export interface Paragraph {
  readonly english: TextSpan | null;
  readonly chinese: TextSpan | null;
  readonly range: Range;
}

/** A paragraph with both its English and its translation. */
export type TranslatedParagraph = Paragraph & { english: TextSpan; chinese: TextSpan };

export interface Turn {
  readonly speaker: Speaker;
  /** The speaker line (and its translation, where the layout repeats it). */
  readonly speakerRange: Range;
  /** From the speaker line to the end of the turn's last paragraph. */
  readonly range: Range;
  readonly paragraphs: readonly Paragraph[];
}


export interface Participant {
  readonly name: string;
  readonly title: string | null;
  readonly affiliation: string | null;
  readonly range: Range;
}

export interface Section {
  readonly kind: SectionKind;
  /** The heading as written (English part where both are given); null where the section was inferred. */
  readonly heading: string | null;
  /** Heading line, or the first line of an inferred section. */
  readonly headingRange: Range;
  readonly range: Range;
  readonly turns: readonly Turn[];
  /** Text of the section that is not inside a turn (summary paragraphs, for example). */
  readonly paragraphs: readonly Paragraph[];
  readonly participants: readonly Participant[];
}

export interface Transcript {
  readonly layout: Layout;
  readonly lineCount: number;
  /** Lines before the first section: title, date, source notes. */
  readonly frontMatter: readonly Paragraph[];
  readonly sections: readonly Section[];
}

/**
 * Whether a section's paragraph is the company's own words: an executive's turn or one whose speaker's
 * role is unknown, or the section's text outside any turn (a summary, a call with no speaker names),
 * except under a participants list (a site's footer links). The operator and analysts restate or ask.
 */
export function spokenByCompany(section: Section, turn: Turn | null): boolean {
  return turn ? turn.speaker.role === 'executive' || turn.speaker.role === 'unknown' : section.kind !== 'participants';
}

export function allTurns(transcript: Transcript): Turn[] {
  return transcript.sections.flatMap((section) => section.turns);
}
