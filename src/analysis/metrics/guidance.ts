// Guidance sentences: whether a sentence looks ahead (the company expects, guides, forecasts) or back at guidance
// given before, and which period a guidance sentence speaks of.
import type { CallInfo } from './types';

const QUARTER_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** Where a guidance sentence names its period: a quarter, a year, or a full year with no number (the call's year). */
const PERIOD_PATTERNS: ReadonlyArray<{ readonly pattern: RegExp; readonly period: (match: RegExpExecArray, year: number | null) => string }> = [
  { pattern: /\b(first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b/gi, period: (m, year) => quarterPeriod(QUARTER_WORDS[m[1].toLowerCase()], year) },
  { pattern: /\bQ([1-4])\b/gi, period: (m, year) => quarterPeriod(Number(m[1]), year) },
  // (`fourth quarter of fiscal 2021`, `second quarter 2021 sales`: the year is the quarter's.)
  { pattern: /(?<!quarter (?:of )?)\b(?:full[- ]year|annual|fiscal(?: year)?|for) (\d{4})\b/gi, period: (m) => `FY ${m[1]}` },
  { pattern: /(?<!(?:quarter|Q[1-4]) (?:of )?(?:fiscal )?)\b(\d{4}) (?:annual|full[- ]year|revenue|sales|guidance|outlook)\b/gi, period: (m) => `FY ${m[1]}` },
  { pattern: /(?<!quarter of (?:the )?)\b(?:full[- ]year|fiscal year|for the year|annual)\b/gi, period: (_m, year) => (year ? `FY ${year}` : 'FY') },
];

const quarterPeriod = (quarter: number, year: number | null) => (year ? `Q${quarter} ${year}` : `Q${quarter}`);

/** How far back from a guidance sentence's end its period is looked for, in characters. */
const PERIOD_WINDOW = 2_000;

/** The period a guidance sentence speaks of: the last `For the third quarter` / `full year 2023` / `Q3` before the end of it. */
export function guidancePeriod(paragraph: string, upTo: number, call: CallInfo): string | null {
  // Read back a bounded stretch only: a period named further back belongs to other sentences, and scanning a whole
  // long paragraph for each guidance sentence would cost its length squared.
  const text = paragraph.slice(Math.max(0, upTo - PERIOD_WINDOW), upTo);
  const year = call.period ? Number(call.period.slice(3)) : null;
  let last: { index: number; length: number; period: string } | null = null;
  let namedYear: string | null = null;
  for (const { pattern, period } of PERIOD_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const found = period(match, year);
      if (found.startsWith('FY ')) namedYear = found;
      // The later mention wins; at one place, the longer (`full year 2023` over `full year`).
      if (!last || match.index > last.index || (match.index === last.index && match[0].length > last.length)) last = { index: match.index, length: match[0].length, period: found };
    }
  }
  // `For the full-year 2024, … operating income for the full year`: the year named earlier is the one meant.
  return last?.period === 'FY' && namedYear ? namedYear : last?.period ?? null;
}

/** Where a clause ends: a comma, semicolon or colon, or `which`, `implying`, `including` (`…, implying $21 million in Q4`). */
const CLAUSE_BOUNDARY = /[,;:]|\s(?:which|implying|including|inclusive|while|whereas)\b/g;

/** The end of the clause that runs on from `from` in a sentence: where a guidance range's own period is named by. */
export function clauseEnd(sentence: string, from: number): number {
  CLAUSE_BOUNDARY.lastIndex = from;
  return CLAUSE_BOUNDARY.exec(sentence)?.index ?? sentence.length;
}

/** Who speaks for the company, and the verbs with which it looks ahead (read as word tokens, no regular expression). */
const SPEAKERS_FOR_COMPANY = new Set(['we', "we're", 'i', 'management', 'company']);
const ON_THE_WAY = new Set(['are', "'re", 'now', 'currently', 'still', 'also', 'continue', 'to']);
const LOOKING_AHEAD = /^(?:expect|anticipat|project|forecast|estimat|guid|target|see)/;
const RESTATING = new Set(['holding', 'raising', 'reaffirming', 'reiterating', 'maintaining', 'increasing', 'narrowing', 'updating', 'lowering', 'initiating', 'providing']);
const RESTATED = new Set(['guidance', 'outlook', 'projection', 'forecast', 'expectations', 'range', 'guide']);
const GUIDANCE_NOUN = /\b(?:guidance|outlook|forecast|expectations?) (?:for|is|of|calls|assumes|range|implies|remains)\b/i;
const IS_EXPECTED = /\b(?:is|are) (?:now )?(?:expected|projected|forecast|forecasted|anticipated|estimated) to\b/i;
/** `The revenue range for the second quarter will be between`, `the revenue range for the third quarter is`: a range stated for a period to come. */
const WILL_RANGE = /\bwill (?:be (?:in (?:the|a) range of|between)|range (?:from|between))\b|\b(?:revenue|sales) range (?:for|is|to)\b/i;

/** The stems of every word the tests of looksAhead read: its patterns, its verbs and the guidance it restates. */
const LOOKING_AHEAD_STEMS = /expect|anticipat|project|forecast|estimat|guid|target|see|outlook|range|between/;

/**
 * A sentence that looks ahead: someone at the company expects, guides or forecasts (`we now expect`, `we're
 * anticipating`), a guidance or outlook is given or restated. `above our guidance` looks back (looksBack).
 */
export function looksAhead(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  // Every test below needs one of these stems; most sentences have none and are passed over without splitting them.
  if (!LOOKING_AHEAD_STEMS.test(lower)) return false;
  if (GUIDANCE_NOUN.test(sentence) || IS_EXPECTED.test(sentence) || WILL_RANGE.test(sentence)) return true;
  const words = lower.split(/[^a-z']+/);
  for (let i = 0; i < words.length; i++) {
    if (SPEAKERS_FOR_COMPANY.has(words[i])) {
      let j = i + 1;
      while (j < words.length && j <= i + 3 && ON_THE_WAY.has(words[j])) j++;
      if (j < words.length && LOOKING_AHEAD.test(words[j])) return true;
    }
    if (RESTATING.has(words[i]) && words.slice(i + 1, i + 7).some((word) => RESTATED.has(word))) return true;
  }
  return false;
}

/**
 * A result set against guidance given before (`$479.3 million was above our guidance range`, `in line with the
 * midpoint of our Q4 guidance`, `better than expected`): a comparison word shortly before the guidance word.
 */
export function looksBack(sentence: string): boolean {
  if (/\b(?:than (?:we )?(?:expected|anticipated|forecast)|would have)\b/i.test(sentence)) return true;
  const guidance = [...sentence.matchAll(/\b(?:guidance|outlook|expectations?|forecast)\b/gi)].map((m) => m.index);
  if (guidance.length === 0) return false;
  for (const back of sentence.matchAll(/\b(?:above|below|within|exceeded|exceeding|beat|ahead of|in line with|compared to|in comparison (?:with|to)|versus|midpoint of|end of)\b/gi)) {
    if (guidance.some((at) => at > back.index && at - back.index <= 45 && !priorGuidance(sentence.slice(Math.max(back.index, at - 24), at)))) return true;
  }
  return false;
}

/** `compared to prior guidance of`, `our previous revenue guidance`, `versus … in our February guidance`: a guidance updated, not a result set against one. */
const PRIOR = new Set(['prior', 'previous', 'initial', 'earlier', 'original', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const priorGuidance = (before: string) => before.toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-2).some((word) => PRIOR.has(word));

const GUIDED = new Set(['guidance', 'outlook', 'range', 'expectation', 'expectations']);
/** `Our previous guidance was for sales of`: the sentence names guidance given before (a prior word shortly before the guidance word). */
export function mentionsPriorGuidance(sentence: string): boolean {
  const words = sentence.toLowerCase().split(/[^a-z]+/);
  return words.some((word, i) => GUIDED.has(word) && words.slice(Math.max(0, i - 3), i).some((before) => PRIOR.has(before)));
}
