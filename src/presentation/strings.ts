// The words the panel, the report and the CLI show besides the analysis's own text: the panel's UI
// strings and the vocabulary's labels, in English (the l10n keys) or through a front end's translator.
import { FINDING_CODES, FINDINGS, ROLE_LABELS, ROLES, SECTION_LABELS, SEVERITIES, SEVERITY_LABELS, type SectionKind, type SpeakerRole } from '../shared/vocabulary';
import type { Labels, UiStrings } from '../shared/protocol';
import { formatTemplate, type Translate } from './messages';

/** English UI strings: the CLI's report uses them as they are, the extension looks each up with vscode.l10n.t. */
export const DEFAULT_UI_STRINGS: UiStrings = {
  issues: 'Issues',
  exportAs: 'Export as',
  keyFigures: 'Key figures',
  metric: 'Metric',
  english: 'English',
  chinese: 'Chinese',
  status: 'Status',
  statusOk: 'Translation agrees',
  statusMismatch: 'Translation differs',
  statusNone: 'No Chinese figure',
  statusUntranslated: 'No translation',
  noFigures: 'No figures found',
  guidance: 'Guidance',
  period: 'Period',
  range: 'Range',
  value: 'Value',
  noGuidance: 'No guidance found',
  speakers: 'Speakers',
  shareOfWords: 'Share of the English words spoken',
  wordsAndTurns: '{0} words, {1} turns',
  noSpeakers: 'No speakers found',
  qa: 'Questions & Answers',
  analyst: 'Analyst',
  firm: 'Firm',
  questions: 'Questions: {0}',
  answeredBy: 'Answered by {0}',
  noQa: 'No Q&A exchanges found',
  problems: 'Translation problems',
  filterCode: 'Problem type',
  filterSeverity: 'Severity',
  allCodes: 'All types',
  allSeverities: 'All severities',
  noProblems: 'No translation problems found',
  noMatchingProblems: 'No problems match the filters',
  shownOf: '{0} of {1} shown',
  truncated: 'Only the first {0} problems are listed',
  line: 'Line {0}',
  lineColumn: 'Line',
  revealChinese: 'Show the Chinese figure',
  otherFigures: 'Other figures stated by the company',
  noOtherFigures: 'No other figures found',
  figure: 'Figure',
  sentence: 'Sentence',
  names: 'Names',
  noNames: 'No names found',
  name: 'Name',
  renderings: 'In the translation',
  notNamed: 'Not named in the translation',
  person: 'Person',
  organization: 'Organisation',
  product: 'Product or term',
};


function translateAll<K extends string>(keys: readonly K[], english: (key: K) => string, translate: Translate): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, translate(english(key))])) as Record<K, string>;
}

/** The panel's UI strings in the translator's language (English with the default). */
export function localizedStrings(translate: Translate = formatTemplate): UiStrings {
  const keys = Object.keys(DEFAULT_UI_STRINGS) as Array<keyof UiStrings>;
  return translateAll(keys, (key) => DEFAULT_UI_STRINGS[key], translate);
}

/** The vocabulary's names in the translator's language. */
export function localizedLabels(translate: Translate = formatTemplate): Labels {
  return {
    codes: translateAll(FINDING_CODES, (code) => FINDINGS[code].label, translate),
    severities: translateAll(SEVERITIES, (severity) => SEVERITY_LABELS[severity], translate),
    roles: translateAll(ROLES, (role) => ROLE_LABELS[role], translate),
  };
}

/** A role as readers see it; anything unknown reads as a plain speaker. */
export function roleLabel(role: string, translate: Translate = formatTemplate): string {
  return translate(ROLE_LABELS[role as SpeakerRole] ?? ROLE_LABELS.unknown);
}

/** A section's own heading, else the name of its kind. */
export function sectionLabel(section: { readonly heading: string | null; readonly kind: SectionKind }, translate: Translate = formatTemplate): string {
  return section.heading ?? translate(SECTION_LABELS[section.kind]);
}
