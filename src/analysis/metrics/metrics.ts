// The call's key figures, read from every English paragraph the company spoke and cross-checked against
// the aligned Chinese figure where there is a translation.
// Precision over coverage: a metric is taken only where a sentence states it plainly (rules.ts).
import type { CheckFigure } from '../checks/alignment';
import { isCurrency, type Currency } from '../figures/types';
import type { Paragraph, Range, TextSpan, Transcript } from '../model';
import type { CallInfo, Metric, MetricSource, MetricUnit, OtherFigure } from './types';
import type { AnalysisMemo } from '../memo';
import { paced, type Steps } from '../steps';
import { englishSentences } from '../text';
import { namesGaap, statesAdjustedBasis } from './basis';
import { CallContext } from './callContext';
import { clauseEnd, guidancePeriod, looksAhead, looksBack, mentionsPriorGuidance } from './guidance';
import { introducesPart, PART, partSubject, PLACE, tailPart } from './parts';
import { respectivelyPairs, type ListedPair } from './respectively';
import { RULES, type Basis, type Rule } from './rules';

/** An English paragraph spoken by the company, with its figures and, where translated, the Chinese one aligned to each. */
export interface FigureParagraph {
  readonly paragraph: Paragraph;
  readonly english: readonly CheckFigure[];
  /** Null for every figure of an untranslated paragraph. */
  readonly counterpart: (figure: CheckFigure) => { readonly figure: CheckFigure; readonly agrees: boolean } | null;
}

/** The longest sentence a metric is read from, in characters (real ones stating a metric are a few hundred). */
const MAX_SENTENCE = 1_500;

export interface MetricsResult {
  readonly metrics: Metric[];
  readonly others: OtherFigure[];
}

/** The metrics' names as front ends show them (each is translated by its English). */
export const METRIC_LABELS: readonly string[] = [...new Set(RULES.map((rule) => rule.label))];

/** At most this many other figures per call, and this many characters of each one's sentence. */
export const OTHER_FIGURES_LIMIT = 300;
export const SENTENCE_LIMIT = 400;

/** `Q2 2023` from the call's title lines, and the company and date where stated. */
export function callInfo(transcript: Transcript): CallInfo {
  const lines = transcript.frontMatter.flatMap((p) => [p.english?.text, p.chinese?.text]).filter((t): t is string => Boolean(t));
  let company: string | null = null;
  let period: string | null = null;
  let date: string | null = null;
  for (const line of lines) {
    const ticker = /^([^(]{1,200})\(([A-Z.]{1,6})[^)]{0,100}\)/.exec(line);
    if (!company && ticker) company = ticker[1].trim();
    const quarter = /\bQ([1-4])\s{0,3}(\d{4})\b|\b(\d{4})\s{0,3}Q([1-4])\b/.exec(line);
    if (!period && quarter) period = quarter[1] ? `Q${quarter[1]} ${quarter[2]}` : `Q${quarter[4]} ${quarter[3]}`;
    if (!date) date = writtenDate(line);
  }
  return { company, period, date };
}

const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/g;
/** The rest of a date after the month's first three letters: `uary 30, 2024`, `. 5, 2023`. */
const DATE_REST = /^[a-z]{0,6}\.? \d{1,2}, \d{4}\b/;

/** `January 30, 2024` or `Feb. 5, 2023` anywhere in a line (each candidate read from its month on, so linear). */
function writtenDate(line: string): string | null {
  for (const month of line.matchAll(MONTH)) {
    const rest = DATE_REST.exec(line.slice(month.index + 3, month.index + 24));
    if (rest) return line.slice(month.index, month.index + 3 + rest[0].length);
  }
  return null;
}

/** A sentence about what may be, not what was: it states no result (nor, unless it looks ahead, any guidance). */
const CONDITIONAL = /\b(?:will|would|could|should|might|believe|plan|goal|aim|by 20\d\d)\b/i;
/** A conditional word this close after a figure is still the figure's (`EPS of $1.20 would have been $1.30`). */
const CONDITIONAL_REACH = 25;

/** (`earnings-per-share growth of 18% to $1.58`: hyphens too.) */
const PER_SHARE_NAME = /^[ -]per[ -](?:(?:diluted|basic|common|fully)[ -]){0,2}(?:share|ADS)\b/i;
/** After an amount: `per diluted common share`, `a share`, or the per-share name itself (`$1.20 diluted earnings per share`). */
const PER_SHARE_AFTER = /^ (?:(?:per|a) (?:(?:diluted|basic|common|fully|ordinary) ){0,3}(?:share|ADS)\b|(?:(?:adjusted|diluted|net) ){0,2}(?:earnings|income|loss) per (?:diluted )?share\b)/i;
const DILUTED_AFTER = /^ (?:(?:per|a) (?:fully )?diluted\b|diluted (?:earnings|income|loss) per share\b|(?:(?:adjusted|net) ){0,2}(?:earnings|income|loss) per diluted share\b)/i;

/** Words that may stand between a metric's name and its figure (`revenue for the quarter was $X`). */
const LINK = new Set(
  ('was were is are of at to totaled totalled total totaling totalling came come in reached grew increased rose decreased declined fell ' +
    'up down by the a an for this quarter period year-over-year yoy y/y approximately about roughly around nearly almost just over more than ' +
    'record ended stood amounted reported generated generating delivered achieved held stable steady remained landed finished improved expanded ' +
    'strong solid new all-time high we our q1 q2 q3 q4 first second third fourth quarterly - – — $ basis points increase growth from prior last year year-ago ago fiscal or ' +
    'reaching hitting hit slightly modestly as expected same year-on-year growing increasing decreasing declining rising falling coming')
    .split(' '),
);
/** More words a guidance sentence may put between the name and the range (`revenue to be in the range of`). */
const GUIDANCE_LINK = new Set(
  ('be range between expect expected anticipate now full full-year year fiscal next current will should grow growth projection forecast guide expectation expectations remains estimate estimated forecasted projected anticipated ' +
    'low high end mid lower upper guidance outlook which would represent represents representing continue see that over period ranging likely').split(' '),
);
/** The word before a metric's name: nothing, or one that makes it the company's own (not a segment's, product's or region's). */
const BEFORE_NAME = new Set(
  ('our total consolidated the its quarterly quarter quarter\'s q1 q2 q3 q4 reported gaap non-gaap adjusted diluted basic net record and with ' +
    'that while where so now also this company company\'s overall achieved delivered generated had posted recorded produced drove saw ' +
    'first second third fourth first-quarter second-quarter third-quarter fourth-quarter for at as to a an core overall company companywide company-wide group include included includes including drive yielded preliminary grew grow we yielding producing generating delivering announced')
    .split(' '),
);
const GUIDANCE_BEFORE_NAME = new Set('expect anticipate project forecast see guide full-year year annual fiscal expecting estimate anticipating projecting forecasting targeting guiding generate deliver achieve on projected expected estimated anticipated'.split(' '));

/** A result that is not this period's: a prior period, a full year or a longer span (results only). */
const OTHER_PERIODS = [
  /\b(?:the|this|that) year\b(?![- ]over)/i,
  /\b(?:last|prior|previous|fiscal|full)[- ]year\b|\byear[- ]ago\b|\ba year ago\b/i,
  /\b(?:for the (?:full )?year|year[- ]to[- ]date|(?:nine|9|six|6) months|first half|second half|annual|twelve months|12 months|trailing)\b/i,
  // `Comparatively, … in the linked quarter`; `At the midpoint of our guidance range, EPS is`: another period, a range's point.
  /\b(?:comparatively|linked (?:(?:first|second|third|fourth) )?quarter|(?:at|to) the (?:mid ?point|low end|high end|top end|bottom end))\b/i,
  /\b(?:last|prior|previous) quarter\b/i,
];
const otherPeriod = (text: string) => OTHER_PERIODS.some((pattern) => pattern.test(text));
/**
 * `Compared to the prior year, revenue was up 8% to`, `up 1% from last year, and EPS was`: a period compared with, not the
 * figure's. Only where the comparison ends there (`up 89% from prior year adjusted EPS of` is the prior year's EPS).
 */
const COMPARED_WITH = /\b(?:compared (?:to|with)|versus|vs\.?|over|from|than|against) /gi;
const COMPARED_PERIOD = /^(?:the |a )?(?:(?:prior|last|previous)[- ]year(?:'s)?(?: (?:period|quarter|levels?))?|year[- ]ago (?:period|quarter))\b(?=\s{0,3}(?:[,;:]|and\b|$))/i;
function withoutComparisons(text: string): string {
  let kept = '';
  let at = 0;
  for (const head of text.matchAll(COMPARED_WITH)) {
    const end = head.index + head[0].length;
    if (head.index < at) continue;
    const period = COMPARED_PERIOD.exec(text.slice(end, end + 50));
    if (!period) continue;
    kept += text.slice(at, head.index) + ' ';
    at = end + period[0].length;
  }
  return kept + text.slice(at);
}
const TAIL_OTHER_PERIOD = /^[\s,]{0,3}(?:(?:in|for|during) )?(?:the )?(?:same (?:period|quarter)|prior[- ]year|last year|a year ago|year[- ]ago|previous year|prior quarter|last quarter|full year|fiscal year)|^[\s,]{0,3}(?:for|in) the (?:full )?year\b/i;
/** `$0.37 in the first quarter last year`: the same quarter a year before. */
const TAIL_QUARTER_LAST_YEAR = /^[\s,]{0,3}(?:in|for|during) the (?:(?:first|second|third|fourth) )?quarter (?:of )?(?:last|prior|previous|the prior) year\b/i;
/** After the figure: a year (`in 2020`), another metric the amount belongs to (`$80 million in operating profit`), a comparison (`$81 million higher than`). */
const TAIL_YEAR = /^[\s,]{0,3}(?:in|for|during) (?:fiscal )?(?:year )?\d{4}\b/i;
const TAIL_ELSE = /^\s{0,3}(?:(?:in|of) (?:[a-z-]{1,20} ){0,2}(?:revenues?|sales|income|profit|earnings|EBITDA|cash|expenses?|costs?|margin|bookings|orders|backlog)\b|(?:higher|lower|more|less|above|below|better|worse|ahead)\b)/i;
/** Before the name: a comparison (`similar to our Q3 revenue of`). A part of the company (`On the agency side, revenue`) is parts.ts's. */
const COMPARATIVE = /\b(?:compared (?:to|with)|versus|vs\.?|similar to|than|relative to|against)\s/i;
/** Spans of a year, anywhere in a sentence that names no quarter: `were all-time annual records`. */
const YEAR_SPAN = /\b(?:annual|full[- ]year|for the year|twelve months|12 months|year-to-date)\b/i;
/** `$2,669 billion`: a thousands comma or a decimal comma, which cannot be told. */
const AMBIGUOUS_SCALE = /^\D{0,4}\d{1,3},\d{3} (?:billion|trillion)$/i;
/** Words that make the figure after them a change, not a level (`grew $3.5 billion to $35.7 billion`). */
const CHANGE = new Set('up down increased decreased grew rose fell declined improved expanded increase decrease growth by growing increasing decreasing declining rising falling'.split(' '));
const TAIL_NOT_AS_REPORTED = /^[\s,]{0,3}(?:excluding|ex-|in constant|on an? (?:organic|constant|adjusted|pro forma|comparable|like-for-like))/i;
/** Figures that are not as reported: they belong to neither basis's plain value. */
const NOT_AS_REPORTED = /\b(?:constant currency|constant-currency|organic(?:ally)?|excluding|ex-|pro forma|like-for-like|same-store|comparable|sequential(?:ly)?|quarter-over-quarter)\b/i;
const ADJUSTED = /\b(?:adjusted|adjusting|non-GAAP|core|underlying|excluding (?:items|special items|certain items|one-time))\b/i;
const COMPARABLE = /\bcomparable\b/gi;
const EXCLUDING_ITEMS = /\bexcluding (?:special |certain |one-time |notable )?items\b/gi;
/** GAAP named as such (not `non-GAAP`). */
const GAAP = /(?<!non-\s?)\bGAAP\b/i;
const TAIL_ADJUSTED = /^[\s,]{0,3}(?:excluding|ex-items|before (?:special )?items|on an adjusted basis|on a non-GAAP basis|as adjusted)/i;

function ruleUnit(rule: Rule, figure: CheckFigure, namedPerShare: boolean, callCurrency: Currency | null = null): MetricUnit | null {
  const unit = figure.unit;
  switch (rule.kind) {
    case 'money':
      // `revenue was 426 million` in a call that states its amounts in one currency: that currency.
      return isCurrency(unit) ? unit : callCurrency && bareAmount(figure) ? callCurrency : null;
    case 'perShare':
      if (unit.endsWith('/share') && isCurrency(unit.slice(0, 3))) return unit as MetricUnit;
      // `EPS of RMB 3.21`, `earnings per ADS were $0.50`: the name says it is per share (or the words after it do:
      // `$0.98 per diluted common share`, `$1.80 a share`).
      return namedPerShare && isCurrency(unit) ? `${unit}/share` : null;
    case 'percent':
      return unit === 'percent' ? 'percent' : null;
    case 'count':
      return unit === 'count' ? 'count' : null;
  }
}

/** `426 million`: a count in millions or billions with nothing counted named. */
const bareAmount = (figure: CheckFigure) => figure.unit === 'count' && !figure.label && /\d (?:million|billion)$/i.test(figure.text);
/** What may follow a bare amount taken as money: punctuation or a linking word, not the thing counted (`426 million units`). */
const BARE_AMOUNT_TAIL = /^(?:$|\s{0,2}[,.;:)—–-]|\s(?:in|for|up|down|compared|versus|vs|from|or|and|as|during|which|an?|the|this|with|over|on|was|were|is|are)\b)/i;

/** (`$2.38 at the midpoint` is how some companies guide; the midpoint `of our range` says the guided range is stated elsewhere.) */
const MIDPOINT_AFTER = /^[\s,]{0,3}at the mid[- ]?point of (?:our|the|its) (?:[a-z]+ ){0,2}range\b/i;

/** `$5.35 to $5.40` read as two amounts: the low end of a range, not a result. */
const RANGE_AFTER = /^\s{0,2}(?:to|-|–)\s{0,2}[$€£¥\d]/;

/** A number and `to` just before a bare amount: the low end of a range the figure engine left unread. */
const RANGE_BEFORE = /\d\s{0,2}(?:to|-|–|and)\s{0,2}$/;

/** The currency of a call's amounts: the one nearly all of them are stated in (at least 3, 90%), or null. */
function callCurrencyOf(paragraphs: readonly FigureParagraph[]): Currency | null {
  const counts = new Map<Currency, number>();
  let all = 0;
  for (const item of paragraphs) {
    for (const f of item.english) {
      if (!isCurrency(f.unit)) continue;
      counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
      all++;
    }
  }
  for (const [currency, count] of counts) if (count >= 3 && count >= 0.9 * all) return currency;
  return null;
}

interface Found {
  readonly figure: CheckFigure;
  readonly unit: MetricUnit;
  readonly loss: boolean;
}

/** The words of a gap between a name and its figure, with the other figures in it left out. */
function gapWords(sentence: string, from: number, to: number, offset: number, figures: readonly CheckFigure[]): { words: string[]; years: boolean; quarter: boolean } {
  let text = '';
  let at = from;
  let years = false;
  let quarter = false;
  for (const f of figures) {
    const start = f.start - offset;
    const end = f.end - offset;
    if (end <= from || start >= to) continue;
    text += sentence.slice(at, Math.max(at, start)) + ' ';
    at = Math.max(at, end);
    if (f.unit === 'year') years = true;
    if (f.unit === 'quarter') quarter = true;
    // `revenue for the first nine months was`: a span other than the quarter.
    if (f.unit.startsWith('duration') || f.unit === 'half' || f.unit === 'date') years = true;
  }
  text += sentence.slice(at, to);
  return { words: text.toLowerCase().split(/[\s,()]+/).filter(Boolean), years, quarter };
}

function basisOf(prefix: string, gap: string, tail: string): Basis {
  return ADJUSTED.test(prefix) || ADJUSTED.test(gap) || TAIL_ADJUSTED.test(tail) ? 'adjusted' : 'gaap';
}

/** The figure a rule takes in a sentence, or null where no name in it is followed (or preceded) plainly by one. */
function findFigure(rule: Rule, sentence: string, offset: number, figures: readonly CheckFigure[], claimed: ReadonlySet<CheckFigure>, callCurrency: Currency | null, adjustedCall = false): Found | null {
  rule.name.lastIndex = 0;
  for (let match = rule.name.exec(sentence); match; match = rule.name.exec(sentence)) {
    const nameStart = match.index;
    if (rule.notFollowedBy?.test(sentence.slice(nameStart + match[0].length, nameStart + match[0].length + 30))) continue;
    // `earnings per diluted share`, `income per ADS`: the name runs on to the share it is per.
    const perShare = rule.kind === 'perShare' ? PER_SHARE_NAME.exec(sentence.slice(nameStart + match[0].length, nameStart + match[0].length + 40)) : null;
    const nameEnd = nameStart + match[0].length + (perShare?.[0].length ?? 0);
    const named = sentence.slice(nameStart, nameEnd).toLowerCase();
    const namedPerShare = perShare !== null || named === 'eps';
    const diluted = named.includes('diluted') || /\bdiluted(?: net)? $/i.test(sentence.slice(Math.max(0, nameStart - 12), nameStart));
    // The clause the name stands in begins after the last amount before it (`revenue was $X, and net income was $Y`).
    let clauseStart = 0;
    for (const f of figures) if (f.end - offset <= nameStart && isAmount(f)) clauseStart = f.end - offset;
    const prefix = sentence.slice(clauseStart, nameStart);
    if (!rule.specific && !rulePrefixOk(rule, rule.before ? '' : prefix, sentence, offset, nameStart, figures)) continue;
    const found = rule.before ? figureBefore(rule, sentence, offset, figures, claimed, nameStart) : figureAfter(rule, sentence, offset, figures, claimed, nameEnd, namedPerShare, callCurrency);
    // (A guidance sentence names no part up to its figure: `with electricity segment's revenue between` after it is another figure.)
    if (!found || (rule.guidance && (PART.test(sentence.slice(nameEnd, found.figure.end - offset)) || (rule.before && tailPart(sentence.slice(nameEnd, nameEnd + 60))))) || (!rule.specific && CHANGE_IN.test(prefix) && !TO_LEVEL.test(sentence.slice(nameEnd, found.figure.start - offset)))) continue;
    const tail = sentence.slice(found.figure.end - offset, found.figure.end - offset + 60);
    // (`operating earnings per share`, `operating income of $104 million or $2.85 per share`: an insurer's or utility's non-GAAP measure.)
    const gapText = rule.before ? named : sentence.slice(nameEnd, found.figure.start - offset);
    // (`comparable earnings per share`: a per-share result on the company's adjusted basis; comparable sales are same-store.)
    const basisPrefix = rule.kind === 'perShare' ? prefix.replace(COMPARABLE, 'adjusted') : prefix;
    const operatingPerShare = rule.kind === 'perShare' && /\boperating $/i.test(prefix) && !GAAP.test(prefix);
    const basis = operatingPerShare ? 'adjusted' : basisOf(basisPrefix, gapText, tail);
    // (A call that said its figures are non-GAAP unless noted: a per-share figure the sentence does not call GAAP is adjusted.)
    if (rule.basis && (basis === 'gaap' && adjustedCall && rule.kind === 'perShare' && !namesGaap(sentence) ? 'adjusted' : basis) !== rule.basis) continue;
    if (rule.diluted !== undefined && (diluted || found.figure.text.includes('diluted') || DILUTED_AFTER.test(tail)) !== rule.diluted) continue;
    if (!rule.specific && ((!rule.before && (TAIL_ELSE.test(tail) || tailPart(tail))) || (!rule.guidance && (TAIL_OTHER_PERIOD.test(tail) || TAIL_QUARTER_LAST_YEAR.test(tail) || TAIL_YEAR.test(tail))))) continue;
    // (`Excluding special items, we had adjusted earnings of … or $3.18 per share`: per share, that is the adjusted basis.)
    if (!rule.specific && NOT_AS_REPORTED.test(rule.kind === 'perShare' ? basisPrefix.replace(EXCLUDING_ITEMS, 'adjusted') : basisPrefix)) continue;
    // `$1.3 billion increased 14% on a constant-currency basis`: the qualifier is the growth's; right after an amount it is the amount's.
    if (!rule.specific && (rule.kind === 'percent' ? NOT_AS_REPORTED.test(tail.slice(0, 40)) : TAIL_NOT_AS_REPORTED.test(tail))) continue;
    if (rule.followedBy && !rule.followedBy.test(tail)) continue;
    return { ...found, loss: /\bloss\b/.test(named) };
  }
  return null;
}

const isAmount = (f: CheckFigure) => isCurrency(f.unit) || f.unit.endsWith('/share') || f.unit === 'percent' || (f.unit === 'count' && !f.label);

/** A year after a comparison: `compared to 2020`, `versus 2019`, `over 2020`. */
const COMPARED_YEAR = /\b(?:compared (?:to|with)|versus|vs\.?|over|than)\s$/i;

/** What must hold before a general name: the company's own, this period's, not compared with something else. */
function rulePrefixOk(rule: Rule, prefix: string, sentence: string, offset: number, nameStart: number, figures: readonly CheckFigure[]): boolean {
  const sentencePrefix = sentence.slice(0, nameStart);
  // (A part of the company has no EPS of its own: `Sales of $4.4 billion, adjusted segment EBITDA of …, and adjusted EPS of`.)
  const perShare = rule.kind === 'perShare';
  // (Looked up only for `… per share on revenue`.)
  const afterPerShare = /\bon (?:(?:total|net|consolidated) ){0,2}$/i.test(prefix) && (figures.filter((f) => f.end - offset <= nameStart && isAmount(f)).at(-1)?.unit.endsWith('/share') ?? false);
  // (`Cullen/Frost earned $93.1 million or $1.47 per share`: a named subject that earned per share is the company;
  // `Our taxable REIT subsidiaries earned` is a part's.)
  const earnedBy = perShare && /^earn(?:ed|ing)\b/i.test(sentence.slice(nameStart, nameStart + 8)) && /(?:^|\s)[A-Z][\w/&.'-]{0,30} $/.test(prefix);
  if ((!earnedBy && !nameIsOwn(prefix, Boolean(rule.guidance), perShare, afterPerShare)) || COMPARATIVE.test(lastClause(prefix)) || (!perShare && PART.test(sentencePrefix)) || PLACE.test(prefix) || introducesPart(sentencePrefix)) return false;
  // `non-GAAP operating margins of 2.3% and earnings per share of $0.21`: the basis may carry over; a GAAP rule does not guess.
  if (rule.basis === 'gaap' && ADJUSTED.test(sentencePrefix)) return false;
  if (partSubject(prefix)) return false;
  if (rule.guidance) return true;
  if (otherPeriod(sentencePrefix) && otherPeriod(withoutComparisons(sentencePrefix))) return false;
  // A year named anywhere in the sentence without a quarter (`In 2021, … revenue of`, `up 14% over 2019`) makes it the year's figure.
  // (`up 37% over the same period in 2020`: the year is the comparison's, the period a quarter like this one.)
  const quarter = figures.some((f) => f.unit === 'quarter') || /\bquarter\b|\bsame period\b|\bthree months\b/i.test(sentence);
  // (`up 71% compared to 2020`: a year compared with is not the period of the figure.)
  return quarter || (!figures.some((f) => f.unit === 'year' && !COMPARED_YEAR.test(sentence.slice(Math.max(0, f.start - offset - 16), f.start - offset))) && !YEAR_SPAN.test(sentence));
}

/** The text after the last comma, semicolon or colon (`versus 2020; net sales of`: the comparison is the clause before). */
const lastClause = (text: string) => text.slice(Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf(':')) + 1);

/** Qualifiers that stay with the name; the word before them decides whose it is (`Wire and cable net sales`). */
const QUALIFIERS = new Set(['total', 'net', 'consolidated', 'operating', 'gaap', 'diluted', 'basic', 'fully']);

/** `The net result for the quarter was earnings per share of`: a per-share name the sentence leads to. */
const PER_SHARE_BEFORE_NAME = new Set(['was', 'were', 'is', 'or', 'resulting']);

const RESULTED = new Set(['resulted', 'resulting', 'results']);
const CHANGE_NOUNS = new Set(['increase', 'decrease', 'growth', 'decline', 'rise', 'drop']);
/** `increase in revenues to`: the name of a change, whose level is the amount `to` leads to. */
const CHANGE_IN = /\b(?:increase|decrease|growth|decline|rise|drop) in (?:total |net |consolidated )?$/i;
const TO_LEVEL = /^[\s,]{0,3}to (?:a (?:new )?(?:quarterly )?record (?:of )?|approximately |about |roughly )?$/i;

function nameIsOwn(prefix: string, guidance: boolean, perShare = false, afterPerShare = false): boolean {
  const words = prefix.toLowerCase().split(/[\s()]+/).filter(Boolean);
  // (`comparable earnings per share`: the company's adjusted basis; see findFigure.)
  while (words.length > 0 && (QUALIFIERS.has(words[words.length - 1]) || (perShare && words[words.length - 1] === 'comparable'))) words.pop();
  const last = words.at(-1);
  if (last === undefined || /[,;:]$/.test(last) || /^\d{4}$/.test(last)) return true;
  // `$0.25 per share on revenue of $424 million`: the revenue the result was earned on.
  if (last === 'on' && (words.at(-2) === 'share' || (words.length === 1 && afterPerShare))) return true;
  // `which resulted in revenue of`, `resulting in earnings per share of`: the result of what came before.
  if (last === 'in' && RESULTED.has(words.at(-2) ?? '')) return true;
  // `a 35% increase in revenues to $7.3 billion`: the level after `to` (findFigure takes no other).
  if (last === 'in' && CHANGE_NOUNS.has(words.at(-2) ?? '')) return true;
  return BEFORE_NAME.has(last) || (guidance && GUIDANCE_BEFORE_NAME.has(last)) || (perShare && PER_SHARE_BEFORE_NAME.has(last));
}

function figureAfter(rule: Rule, sentence: string, offset: number, figures: readonly CheckFigure[], claimed: ReadonlySet<CheckFigure>, nameEnd: number, namedPerShare: boolean, callCurrency: Currency | null): Omit<Found, 'loss'> | null {
  // The first figure of the rule's kind after the name (a later one belongs to something else), past a change in it.
  for (const f of figures) {
    const start = f.start - offset;
    if (start < nameEnd) continue;
    if (start - nameEnd > rule.within) return null;
    const unit = ruleUnit(rule, f, namedPerShare || (rule.kind === 'perShare' && PER_SHARE_AFTER.test(sentence.slice(f.end - offset, f.end - offset + 40))), callCurrency);
    if (!unit) continue;
    // (Nor the high end of a range whose low end went unread: `370 to 400 million`.)
    if (rule.kind === 'money' && AMBIGUOUS_SCALE.test(f.text)) return null;
    if (!isCurrency(f.unit) && rule.kind === 'money' && (!BARE_AMOUNT_TAIL.test(sentence.slice(f.end - offset, f.end - offset + 12)) || RANGE_BEFORE.test(sentence.slice(Math.max(0, f.start - offset - 12), f.start - offset)))) return null;
    const gap = gapWords(sentence, nameEnd, start, offset, figures);
    const last = gap.words.filter((word) => !APPROXIMATE.has(word)).at(-1);
    // `revenue grew $3.5 billion to $35.7 billion`: the first amount is the change, not the level (a direction read
    // around a figure led to by `to`, `was`, `of` is the level's: `decreased to $182.6 million`).
    const leadsToLevel = last !== undefined && ((LINK.has(last) && !CHANGE.has(last)) || last === 'reaching');
    if (rule.kind !== 'percent' && ((f.direction !== null && !leadsToLevel) || (last !== undefined && CHANGE.has(last)))) continue;
    if (claimed.has(f) || !(rule.accepts?.(f.value) ?? true)) return null;
    // A result is one value, stated as such: not a range (`$1.09 billion to $1.20 billion`) nor a bound (`almost $270 million`).
    if (!rule.guidance && !rule.specific && (f.low !== undefined || f.approx === 'under' || f.approx === 'over' || (last !== 'from' && RANGE_AFTER.test(sentence.slice(f.end - offset, f.end - offset + 8))))) return null;
    if (f.low !== undefined && f.high !== undefined && isCurrency(f.unit) && !plausibleRange(f.low, f.high)) return null;
    // A company-specific name is specific enough; a general one takes only linking words before its figure.
    if (rule.specific) return { figure: f, unit };
    const allowed = (word: string) => LINK.has(word) || (Boolean(rule.guidance) && GUIDANCE_LINK.has(word)) || (rule.kind === 'perShare' && PER_SHARE_LINK.has(word));
    if (!(rule.kind === 'perShare' ? withoutHolder(gap.words) : gap.words).every(allowed)) return null;
    // `revenue, $139.4 million of EBITDA`: nothing but a comma links nothing.
    if (gap.words.length === 0 && /[,;]/.test(sentence.slice(nameEnd, start))) return null;
    // After a change (`increased 5% in the quarter to $3.2 billion`, `up 29% to a new record of`) only `to` leads to the level.
    let lastChange = -1;
    gap.words.forEach((word, i) => CHANGE.has(word) && (lastChange = i));
    // (`decreased 26% from $542 million to $401 million`: the amount after `from` is the start; the next one may be the level.)
    if (rule.kind !== 'percent' && lastChange >= 0 && !gap.words.slice(lastChange).some((word) => word === 'to' || word === 'reaching')) continue;
    // `revenue last year was`: another period's; `grew from $542 million last year to $401 million`: this one's, after `to`.
    // (The period is read before the change word: `sales for the year decreased from … to …` stays the year's.)
    if (!rule.guidance && otherPeriod(gap.words.slice(0, lastChange >= 0 ? lastChange : gap.words.length).join(' '))) return null;
    // A year between the name and the figure makes it a year's figure unless a quarter is named too.
    if (gap.years && !rule.guidance && !gap.quarter && !gap.words.includes('quarter')) return null;
    return { figure: f, unit };
  }
  return null;
}

/** `net income of $99 million, or $0.37 per diluted share`; `EPS, excluding special items, was $1.22`; `EPS from continuing operations were`. */
const PER_SHARE_LINK = new Set(('measure or excluding special items one-time certain ex-items continuing operations attributable attributed available common shareholders stockholders stock ' +
  'after-tax after tax on gaap non-gaap adjusted basis net income negative amortization amount rounded').split(' '));
/** `net income attributable to Vail Resorts was`: after `attributable to`, the holder's name (a few words of any kind). */
const HOLDER_WORDS = 4;
const HOLDER_ENDS = new Set(['was', 'were', 'is', 'of']);
function withoutHolder(words: readonly string[]): readonly string[] {
  const at = words.findIndex((word) => word === 'attributable' || word === 'attributed' || word === 'available');
  if (at < 0 || words[at + 1] !== 'to') return words;
  for (let end = at + 2; end < words.length && end <= at + 2 + HOLDER_WORDS; end++) if (HOLDER_ENDS.has(words[end])) return [...words.slice(0, at + 2), ...words.slice(end)];
  return words;
}
const APPROXIMATE = new Set('approximately about roughly around nearly almost just over more than'.split(' '));

function figureBefore(rule: Rule, sentence: string, offset: number, figures: readonly CheckFigure[], claimed: ReadonlySet<CheckFigure>, nameStart: number): Omit<Found, 'loss'> | null {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i];
    const end = f.end - offset;
    if (end > nameStart) continue;
    if (nameStart - end > rule.within) return null;
    // (A per-share rule's name after its figure says per share itself: `$1.82 in adjusted earnings per share`.)
    const unit = ruleUnit(rule, f, rule.kind === 'perShare');
    if (!unit || claimed.has(f) || !(rule.accepts?.(f.value) ?? true)) return null;
    // `We generated $6.9 billion of sales`: a general name after its figure needs a verb of reporting before it.
    if (rule.lead && !reportedJustBefore(sentence.slice(Math.max(0, f.start - offset - 40), f.start - offset))) return null;
    // `expect MTS to add approximately $350 million in revenues`: a part's contribution, not the company's revenue.
    if (rule.guidance && contribution(sentence.slice(Math.max(0, f.start - offset - 40), f.start - offset))) return null;
    // `raised our guidance by $350 million in total revenue`: a change, not the level.
    if (CHANGE.has(sentence.slice(Math.max(0, f.start - offset - 12), f.start - offset).toLowerCase().split(/[^a-z]+/).filter(Boolean).at(-1) ?? '')) return null;
    return { figure: f, unit };
  }
  return null;
}

const CONTRIBUTION = new Set('add adds adding contribute contributes contributing bring brings incremental additional another'.split(' '));
const contribution = (before: string) => before.toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-3).some((word) => CONTRIBUTION.has(word));
const REPORTING = new Set(['generated', 'delivered', 'had', 'reported', 'posted', 'achieved', 'recorded', 'produced']);
const ON_THE_WAY_TO_AMOUNT = new Set(['a', 'record', 'of', 'approximately', 'about', 'roughly']);

/** `we generated`, `the company delivered a record`: text that ends in the company reporting an amount. */
function reportedJustBefore(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  let i = words.length - 1;
  while (i >= 0 && ON_THE_WAY_TO_AMOUNT.has(words[i])) i--;
  return i >= 1 && REPORTING.has(words[i]) && (words[i - 1] === 'we' || words[i - 1] === 'company');
}

/** A loss is negative whether or not the figure engine read the sign (`operating loss of $891,000`). */
const signed = (value: number | undefined, loss: boolean): number | null => (value === undefined ? null : loss && value > 0 ? -value : value);

/** Money and percentages stated by the company that no metric took (not dates, years, counts or ordinals). */
const isOtherFigure = (f: CheckFigure) => f.salient && !f.label && (isCurrency(f.unit) || f.unit.endsWith('/share') || f.unit === 'percent');

export function* extractMetrics(memo: AnalysisMemo, paragraphs: readonly FigureParagraph[], call: CallInfo, rangeOf: (start: number, end: number) => Range): Steps<MetricsResult> {
  const source = (span: TextSpan, figure: CheckFigure): MetricSource => {
    const range = rangeOf(span.start + figure.start, span.start + figure.end);
    return { text: figure.text, line: range.start.line, start: span.start + figure.start, end: span.start + figure.end, range };
  };
  const found = new Map<string, Metric>();
  const callCurrency = callCurrencyOf(paragraphs);
  const others: OtherFigure[] = [];
  const context = new CallContext();
  // Set from the call's statement that its figures are non-GAAP unless noted (basis.ts), for the sentences after it.
  let adjustedCall = false;
  const read = (item: FigureParagraph): void => {
    const english = item.paragraph.english;
    if (!english) return;
    const text = english.text;
    if (item.english.length === 0) {
      // (A sentence with no figure still sets the period the next ones speak of.)
      for (const sentence of memo.sentences.get(text, () => englishSentences(text))) {
        const sentenceText = text.slice(sentence.start, sentence.end);
        context.next(sentenceText, looksAhead(sentenceText));
        adjustedCall ||= statesAdjustedBasis(sentenceText);
      }
      return;
    }
    const translated = item.paragraph.chinese !== null;
    // Figures and sentences are both in text order: one pass hands each sentence its figures.
    let next = 0;
    for (const sentence of memo.sentences.get(text, () => englishSentences(text))) {
      const sentenceText = text.slice(sentence.start, sentence.end);
      // `For the full year, …` then `Diluted EPS was $1.66.`: the year's, by context (and likewise a segment's).
      const ahead = looksAhead(sentenceText);
      const byContext = context.next(sentenceText, ahead);
      adjustedCall ||= statesAdjustedBasis(sentenceText);
      while (next < item.english.length && item.english[next].start < sentence.start) next++;
      const figures: CheckFigure[] = [];
      for (let i = next; i < item.english.length && item.english[i].start < sentence.end; i++) if (item.english[i].end <= sentence.end) figures.push(item.english[i]);
      // A "sentence" this long is text the splitter could not cut (no full stops): nothing in it is stated plainly,
      // and reading it name by name would cost its length squared.
      if (figures.length === 0 || sentenceText.length > MAX_SENTENCE) continue;
      // (A sentence after guidance that names a metric and then a range, and only a range, is read as guidance too.)
      const outlook = byContext.outlook && statesRange(sentenceText, sentence.start, figures);
      const back = (ahead || outlook) && looksBack(sentenceText);
      const guidance = ahead && !back;
      const outlookGoesOn = outlook && !back && !mentionsPriorGuidance(sentenceText);
      // (Where the sentence turns conditional after a result is stated, `… was $0.80, and Mark will cover the rest`, the result stands.)
      const conditionalAt = guidance ? -1 : (CONDITIONAL.exec(sentenceText)?.index ?? -1);
      // `GAAP and adjusted EPS of $0.53 and $0.52, respectively`: names and figures in two lists, paired by position
      // only where the lists leave nothing to guess (respectively.ts); otherwise a listed figure is not read.
      const respectively = /\brespectively\b/i.test(sentenceText);
      let pairs: ListedPair[] | null = null;
      // (Each guidance figure's period, by where its clause ends: read once per clause, not once per rule.)
      const periods = new Map<number, string | null>();
      const periodUntil = (until: number): string | null => {
        if (!periods.has(until)) periods.set(until, guidancePeriod(text, until, call));
        return periods.get(until) ?? null;
      };
      const claimed = new Set<CheckFigure>();
      for (const rule of RULES) {
        if ((rule.guidance ? !(guidance || (outlookGoesOn && !rule.before)) : guidance) || (!rule.specific && !guidance && (byContext.year || (byContext.part && rule.kind !== 'perShare')))) continue;
        // Results are stated once per call; guidance once per period (the quarter and the full year), known once its figure is.
        if (!rule.guidance && found.has(rule.key)) continue;
        const paired = respectively && PAIRED.has(rule.key) && !rule.guidance ? pairedFigure(rule, (pairs ??= respectivelyPairs(sentenceText, sentence.start, figures)), sentence.start, claimed, callCurrency, adjustedCall) : null;
        const hit = paired ?? findFigure(rule, sentenceText, sentence.start, figures, claimed, callCurrency, adjustedCall);
        if (!hit || (!paired && respectively && !rule.specific && listed(hit.figure, figures, sentenceText, sentence.start))) continue;
        if (!rule.specific && conditionalAt >= 0 && conditionalAt < hit.figure.end - sentence.start + CONDITIONAL_REACH) continue;
        const { figure, unit, loss } = hit;
        // `revenue to range from $1.51 billion to $1.54 billion`, `between $X and $Y`: one range where the figure engine read two amounts.
        const upper = rule.guidance ? upperEnd(sentenceText, sentence.start, figures, figure, unit) : null;
        // `between $2.5 billion and $2.2 -- $2.525 billion`: a range opened whose end went unread is not a value.
        // (Guidance carried over from the sentence before is a range, never a single amount.)
        if (rule.guidance && !guidance && !upper && figure.low === undefined) continue;
        if (rule.guidance && !upper && figure.low === undefined && /\b(?:between|from)\s{0,3}$/i.test(sentenceText.slice(Math.max(0, figure.start - sentence.start - 12), figure.start - sentence.start))) continue;
        // `$8.9 billion at the midpoint of our range`: a point of a range not stated here, not the guidance.
        if (rule.guidance && !upper && figure.low === undefined && MIDPOINT_AFTER.test(sentenceText.slice(figure.end - sentence.start, figure.end - sentence.start + 60))) continue;
        // (`$93 million to $97 million for the year, implying $21 million to $25 million in Q4`: a period named in a later clause is not this range's.)
        const period = rule.guidance ? periodUntil(sentence.start + clauseEnd(sentenceText, (upper ?? figure).end - sentence.start)) : call.period;
        const key = rule.guidance ? `${rule.key}|${period}` : rule.key;
        if (found.has(key)) continue;
        claimed.add(figure);
        if (upper) claimed.add(upper);
        const counterpart = item.counterpart(figure);
        const upperCounterpart = upper && item.counterpart(upper);
        const range = figure.low !== undefined || upper !== null;
        const english_ = upper ? { ...source(english, figure), ...spanOf(english, figure, upper, rangeOf) } : source(english, figure);
        found.set(key, {
          key: rule.key,
          label: rule.label,
          value: range ? null : signed(figure.value, loss),
          low: signed(upper ? figure.value : figure.low, loss),
          high: signed(upper ? upper.value : figure.high, loss),
          unit,
          period,
          guidance: Boolean(rule.guidance),
          english: english_,
          chinese: counterpart && item.paragraph.chinese ? source(item.paragraph.chinese, counterpart.figure) : null,
          translated,
          consistent: counterpart ? counterpart.agrees && (upper === null || (upperCounterpart?.agrees ?? false)) : null,
        });
      }
      for (const figure of figures) {
        if (others.length >= OTHER_FIGURES_LIMIT || claimed.has(figure) || !isOtherFigure(figure)) continue;
        others.push({ value: figure.value, unit: figure.unit as MetricUnit, english: source(english, figure), sentence: clipSentence(sentenceText.trim()), translated });
      }
    }
  };
  yield* paced(paragraphs.length, (i) => paragraphs[i].paragraph.english?.text.length ?? 0, (i) => {
    read(paragraphs[i]);
    return i + 1;
  });
  // A figure a metric took in a later sentence is not an "other" figure either.
  const taken = new Set([...found.values()].map((metric) => metric.english.start));
  const order = (metric: Metric) => RULES.findIndex((rule) => rule.key === metric.key);
  return {
    metrics: [...found.values()].sort((a, b) => order(a) - order(b) || a.english.start - b.english.start),
    others: others.filter((other) => !taken.has(other.english.start)),
  };
}


/** The metrics a `respectively` list is paired for (see respectively.ts). */
const PAIRED = new Set(['revenue', 'eps', 'eps_diluted', 'eps_adjusted']);

/** A rule's figure among a list's pairs, each read as a sentence of its own; the sentence's own figure is returned. */
function pairedFigure(rule: Rule, pairs: readonly ListedPair[], offset: number, claimed: ReadonlySet<CheckFigure>, callCurrency: Currency | null, adjustedCall: boolean): Found | null {
  for (const pair of pairs) {
    if (claimed.has(pair.figure)) continue;
    const hit = findFigure(rule, pair.text, offset, pair.figures, new Set(), callCurrency, adjustedCall);
    if (hit?.figure === pair.placed) return { ...hit, figure: pair.figure };
  }
  return null;
}

/** A figure in a list (`$1.03 and $1.04, respectively`): its name is one of a list too, so which is whose is not read. */
function listed(figure: CheckFigure, figures: readonly CheckFigure[], sentence: string, offset: number): boolean {
  const at = figures.indexOf(figure);
  const joined = (a: CheckFigure | undefined, b: CheckFigure | undefined) => a !== undefined && b !== undefined && isAmount(a) && isAmount(b) && /^\s{0,2}(?:,|and|or|&|, and)\s{0,2}$/.test(sentence.slice(a.end - offset, b.start - offset));
  return joined(figures[at - 1], figure) || joined(figure, figures[at + 1]);
}

/** Whether a sentence states a range: one figure read as such, or two joined by `to` / `and` / a dash. */
function statesRange(sentence: string, offset: number, figures: readonly CheckFigure[]): boolean {
  return figures.some((f, i) => f.low !== undefined || (i + 1 < figures.length && /^\s{0,2}(?:to|and|-|–)\s{0,2}$/.test(sentence.slice(f.end - offset, figures[i + 1].start - offset))));
}

/** A range of money one guides to: the high end at most three times the low (`$3.9 million to $3.95 billion` is a slip). */
const plausibleRange = (low: number, high: number) => high <= 3 * low;

/** The amount that closes a range the figure opens: `$1.51 billion to $1.54 billion`, `$6.15 billion and $6.25 billion`. */
function upperEnd(sentence: string, offset: number, figures: readonly CheckFigure[], low: CheckFigure, unit: MetricUnit): CheckFigure | null {
  if (low.low !== undefined) return null;
  const next = figures.find((f) => f.start >= low.end);
  // (`2.8 billion and $2.81 billion`: a bare low end takes the high end's currency.)
  if (!next || (next.unit !== low.unit && next.unit !== unit) || next.low !== undefined || next.value <= low.value) return null;
  // `$3.9 million to $3.95 billion`: a slip of the tongue, not a range anyone guides to.
  if (isCurrency(next.unit) && !plausibleRange(low.value, next.value)) return null;
  return /^\s{0,2}(?:to|and|-|–)\s{0,2}$/.test(sentence.slice(low.end - offset, next.start - offset)) ? next : null;
}

function spanOf(span: TextSpan, low: CheckFigure, high: CheckFigure, rangeOf: (start: number, end: number) => Range): Pick<MetricSource, 'text' | 'end' | 'range'> {
  return { text: span.text.slice(low.start, high.end), end: span.start + high.end, range: rangeOf(span.start + low.start, span.start + high.end) };
}

function clipSentence(sentence: string): string {
  return sentence.length <= SENTENCE_LIMIT ? sentence : `${sentence.slice(0, SENTENCE_LIMIT - 1)}…`;
}
