// Recognising speaker lines and telling people and roles apart.
import type { SpeakerRole } from '../model';

export interface SpeakerLine {
  readonly name: string;
  readonly title: string | null;
  readonly affiliation: string | null;
  /** Text after `Name:` in the one-line layout, with its offset in the line. */
  readonly rest?: { readonly text: string; readonly offset: number };
}

// Names in any Latin-script spelling (`José García`, `Zoë Müller`, combining accents too).
const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}.'’\\-]{0,30}|(?:de|da|di|van|von|der|den|la|le|del|bin|al|du|dos)(?=\\s))";
const NAME = `${NAME_WORD}(?:\\s${NAME_WORD}){0,4}`;
const OPERATOR_NAMES = /^(?:operator|moderator|conference operator|coordinator|host|主持人|操作員|操作员|接線員|接线员)$/i;
/** Words that make a short capitalised line a reply rather than a name. */
const NOT_NAMES = new Set(['thanks', 'thank you', 'yes', 'yeah', 'okay', 'ok', 'sure', 'great', 'right', 'perfect', 'got it', 'good', 'hello', 'hi', 'no', 'absolutely', 'correct', 'exactly', 'understood', 'excellent', 'wonderful', 'awesome', 'fantastic', 'congratulations', 'contents', 'summary', 'presentation', 'disclaimer', 'duration']);

// Anchored, and only ever given the start of one line (at most SPEAKER_LINE_LENGTH characters).
const DASHED = new RegExp(`^(${NAME})\\s{1,4}[-–—]{1,2}\\s{1,4}(.+)$`, 'u');
const COMMA_TITLE = new RegExp(`^(${NAME}),\\s{1,4}(.+)$`, 'u');
const BARE = new RegExp(`^(${NAME})$`, 'u');
const COLON = new RegExp(`^(${NAME})(?:\\s{0,4}[(（]([^)）]{1,80})[)）])?\\s{0,4}[:：]\\s{0,4}`, 'u');
/** Longer lines are never a speaker line, and a `Name (Title):` label fits in this many characters. */
const SPEAKER_LINE_LENGTH = 160;

function isNameLike(name: string): boolean {
  return !NOT_NAMES.has(name.toLowerCase()) && name.length <= 60;
}

function looksLikeTitle(title: string): boolean {
  // Titles are short, start like a title (or are Chinese: `聯合創始人兼首席執行官`) and do not end a sentence.
  return title.length <= 120 && /^[A-Z(\u3400-\u9fff]/.test(title) && !/[?!]$/.test(title) && !/[a-z]{3}\.$/.test(title);
}

function operatorLine(text: string): SpeakerLine | null {
  // `Operator`, or `Operator 操作員` where the translation shares the line.
  const match = /^(Operator|Moderator|主持人|操作員|操作员|接線員|接线员)(?:\s{1,4}[\u3400-\u9fff]{1,6})?\s{0,4}[:：]?$/i.exec(text);
  return match ? { name: match[1], title: null, affiliation: null } : null;
}

/** Splits `Firm -- Analyst` or `Co-Founder, Chairman & CEO` into affiliation and title. */
function titleParts(rest: string): { title: string | null; affiliation: string | null } {
  const parts = rest.split(/\s{1,4}[-–—]{1,2}\s{1,4}/).map((part) => part.trim()).filter(Boolean);
  if (parts.length >= 2) return { affiliation: parts.slice(0, -1).join(' - '), title: parts[parts.length - 1] };
  return { title: parts[0] ?? null, affiliation: null };
}

/** A line that is only a speaker: `Name -- Firm -- Role`, `Name - Title`, `Name, Title`, `Operator`, or a bare name. */
export function parseSpeakerLine(text: string, allowBareName: boolean): SpeakerLine | null {
  const line = text.trim();
  if (line.length === 0 || line.length > SPEAKER_LINE_LENGTH) return null;
  const operator = operatorLine(line);
  if (operator) return operator;
  const dashed = DASHED.exec(line) ?? COMMA_TITLE.exec(line);
  if (dashed && isNameLike(dashed[1]) && looksLikeTitle(dashed[2])) {
    return { name: dashed[1], ...titleParts(dashed[2]) };
  }
  if (allowBareName) {
    const bare = BARE.exec(line);
    if (bare && isNameLike(bare[1]) && /\s/.test(bare[1])) return { name: bare[1], title: null, affiliation: null };
  }
  return null;
}

/** `Name: text` or `Name (Title): text`, the one-line layout. */
export function parseColonSpeaker(text: string): SpeakerLine | null {
  const match = COLON.exec(text.slice(0, SPEAKER_LINE_LENGTH));
  if (!match || !isNameLike(match[1])) return null;
  const rest = text.slice(match[0].length);
  if (rest.trim().length === 0) return null;
  const { title, affiliation } = match[2] ? titleParts(match[2]) : { title: null, affiliation: null };
  return { name: match[1], title, affiliation, rest: { text: rest, offset: match[0].length } };
}

export function isOperatorName(name: string): boolean {
  return OPERATOR_NAMES.test(name.trim());
}

/** Keys of names already seen: a call repeats a few names hundreds of times. Bounded, so a flood of distinct names cannot grow it. */
const keys = new Map<string, string>();
const MAX_KEYS = 4096;

/** One key per person: honorifics, accents, case and middle names do not matter. */
export function speakerKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, (key = keyOf(name)));
  }
  return key;
}

function keyOf(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(?:mr|mrs|ms|dr|prof)\.?\s+/g, '')
    .split(/[^a-z0-9\u3400-\u9fff'’-]+/)
    .filter(Boolean);
  if (words.length === 0) return name.trim().toLowerCase();
  if (isOperatorName(name)) return 'operator';
  return words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : words.join(' ');
}

const ANALYST_WORDS = /\b(?:analyst|research|equity|securities analyst)\b|分析師|分析师/i;
/** Words of an executive's title, matched as whole words (`Co-Founder, Chairman & CEO`). */
const EXECUTIVE_WORDS = new Set(['ceo', 'cfo', 'coo', 'cto', 'cro', 'cmo', 'chief', 'president', 'founder', 'chair', 'chairman', 'chairwoman', 'chairperson', 'vp', 'svp', 'evp', 'treasurer', 'treasury', 'officer', 'controller', 'ir']);
const EXECUTIVE_PHRASES = /\b(?:investor relations|head of|general counsel)\b|執行長|首席|總裁|总裁|財務長|財務官|创始人|創辦人|創始人/i;

function isExecutiveTitle(text: string): boolean {
  return text.toLowerCase().split(/[^a-z]+/).some((word) => EXECUTIVE_WORDS.has(word)) || EXECUTIVE_PHRASES.test(text);
}

/** The role a title states on its own, before the call's structure is taken into account. */
export function roleFromTitle(name: string, title: string | null, affiliation: string | null): SpeakerRole {
  if (isOperatorName(name)) return 'operator';
  const words = `${title ?? ''} ${affiliation ?? ''}`;
  if (ANALYST_WORDS.test(words)) return 'analyst';
  if (isExecutiveTitle(words)) return 'executive';
  return 'unknown';
}
