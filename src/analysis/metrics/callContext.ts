// What the call is speaking of when a sentence does not say it itself: the period and the part of the company.
// A fourth-quarter call reviews the year too: `For the full year, net sales increased 7.7% to $3.38 billion.` then
// `Diluted EPS was $1.66.` states the year's EPS, not the quarter's. `Turning to our lottery segment.` then
// `Revenue increased 40% to $749 million.` states the segment's revenue. A result is read only where it is the
// company's own and this period's.

/** Words that name a span of a year (not a comparison with one: `year-over-year`, `prior year`). */
const YEAR_SPAN = /\b(?:full[- ]year|for the year|fiscal (?:year )?(?:'\d{2}|(?:19|20)\d\d)\b(?! (?:guidance|outlook))|twelve months|12 months|(?:19|20)\d\d (?:results|performance)|to summarize (?:fiscal |full[- ]year )?(?:19|20)\d\d\b)/i;
/** Words that name a quarter. */
const QUARTER = /\b(?:quarter(?:ly|s)?|Q[1-4])\b/i;

export type PeriodKind = 'year' | 'quarter' | 'both' | null;

/** Which kind of period a sentence names: a year's span, a quarter, both, or none. */
export function periodKindOf(sentence: string): PeriodKind {
  const year = YEAR_SPAN.test(sentence);
  const quarter = QUARTER.test(sentence);
  return year && quarter ? 'both' : year ? 'year' : quarter ? 'quarter' : null;
}

/** A sentence that turns to a part of the company: `Starting with Fluid Handling.`, `Our Environmental segment performed well`. */
const PART_WORD = /\b(?:segment|division)\b(?! (?:results|performance|level|reporting|basis|margins?))/gi;
/** Segments in the plural, or by segment: the company's parts together, not one turned to. */
const ALL_PARTS = /\b(?:segments|divisions|by segment)\b/i;
/** `Now, turning to`, `So let me start with`: read in three steps (one pattern for all would backtrack). */
const OPENING = /^\W{0,3}(?:(?:now|so|and|next|first|finally),? )?/i;
const SPEAKER_TURNS = /^(?:let me|I'll|I will|we'll) /i;
const TURNING = /^(?:start(?:ing)?|begin(?:ning)?|mov(?:e|ing)|turn(?:ing)?|shift(?:ing)?|switch(?:ing)?|look(?:ing)?|go(?:ing)?)(?: now)?(?: on| over)? (?:with|to|at) /i;
/** `…, and starting with Global Wealth Management.`: a capitalised name turned to mid-sentence. */
const STARTING_WITH = /\b(?:starting|beginning) with (?:the |our )?([A-Z]\S*)/;
/** What one turns to that is not a part: the results, the statements, a slide. */
const NOT_A_PART = /^(?:results?|financial|P&L|EPS|GAAP|EBITDA|Net|Gross|Operating|Adjusted|Free|Capital|income|balance|cash|slide|page|Q[1-4]|quarter|first|second|third|fourth|full|fiscal|year|highlights|numbers|overview|details|guidance|outlook|consolidated|total|company|revenues?|sales|our|the|some|a|an|questions?|Q&A|\d)/i;
/** In the sentence itself: the company's total or the company as subject (`We grew net sales`), which no part context overrides. */
const COMPANY_WIDE = /\b(?:total|consolidated|overall|company|companywide|company-wide|group|we)\b/i;

/** What every way of turning to a part below needs: a turning verb or a part word. Most sentences have neither. */
const TURN_OR_PART = /start|begin|mov(?:e|ing) |turn|shift|switch|look|go(?:ing)? |segment|division/i;

/** Whether a sentence turns to a part of the company. */
export function turnsToPart(sentence: string): boolean {
  if (!TURN_OR_PART.test(sentence)) return false;
  const opened = sentence.slice(OPENING.exec(sentence)?.[0].length ?? 0);
  const turned = opened.slice(SPEAKER_TURNS.exec(opened)?.[0].length ?? 0);
  const turning = TURNING.exec(turned);
  // (A capitalised name: `Starting with Fluid Handling.`, not `Turning to net income and the balance sheet.`)
  const object = turning === null ? '' : turned.slice(turning[0].length).replace(/^(?:the|our) /i, '');
  if (turning !== null && ((/^[A-Z]/.test(object) && !NOT_A_PART.test(object)) || /\bbusiness\b/i.test(sentence))) return true;
  const startingWith = STARTING_WITH.exec(sentence);
  if (startingWith !== null && !NOT_A_PART.test(startingWith[1])) return true;
  if (ALL_PARTS.test(sentence)) return false;
  const parts = [...sentence.matchAll(PART_WORD)];
  // One part, named as the sentence's subject (`Our Environmental segment performed well`) or as its end (`…, beginning with the DSA segment.`).
  return parts.length === 1 && (parts[0].index < 80 || turnedToAtEnd(sentence));
}

/** `…, beginning with the DSA segment.`: the sentence ends on the part, a few words after `with` or `to`. */
function turnedToAtEnd(sentence: string): boolean {
  const words = sentence.trimEnd().split(/\s+/);
  return /^(?:segment|division)\W{0,3}$/i.test(words.at(-1) ?? '') && words.slice(-6, -1).some((word) => word === 'with' || word === 'to');
}

/** How many sentences naming no period a year's context carries over to (the speaker may move on unsaid). */
const CARRIED = 2;

/** Follows the call sentence by sentence, in order. */
export class CallContext {
  private yearLeft = 0;
  private partLeft = 0;
  private outlookLeft = 0;

  /**
   * Reads the next sentence and tells whether, by context only, it speaks of a year (it names no period itself and
   * one of the last few sentences before it named a year's span and no quarter) or of a part of the company (one
   * of the last few turned to a part, and it names no company-wide total). A sentence that looks ahead
   * (`our full-year tax rate will be`) sets no period. `outlook`: one of the last few sentences looked ahead and this one
   * does not (a range it states continues the outlook).
   */
  next(sentence: string, looksAhead: boolean): { year: boolean; part: boolean; outlook: boolean } {
    const kind = looksAhead ? null : periodKindOf(sentence);
    let year = false;
    if (kind === null) {
      year = this.yearLeft > 0;
      if (year) this.yearLeft--;
    } else this.yearLeft = kind === 'year' ? CARRIED : 0;
    // (Before its first figure: `Revenue was up 17% to $42 million, 59% of total revenue` is still the part's.)
    const lead = sentence.split(/[$\d]/, 1)[0];
    const part = this.partLeft > 0 && !COMPANY_WIDE.test(lead);
    if (turnsToPart(sentence)) this.partLeft = CARRIED;
    else if (this.partLeft > 0) this.partLeft = COMPANY_WIDE.test(lead) ? 0 : this.partLeft - 1;
    // `We now expect the following for 2022.` then `Net sales of $1.04 billion to $1.06 billion.`: the list goes on unsaid.
    const outlook = !looksAhead && this.outlookLeft > 0;
    this.outlookLeft = looksAhead ? CARRIED : Math.max(0, this.outlookLeft - 1);
    return { year, part, outlook };
  }
}
