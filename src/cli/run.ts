// Command dispatch, kept free of process globals so tests can call it.
import { analyze } from '../core/analyze';
import { sectionTitle } from '../core/model';
import { outlineJson } from '../core/outlineJson';
import { defaultInputs, InputError, readTranscript } from './input';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `Usage: transcript-review <command> [FILE…] [--json]

Commands:
  outline   sections and speaker turns of each transcript

With no FILE, the bundled sample transcripts are read.
Exit status: 0 success, 2 unusable input or usage error.
`;

export async function runCli(args: readonly string[], output: Output): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    output.out(USAGE);
    return command ? 0 : 2;
  }
  const json = rest.includes('--json');
  const unknownFlag = rest.find((arg) => arg.startsWith('-') && arg !== '--json');
  if (unknownFlag) {
    output.err(`transcript-review: unknown option ${unknownFlag}\n${USAGE}`);
    return 2;
  }
  if (command !== 'outline') {
    output.err(`transcript-review: unknown command ${command}\n${USAGE}`);
    return 2;
  }
  let files: string[];
  try {
    files = rest.filter((arg) => !arg.startsWith('-'));
    if (files.length === 0) files = defaultInputs();
  } catch (error) {
    output.err(`transcript-review: ${(error as Error).message}\n`);
    return 2;
  }

  let failed = false;
  const results = [];
  for (const file of files) {
    try {
      const transcript = analyze(readTranscript(file)).transcript;
      const outline = outlineJson(file, transcript);
      if (json) {
        results.push(outline);
        continue;
      }
      output.out(`${file} (${transcript.layout} layout)\n`);
      for (const section of transcript.sections) {
        output.out(`  ${sectionTitle(section)}  [line ${section.headingRange.start.line + 1}]\n`);
        for (const turn of section.turns) {
          const detail = [turn.speaker.title, turn.speaker.affiliation].filter(Boolean).join(', ');
          output.out(`    ${String(turn.range.start.line + 1).padStart(5)}  ${turn.speaker.name}${detail ? ` — ${detail}` : ''} (${turn.speaker.role}, ${turn.paragraphs.length} ¶)\n`);
        }
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      output.err(`transcript-review: ${error.message}\n`);
      failed = true;
    }
  }
  if (json) output.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  return failed ? 2 : 0;
}
