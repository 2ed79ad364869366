// Command dispatch, kept free of process globals so tests can call it.
import * as l10n from '@vscode/l10n';
import { analyze, DEFAULT_ANALYZE_OPTIONS, type Analysis, type AnalyzeOptions } from '../analysis/analyze';
import { checkJson } from '../presentation/checkJson';
import { formatValue } from '../presentation/messages';
import { metricsJson } from '../presentation/metricsJson';
import { namesJson } from '../presentation/namesJson';
import type { NameKind } from '../analysis/names';
import type { Section } from '../analysis/model';
import { outlineJson } from '../presentation/outlineJson';
import { roleLabel as translatedRole, sectionLabel as translatedSection } from '../presentation/strings';
import { DEFAULT_SETTINGS } from '../analysis/settings';
import { chooseLanguage, HTML_LANG, translate, useLanguage, type Environment, type Language } from './language';
import { canonicalEncoding, type Decoded } from './encoding';
import { defaultInputs, expandInputs, InputError, isFolder, readTranscriptFile, unknownEncodingMessage } from './input';
import { readGlossary } from './glossary';
import { writeReports } from './report';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Help text; command names and flags stay as typed, the explanations follow the language. */
function usage(): string {
  const commands: Array<[string, string]> = [
    ['outline', l10n.t('sections and speaker turns of each transcript')],
    ['check', l10n.t('figures and sentences the Chinese translation gets wrong')],
    ['metrics', l10n.t("the call's key figures and guidance, checked against the Chinese, and who spoke how much")],
    ['names', l10n.t('people, organisations and terms the call names, how the Chinese writes each, and where it drops them')],
    ['report', l10n.t('one self-contained HTML review per transcript, written to --out DIR (default: reports)')],
  ];
  return [
    `${l10n.t('Usage:')} transcript-review <command> [FILE|FOLDER…] [--json] [--out DIR] [--encoding NAME] [--glossary FILE] [--lang en|zh-tw|zh-cn]`,
    '',
    l10n.t('Commands:'),
    ...commands.map(([name, text]) => `  ${name.padEnd(9)} ${text}`),
    '',
    l10n.t('With no FILE, the bundled sample transcripts are read. A FOLDER is searched for .txt and .transcript files.'),
    l10n.t('Files are read as UTF-8 or UTF-16, else their encoding is guessed among Windows-1252, GB18030 and Big5; --encoding NAME (utf-8, windows-1252, gb18030, big5, shift_jis…) sets it.'),
    l10n.t('Glossary terms come from --glossary FILE (.csv, .json or .tbx), else from transcript-glossary.csv, .json or .tbx in the current folder.'),
    l10n.t('Messages follow --lang, else LC_ALL, LC_MESSAGES or LANG; JSON keys and codes are never translated.'),
    l10n.t('Exit status: 0 success, 1 when check finds an error-severity problem, 2 on unusable input or a usage error.'),
    '',
  ].join('\n');
}

/** A role as readers see it, in the current language (metrics JSON types roles as plain strings). */
const roleLabel = (role: string): string => translatedRole(role, translate);

/** A file's own heading as written, else the kind's name in the current language. */
const sectionLabel = (section: Section): string => translatedSection(section, translate);

const lineLabel = (line: number): string => l10n.t('[line {0}]', line);

/** Lines as `[line 3]`, or `[lines 3, 9, 12]`, naming at most the first ten. */
function linesLabel(lines: readonly number[]): string {
  if (lines.length === 1) return lineLabel(lines[0]);
  const shown = lines.slice(0, 10).join(', ');
  return l10n.t('[lines {0}]', lines.length > 10 ? `${shown}, …` : shown);
}

function kindLabel(kind: NameKind): string {
  return kind === 'person' ? l10n.t('person') : kind === 'organization' ? l10n.t('organization') : l10n.t('product');
}

/** Pads to a width in terminal columns, where CJK and full-width characters take two. */
function padColumns(text: string, width: number): string {
  const columns = [...text].reduce((sum, char) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - columns));
}

interface Command {
  /** Prints one file's result in the readable form; returns true when it counts as a failure (exit 1). */
  text(file: string, analysis: Analysis, output: Output): boolean;
  json(file: string, analysis: Analysis): { value: unknown; failed: boolean };
}

const COMMANDS: Record<string, Command> = {
  outline: {
    text(file, { transcript }, output) {
      output.out(`${l10n.t('{0} ({1} layout)', file, transcript.layout)}\n`);
      for (const section of transcript.sections) {
        output.out(`  ${sectionLabel(section)}  ${lineLabel(section.headingRange.start.line + 1)}\n`);
        for (const turn of section.turns) {
          const detail = [turn.speaker.title, turn.speaker.affiliation].filter(Boolean).join(', ');
          output.out(`    ${String(turn.range.start.line + 1).padStart(5)}  ${turn.speaker.name}${detail ? ` — ${detail}` : ''} (${roleLabel(turn.speaker.role)}, ${turn.paragraphs.length} ¶)\n`);
        }
      }
      return false;
    },
    json: (file, { transcript }) => ({ value: outlineJson(file, transcript), failed: false }),
  },
  check: {
    text(file, analysis, output) {
      const { diagnostics } = checkJson(file, analysis, DEFAULT_SETTINGS, translate);
      // Severity and code stay as they are: editors' problem matchers read this line.
      for (const d of diagnostics) output.out(`${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`);
      return diagnostics.some((d) => d.severity === 'error');
    },
    json(file, analysis) {
      const value = checkJson(file, analysis, DEFAULT_SETTINGS, translate);
      return { value, failed: value.diagnostics.some((d) => d.severity === 'error') };
    },
  },
  metrics: {
    text(file, analysis, output) {
      const { call, metrics, otherFigures, speakers } = metricsJson(file, analysis);
      output.out(`${file}: ${[call.company, call.period, call.date].filter(Boolean).join(', ') || l10n.t('call not identified')}\n`);
      for (const m of metrics) {
        const written = (value: number | null) => formatValue(value, m.unit, translate);
        const value = m.value !== null ? written(m.value) : `${written(m.low)} – ${written(m.high)}`;
        const status = !m.translated ? l10n.t('no translation') : m.chinese === null || m.consistent === null ? l10n.t('no Chinese figure') : `${l10n.t('ZH {0}', m.chinese.text)} ${m.consistent ? '✓' : '✗'}`;
        output.out(`  ${padColumns(translate(m.label), 36)} ${(m.period ?? '').padEnd(8)} ${value.padEnd(28)} ${status}  ${lineLabel(m.line)}\n`);
      }
      if (otherFigures.length > 0) output.out(`  ${l10n.t('Other figures stated by the company')}:\n`);
      for (const o of otherFigures) output.out(`    ${o.text.padEnd(24)} ${lineLabel(o.line)}  ${o.sentence}\n`);
      for (const s of speakers) {
        const counts = `${l10n.t('{0} turns', String(s.turns).padStart(3))} ${l10n.t('{0} words', String(s.words).padStart(6))}`;
        output.out(`  ${s.speaker.padEnd(28)} ${padColumns(roleLabel(s.role), 10)} ${counts} ${(s.share * 100).toFixed(1).padStart(5)}%\n`);
      }
      return false;
    },
    json: (file, analysis) => ({ value: metricsJson(file, analysis), failed: false }),
  },
  names: {
    text(file, analysis, output) {
      const { names } = namesJson(file, analysis);
      output.out(`${l10n.t('{0}: {1} names', file, names.length)}\n`);
      for (const name of names) {
        output.out(`  ${name.english} (${[kindLabel(name.kind), name.role].filter(Boolean).join(', ')})\n`);
        for (const rendering of name.renderings) output.out(`    ${padColumns(rendering.text, 24)} ×${String(rendering.count).padEnd(4)} ${linesLabel(rendering.lines)}\n`);
        if (name.missing.length > 0) output.out(`    ${l10n.t('not named in the translation')} ${linesLabel(name.missing)}\n`);
      }
      return false;
    },
    json: (file, analysis) => ({ value: namesJson(file, analysis), failed: false }),
  },
};

/**
 * Runs one command line. `env` holds the locale variables (process.env in the real CLI); the language
 * chosen from it or from `--lang` lasts for this run only.
 */
export async function runCli(args: readonly string[], output: Output, env: Environment = {}): Promise<number> {
  const choice = chooseLanguage(args, env);
  useLanguage(choice.language);
  try {
    if (choice.refused !== undefined) {
      output.err(`transcript-review: ${l10n.t('unknown language "{0}": use en, zh-tw or zh-cn', choice.refused)}\n`);
      return 2;
    }
    return await runCommand(choice.args, choice.language, output);
  } finally {
    useLanguage('en');
  }
}

async function runCommand(args: readonly string[], language: Language, output: Output): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    output.out(usage());
    return name ? 0 : 2;
  }
  const options = parseOptions(rest);
  const command = COMMANDS[name];
  if ((!command && name !== 'report') || typeof options === 'string') {
    output.err(`transcript-review: ${typeof options === 'string' ? options : l10n.t('unknown command {0}', name)}\n${usage()}`);
    return 2;
  }
  const { json, out, encoding } = options;
  let inputs = options.inputs;
  let unusable = false;
  const reportError = (message: string) => {
    output.err(`transcript-review: ${message}\n`);
    unusable = true;
  };
  // A glossary that cannot be used is said once; the checks go on without it.
  const glossary = readGlossary(options.glossary);
  for (const problem of glossary.problems) output.err(`transcript-review: ${problem}\n`);
  if (!json) for (const { file, terms } of glossary.used) output.err(`transcript-review: ${l10n.t('glossary {0}: {1} terms', file, terms)}\n`);
  const analyzeOptions: AnalyzeOptions = { ...DEFAULT_ANALYZE_OPTIONS, glossary: glossary.entries };
  try {
    if (inputs.length === 0) inputs = defaultInputs();
  } catch (error) {
    reportError((error as Error).message);
    return 2;
  }

  if (!command) return report(inputs, out ?? 'reports', { language, encoding, analyze: analyzeOptions }, output);

  let failed = false;
  let files = 0;
  let bytes = 0;
  const started = Date.now();
  const results: unknown[] = [];
  try {
    for (const file of expandInputs(inputs, reportError)) {
      let decoded: Decoded;
      try {
        decoded = readTranscriptFile(file, encoding ?? undefined);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        reportError(error.message);
        continue;
      }
      // A guess is said aloud in the readable output; JSON carries the encoding instead.
      if (decoded.source === 'guess' && !json) output.err(`transcript-review: ${file}: ${l10n.t('read as {0} (a guess; --encoding NAME sets it)', decoded.encoding)}\n`);
      const { text } = decoded;
      files++;
      bytes += Buffer.byteLength(text, 'utf8');
      const analysis = analyze(text, analyzeOptions);
      if (json) {
        const { value, failed: fileFailed } = command.json(file, analysis);
        results.push(withEncoding(value, decoded.encoding));
        failed ||= fileFailed;
      } else {
        failed = command.text(file, analysis, output) || failed;
      }
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reportError(error.message);
  }
  // One object for one file named on the command line; an array for several files or a folder.
  const single = inputs.length === 1 && files === 1 && results.length === 1 && !isFolder(inputs[0]);
  if (json) output.out(JSON.stringify(single ? results[0] : results, null, 2) + '\n');
  if (files > 1 && !json) {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const megabytes = bytes / 1e6;
    output.err(`${l10n.t('{0} files, {1} MB in {2} s ({3} files/s, {4} MB/s)', files, megabytes.toFixed(1), seconds.toFixed(2), (files / seconds).toFixed(0), (megabytes / seconds).toFixed(1))}\n`);
  }
  return unusable ? 2 : failed ? 1 : 0;
}

/** The JSON of a file not read as UTF-8 names its encoding, right after the file. */
function withEncoding(value: unknown, encoding: string): unknown {
  if (encoding === 'utf-8' || typeof value !== 'object' || value === null) return value;
  return { file: (value as { file?: unknown }).file, encoding, ...value };
}

interface Options {
  inputs: string[];
  json: boolean;
  out: string | null;
  /** `--encoding`: the WHATWG name of the encoding every file is read in, or null to detect each. */
  encoding: string | null;
  /** `--glossary`: the glossary file, or null for the working folder's. */
  glossary: string | null;
}

/** Flags and inputs, or the reason they make no sense. */
function parseOptions(args: readonly string[]): Options | string {
  const options: Options = { inputs: [], json: false, out: null, encoding: null, glossary: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? args[++i] : arg.slice('--out='.length);
      if (!value) return l10n.t('--out needs a folder');
      options.out = value;
    } else if (arg === '--encoding' || arg.startsWith('--encoding=')) {
      const value = arg === '--encoding' ? args[++i] : arg.slice('--encoding='.length);
      if (!value) return l10n.t('--encoding needs a name, such as windows-1252, gb18030 or big5');
      options.encoding = canonicalEncoding(value);
      if (options.encoding === null) return unknownEncodingMessage(value);
    } else if (arg === '--glossary' || arg.startsWith('--glossary=')) {
      const value = arg === '--glossary' ? args[++i] : arg.slice('--glossary='.length);
      if (!value) return l10n.t('--glossary needs a file');
      options.glossary = value;
    } else if (arg.startsWith('-')) return l10n.t('unknown option {0}', arg);
    else options.inputs.push(arg);
  }
  return options;
}

interface ReportRun {
  readonly language: Language;
  readonly encoding: string | null;
  readonly analyze: AnalyzeOptions;
}

function report(inputs: readonly string[], outDir: string, { language, encoding, analyze }: ReportRun, output: Output): number {
  let unusable = false;
  const files = [...expandInputs(inputs, (message) => {
    output.err(`transcript-review: ${message}\n`);
    unusable = true;
  })];
  let results;
  try {
    results = writeReports(files, outDir, { translate, lang: HTML_LANG[language], encoding: encoding ?? undefined, analyze });
  } catch (error) {
    output.err(`transcript-review: ${(error as Error).message}\n`);
    return 2;
  }
  for (const result of results) {
    if ('error' in result) {
      output.err(`transcript-review: ${result.error}\n`);
      unusable = true;
    } else output.out(`${l10n.t('report: {0}', result.output)}\n`);
  }
  return unusable ? 2 : 0;
}
