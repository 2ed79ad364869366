// The project's one vocabulary: every finding code, severity, speaker role and section kind, declared
// once with what the rest of the code derives from it. English texts are also the l10n keys: front
// ends translate them with their own hook (vscode.l10n.t, the CLI's @vscode/l10n), and the bundles in
// l10n/ hold their Traditional and Simplified Chinese. package.json's per-code settings must list the
// same codes and default severities (test/package/vocabulary.test.ts ties them together).

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How a severity is named in the panel, the report and the exports. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  information: 'Information',
  hint: 'Hint',
};

interface FindingKind {
  /** Unless `transcriptReview.severity` says otherwise. */
  readonly severity: Severity;
  /** A short name for lists and filters. */
  readonly label: string;
  /**
   * The message template: {0} and {1} are the English figure as written and its value, {2} and {3}
   * the Chinese ones, {4}… the finding's details (direction words, qualifiers, truncation evidence).
   */
  readonly message: string;
}

/** Every finding the checks report. The codes are part of the public interface (settings, CLI JSON). */
export const FINDINGS = {
  'figure-mismatch': { severity: 'error', label: 'Figure differs', message: 'Figure differs: EN "{0}" ({1}) ≠ ZH "{2}" ({3})' },
  'figure-scale': { severity: 'error', label: 'Scale slip', message: 'Scale slip: EN "{0}" ({1}) ≠ ZH "{2}" ({3})' },
  'figure-missing': { severity: 'warning', label: 'Missing in the translation', message: 'EN "{0}" ({1}) has no counterpart in the translation' },
  'figure-extra': { severity: 'warning', label: 'Extra in the translation', message: 'ZH "{2}" ({3}) has no source in the English' },
  'direction-mismatch': { severity: 'error', label: 'Direction differs', message: 'Direction differs: EN "{0}" is {4}, ZH "{2}" is {5}' },
  'approximation-lost': { severity: 'information', label: 'Qualifier lost', message: 'Qualifier lost: EN "{0}" is {4}, ZH "{2}" states it as exact' },
  untranslated: { severity: 'information', label: 'Untranslated', message: 'This English paragraph has no translation' },
  'translation-truncated': {
    severity: 'warning',
    label: 'Translation cut short',
    message: 'The translation stops short of the English: {4} of {5} sentences, {6}% of the expected length',
  },
  'name-missing': { severity: 'warning', label: 'Name missing', message: 'EN "{0}" is named nowhere in the translation (this call writes it {4})' },
  'name-inconsistent': { severity: 'warning', label: 'Name rendered two ways', message: 'EN "{0}" is "{2}" here but "{4}" in the rest of the call ({5})' },
  'term-mismatch': { severity: 'warning', label: 'Glossary term', message: 'EN "{0}" is not translated as the glossary requires: {4}' },
} as const satisfies Record<string, FindingKind>;

export type FindingCode = keyof typeof FINDINGS;

/**
 * Messages of the findings made once for a whole document instead of once per paragraph; they keep their
 * code, so the code's setting (on or off, severity) still decides. {4} is the number of paragraphs concerned.
 */
export const DOCUMENT_MESSAGES = {
  untranslated: 'This transcript has no translation ({4} English paragraphs)',
} as const satisfies Partial<Record<FindingCode, string>>;

/** The message template of a finding: its code's, or the whole-document one where the finding is made once for the document. */
export function messageTemplate(code: FindingCode, wholeDocument = false): string {
  const documentMessage: Partial<Record<FindingCode, string>> = DOCUMENT_MESSAGES;
  return (wholeDocument && documentMessage[code]) || FINDINGS[code].message;
}

/** In the order the panel and the documentation list them. */
export const FINDING_CODES = Object.keys(FINDINGS) as readonly FindingCode[] as readonly [FindingCode, ...FindingCode[]];

export const DEFAULT_SEVERITIES: Readonly<Record<FindingCode, Severity>> = Object.fromEntries(
  FINDING_CODES.map((code) => [code, FINDINGS[code].severity]),
) as Record<FindingCode, Severity>;

/** Who speaks, as the outline, the panel and the CLI name them. */
export const ROLE_LABELS = {
  operator: 'Operator',
  executive: 'Executive',
  analyst: 'Analyst',
  unknown: 'Speaker',
} as const;
export type SpeakerRole = keyof typeof ROLE_LABELS;
export const ROLES = Object.keys(ROLE_LABELS) as readonly SpeakerRole[] as readonly [SpeakerRole, ...SpeakerRole[]];

/** Parts of a call, named where the transcript gives no heading of its own. */
export const SECTION_LABELS = {
  summary: 'Summary',
  prepared: 'Prepared Remarks',
  qa: 'Questions & Answers',
  participants: 'Call Participants',
  other: 'Section',
} as const;
export type SectionKind = keyof typeof SECTION_LABELS;

/** Every English text above, for the localisation test. */
export function vocabularyTexts(): string[] {
  return [
    ...Object.values(SEVERITY_LABELS),
    ...FINDING_CODES.flatMap((code) => [FINDINGS[code].label, FINDINGS[code].message]),
    ...Object.values(DOCUMENT_MESSAGES),
    ...Object.values(ROLE_LABELS),
    ...Object.values(SECTION_LABELS),
  ];
}
