// Reading transcript files: decoding, folders, and clear refusals for what is not a transcript.
import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as path from 'path';

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

/** Decodes UTF-8 (with or without BOM) and UTF-16 with BOM; refuses binary and other encodings. */
export function decodeTranscript(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new InputError(`${file}: ${l10n.t('binary file (contains NUL bytes), not a transcript')}`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError(`${file}: ${l10n.t('not valid UTF-8 (convert it to UTF-8 first, for example with iconv -f BIG5 or -f GBK)')}`);
  }
}

export function readTranscript(file: string): string {
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
  return decodeTranscript(bytes, file);
}
