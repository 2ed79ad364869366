// Whose figure a metric's sentence states: the company's, or a part of it (a segment, region, division, brand or
// channel) named before the metric, as its subject, or after the amount. A part's revenue is not the company's.

/** Words that name a part of the company. */
export const PART = /\b(?:segments?|side|businesse?s?|divisions?|units?|regions?|portfolios?|franchises?|channels?|brands?)\b/i;
/** A region or part named at the start of the clause: `In North America, sales`, `At Aerospace, revenue`. */
export const PLACE = /\b(?:[Ii]n|[Ff]or|[Aa]t|[Ww]ithin|[Aa]cross) (?!Q[1-4]\b|[Ff]iscal\b|[Tt]otal\b|(?:the )?P&L\b|(?:Slide|Page|Exhibit|Chart)\b)(?:the )?[A-Z]/;
/** A sentence that opens on a part of the company: `In supply chain solutions, we expect revenue`. */
const INTRODUCTION = /^\s{0,3}(?:In|For|At|Within|Across) ([^,]{1,80}),/i;
/** `Moving to Clinical Nutrition, total sales`: a named part (capitalised) the speaker turns to. */
const TURNING_TO = /^\s{0,3}(?:Moving|Turning|Shifting|Switching|Going) (?:now )?(?:over )?to (?:the |our )?(?!Slide|Page|Q[1-4]\b|P&L\b)([A-Z][^,]{0,40}),/;
/** Capitalised words that open a sentence without naming a part of the company (`First Quarter,`, `On February 1,`). */
const NOT_A_PART_NAME = new Set(('On In For At As So And But Now Today Again Also The Our This With Overall Finally Quarter Year Fiscal Q1 Q2 Q3 Q4 ' +
  'First Second Third Fourth January February March April May June July August September October November December GAAP Ladies Gentlemen ' +
  'Thank Thanks Good Hello Yes No Okay Well').split(' '));
/** `Process Flow Technologies, sales of $299 million`: two to four capitalised words, then a comma. */
function namedLead(sentence: string): boolean {
  const comma = sentence.indexOf(',');
  if (comma < 0 || comma > 60) return false;
  const words = sentence.slice(0, comma).trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((word) => /^[A-Z][A-Za-z&'-]*$/.test(word) && !NOT_A_PART_NAME.has(word));
}
const INTRODUCES_TIME = /^(?:(?:the )?bottom line|the (?:three months|quarter|first|second|third|fourth|full|fiscal|year|current|next|coming|second-half|first-half|aggregate)|q[1-4]|fiscal|full|total|addition|summary|short|fact|particular|general|aggregate|sum|conclusion|closing|brief|terms|light|line|other words|the meantime|this|that|these|those|such|each|both|revenues?|net sales|sales|guidance|the total company|total company|\d{4})\b/i;
export const introducesPart = (sentence: string) => {
  const introduction = INTRODUCTION.exec(sentence);
  if (introduction !== null && !INTRODUCES_TIME.test(introduction[1]) && !/\bquarter\b|\bQ[1-4]\b/i.test(introduction[1])) return true;
  return TURNING_TO.test(sentence) || namedLead(sentence);
};
/** A part of the company as the subject of a result: `Aerospace had revenue of` (not `We had`). */
const PART_VERBS = new Set(['had', 'saw', 'drove', 'produced', 'yielded']);
const COMPANY_SUBJECT = new Set(['We', 'I', 'Company', 'Together', 'Overall', 'Also', 'Again', 'Collectively', 'Today', 'Management', 'Everyone', 'Combined']);
const NOT_A_SUBJECT = /^(?:Our|The|This|That|In|For|During|So|And|But|Q[1-4]|GAAP)$/;
export function partSubject(prefix: string): boolean {
  const words = prefix.split(/\s+/).filter(Boolean);
  while (words.length > 0 && ['total', 'net', 'consolidated', 'record', 'a'].includes(words[words.length - 1])) words.pop();
  // (`Combat systems had revenue of`: a capitalised word among the subject's.)
  return PART_VERBS.has(words.at(-1) ?? '') && words.slice(-4, -1).some((subject) => /^[A-Z]/.test(subject) && !COMPANY_SUBJECT.has(subject) && !NOT_A_SUBJECT.test(subject));
}
/** After the amount, the part it came from: `$599 million through our independent sales network`, `for our electric segment`. */
const TAIL_PART_LEAD = /^[\s,]{0,3}(?:through|from|in|at|within|across|for) (?:our|the|its) /i;
const PART_NOUN = /\b(?:network|channels?|segments?|business(?:es)?|divisions?|units?|portfolio|regions?)\b/i;
export function tailPart(tail: string): boolean {
  const lead = TAIL_PART_LEAD.exec(tail);
  return lead !== null && PART_NOUN.test(tail.slice(lead[0].length).split(/[,.;]/)[0]);
}
