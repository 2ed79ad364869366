// The basis a call states once for all its figures: `Unless otherwise noted, all numbers we talk about today will be
// on an adjusted non-GAAP basis.` After such a statement a plain `EPS was $0.40` is the adjusted EPS. Only a statement
// that covers the whole call counts, never one about a single measure or a few (`we will also discuss certain non-GAAP
// measures such as adjusted EBITDA`), and an explicit GAAP in a later sentence is never overridden.

/** The adjusted basis named as the call's: `adjusted non-GAAP basis`, `non-GAAP or adjusted measures`, `adjusted results` (the last two words do). */
const ADJUSTED_BASIS = /\b(?:non-GAAP|adjusted)(?: financial)? (?:basis|results|measures|figures|numbers|information)\b/i;
/** `Unless otherwise noted`, `unless they are specifically called out as GAAP`: what follows is the rule for the whole call. */
const UNLESS = /\bunless (?:otherwise|specifically|explicitly|they are|it is|noted)\b/i;
/** `Our comments will be on`, `my remarks today will focus on`, `all references are`, `I'll be referring to`, `the rest of our results`. */
const WHOLE_CALL = [
  /\b(?:our|my|all) (?:remarks|comments|discussion|references|numbers|figures)\b/i,
  /\bI(?:'ll| will) be (?:referring|referencing|discussing|talking)\b/i,
  /\bthe (?:rest|remainder) of (?:our |the )?(?:Q[1-4] )?results\b/i,
];
/** Words that make it a few measures, not all (`we will also refer to certain non-GAAP measures`, `may discuss`, `including`). */
const PARTIAL = /\b(?:certain|some|several|various|may|might|includes?|including|such as|also (?:discuss|refer|reference|include|talk|make|be))\b/i;
/** `all numbers, other than EPS, will be …`: a statement that leaves EPS out. */
const EPS_EXCEPTED = /\b(?:other than|except(?: for)?) (?:EPS|earnings|net income|GAAP EPS|diluted EPS)\b/i;

/** GAAP named in a sentence (not `non-GAAP`), or a figure `as reported`: the sentence states its own basis. */
const EXPLICIT_GAAP = /(?<!non-\s?)\bGAAP\b|\b(?:as reported|on a reported basis|reported (?:diluted )?(?:EPS|earnings per share))\b/i;

/** Whether a sentence says that, unless a figure is called otherwise, the call's figures are non-GAAP (adjusted). */
export function statesAdjustedBasis(sentence: string): boolean {
  if (!ADJUSTED_BASIS.test(sentence) || PARTIAL.test(sentence) || EPS_EXCEPTED.test(sentence)) return false;
  // (`I'll refer to both GAAP and non-GAAP results` sets no default; `unless they are called out as GAAP` does.)
  const gaap = EXPLICIT_GAAP.exec(sentence);
  if (gaap && !UNLESS.test(sentence.slice(0, gaap.index))) return false;
  return UNLESS.test(sentence) || WHOLE_CALL.some((pattern) => pattern.test(sentence));
}

/** Whether a sentence names the GAAP basis itself, which a call's adjusted default never overrides. */
export const namesGaap = (sentence: string): boolean => EXPLICIT_GAAP.test(sentence);
