// The outline as plain data, 1-based lines: what the CLI prints and what scripts read.
import type { Transcript } from '../analysis/model';
import { sectionLabel } from './strings';

export interface OutlineTurnJson {
  speaker: string;
  title: string | null;
  role: string;
  line: number;
  endLine: number;
  paragraphs: number;
}

export interface OutlineSectionJson {
  title: string;
  kind: string;
  line: number;
  turns: OutlineTurnJson[];
}

export interface OutlineJson {
  file: string;
  layout: string;
  sections: OutlineSectionJson[];
}

export function outlineJson(file: string, transcript: Transcript): OutlineJson {
  return {
    file,
    layout: transcript.layout,
    sections: transcript.sections.map((section) => ({
      title: sectionLabel(section),
      kind: section.kind,
      line: section.headingRange.start.line + 1,
      turns: section.turns.map((turn) => ({
        speaker: turn.speaker.name,
        title: turn.speaker.title,
        role: turn.speaker.role,
        line: turn.range.start.line + 1,
        endLine: turn.range.end.line + 1,
        paragraphs: turn.paragraphs.length,
      })),
    })),
  };
}
