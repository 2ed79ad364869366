// Section headings, in English, Chinese or both on one line (`Prepared Remarks: 準備發言:`).
import type { SectionKind } from '../model';

/** `front` headings (contents, "full transcript") end a section without starting one of the call's parts. */
export type HeadingKind = SectionKind | 'front';

export interface Heading {
  readonly kind: HeadingKind;
  /** The English part where there is one, else the Chinese, without the colon. */
  readonly text: string;
  /** A list of one side of the call (`Executives`, `Conference Call Participants`): who is on it. */
  readonly group?: 'executive' | 'analyst';
}

/** Headings of one side's list of participants, as Seeking Alpha and others write them. */
const GROUPS: ReadonlyArray<[RegExp, 'executive' | 'analyst']> = [
  [/^(?:executives|company participants|corporate participants|company representatives)$/i, 'executive'],
  [/^(?:analysts|conference call participants)$/i, 'analyst'],
];

const ENGLISH: ReadonlyArray<[RegExp, HeadingKind]> = [
  [/^(?:prepared remarks|presentation|management remarks|opening remarks|management discussion)$/i, 'prepared'],
  [/^(?:questions?\s*(?:and|&)\s*answers?(?: session)?|q\s?&\s?a(?: session)?|question-and-answer session)$/i, 'qa'],
  [/^(?:(?:conference )?call participants|participants|corporate participants|company participants|company representatives|executives|analysts)$/i, 'participants'],
  [/^(?:summary|call summary|key points|highlights|executive summary)$/i, 'summary'],
  [/^(?:contents|table of contents|full transcript|transcript|disclaimer)$/i, 'front'],
];

const CHINESE: ReadonlyArray<[RegExp, HeadingKind]> = [
  [/^(?:準備發言|准备发言|準備好的發言|准备好的发言|管理層發言|管理层发言|發言稿|发言稿|簡報|简报)$/, 'prepared'],
  [/^(?:問與答|问与答|問答環節|问答环节|問答|问答|提問環節|提问环节|問題與解答|问题与解答)$/, 'qa'],
  [/^(?:與會者|与会者|參與者|参与者|電話會議參與者|电话会议参与者|會議參與者|会议参与者)$/, 'participants'],
  [/^(?:內容摘要|内容摘要|摘要|重點摘要|重点摘要|會議摘要|会议摘要)$/, 'summary'],
  [/^(?:完整原文|全文|逐字稿|內容|内容|目錄|目录|使用警語|使用警语)$/, 'front'],
];

function match(table: ReadonlyArray<[RegExp, HeadingKind]>, text: string): HeadingKind | null {
  for (const [pattern, kind] of table) if (pattern.test(text)) return kind;
  return null;
}

/** The text without a closing colon (`Questions and Answers:`). */
function withoutColon(text: string): string {
  const trimmed = text.trimEnd();
  return /[:：]$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
}

/** Reads a line's content as a heading, or returns null. */
export function parseHeading(content: string): Heading | null {
  const line = content.trim();
  if (line.length === 0 || line.length > 80) return null;
  // English part up to the first Han character, Chinese part after it.
  const firstHan = line.search(/[\u3400-\u9fff]/);
  const english = withoutColon(firstHan < 0 ? line : line.slice(0, firstHan)).trim();
  const chinese = firstHan < 0 ? '' : withoutColon(line.slice(firstHan)).trim();
  if (english) {
    const kind = match(ENGLISH, english);
    // A Chinese part, when present, must be short (a translation of the heading, not a sentence).
    if (kind && chinese.length <= 12 && !/[。，,]/.test(chinese)) {
      const group = kind === 'participants' ? GROUPS.find(([pattern]) => pattern.test(english))?.[1] : undefined;
      return group ? { kind, text: english, group } : { kind, text: english };
    }
    return null;
  }
  const kind = match(CHINESE, chinese);
  return kind ? { kind, text: chinese } : null;
}
