// The name index of one call and what the name checks take and give.
import type { Finding } from '../checks/types';
import type { Range } from '../model';

export type NameKind = 'person' | 'organization' | 'product';

/** One way the Chinese writes a name, with where (0-based lines of the Chinese text). */
export interface Rendering {
  readonly text: string;
  /** Occurrences: a line that writes it twice counts twice. */
  readonly count: number;
  /** The lines that write it, each once, in document order. */
  readonly lines: readonly number[];
  /** Where it is first written, for a link that selects it. */
  readonly first: Range;
}

/** A person, organisation or product of the call, with every rendering the translation gives it. */
export interface NameEntry {
  /** The name as the call writes it in full (`Matthew Prince`). */
  readonly english: string;
  readonly kind: NameKind;
  /** Title or firm, where the call gives one (`Co-Founder and CEO`, `RBC Capital Markets`). */
  readonly role: string | null;
  /** Most frequent first; Latin renderings (a name kept in English) included. */
  readonly renderings: readonly Rendering[];
  /** Lines (0-based) of the translations that name it in no known form where their English names it. */
  readonly missing: readonly number[];
}

/** A glossary line: an English term and the renderings a translation must use (either script). */
export interface GlossaryEntry {
  readonly english: string;
  readonly chinese: readonly string[];
  readonly kind?: NameKind;
}

export interface NameCheckOptions {
  /** Names never reported, as written in either language (`Matt`, `馬特`). */
  readonly ignoredNames: readonly string[];
}

export const DEFAULT_NAME_CHECK_OPTIONS: NameCheckOptions = { ignoredNames: [] };

export interface NameCheckResult {
  readonly index: readonly NameEntry[];
  /** `name-missing`, `name-inconsistent` and `term-mismatch`, in document order. */
  readonly findings: readonly Finding[];
}
