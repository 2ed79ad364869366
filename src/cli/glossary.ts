// The CLI's glossary: `--glossary FILE`, else `transcript-glossary.csv` / `.json` / `.tbx` in the working
// folder, as the extension reads them at the root of a workspace folder. A file that cannot be used is
// said once and the other checks go on without it.
import * as l10n from '@vscode/l10n';
import * as fs from 'fs';
import * as path from 'path';
import { GLOSSARY_FILE_NAMES, GLOSSARY_TOO_BIG, glossaryFormat, MAX_GLOSSARY_BYTES, parseGlossaryFile, type GlossaryEntry, type GlossaryError } from '../analysis/names';

export interface GlossaryRead {
  readonly entries: readonly GlossaryEntry[];
  /** The files read, with their number of terms. */
  readonly used: ReadonlyArray<{ file: string; terms: number }>;
  /** Why a file was not used, one line each, localised. */
  readonly problems: readonly string[];
}

/** The glossary for this run: the file given, else the working folder's glossary files. */
export function readGlossary(given: string | null, folder: string = process.cwd()): GlossaryRead {
  const files = given !== null ? [given] : GLOSSARY_FILE_NAMES.map((name) => path.join(folder, name)).filter((file) => fs.existsSync(file));
  const entries: GlossaryEntry[] = [];
  const used: Array<{ file: string; terms: number }> = [];
  const problems: string[] = [];
  const refuse = (file: string, error: GlossaryError) => problems.push(l10n.t('The glossary {0} is not used: {1}', file, l10n.t(error.message, ...error.args)));
  for (const file of files) {
    const format = glossaryFormat(file);
    if (!format) {
      problems.push(l10n.t('The glossary {0} is not used: {1}', file, l10n.t('a glossary is a .csv, .json or .tbx file')));
      continue;
    }
    let bytes: Buffer;
    try {
      if (fs.statSync(file).size > MAX_GLOSSARY_BYTES) {
        refuse(file, GLOSSARY_TOO_BIG);
        continue;
      }
      bytes = fs.readFileSync(file);
    } catch (error) {
      problems.push(l10n.t('The glossary {0} is not used: {1}', file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? l10n.t('no such file') : (error as Error).message));
      continue;
    }
    const parsed = parseGlossaryFile(bytes, format);
    if (!parsed.ok) refuse(file, parsed.error);
    else {
      entries.push(...parsed.entries);
      used.push({ file, terms: parsed.entries.length });
    }
  }
  return { entries, used, problems };
}
