// A team's glossary (`transcript-glossary.csv` or `.json`): English terms and the renderings a
// translation must use. Parsed from text (reading the file is the front end's job) and enforced per
// paragraph as `term-mismatch`.
import * as z from 'zod/mini';
import type { Finding, FindingSide } from '../checks/types';
import { paragraphId } from '../checks/translation';
import type { TranslatedParagraph } from '../model';
import { renderingsOf } from './renderings';
import { readTbx } from './tbx';
import { findKey, renderingKey } from './script';
import type { GlossaryEntry, NameEntry, NameKind } from './types';

const KINDS = ['person', 'organization', 'product'] as const satisfies readonly NameKind[];
const MAX_ENTRIES = 10_000;
const MAX_TEXT = 200;

/** Why a glossary was refused: an English template ({0}, {1}…) for the front end's translator, and its arguments. */
export interface GlossaryError {
  readonly message: string;
  readonly args: ReadonlyArray<string | number>;
}

/** Every template a glossary error can take (the l10n bundles translate them). */
export const GLOSSARY_ERRORS = {
  empty: 'The glossary is empty',
  tooLarge: 'The glossary has more than {0} entries',
  json: 'The glossary is not valid JSON: {0}',
  jsonShape: 'Glossary entry {0}: expected {"english": "…", "chinese": ["…"], "kind": "person" | "organization" | "product"}',
  header: 'The glossary\'s first line must name an "english" column and a "chinese" column',
  quote: 'Glossary line {0}: a quoted field is not closed',
  term: 'Glossary line {0}: the English term is empty or longer than {1} characters',
  rendering: 'Glossary line {0}: no Chinese rendering, or one longer than {1} characters',
  kind: 'Glossary line {0}: unknown kind "{1}" (person, organization or product)',
  xml: 'The glossary is not valid TBX (XML): {0}',
  tbxEmpty: 'The glossary has no concept with both an English and a Chinese term',
  tooBig: 'The glossary is larger than {0} MB',
  encoding: 'The glossary is not UTF-8 text',
} as const;

/** A glossary file larger than this is refused unread: a glossary, not a corpus. */
export const MAX_GLOSSARY_BYTES = 5 * 1024 * 1024;

/** Why a file over MAX_GLOSSARY_BYTES is refused. */
export const GLOSSARY_TOO_BIG: GlossaryError = { message: GLOSSARY_ERRORS.tooBig, args: [MAX_GLOSSARY_BYTES / 1024 / 1024] };

export type GlossaryResult = { readonly ok: true; readonly entries: GlossaryEntry[] } | { readonly ok: false; readonly error: GlossaryError };

const fail = (message: string, ...args: Array<string | number>): GlossaryResult => ({ ok: false, error: { message, args } });

const JSON_ENTRY = z.object({
  english: z.string(),
  chinese: z.union([z.string(), z.array(z.string())]),
  kind: z.optional(z.string()),
});
const JSON_LIST = z.array(JSON_ENTRY);
const JSON_WRAPPED = z.object({ terms: JSON_LIST });

/** Several renderings in one CSV field are separated by `|`. */
const RENDERING_SEPARATOR = '|';
/** Columns whose values are renderings: one for both scripts, or one per script. */
const CHINESE_COLUMNS = new Set(['chinese', 'zh', 'traditional', 'simplified', 'zh-tw', 'zh-cn', 'zh-hant', 'zh-hans']);

export type GlossaryFormat = 'csv' | 'json' | 'tbx';

/** The files a workspace (or the CLI's working folder) keeps its glossary in, read where they exist. */
export const GLOSSARY_FILE_NAMES = ['transcript-glossary.csv', 'transcript-glossary.json', 'transcript-glossary.tbx'] as const;

/** A glossary file's format, from its name; null for a name that is not a glossary's. */
export function glossaryFormat(fileName: string): GlossaryFormat | null {
  const match = /\.(csv|json|tbx)$/i.exec(fileName);
  return match ? (match[1].toLowerCase() as GlossaryFormat) : null;
}

/** A glossary from a file's bytes, as the extension and the CLI read it: UTF-8 (a BOM allowed), else refused. */
export function parseGlossaryFile(bytes: Uint8Array, format: GlossaryFormat): GlossaryResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(GLOSSARY_ERRORS.encoding);
  }
  return parseGlossary(text, format);
}

/** A glossary from the text of a `.csv`, `.json` or `.tbx` file (`format` from its extension). */
export function parseGlossary(text: string, format: GlossaryFormat): GlossaryResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(GLOSSARY_ERRORS.empty);
  return format === 'json' ? parseJson(body) : format === 'tbx' ? parseTbx(body) : parseCsv(body);
}

function parseJson(text: string): GlossaryResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(GLOSSARY_ERRORS.json, error instanceof Error ? error.message : String(error));
  }
  // A list, or an object holding one under `terms`: validated as such so that errors name the entry.
  const wrapped = !Array.isArray(raw) && typeof raw === 'object' && raw !== null && 'terms' in raw;
  const parsed = (wrapped ? JSON_WRAPPED : JSON_LIST).safeParse(raw);
  if (!parsed.success) {
    const position = (parsed.error.issues[0]?.path ?? []).find((part) => typeof part === 'number');
    return fail(GLOSSARY_ERRORS.jsonShape, typeof position === 'number' ? position + 1 : 1);
  }
  const rows = Array.isArray(parsed.data) ? parsed.data : parsed.data.terms;
  return validated(rows.map((row, i) => ({ line: i + 1, english: row.english, chinese: typeof row.chinese === 'string' ? [row.chinese] : row.chinese, kind: row.kind ?? '' })));
}

/** One row per English term of each concept (synonyms each required to be rendered as the concept's Chinese). */
function parseTbx(text: string): GlossaryResult {
  const read = readTbx(text);
  if (!read.ok) return fail(GLOSSARY_ERRORS.xml, read.message);
  if (read.concepts.length === 0) return fail(GLOSSARY_ERRORS.tbxEmpty);
  return validated(read.concepts.flatMap(({ index, english, chinese }) => english.map((term) => ({ line: index, english: term, chinese, kind: '' }))));
}

/** RFC 4180 fields: commas, double quotes with `""` inside, CRLF or LF line ends. */
function csvRows(text: string): Array<{ line: number; fields: string[] }> | { unclosed: number } {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"' && field === '') {
      const open = line;
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === '"' && text[j + 1] === '"') {
          field += '"';
          j++;
        } else if (text[j] === '"') break;
        else {
          if (text[j] === '\n') line++;
          field += text[j];
        }
      }
      if (j >= text.length) return { unclosed: open };
      i = j;
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      rowLine = ++line;
    } else field += char;
  }
  fields.push(field);
  rows.push({ line: rowLine, fields });
  return rows.filter((row) => row.fields.some((value) => value.trim() !== ''));
}

function parseCsv(text: string): GlossaryResult {
  const rows = csvRows(text);
  if (!Array.isArray(rows)) return fail(GLOSSARY_ERRORS.quote, rows.unclosed);
  const header = rows[0].fields.map((name) => name.trim().toLowerCase());
  const english = header.indexOf('english');
  const chinese = header.flatMap((name, i) => (CHINESE_COLUMNS.has(name) ? [i] : []));
  const kind = header.indexOf('kind');
  if (english < 0 || chinese.length === 0) return fail(GLOSSARY_ERRORS.header);
  return validated(rows.slice(1).map(({ line, fields }) => ({
    line,
    english: fields[english] ?? '',
    chinese: chinese.flatMap((column) => (fields[column] ?? '').split(RENDERING_SEPARATOR)),
    kind: kind >= 0 ? fields[kind] ?? '' : '',
  })));
}

function validated(rows: ReadonlyArray<{ line: number; english: string; chinese: readonly string[]; kind: string }>): GlossaryResult {
  if (rows.length === 0) return fail(GLOSSARY_ERRORS.empty);
  if (rows.length > MAX_ENTRIES) return fail(GLOSSARY_ERRORS.tooLarge, MAX_ENTRIES);
  const entries: GlossaryEntry[] = [];
  for (const row of rows) {
    const english = row.english.trim();
    const chinese = [...new Set(row.chinese.map((rendering) => rendering.trim()).filter((rendering) => rendering !== ''))];
    const kind = row.kind.trim().toLowerCase();
    if (english === '' || english.length > MAX_TEXT) return fail(GLOSSARY_ERRORS.term, row.line, MAX_TEXT);
    if (chinese.length === 0 || chinese.some((rendering) => rendering.length > MAX_TEXT)) return fail(GLOSSARY_ERRORS.rendering, row.line, MAX_TEXT);
    if (kind !== '' && !(KINDS as readonly string[]).includes(kind)) return fail(GLOSSARY_ERRORS.kind, row.line, row.kind.trim());
    entries.push(kind === '' ? { english, chinese } : { english, chinese, kind: kind as NameKind });
  }
  return { ok: true, entries };
}

const TERM_WORD = /[A-Za-z0-9]+/g;

interface Term {
  readonly entry: GlossaryEntry;
  /** A term with capitals (`Zero Trust`, `R2`) is matched as written; an all-lower-case one in any case. */
  readonly caseSensitive: boolean;
}

type RangeOf = (start: number, end: number) => Finding['range'];

/** How a term's words are compared: in lower case, joined by one space. */
const termKey = (text: string) => (text.match(TERM_WORD) ?? []).join(' ').toLowerCase();

/** `term-mismatch` wherever an English paragraph uses a glossary term and its translation none of the term's renderings; and the index rows of the terms. */
export function termChecks(paragraphs: readonly TranslatedParagraph[], glossary: readonly GlossaryEntry[], rangeOf: RangeOf): { findings: Finding[]; entries: NameEntry[] } {
  const terms = new Map<string, Term[]>();
  for (const entry of glossary) {
    const key = termKey(entry.english);
    if (key === '') continue;
    const list = terms.get(key) ?? [];
    list.push({ entry, caseSensitive: entry.english !== entry.english.toLowerCase() });
    terms.set(key, list);
  }
  const findings: Finding[] = [];
  // Per term used in the English: where the translation writes it, and the translations that do not.
  const used = new Map<GlossaryEntry, { rendered: Array<{ text: string; key: string; range: Finding['range'] }>; missing: number[] }>();
  const usage = (entry: GlossaryEntry) => {
    let found = used.get(entry);
    if (!found) used.set(entry, (found = { rendered: [], missing: [] }));
    return found;
  };
  if (terms.size === 0) return { findings, entries: [] };
  const longest = Math.max(...[...terms.keys()].map((key) => key.split(' ').length));
  const firstWords = new Set([...terms.keys()].map((key) => key.split(' ')[0]));
  for (const paragraph of paragraphs) {
    const english = paragraph.english.text;
    const chinese = paragraph.chinese;
    const seen = new Set<GlossaryEntry>();
    const words = [...english.matchAll(TERM_WORD)];
    for (let i = 0; i < words.length; i++) {
      if (!firstWords.has(words[i][0].toLowerCase())) continue;
      // The longest term starting at this word, its words joined by one space or hyphen (`Zero-Trust`).
      let written = '';
      let term: Term | undefined;
      for (let n = 1; n <= longest && i + n <= words.length; n++) {
        const last = words[i + n - 1];
        if (n > 1 && !/^[ -]$/.test(english.slice(words[i + n - 2].index + words[i + n - 2][0].length, last.index))) break;
        const candidate = english.slice(words[i].index, last.index + last[0].length);
        const found = terms.get(termKey(candidate))?.find((entry) => !entry.caseSensitive || sameCase(entry.entry.english, candidate));
        if (found) [written, term] = [candidate, found];
      }
      if (!term) continue;
      const match = words[i];
      if (seen.has(term.entry)) continue;
      seen.add(term.entry);
      const spans = term.entry.chinese
        .flatMap((rendering) => findKey(chinese.text, renderingKey(rendering)).map((span) => ({ span, rendering })))
        .sort((a, b) => a.span.start - b.span.start);
      if (spans.length > 0) {
        const { rendered } = usage(term.entry);
        for (const { span, rendering } of spans) rendered.push({ text: rendering, key: rendering, range: rangeOf(chinese.start + span.start, chinese.start + span.end) });
        continue;
      }
      usage(term.entry).missing.push(chinese.range.start.line);
      const start = paragraph.english.start + match.index;
      findings.push(termFinding(paragraph, term.entry, { text: written, start, end: start + written.length }, rangeOf));
    }
  }
  // Every term the English uses has its row, rendered or not.
  const entries = glossary.flatMap((entry): NameEntry[] => {
    const found = used.get(entry);
    return found ? [{ english: entry.english, kind: entry.kind ?? 'product', role: null, renderings: renderingsOf(found.rendered), missing: found.missing }] : [];
  });
  return { findings, entries };
}

/** The same letters in the same case, whatever joins the words (`Zero Trust`, `Zero-Trust`). */
function sameCase(term: string, written: string): boolean {
  return (term.match(TERM_WORD) ?? []).join(' ') === (written.match(TERM_WORD) ?? []).join(' ');
}

function termFinding(paragraph: TranslatedParagraph, entry: GlossaryEntry, term: { text: string; start: number; end: number }, rangeOf: RangeOf): Finding {
  const chinese = paragraph.chinese;
  const englishSide: FindingSide = { text: term.text, value: null, unit: '', start: term.start, end: term.end, range: rangeOf(term.start, term.end) };
  const details = [entry.chinese.join(' / ')];
  const id = `${paragraphId('term-mismatch', chinese)}:${renderingKey(entry.english)}`;
  // The term kept in English in the translation is where the required rendering goes.
  const kept = findKey(chinese.text, renderingKey(entry.english))[0];
  if (kept) {
    const start = chinese.start + kept.start;
    const end = chinese.start + kept.end;
    const range = rangeOf(start, end);
    const side: FindingSide = { text: chinese.text.slice(kept.start, kept.end), value: null, unit: '', start, end, range };
    return { code: 'term-mismatch', start, end, range, english: englishSide, chinese: side, fix: { start, end, range, text: entry.chinese[0] }, details, id };
  }
  const side: FindingSide = { text: chinese.text, value: null, unit: '', start: chinese.start, end: chinese.end, range: chinese.range };
  return { code: 'term-mismatch', start: chinese.start, end: chinese.end, range: chinese.range, english: englishSide, chinese: side, fix: null, related: englishSide.range, details, id };
}
