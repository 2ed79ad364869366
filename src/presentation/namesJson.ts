// The name index as plain data, 1-based lines: what `transcript-review names` prints and scripts read.
import type { Analysis } from '../analysis/analyze';
import type { NameKind } from '../analysis/names';

export interface NameRenderingJson {
  text: string;
  count: number;
  lines: number[];
}

export interface NameJson {
  english: string;
  kind: NameKind;
  role: string | null;
  renderings: NameRenderingJson[];
  /** Lines of the English naming it whose translation names it in no known form. */
  missing: number[];
}

export interface NamesJson {
  file: string;
  names: NameJson[];
}

export function namesJson(file: string, analysis: Pick<Analysis, 'names'>): NamesJson {
  const oneBased = (lines: readonly number[]) => lines.map((line) => line + 1);
  return {
    file,
    names: analysis.names.map((entry) => ({
      english: entry.english,
      kind: entry.kind,
      role: entry.role,
      renderings: entry.renderings.map((rendering) => ({ text: rendering.text, count: rendering.count, lines: oneBased(rendering.lines) })),
      missing: oneBased(entry.missing),
    })),
  };
}
