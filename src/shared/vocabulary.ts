// The project's one vocabulary: finding codes and their default severities.

export const FINDING_CODES = [
  'figure-mismatch',
  'figure-scale',
  'figure-missing',
  'figure-extra',
  'direction-mismatch',
  'approximation-lost',
  'untranslated',
  'translation-truncated',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const DEFAULT_SEVERITIES: Record<FindingCode, Severity> = {
  'figure-mismatch': 'error',
  'figure-scale': 'error',
  'figure-missing': 'warning',
  'figure-extra': 'warning',
  'direction-mismatch': 'error',
  'approximation-lost': 'information',
  untranslated: 'information',
  'translation-truncated': 'warning',
};
