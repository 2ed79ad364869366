// Who spoke how much, and who asked and answered in the Q&A.
import { allTurns, type SpeakerRole, type Transcript, type Turn } from '../model';
import type { AnalysisMemo } from '../memo';
import { paced, type Steps } from '../steps';

export interface SpeakerStat {
  readonly speaker: string;
  readonly key: string;
  readonly role: SpeakerRole;
  readonly title: string | null;
  readonly affiliation: string | null;
  readonly turns: number;
  /** English words spoken. */
  readonly words: number;
  /** Share of all English words in the call's turns, 0–1. */
  readonly share: number;
  /** 0-based line of the first turn. */
  readonly firstLine: number;
}

export interface QaExchange {
  readonly analyst: string;
  readonly firm: string | null;
  /** Turns the analyst took in this exchange; each is counted as a question. */
  readonly questions: number;
  readonly answeredBy: readonly string[];
  /** 0-based line where the exchange begins. */
  readonly line: number;
  readonly endLine: number;
}

const isWordStart = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Characters a word may continue with: `Q4's`, `3.5%`, `$1,000`, `year-over-year`. */
const isWordPart = (code: number) => isWordStart(code) || code === 39 || code === 0x2019 || code === 46 || code === 44 || code === 37 || code === 36 || code === 45;

/** Words: runs of word characters that hold a letter or digit (counted without building them). */
export function countWords(text: string): number {
  let words = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isWordPart(code)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (!counted && isWordStart(code)) {
      counted = true;
      words++;
    }
  }
  return words;
}

function englishWords(turn: Turn, memo: AnalysisMemo): number {
  let words = 0;
  for (const { english } of turn.paragraphs) if (english) words += memo.words.get(english.text, () => countWords(english.text));
  return words;
}

export function* speakerStats(transcript: Transcript, memo: AnalysisMemo): Steps<SpeakerStat[]> {
  const byKey = new Map<string, { stat: Omit<SpeakerStat, 'share'>; words: number; turns: number }>();
  let total = 0;
  const turns = allTurns(transcript);
  const size = (turn: Turn) => turn.paragraphs.reduce((n, p) => n + (p.english?.text.length ?? 0), 0);
  yield* paced(turns.length, (i) => size(turns[i]), (i) => {
    const turn = turns[i];
    const words = englishWords(turn, memo);
    total += words;
    const { speaker } = turn;
    const entry = byKey.get(speaker.key);
    if (entry) {
      entry.words += words;
      entry.turns += 1;
    } else {
      byKey.set(speaker.key, {
        stat: { speaker: speaker.name, key: speaker.key, role: speaker.role, title: speaker.title, affiliation: speaker.affiliation, turns: 0, words: 0, firstLine: turn.range.start.line },
        words,
        turns: 1,
      });
    }
    return i + 1;
  });
  return [...byKey.values()]
    .map(({ stat, words, turns }) => ({ ...stat, turns, words, share: total > 0 ? words / total : 0 }))
    .sort((a, b) => b.words - a.words || a.firstLine - b.firstLine);
}

/** `…next question from ` (the introduction of an analyst by the operator). */
const INTRODUCTION = /\bquestion (?:comes |is )?from (?:the line of )?(?=[A-Z])/g;
/** The word between the analyst's name and the firm: `Matt Hedberg with RBC Capital Markets`. */
const FIRM_LINK = / (?:with|from|of|at) (?=[A-Z])/;
const NAME_CHARACTERS = /^[\w.'’ -]*$/;
/** What may follow the firm: the end, or the operator's `Your line is open` / `Please go ahead`. */
const AFTER_FIRM = /^\.?(?:\s{1,4}(?:Your|Please|Go ahead)\b|$)/;
/** An introduction is read this far at most, which keeps the search linear in the operator's text. */
const INTRODUCTION_LENGTH = 200;

/** `…next question from Matt Hedberg with RBC Capital Markets.` → `RBC Capital Markets`: where titles name no firm. */
function firmFromIntroduction(turn: Turn | undefined): string | null {
  const text = turn?.paragraphs.map((p) => p.english?.text ?? '').join(' ') ?? '';
  for (const intro of text.matchAll(INTRODUCTION)) {
    const from = intro.index + intro[0].length;
    const window = text.slice(from, from + INTRODUCTION_LENGTH);
    const link = FIRM_LINK.exec(window);
    if (!link || !NAME_CHARACTERS.test(window.slice(0, link.index))) continue;
    const firmStart = link.index + link[0].length;
    const sentenceEnd = window.slice(firmStart).search(/[.?!]/);
    const firmEnd = sentenceEnd < 0 ? window.length : firmStart + sentenceEnd;
    if (AFTER_FIRM.test(text.slice(from + firmEnd, from + firmEnd + 20))) return window.slice(firmStart, firmEnd).trim() || null;
  }
  return null;
}

/** Groups the Q&A into exchanges: an analyst's turns and the answers until the next analyst or operator. */
export function qaExchanges(transcript: Transcript): QaExchange[] {
  let operatorTurn: Turn | undefined;
  const exchanges: Array<{ analyst: string; key: string; firm: string | null; questions: number; answeredBy: string[]; line: number; endLine: number }> = [];
  let current: (typeof exchanges)[number] | null = null;
  for (const section of transcript.sections) {
    if (section.kind !== 'qa') continue;
    for (const turn of section.turns) {
      const { speaker } = turn;
      if (speaker.role === 'analyst') {
        if (!current || current.key !== speaker.key) {
          current = { analyst: speaker.name, key: speaker.key, firm: speaker.affiliation ?? firmFromIntroduction(operatorTurn), questions: 0, answeredBy: [], line: turn.range.start.line, endLine: turn.range.end.line };
          exchanges.push(current);
        }
        current.questions += 1;
      } else if (speaker.role === 'operator') {
        current = null;
        operatorTurn = turn;
        continue;
      } else if (current && !current.answeredBy.includes(speaker.name)) {
        current.answeredBy.push(speaker.name);
      }
      if (current) current.endLine = turn.range.end.line;
    }
  }
  return exchanges.map(({ key: _key, ...exchange }) => exchange);
}
