// What the translation checks report. Codes are part of the public interface (src/shared/vocabulary.ts).
import type { Range } from '../model';

export { DEFAULT_SEVERITIES, FINDING_CODES, type FindingCode, type Severity } from '../../shared/vocabulary';
import type { FindingCode } from '../../shared/vocabulary';

/** One side of a finding: a figure (or a whole paragraph) in one language. */
export interface FindingSide {
  readonly text: string;
  /** Normalised value, or null where the side is a paragraph rather than a figure. */
  readonly value: number | null;
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
}

export interface Finding {
  readonly code: FindingCode;
  /** Where the finding sits: the Chinese figure, or the English one where the Chinese has none. */
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly english: FindingSide | null;
  readonly chinese: FindingSide | null;
  /** A replacement for the Chinese figure, written the way the translation writes figures. */
  readonly fix: { readonly start: number; readonly end: number; readonly range: Range; readonly text: string } | null;
  /** The other language's paragraph, where the finding has no counterpart figure to point at. */
  readonly related?: Range;
  /** Extra words for the message: the two directions, the qualifier lost, or the truncation evidence. */
  readonly details?: readonly string[];
  /** Stable across edits elsewhere in the document: what a reviewed mark refers to. */
  readonly id: string;
  /** Made once for the whole document instead of once per paragraph (its message: DOCUMENT_MESSAGES). */
  readonly wholeDocument?: true;
}
