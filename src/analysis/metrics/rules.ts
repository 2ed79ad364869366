// The metrics a call's sentences are read for, each with the wording that names it and what a sentence
// must say for its value to be shown. A wrong value shown is worse than a missing one, so every rule is
// narrow: the name, then the figure, with only linking words between (see metrics.ts for the checks all
// rules share, and `requires` for each rule's own).

/** What a metric's figure is: money in the call's currency, money per share (or per ADS), a percentage or a count. */
export type RuleKind = 'money' | 'perShare' | 'percent' | 'count';

/** GAAP (or unqualified) figures and adjusted (non-GAAP, core, excluding items) ones are kept apart. */
export type Basis = 'gaap' | 'adjusted';

export interface Rule {
  readonly key: string;
  /** English label; front ends translate it. */
  readonly label: string;
  readonly kind: RuleKind;
  /** Where the metric is named (global, linear). */
  readonly name: RegExp;
  /** The figure stands before the name (`174,129 paying customers`) instead of after it. */
  readonly before?: boolean;
  /** How far from the name the figure may stand, in characters. */
  readonly within: number;
  readonly guidance?: boolean;
  /** Only where the sentence qualifies the name so (see `basisOf` in metrics.ts). */
  readonly basis?: Basis;
  readonly accepts?: (value: number) => boolean;
  /** What must follow the figure (`32% year-over-year`). */
  readonly followedBy?: RegExp;
  /** What must not follow the name (`sales force`, `revenue mix`). */
  readonly notFollowedBy?: RegExp;
  /** Company-specific wording: the word before the name is not checked (the name is specific enough). */
  readonly specific?: boolean;
  /** With `before`: `we generated` (delivered, had, reported…) must stand just before the figure (`we generated $6.9 billion of sales`). */
  readonly lead?: boolean;
  /** Whether the name (lower-cased) or the figure as written says `diluted`: required (true) or excluded (false). */
  readonly diluted?: boolean;
  /** What a sentence must state for the value to be shown, in words (the README lists these). */
  readonly requires: string;
}

const LARGE = (value: number) => Math.abs(value) >= 1e5;
const PER_SHARE = (value: number) => Math.abs(value) < 1000;

/**
 * Revenue in its usual names; its qualifiers (`total`, `net`, `consolidated`) are the words before it that
 * every general rule checks, and NOT_REVENUE the words after it that make it something else.
 */
const REVENUE = /\b(?:operating )?(?:revenues?|sales)(?: from operations)?\b/gi;
const NOT_REVENUE = /^ (?:contribution|mix|growth rate|per|force|team|cycle|pipeline|and marketing|tax|cost)\b/i;
/**
 * EPS by name, or earnings (income, loss) followed by `per share` / `per ADS` (PER_SHARE_NAME in metrics.ts) or by an
 * amount the figure engine read as per share (`$1.24 per diluted share`).
 */
const EPS = /\b(?:earnings|income|loss|EPS|earned|earning)\b/gi;

/** `We achieved $1.82 in adjusted earnings per share`: EPS named after its amount. */
const EPS_AFTER_AMOUNT = /\b(?:in|of) (?:adjusted |non-GAAP )?(?:diluted )?(?:earnings per share|EPS)\b/gi;
const REPORTING_VERBS = 'generated, delivered, had, reported, posted, achieved, recorded or produced';

const ADJUSTED_EPS_NAME = 'EPS or earnings (income, loss) per share or per ADS, qualified as adjusted, non-GAAP or core, or followed by "excluding items", or with no qualifier after the call said its figures are non-GAAP unless noted (basis.ts)';
const GAAP_EPS_NAME = 'EPS or earnings (income, loss) per share or per ADS, with no adjusted, non-GAAP or core qualifier (and, after the call said its figures are non-GAAP unless noted, GAAP named in the sentence)';

export const RULES: readonly Rule[] = [
  { key: 'revenue', label: 'Revenue', kind: 'money', name: REVENUE, notFollowedBy: NOT_REVENUE, within: 80, basis: 'gaap', accepts: LARGE,
    requires: '`revenue(s)`, `net sales`, `net revenue(s)` or `total …` named as the company\'s own (no segment, product or region word before it, no `from`/`in <segment>` after it), then an amount of at least 100,000 in the call\'s currency, with only linking words between; not for a full year, a prior period, or `excluding`/`constant currency` figures; the first so stated in the call' },
  { key: 'revenue', label: 'Revenue', kind: 'money', name: /\b(?:of|in) (?:[a-z]{5,6}[- ]quarter )?(?:total |net )?(?:revenues?|sales)\b(?! (?:from|of|at)\b)/gi, before: true, within: 1, basis: 'gaap', accepts: LARGE,
    lead: true,
    requires: 'an amount just before `of revenue` / `in sales` / `in first-quarter revenue`, after `we generated` (delivered, had, reported, posted, achieved, recorded)' },
  { key: 'revenue_growth_yoy', label: 'Revenue growth (YoY)', kind: 'percent', name: REVENUE, notFollowedBy: NOT_REVENUE, within: 80, basis: 'gaap', followedBy: /^\s{0,3}(?:year[- ]over[- ]year|y\/y|yoy|from (?:the )?(?:prior|last|a) year|compared (?:to|with) (?:the )?(?:prior|last|same)|over (?:the )?(?:prior|last) year)/i,
    requires: 'the company\'s revenue named as for revenue, then a percentage followed by `year-over-year` (or `from the prior year`); not in constant currency or organic' },
  { key: 'gross_profit', label: 'Gross profit', kind: 'money', name: /\bgross profit\b/gi, within: 40, accepts: LARGE,
    requires: '`gross profit` then an amount, only linking words between' },
  { key: 'gross_margin', label: 'Gross margin', kind: 'percent', name: /\bgross margins?\b/gi, within: 40,
    requires: '`gross margin` then a percentage, only linking words between (not a change in points)' },
  { key: 'operating_income', label: 'Operating income', kind: 'money', name: /\b(?:operating (?:income|profit|loss)|(?:income|loss) from operations)\b/gi, within: 30, basis: 'gaap', accepts: LARGE,
    requires: '`operating income`, `operating profit` or `operating loss` (a loss is negative) with no adjusted or non-GAAP qualifier, then an amount' },
  { key: 'operating_margin', label: 'Operating margin', kind: 'percent', name: /\boperating margins?\b/gi, within: 30, basis: 'gaap',
    requires: '`operating margin` with no adjusted qualifier, then a percentage' },
  { key: 'net_income', label: 'Net income', kind: 'money', name: /\bnet (?:income|loss|earnings)(?! per| of \$0)\b/gi, within: 30, basis: 'gaap', accepts: LARGE,
    requires: '`net income`, `net earnings` or `net loss` (a loss is negative) with no adjusted qualifier, then an amount of at least 100,000' },
  { key: 'net_margin', label: 'Net margin', kind: 'percent', name: /\bnet (?:income |profit )?margins?\b/gi, within: 30, basis: 'gaap',
    requires: '`net margin` then a percentage' },
  { key: 'adjusted_ebitda', label: 'Adjusted EBITDA', kind: 'money', name: /\badjusted EBITDA\b(?! margin)/gi, within: 30, accepts: LARGE, specific: true,
    requires: '`adjusted EBITDA` then an amount' },
  { key: 'eps_diluted', label: 'Diluted EPS', kind: 'perShare', name: EPS, within: 70, basis: 'gaap', diluted: true, accepts: PER_SHARE,
    requires: `${GAAP_EPS_NAME}, said to be diluted, then an amount per share (a loss per share is negative)` },
  { key: 'eps', label: 'EPS', kind: 'perShare', name: EPS, within: 70, basis: 'gaap', diluted: false, accepts: PER_SHARE,
    requires: `${GAAP_EPS_NAME}, not said to be diluted, then an amount per share (a loss per share is negative)` },
  { key: 'eps_adjusted', label: 'Adjusted EPS', kind: 'perShare', name: EPS, within: 70, basis: 'adjusted', accepts: PER_SHARE, requires: `${ADJUSTED_EPS_NAME}, then an amount per share` },
  { key: 'eps_diluted', label: 'Diluted EPS', kind: 'perShare', name: EPS_AFTER_AMOUNT, before: true, within: 1, lead: true, basis: 'gaap', diluted: true, accepts: PER_SHARE,
    requires: `an amount just before \`of\`/\`in\` diluted EPS with no adjusted qualifier, after \`we reported\` (${REPORTING_VERBS})` },
  { key: 'eps', label: 'EPS', kind: 'perShare', name: EPS_AFTER_AMOUNT, before: true, within: 1, lead: true, basis: 'gaap', diluted: false, accepts: PER_SHARE,
    requires: `an amount just before \`of\`/\`in\` EPS (earnings per share) with no adjusted or diluted qualifier, after \`we reported\` (${REPORTING_VERBS})` },
  { key: 'eps_adjusted', label: 'Adjusted EPS', kind: 'perShare', name: EPS_AFTER_AMOUNT, before: true, within: 1, lead: true, basis: 'adjusted', accepts: PER_SHARE,
    requires: `an amount just before \`of\`/\`in\` adjusted or non-GAAP EPS, after \`we reported\` (${REPORTING_VERBS})` },
  { key: 'free_cash_flow', label: 'Free cash flow', kind: 'money', name: /\bfree cash flows?\b/gi, within: 30, accepts: LARGE, specific: true,
    requires: '`free cash flow` then an amount' },
  { key: 'operating_cash_flow', label: 'Operating cash flow', kind: 'money', name: /\b(?:operating cash flows?|cash flows? from operations|cash flows? from operating activities|cash (?:provided by|generated from|from) operati(?:ons|ng activities))\b/gi, within: 30, accepts: LARGE, specific: true,
    requires: '`operating cash flow`, `cash flow from operations` or `cash provided by operating activities`, then an amount' },
  { key: 'cash_and_securities', label: 'Cash, equivalents and securities', kind: 'money', name: /\bin cash(?:, cash equivalents| and cash equivalents| and investments| and marketable securities)?/gi, before: true, within: 12, accepts: LARGE, specific: true,
    requires: 'an amount followed by `in cash` (and equivalents, investments or securities)' },
  { key: 'capex', label: 'Capital expenditures', kind: 'money', name: /\b(?:capital expenditures?|capex|CapEx)\b/gi, within: 30, accepts: LARGE, specific: true,
    requires: '`capital expenditures` or `capex` then an amount' },
  { key: 'share_repurchases', label: 'Share repurchases', kind: 'money', name: /\b(?:repurchased|bought back)\b(?=[^;!?]{0,40}\bshares\b)|\bshare (?:repurchases|buybacks) (?:of|totaling|totaled)\b/gi, within: 60, accepts: LARGE, specific: true,
    requires: '`repurchased` or `bought back` … `shares`, or `share repurchases of`, then an amount of money (not a number of shares)' },
  { key: 'dividend_per_share', label: 'Dividend per share', kind: 'perShare', name: /\b(?:quarterly |cash |annual )?dividends? of\b/gi, within: 5, accepts: PER_SHARE, specific: true,
    requires: '`dividend of` then an amount per share' },
  { key: 'rpo', label: 'Remaining performance obligations', kind: 'money', name: /\bremaining performance obligations\b/gi, within: 40, accepts: LARGE, specific: true,
    requires: '`remaining performance obligations` then an amount' },
  { key: 'paying_customers', label: 'Paying customers', kind: 'count', name: /\bpaying customers\b/gi, before: true, within: 3, specific: true,
    requires: 'a number just before `paying customers`' },
  { key: 'large_customers_added', label: 'Large customers added', kind: 'count', name: /\b(?:added|addition of)\s(?=[\d,]+ (?:new )?large customers)/gi, within: 1, specific: true,
    requires: '`added N (new) large customers`' },
  { key: 'large_customers', label: 'Large customers', kind: 'count', name: /\blarge customers\b/gi, before: true, within: 3, specific: true,
    requires: 'a number just before `large customers`' },
  { key: 'dollar_based_net_retention', label: 'Dollar-based net retention', kind: 'percent', name: /\bdollar-based net retention\b/gi, within: 60, specific: true,
    requires: '`dollar-based net retention` then a percentage' },
  { key: 'headcount', label: 'Headcount', kind: 'count', name: /\bheadcount to\b/gi, within: 3, specific: true,
    requires: '`headcount to` then a number' },
  { key: 'sales_marketing_expense', label: 'Sales and marketing expense', kind: 'money', name: /\bsales and marketing expenses? (?:were|was)\b/gi, within: 5, accepts: LARGE, specific: true,
    requires: '`sales and marketing expenses were` then an amount' },
  { key: 'rnd_expense', label: 'Research and development expense', kind: 'money', name: /\bresearch and development expenses? (?:were|was)\b/gi, within: 5, accepts: LARGE, specific: true,
    requires: '`research and development expenses were` then an amount' },
  { key: 'gna_expense', label: 'General and administrative expense', kind: 'money', name: /\b(?:general and administrative|G&A) expenses? (?:were|was)\b/gi, within: 5, accepts: LARGE, specific: true,
    requires: '`G&A expenses were` then an amount' },
  { key: 'guidance_revenue', label: 'Revenue guidance', kind: 'money', name: REVENUE, notFollowedBy: NOT_REVENUE, within: 60, guidance: true, basis: 'gaap', accepts: LARGE,
    requires: 'a sentence that looks ahead (`we expect`, `guidance`, `outlook`, `we anticipate`, `forecast`) naming the company\'s revenue, then an amount or a range of at least 100,000, only linking words between' },
  { key: 'guidance_revenue', label: 'Revenue guidance', kind: 'money', name: /\bin (?:total |net )?(?:revenues?|sales)(?=[.,;]|$| (?:in|for|during|this|next|over|and|with|which|by|the)\b)/gi, before: true, within: 1, guidance: true, accepts: LARGE,
    requires: 'a sentence that looks ahead with an amount or a range just before `in revenue` / `in sales` (ending there or followed by a linking word), not an addition or contribution' },
  { key: 'guidance_revenue_growth', label: 'Revenue growth guidance', kind: 'percent', name: /\b(?:total |net )?(?:revenues?|sales) growth\b|\b(?:revenues?|sales) to (?:grow|increase)\b/gi, within: 40, guidance: true,
    requires: 'a sentence that looks ahead naming revenue growth (`revenue growth of`, `revenue to grow`), then a percentage or a range; not organic or in constant currency' },
  { key: 'guidance_operating_income', label: 'Operating income guidance', kind: 'money', name: /\boperating (?:income|profit)\b/gi, within: 40, guidance: true, basis: 'gaap', accepts: LARGE,
    requires: 'a sentence that looks ahead naming operating income, then an amount or a range' },
  { key: 'guidance_gross_margin', label: 'Gross margin guidance', kind: 'percent', name: /\bgross margins?\b/gi, within: 40, guidance: true,
    requires: 'a sentence that looks ahead naming gross margin, then a percentage or a range' },
  { key: 'guidance_operating_margin', label: 'Operating margin guidance', kind: 'percent', name: /\boperating margins?\b/gi, within: 40, guidance: true,
    requires: 'a sentence that looks ahead naming operating margin, then a percentage or a range' },
  { key: 'guidance_eps', label: 'Diluted EPS guidance', kind: 'perShare', name: EPS, within: 50, guidance: true, basis: 'gaap', diluted: true, accepts: PER_SHARE,
    requires: `a sentence that looks ahead naming ${GAAP_EPS_NAME}, said to be diluted, then an amount per share or a range` },
  { key: 'guidance_eps', label: 'EPS guidance', kind: 'perShare', name: EPS, within: 50, guidance: true, basis: 'gaap', diluted: false, accepts: PER_SHARE,
    requires: `a sentence that looks ahead naming ${GAAP_EPS_NAME}, not said to be diluted, then an amount per share or a range` },
  { key: 'guidance_eps_adjusted', label: 'Adjusted EPS guidance', kind: 'perShare', name: EPS, within: 50, guidance: true, basis: 'adjusted', accepts: PER_SHARE,
    requires: `a sentence that looks ahead naming ${ADJUSTED_EPS_NAME}, then an amount per share or a range` },
];
