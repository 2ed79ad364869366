// Reading transcript files: decoding, folders, and clear refusals for what is not a transcript.
import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as path from 'path';
import { canonicalEncoding, decodeBytes, type Decoded } from './encoding';

export class InputError extends Error {}

/** The installed package's folder: the nearest parent of this script with `seeds/` and `media/`. */
export function packageRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'seeds')) && fs.existsSync(path.join(dir, 'media'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(__dirname, '..');
  }
}

/** The bundled seeds. */
export function defaultInputs(): string[] {
  const folder = path.join(packageRoot(), 'seeds');
  if (!fs.existsSync(folder)) throw new InputError(`${folder}: ${l10n.t('bundled samples not found')}`);
  return fs.readdirSync(folder).filter((name) => !name.startsWith('.')).sort().map((name) => path.join(folder, name));
}

export function isFolder(input: string): boolean {
  try {
    return fs.statSync(input).isDirectory();
  } catch {
    return false;
  }
}

const TRANSCRIPT_FILE = /\.(?:txt|transcript)$/i;

/**
 * Files to read, in order: files as given, folders walked for `.txt` and `.transcript` files.
 * A generator, so a folder of thousands of calls is never held in memory at once.
 */
export function* expandInputs(inputs: readonly string[], onError: (message: string) => void): Generator<string> {
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      yield input; // readTranscript reports it
      continue;
    }
    if (!stat.isDirectory()) {
      yield input;
      continue;
    }
    let found = 0;
    for (const file of walk(input)) {
      found++;
      yield file;
    }
    if (found === 0) onError(`${input}: ${l10n.t('no .txt or .transcript files in this folder')}`);
  }
}

function* walk(folder: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    throw new InputError(`${folder}: ${(error as Error).message}`);
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && TRANSCRIPT_FILE.test(entry.name)) yield full;
  }
}

/**
 * Decodes a transcript file's bytes as VS Code would: a byte-order mark, UTF-16 told by its zero bytes,
 * strict UTF-8, else a checked guess among Windows-1252, GB18030 and Big5 (`src/cli/encoding.ts`).
 * `encoding` (any label TextDecoder accepts) forces one. Throws an InputError naming `file` when the
 * bytes are binary or no encoding reads them cleanly; never returns text with bytes replaced.
 */
export function decodeTranscript(bytes: Uint8Array, file: string, encoding?: string): string {
  return decodeTranscriptFile(bytes, file, encoding).text;
}

/** As decodeTranscript, with the encoding used and how it was chosen. */
export function decodeTranscriptFile(bytes: Uint8Array, file: string, encoding?: string): Decoded {
  if (encoding !== undefined && canonicalEncoding(encoding) === null) throw new InputError(unknownEncodingMessage(encoding));
  const decoded = decodeBytes(bytes, encoding);
  if (!('refused' in decoded)) return decoded;
  switch (decoded.refused) {
    case 'binary':
      throw new InputError(`${file}: ${l10n.t('binary file (contains NUL bytes), not a transcript')}`);
    case 'invalid-utf8':
      throw new InputError(`${file}: ${l10n.t('not valid UTF-8, though it starts with a UTF-8 byte-order mark')}`);
    case 'invalid':
      throw new InputError(`${file}: ${l10n.t('not valid {0} (name another encoding with --encoding, or leave it out to guess)', decoded.encoding)}`);
    case 'unrecognised':
      throw new InputError(`${file}: ${l10n.t('not UTF-8, and not recognisably Windows-1252, GB18030 or Big5 (name its encoding with --encoding NAME, or convert it to UTF-8)')}`);
  }
}

/** The message for an encoding name TextDecoder does not know. */
export function unknownEncodingMessage(name: string): string {
  return l10n.t('unknown encoding "{0}": use a name such as utf-8, utf-16le, windows-1252, gb18030 or big5', name);
}

export function readTranscript(file: string, encoding?: string): string {
  return readTranscriptFile(file, encoding).text;
}

/** Reads and decodes one transcript file; throws an InputError naming it when it cannot be read. */
export function readTranscriptFile(file: string, encoding?: string): Decoded {
  let bytes: Uint8Array;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new InputError(`${file}: ${l10n.t('is a directory')}`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? l10n.t('no such file') : code === 'EACCES' ? l10n.t('permission denied') : (error as Error).message;
    throw new InputError(`${file}: ${reason}`);
  }
  return decodeTranscriptFile(bytes, file, encoding);
}
