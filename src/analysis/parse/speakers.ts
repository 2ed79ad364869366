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
const OPERATOR_NAMES = /^(?:(?:conference (?:call )?)?(?:operator|moderator|coordinator)|host|主持人|操作員|操作员|接線員|接线员)$/i;
/** Words that make a short capitalised line a reply rather than a name. */
const NOT_NAMES = new Set(['thanks', 'thank you', 'yes', 'yeah', 'okay', 'ok', 'sure', 'great', 'right', 'perfect', 'got it', 'good', 'hello', 'hi', 'no', 'absolutely', 'correct', 'exactly', 'understood', 'excellent', 'wonderful', 'awesome', 'fantastic', 'congratulations', 'contents', 'summary', 'presentation', 'disclaimer', 'duration']);

// Anchored, and only ever given the start of one line (at most SPEAKER_LINE_LENGTH characters).
const DASHED = new RegExp(`^(${NAME})\\s{1,4}[-–—]{1,2}\\s{1,4}(.+)$`, 'u');
const COMMA_TITLE = new RegExp(`^(${NAME}),\\s{1,4}(.+)$`, 'u');
const BARE = new RegExp(`^(${NAME})$`, 'u');
const COLON = new RegExp(`^(${NAME})(?:\\s{0,4}[(（]([^)）]{1,80})[)）])?\\s{0,4}[:：]\\s{0,4}`, 'u');
/** Longer lines are never a speaker line, and a `Name (Title):` label fits in this many characters. */
const SPEAKER_LINE_LENGTH = 160;

/** What follows the apostrophe of a contraction (`I'm`, `We're`, `Company's`), which no name word has. */
const CONTRACTION_ENDINGS = new Set(['m', 're', 's', 'll', 've', 'd', 't']);

function isNameLike(name: string): boolean {
  // A single letter is a `Q` / `A` marker of a question or an answer, never a name.
  if (name.length < 2 || name.length > 60 || NOT_NAMES.has(name.toLowerCase())) return false;
  if (!name.includes("'") && !name.includes('’')) return true;
  return name.split(' ').every((word) => {
    const apostrophe = word.search(/['’]/);
    return apostrophe < 0 || !CONTRACTION_ENDINGS.has(word.slice(apostrophe + 1).toLowerCase());
  });
}

/** Lower-case words a title holds (`Vice President of Strategic Finance and Investor Relations`). */
const TITLE_CONNECTORS = new Set(['and', 'of', 'the', 'for', 'in', 'at', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'y', 'et', 'und', 'a', 'an']);
/** A title may end with an abbreviation's full stop, never with a sentence's. */
const ABBREVIATION_AT_END = /\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|L\.P|S\.A|N\.V|Plc|LLC|Dept|Div)\.$/i;

function looksLikeTitle(title: string): boolean {
  // Titles are short, start like a title (or are Chinese: `聯合創始人兼首席執行官`) and do not end a sentence.
  if (title.length > 120 || !/^[A-Z(\u3400-\u9fff]/.test(title) || /[?!]$/.test(title)) return false;
  if (title.endsWith('.') && !ABBREVIATION_AT_END.test(title)) return false;
  // A colon followed by more text, or a quotation, is a headline or a sentence (`Fauci, White House expert: cautiously…`).
  if (/[:：]\s/.test(title) || /["“”]/.test(title)) return false;
  return lowerCaseWords(title) <= 2;
}

/** Words of a title that start in lower case, connectors (`and`, `of`) aside; counted without splitting. */
function lowerCaseWords(title: string): number {
  let count = 0;
  for (let i = 0; i < title.length; i++) {
    const code = title.charCodeAt(i);
    if (code < 97 || code > 122 || (i > 0 && !' ,&/\t'.includes(title[i - 1]))) continue;
    let end = i;
    while (end < title.length && !' ,&/\t'.includes(title[end])) end++;
    if (!TITLE_CONNECTORS.has(title.slice(i, end))) count++;
    i = end;
  }
  return count;
}

const LEGAL_FORM = /^(?:Inc|Ltd|LLC|L\.P|Corp|Co|plc|Limited|Incorporated|S\.A|N\.V|AG|SE|GmbH)\b/i;
const CALL_TITLE_WORDS = ['(nyse', '(nasdaq', '(otc', '(tsx', '(lse', '(amex', '(hkex', 'earnings', 'conference call'];

/** What follows `Name,` when it is not a person's title: a company's legal form, a call's own title line, a date. */
function isCommaTitle(title: string): boolean {
  const lower = title.toLowerCase();
  return looksLikeTitle(title) && !LEGAL_FORM.test(title) && !/\d/.test(title) && !CALL_TITLE_WORDS.some((word) => lower.includes(word));
}

function operatorLine(text: string): SpeakerLine | null {
  // `Operator`, `Conference Operator`, or `Operator 操作員` where the translation shares the line.
  const match = /^((?:Conference (?:Call )?)?(?:Operator|Moderator|Coordinator)|主持人|操作員|操作员|接線員|接线员)(?:\s{1,4}[\u3400-\u9fff]{1,6})?\s{0,4}[:：]?$/i.exec(text);
  return match ? { name: match[1], title: null, affiliation: null } : null;
}

/**
 * Speakers a transcript leaves unnamed (`Unidentified Analyst`, `Unidentified Company Representative`,
 * `Unknown Speaker`), and the side the words say they are on: `null` when they say none.
 */
const UNNAMED_SPEAKER = /^(?:Unidentified|Unknown|Unnamed)\s(?:(Analyst|Questioner|Caller)|(Company Representative|Company Speaker|Company Participant|Corporate Participant|Corporate Representative|Executive|Management)|(Speaker|Participant|Representative|Audience Member|Male|Female|Male Speaker|Female Speaker))$/i;

/** Whether a name is one of the placeholders transcripts write for a speaker they could not name. */
export function isUnnamedSpeaker(name: string): boolean {
  return UNNAMED_SPEAKER.test(name.trim());
}

function unnamedSpeakerRole(name: string): SpeakerRole | null {
  const match = UNNAMED_SPEAKER.exec(name.trim());
  if (!match) return null;
  return match[1] ? 'analyst' : match[2] ? 'executive' : 'unknown';
}

/** `Unidentified Analyst` alone on a line (with a colon at most): a speaker line whatever the layout. */
function unnamedSpeakerLine(text: string): SpeakerLine | null {
  const name = text.endsWith(':') || text.endsWith('：') ? text.slice(0, -1).trimEnd() : text;
  return isUnnamedSpeaker(name) ? { name, title: null, affiliation: null } : null;
}

/** Splits `Firm -- Analyst` or `Co-Founder, Chairman & CEO` into affiliation and title. */
function titleParts(rest: string): { title: string | null; affiliation: string | null } {
  const parts = rest.split(/\s{1,4}[-–—]{1,2}\s{1,4}/).map((part) => part.trim()).filter(Boolean);
  if (parts.length >= 2) return { affiliation: parts.slice(0, -1).join(' - '), title: parts[parts.length - 1] };
  return { title: parts[0] ?? null, affiliation: null };
}

/** `Q – Judy Hong`, `A - James Quincey`: a question or answer marker before the speaker's name (anchored, one line). */
const QA_MARKER = /^[QA]\s{0,2}[-–—:]\s{0,2}(?=\S)/;

/** A line that is only a speaker: `Name -- Firm -- Role`, `Name - Title`, `Name, Title`, `Operator`, or a bare name. */
export function parseSpeakerLine(text: string, allowBareName: boolean): SpeakerLine | null {
  const line = text.trim();
  if (line.length === 0 || line.length > SPEAKER_LINE_LENGTH) return null;
  const marker = QA_MARKER.exec(line);
  if (marker) {
    // The marker is not a speaker; a name after it is (`Q – Judy Hong`), any other text is not (`Q - How is demand?`).
    const bare = allowBareName ? BARE.exec(line.slice(marker[0].length)) : null;
    return bare && isNameLike(bare[1]) && readsAsPersonName(bare[1]) ? { name: bare[1], title: null, affiliation: null } : null;
  }
  const operator = operatorLine(line) ?? unnamedSpeakerLine(line);
  if (operator) return operator;
  const dashed = DASHED.exec(line);
  if (dashed && isNameLike(dashed[1]) && looksLikeTitle(dashed[2])) {
    return { name: dashed[1], ...titleParts(dashed[2]) };
  }
  // `Name, Title`: the name has two words at least, and what follows reads as a person's title (news
  // headlines and datelines such as `Tel Aviv, July 25 (Xinhua)` have the same shape).
  const comma = dashed ? null : COMMA_TITLE.exec(line);
  if (comma && isNameLike(comma[1]) && /\s/.test(comma[1]) && isCommaTitle(comma[2])) {
    return { name: comma[1], ...titleParts(comma[2]) };
  }
  if (allowBareName) {
    const bare = BARE.exec(line);
    if (bare && isNameLike(bare[1]) && /\s/.test(bare[1])) return { name: bare[1], title: null, affiliation: null };
  }
  return null;
}

/**
 * Capitalised words that headings, greetings and prose put alone on a line, and that are not names
 * (`Financial Highlights`, `Good Morning`, `Next Question`, `Wells Fargo`).
 */
const NOT_NAME_WORDS = new Set(
  (
    'the a an and or of for in on to with at by from as our we you your my this that these those it its is are was were be ' +
    'thank thanks good great morning afternoon evening everyone all hello hi welcome okay yes no sure ' +
    'question questions answer answers session remarks prepared closing opening statement statements forward looking safe harbor ' +
    'financial highlights results result quarter quarterly annual fiscal year full first second third fourth half ' +
    'revenue revenues sales growth outlook guidance summary overview conclusion introduction agenda update updates review ' +
    'call conference earnings transcript business segment segments operations operating performance company corporation ' +
    'inc ltd llc plc group holdings bank banc capital securities partners research markets market analyst analysts executives ' +
    'participants operator presentation disclaimer copyright page table contents section part chapter appendix note notes ' +
    'source image click more read next previous new key net total gross adjusted gaap cash flow balance sheet income margin ' +
    'margins expenses dividend strategy product products customers customer team management board directors investor ' +
    'investors relations officer chief president vice director head january february march july ' +
    'september october november december monday tuesday wednesday thursday friday saturday sunday today tonight north south ' +
    'east west united states america europe china asia global international national street fargo stanley sachs lynch chase'
  ).split(' '),
);
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'del', 'bin', 'al', 'du', 'dos']);

/**
 * Whether a bare line reads as a person's name on its own: two or three capitalised words (particles
 * such as `van` aside), each a word or an initial, none of them a word that headings and prose use.
 */
export function readsAsPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const core = words.filter((word) => !NAME_PARTICLES.has(word));
  if (core.length < 2 || core.length > 3 || words.length > 4) return false;
  return core.every((word) => INITIALS.test(word) || (!NOT_NAME_WORDS.has(word.toLowerCase().replace(/\.$/, '')) && isNameWord(word)));
}

const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/** `Phil`, `O'Brien`, `Müller-Lüdenscheidt`, `McDonald`; not `NVIDIA` or `Q&A`. */
function isNameWord(word: string): boolean {
  const [first, ...rest] = (word.endsWith('.') ? word.slice(0, -1) : word).split(/['’-]/);
  return /^\p{Lu}(?:\p{Ll}{1,3}\p{Lu})?[\p{Ll}\p{M}]{0,30}$/u.test(first) && /\p{Ll}/u.test(word) && rest.every((part) => /^\p{L}[\p{Ll}\p{M}]{0,30}$/u.test(part));
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
  const unnamed = unnamedSpeakerRole(name);
  if (unnamed) return unnamed;
  const words = `${title ?? ''} ${affiliation ?? ''}`;
  if (ANALYST_WORDS.test(words)) return 'analyst';
  if (isExecutiveTitle(words)) return 'executive';
  return 'unknown';
}
