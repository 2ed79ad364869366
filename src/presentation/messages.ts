// Finding messages and written-out values. The templates live in src/shared/vocabulary.ts, in English;
// front ends pass a translator (vscode.l10n.t, @vscode/l10n) that looks each up in its bundle.
import type { Finding, FindingSide } from '../analysis/checks/types';
import { messageTemplate } from '../shared/vocabulary';

export type Translate = (template: string, ...args: Array<string | number>) => string;

/** Fills `{0}`, `{1}`… without translating: the CLI's and tests' default. */
export const formatTemplate: Translate = (template, ...args) => template.replace(/\{(\d{1,3})\}/g, (whole, index: string) => (args[Number(index)] !== undefined ? String(args[Number(index)]) : whole));

/** Words that fill the direction and qualifier messages; front ends translate them too. */
export const DIRECTION_WORDS: Record<string, string> = {
  up: 'an increase',
  down: 'a decrease',
  negative: 'negative (a loss)',
  positive: 'positive (a profit)',
  about: 'approximate',
  over: 'a minimum ("more than")',
  under: 'a maximum ("almost", "up to")',
};

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
  age: 'aged {0}',
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
  return translate(messageTemplate(finding.code, finding.wholeDocument), ...sideArgs(finding.english, translate), ...sideArgs(finding.chinese, translate), ...details);
}
