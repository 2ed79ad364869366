// Message templates for findings, in English. Front ends pass a translator (vscode.l10n.t, @vscode/l10n)
// that looks the template up in its bundle; this module is the one place the wording lives.
import type { Finding, FindingCode, FindingSide } from '../analysis/checks/types';

export type Translate = (template: string, ...args: Array<string | number>) => string;

/** Fills `{0}`, `{1}`… without translating: the CLI's and tests' default. */
export const formatTemplate: Translate = (template, ...args) => template.replace(/\{(\d{1,3})\}/g, (whole, index: string) => (args[Number(index)] !== undefined ? String(args[Number(index)]) : whole));

export const MESSAGES: Record<FindingCode, string> = {
  'figure-mismatch': 'Figure differs: EN "{0}" ({1}) ≠ ZH "{2}" ({3})',
  'figure-scale': 'Scale slip: EN "{0}" ({1}) ≠ ZH "{2}" ({3})',
  'figure-missing': 'EN "{0}" ({1}) has no counterpart in the translation',
  'figure-extra': 'ZH "{2}" ({3}) has no source in the English',
  'direction-mismatch': 'Direction differs: EN "{0}" is {4}, ZH "{2}" is {5}',
  'approximation-lost': 'Qualifier lost: EN "{0}" is {4}, ZH "{2}" states it as exact',
  untranslated: 'This English paragraph has no translation',
  'translation-truncated': 'The translation stops short of the English: {4} of {5} sentences, {6}% of the expected length',
};

/** Words that fill the direction and qualifier messages; front ends translate them too. */
export const DIRECTION_WORDS: Record<string, string> = {
  up: 'an increase',
  down: 'a decrease',
  about: 'approximate',
  over: 'a minimum ("more than")',
  under: 'a maximum ("almost", "up to")',
};

/** Written-out values: `308,500,000 USD`, `32%`, `200 bp`. */
/**
 * How a number is written with its unit, where the unit is a word (front ends translate these);
 * currencies keep their codes (`308,500,000 USD`), plain counts and fractions need no word.
 */
export const UNIT_TEMPLATES: Readonly<Record<string, string>> = {
  pp: '{0} percentage points',
  bp: '{0} basis points',
  duration: '{0} months',
  'duration-day': '{0} days',
  'duration-hour': '{0} hours',
  ordinal: 'No. {0}',
};

export function formatValue(value: number | null, unit: string, translate: Translate = formatTemplate): string {
  if (value === null) return unit;
  // Calendar figures read as calendars: `2022`, `Q2`, `H1`, `8/29`, `17:00`.
  if (unit === 'year') return String(value);
  if (unit === 'quarter') return `Q${value}`;
  if (unit === 'half') return `H${value}`;
  if (unit === 'date' && value >= 100) return `${Math.floor(value / 100)}/${value % 100 || ''}`.replace(/\/$/, '');
  if (unit === 'time') return `${Math.floor(value / 100)}:${String(value % 100).padStart(2, '0')}`;
  const number = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if (unit === 'percent') return `${number}%`;
  if (unit === 'multiple') return `${number}×`;
  if (unit === 'count' || unit === 'fraction' || !unit) return number;
  const template = UNIT_TEMPLATES[unit];
  return template ? translate(template, number) : `${number} ${unit}`;
}

function sideArgs(side: FindingSide | null, translate: Translate): [string, string] {
  return side ? [side.text, formatValue(side.value, side.unit, translate)] : ['', ''];
}

/** The finding's message; `details` fills {4} and {5} (direction words, the truncation evidence). */
export function formatFinding(finding: Finding, translate: Translate = formatTemplate): string {
  const details = (finding.details ?? []).map((detail) => (detail in DIRECTION_WORDS ? translate(DIRECTION_WORDS[detail]) : detail));
  return translate(MESSAGES[finding.code], ...sideArgs(finding.english, translate), ...sideArgs(finding.chinese, translate), ...details);
}
