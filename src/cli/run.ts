// Command dispatch, kept free of process globals so tests can call it.
import { analyze, type Analysis } from '../core/analyze';
import { checkJson } from '../core/checkJson';
import { formatValue } from '../core/messages';
import { metricsJson } from '../core/metricsJson';
import { sectionTitle } from '../core/model';
import { outlineJson } from '../core/outlineJson';
import { DEFAULT_SETTINGS } from '../core/settings';
import { defaultInputs, expandInputs, InputError, isFolder, readTranscript } from './input';
import { writeReports } from './report';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `Usage: transcript-review <command> [FILE|FOLDER…] [--json] [--out DIR]

Commands:
  outline   sections and speaker turns of each transcript
  check     figures and sentences the Chinese translation gets wrong
  metrics   the call's key figures and guidance, checked against the Chinese, and who spoke how much
  report    one self-contained HTML review per transcript, written to --out DIR (default: reports)

With no FILE, the bundled sample transcripts are read. A FOLDER is searched for .txt and
.transcript files. Exit status: 0 success, 1 when check finds an error-severity problem,
2 on unusable input or a usage error.
`;

interface Command {
  /** Prints one file's result in the readable form; returns true when it counts as a failure (exit 1). */
  text(file: string, analysis: Analysis, output: Output): boolean;
  json(file: string, analysis: Analysis): { value: unknown; failed: boolean };
}

const COMMANDS: Record<string, Command> = {
  outline: {
    text(file, { transcript }, output) {
      output.out(`${file} (${transcript.layout} layout)\n`);
      for (const section of transcript.sections) {
        output.out(`  ${sectionTitle(section)}  [line ${section.headingRange.start.line + 1}]\n`);
        for (const turn of section.turns) {
          const detail = [turn.speaker.title, turn.speaker.affiliation].filter(Boolean).join(', ');
          output.out(`    ${String(turn.range.start.line + 1).padStart(5)}  ${turn.speaker.name}${detail ? ` — ${detail}` : ''} (${turn.speaker.role}, ${turn.paragraphs.length} ¶)\n`);
        }
      }
      return false;
    },
    json: (file, { transcript }) => ({ value: outlineJson(file, transcript), failed: false }),
  },
  check: {
    text(file, analysis, output) {
      const { diagnostics } = checkJson(file, analysis, DEFAULT_SETTINGS);
      for (const d of diagnostics) output.out(`${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`);
      return diagnostics.some((d) => d.severity === 'error');
    },
    json(file, analysis) {
      const value = checkJson(file, analysis, DEFAULT_SETTINGS);
      return { value, failed: value.diagnostics.some((d) => d.severity === 'error') };
    },
  },
  metrics: {
    text(file, analysis, output) {
      const { call, metrics, speakers } = metricsJson(file, analysis);
      output.out(`${file}: ${[call.company, call.period, call.date].filter(Boolean).join(', ') || 'call not identified'}\n`);
      for (const m of metrics) {
        const value = m.value !== null ? formatValue(m.value, m.unit) : `${formatValue(m.low, m.unit)} – ${formatValue(m.high, m.unit)}`;
        const status = m.consistent === null ? 'no Chinese figure' : m.consistent ? `ZH ${m.chinese!.text} ✓` : `ZH ${m.chinese!.text} ✗`;
        output.out(`  ${m.label.padEnd(36)} ${(m.period ?? '').padEnd(8)} ${value.padEnd(28)} ${status}  [line ${m.line}]\n`);
      }
      for (const s of speakers) output.out(`  ${s.speaker.padEnd(28)} ${s.role.padEnd(10)} ${String(s.turns).padStart(3)} turns ${String(s.words).padStart(6)} words ${(s.share * 100).toFixed(1).padStart(5)}%\n`);
      return false;
    },
    json: (file, analysis) => ({ value: metricsJson(file, analysis), failed: false }),
  },
};

export async function runCli(args: readonly string[], output: Output): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    output.out(USAGE);
    return name ? 0 : 2;
  }
  const options = parseOptions(rest);
  const command = COMMANDS[name];
  if ((!command && name !== 'report') || typeof options === 'string') {
    output.err(`transcript-review: ${typeof options === 'string' ? options : `unknown command ${name}`}\n${USAGE}`);
    return 2;
  }
  const { json, out } = options;
  let inputs = options.inputs;
  let unusable = false;
  const reportError = (message: string) => {
    output.err(`transcript-review: ${message}\n`);
    unusable = true;
  };
  try {
    if (inputs.length === 0) inputs = defaultInputs();
  } catch (error) {
    reportError((error as Error).message);
    return 2;
  }

  if (!command) return report(inputs, out ?? 'reports', output);

  let failed = false;
  let files = 0;
  let bytes = 0;
  const started = Date.now();
  const results: unknown[] = [];
  try {
    for (const file of expandInputs(inputs, reportError)) {
      let text: string;
      try {
        text = readTranscript(file);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        reportError(error.message);
        continue;
      }
      files++;
      bytes += Buffer.byteLength(text, 'utf8');
      const analysis = analyze(text);
      if (json) {
        const { value, failed: fileFailed } = command.json(file, analysis);
        results.push(value);
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
    output.err(`${files} files, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s (${(files / seconds).toFixed(0)} files/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s)\n`);
  }
  return unusable ? 2 : failed ? 1 : 0;
}

interface Options {
  inputs: string[];
  json: boolean;
  out: string | null;
}

/** Flags and inputs, or the reason they make no sense. */
function parseOptions(args: readonly string[]): Options | string {
  const options: Options = { inputs: [], json: false, out: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? args[++i] : arg.slice('--out='.length);
      if (!value) return '--out needs a folder';
      options.out = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else options.inputs.push(arg);
  }
  return options;
}

function report(inputs: readonly string[], outDir: string, output: Output): number {
  let unusable = false;
  const files = [...expandInputs(inputs, (message) => {
    output.err(`transcript-review: ${message}\n`);
    unusable = true;
  })];
  let results;
  try {
    results = writeReports(files, outDir);
  } catch (error) {
    output.err(`transcript-review: ${(error as Error).message}\n`);
    return 2;
  }
  for (const result of results) {
    if ('error' in result) {
      output.err(`transcript-review: ${result.error}\n`);
      unusable = true;
    } else output.out(`report: ${result.output}\n`);
  }
  return unusable ? 2 : 0;
}
