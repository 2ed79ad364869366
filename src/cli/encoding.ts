// Which encoding a transcript file is in, decided in VS Code's order: a byte-order mark, then UTF-16
// recognised by its zero bytes, then strict UTF-8, then a guess among the legacy encodings a bilingual
// call is saved in (Windows-1252 for English, GB18030 or Big5 for Chinese), checked before it is trusted.
import { analyse } from 'chardet';

export interface Decoded {
  readonly text: string;
  /** The WHATWG name of the encoding read (`utf-8`, `utf-16le`, `windows-1252`, `gb18030`, `big5`…). */
  readonly encoding: string;
  /** How it was chosen: the byte-order mark, UTF-8 by default, a guess, or `--encoding`. */
  readonly source: 'bom' | 'default' | 'guess' | 'forced';
}

export type Refusal =
  | { readonly refused: 'binary' }
  | { readonly refused: 'invalid-utf8' }
  | { readonly refused: 'unrecognised' }
  | { readonly refused: 'invalid'; readonly encoding: string };

/**
 * The legacy encodings a guess may choose, by their WHATWG names, in the order tried after those the
 * detector names: a text that reads as Chinese is stronger evidence than one that merely could be Latin.
 */
export const GUESSED_ENCODINGS = ['gb18030', 'big5', 'windows-1252'] as const;
export type Guess = (typeof GUESSED_ENCODINGS)[number];

/** The detector's names for them; it names others too (windows-1250, Shift_JIS…), which are left out. */
const DETECTOR_NAMES: Readonly<Record<string, Guess>> = { 'windows-1252': 'windows-1252', 'iso-8859-1': 'windows-1252', gb18030: 'gb18030', big5: 'big5' };

/**
 * What the detector reads: the first 16 KB. VS Code gives its detector 64 KB; chardet takes about 2 ms
 * per KB, and its ranking is only an order in which the whole file's readings are then checked.
 */
const GUESS_SAMPLE_BYTES = 16 * 1024;

/** The WHATWG name of an encoding label TextDecoder accepts (`latin1` → `windows-1252`), else null. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null; // unknown labels, and `replacement` / `x-user-defined`, which decode nothing useful
  }
}

/** Decodes bytes as a transcript file; `forced` (a label TextDecoder accepts) skips the guessing. */
export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded | Refusal {
  if (forced !== undefined) return decodeForced(bytes, forced);
  const bom = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le'
    : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be'
    : bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8'
    : null;
  // A byte-order mark settles it; broken UTF-16 after one is read as VS Code reads it (U+FFFD).
  if (bom === 'utf-16le' || bom === 'utf-16be') return { text: new TextDecoder(bom).decode(bytes), encoding: bom, source: 'bom' };
  // NUL bytes: UTF-16 without a mark, or binary data (a UTF-8 mark does not make them text).
  if (bytes.includes(0)) return (bom === null ? utf16ByZeroBytes(bytes) : null) ?? { refused: 'binary' };
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', source: bom ? 'bom' : 'default' };
  return bom ? { refused: 'invalid-utf8' } : guessLegacy(bytes);
}

function decodeForced(bytes: Uint8Array, label: string): Decoded | Refusal {
  const encoding = canonicalEncoding(label);
  if (encoding === null) throw new RangeError(`unknown encoding ${label}`);
  // In an 8-bit or multi-byte encoding a NUL byte is no character of a transcript.
  if (!encoding.startsWith('utf-16') && bytes.includes(0)) return { refused: 'binary' };
  const text = strictDecode(bytes, encoding);
  return text === null ? { refused: 'invalid', encoding } : { text, encoding, source: 'forced' };
}

/** The text, or null where a byte sequence is not valid in the encoding. A matching byte-order mark is dropped. */
function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F; the five it leaves undefined keep their C1 code point, as WHATWG says. */
const WINDOWS_1252_HIGH = String.fromCharCode(
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
);

/**
 * Node 20's TextDecoder reads `windows-1252` as ISO-8859-1 (0x93 becomes U+0093, not “), so the bytes
 * 0x80–0x9F are mapped here; where a platform decodes them right, nothing is left to map.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** A C0 control other than tab, line feed, vertical tab, form feed and carriage return, or DEL: what binary data decodes to. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7f || (code < 0x20 && (code < 0x09 || code > 0x0d))) return true;
  }
  return false;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: ASCII characters carry a zero high byte
 * (at odd offsets in little-endian, even in big-endian). VS Code asks that of every character of the
 * first 512 bytes; a bilingual call has Chinese there, and characters such as 一 (U+4E00) or the
 * full-width space (U+3000) put a zero on the other side now and then, so this asks for zeros in at
 * least an eighth of the characters, at most one in eight of them on the other side, and text that
 * decodes strictly without control characters.
 */
function utf16ByZeroBytes(bytes: Uint8Array): Decoded | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const [major, minor, encoding] = odd >= even ? [odd, even, 'utf-16le'] : [even, odd, 'utf-16be'];
  if (major * 8 < bytes.length / 2 || minor * 8 > major) return null;
  const text = strictDecode(bytes, encoding);
  return text === null || hasControlCharacter(text) ? null : { text, encoding, source: 'guess' };
}

/**
 * chardet (ICU's detector) ranks the encodings; the three legacy ones are taken in its order (those it
 * does not name after them), each kept only if the whole file reads as that script: Windows-1252 by
 * `latinBytesPlausible`, GB18030 and Big5 decoded strictly and scored by `chineseScore`. Between GB18030
 * and Big5 the text richer in common Chinese characters wins, whatever the ranking: short texts give the
 * detector little evidence, and each decodes the other's bytes into valid but rare characters. Nothing
 * plausible (binary data, Korean, Japanese, damaged UTF-8): refused.
 */
function guessLegacy(bytes: Uint8Array): Decoded | Refusal {
  const ranked = analyse(bytes.subarray(0, GUESS_SAMPLE_BYTES)).flatMap((match) => DETECTOR_NAMES[match.name.toLowerCase()] ?? []);
  return readLegacy(bytes, ranked);
}

/** The reading `guessLegacy` chooses for a given ranking of the legacy encodings (the detector's, in use). */
export function readLegacy(bytes: Uint8Array, ranked: readonly Guess[]): Decoded | Refusal {
  const order = [...new Set([...ranked, ...GUESSED_ENCODINGS])];
  const chinese = (['gb18030', 'big5'] as const)
    .flatMap((encoding) => {
      const text = strictDecode(bytes, encoding);
      const score = text === null ? null : chineseScore(text);
      return text === null || score === null ? [] : [{ encoding, text, score }];
    })
    .sort((a, b) => b.score - a.score)[0];
  // Windows-1252 is judged on the bytes (one byte, one character) and decoded only when chosen.
  const latin = latinBytesPlausible(bytes);
  const best = order.find((encoding) => (encoding === 'windows-1252' ? latin : encoding === chinese?.encoding));
  if (best === undefined) return { refused: 'unrecognised' };
  return { text: best === 'windows-1252' ? decodeWindows1252(bytes) : (chinese?.text ?? ''), encoding: best, source: 'guess' };
}

/**
 * Windows-1252 text has its non-ASCII characters alone or in pairs (é, “, ’—); Chinese bytes read as
 * Windows-1252 come in long runs (¤¤¤å). The five bytes Windows-1252 leaves undefined never occur.
 */
export function latinBytesPlausible(bytes: Uint8Array): boolean {
  let high = 0;
  let inLongRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const byte = i < bytes.length ? bytes[i] : 0;
    if (byte === 0x81 || byte === 0x8d || byte === 0x8f || byte === 0x90 || byte === 0x9d) return false;
    if (byte >= 0x80) {
      high++;
      run++;
      continue;
    }
    if (run >= 3) inLongRuns += run;
    run = 0;
  }
  return inLongRuns * 4 <= high;
}

/**
 * Frequent characters of Chinese text, in both scripts where they differ: function words, and the words
 * of an earnings call (營收, 億, 美元, 季, 增…).
 */
const COMMON_CHARACTERS =
  '的一是在不了有和人這这中大為为上個个們们我到說说要他她時时年會会地出也對对就以可來来後后能而於于下生過过子之得多新發发成作用行家' +
    '方經经所同還还現现其將将但自前進进已此最部事月日高比公開开全並并本與与分看工市業业產产重場场長长面意問问你好很又從从當当些外度' +
    '理合司第加表期實实增萬万億亿元美率季收營营利資资務务客戶户預预計计提供幣币投售銷销價价財财數数點点二三四五十百千國国民政性化' +
    '動动關关體体果員员因正認认您謝谢那都去如被再想';

/** COMMON_CHARACTERS as a table by UTF-16 code unit: the score reads millions of characters. */
const COMMON = new Uint8Array(0x10000);
for (let i = 0; i < COMMON_CHARACTERS.length; i++) COMMON[COMMON_CHARACTERS.charCodeAt(i)] = 1;

/** Ranges a Chinese transcript uses beyond ASCII: ideographs, CJK and full-width punctuation, Latin-1 signs, general punctuation, ℃ and Ⅰ. */
function isChineseTextCharacter(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)
    || (code >= 0xfe30 && code <= 0xfe6f) || (code >= 0xa0 && code <= 0xff) || (code >= 0x2010 && code <= 0x206f)
    || (code >= 0x2100 && code <= 0x218f);
}

/**
 * Whether a text decoded as GB18030 or Big5 reads as Chinese: the share of its ideographs that are
 * common (the higher, the likelier), or null when it does not. Measured on the bundled calls and on
 * NTREX's human translations (both scripts), rightly decoded Chinese has 44–61% of its ideographs among
 * COMMON_CHARACTERS and no character outside the ranges Chinese text uses; GB18030 read as Big5 or the
 * reverse has 1–5%, and 13–72% of its non-ASCII characters outside those ranges.
 */
export function chineseScore(text: string): number | null {
  let nonAscii = 0;
  let others = 0;
  let ideographs = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    nonAscii++;
    // Surrogates (characters beyond the BMP) count as others: Chinese transcripts hardly use them.
    if (!isChineseTextCharacter(code)) others++;
    else if (code >= 0x4e00 && code <= 0x9fff) {
      ideographs++;
      common += COMMON[code];
    }
  }
  if (ideographs === 0 || others * 50 > nonAscii) return null;
  const share = common / ideographs;
  // A few ideographs prove little either way: one common one is enough; many need a real share.
  return common > 0 && (ideographs < 16 || share >= 0.15) ? share : null;
}
