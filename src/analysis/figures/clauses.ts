// The words around a figure that the alignment of a paragraph with its translation reads: Chinese
// qualifiers written away from the figure (`約佔…的 42%`, `900 多人`), the direction words of a figure's
// clause in either language, words that make an amount a gain, and words that make it a total.

/** Where a figure stands in its text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Chinese qualifiers, wherever they stand: `900 多人`, `逾 900`, `約佔…的 42%`, `多達`, `以上`. */
const QUALIFIERS_BEFORE = ['逾', '超過', '超过', '約', '约', '不到', '不足', '至少', '最多', '多達', '多达', '高達', '高达', '幾乎', '几乎', '將近', '将近', '接近', '近乎', '大概', '突破', '跌破', '升破', '長達', '长达', '最晚', '最長', '最长', '年滿', '年满'];
/** `約占…的 42%`: a share qualified at its verb, however far back in the clause. */
const SHARE_QUALIFIERS = /(?:約|约|大約|大约|將近|将近|接近|超過|超过)\s?(?:占|佔)/;
const SHARE_SPAN = 40;
const QUALIFIERS_AFTER = ['多個', '多个', '多人', '多家', '多名', '餘', '余', '左右', '以上', '以下', '上下', '之多', '出頭', '出头'];
/** Qualifiers only right beside the figure, being words of their own elsewhere: `過 8 萬`, `升破 7.0`, `近三個月`, `24 小時內`, `22萬+`. */
const QUALIFIERS_RIGHT_BEFORE = ['過', '过', '破', '達', '达', '近'];
/** `9 畝多`, `200 餘名`: `多`/`餘` after the figure's measure. */
const MEASURE_THEN_MORE = /^[\u4e00-\u9fff][多餘余]/;
const QUALIFIERS_RIGHT_AFTER = ['內', '内', '+', '＋'];
/** How far on either side of a Chinese figure a qualifier may stand and still be its own, within its clause. */
const QUALIFIER_SPAN = 12;
const CLAUSE_END = /[，,。；;！？!?]/;
/**
 * A qualifier right before digits qualifies those (`80% 的市場和超過 3,000 家客戶`), not a figure further on;
 * a year is no such figure (`將近 2010 年水準的三倍`).
 */
const BEFORE_DIGITS = /^\s?[\d０-９](?![\d０-９]{3}\s?年)/;

/**
 * Whether the translation qualifies the figure somewhere near it. Chinese moves qualifiers to the
 * verb or the end of the phrase (`約佔全年計畫的三分之二`, `900 多人`), where the figure reader does
 * not attach them; a qualifier lost is reported only where none stands nearby.
 */
export function qualifiedNearby(text: string, figure: Span): boolean {
  const before = text.slice(Math.max(0, figure.start - QUALIFIER_SPAN), figure.start).split(CLAUSE_END).pop() ?? '';
  const after = text.slice(figure.end, figure.end + QUALIFIER_SPAN).split(CLAUSE_END)[0].split(/[\d０-９]/)[0];
  const qualifiesThis = (word: string) => {
    const at = before.lastIndexOf(word);
    return at >= 0 && (at + word.length === before.length || !BEFORE_DIGITS.test(before.slice(at + word.length)));
  };
  const clause = text.slice(Math.max(0, figure.start - SHARE_SPAN), figure.start).split(CLAUSE_END).pop() ?? '';
  if (SHARE_QUALIFIERS.test(clause)) return true;
  const rightBefore = before.trimEnd();
  const rightAfter = after.trimStart();
  return (
    QUALIFIERS_BEFORE.some(qualifiesThis) ||
    QUALIFIERS_AFTER.some((word) => after.includes(word)) ||
    MEASURE_THEN_MORE.test(after.trimStart()) ||
    QUALIFIERS_RIGHT_BEFORE.some((word) => rightBefore.endsWith(word)) ||
    QUALIFIERS_RIGHT_AFTER.some((word) => rightAfter.startsWith(word))
  );
}

/** Chinese words that make an amount a total, where no word of a share (PER_SHARE_WORDS) stands near it. */
const TOTAL_WORDS = /總額|总额|總計|总计|淨利|净利|盈餘總|盈余总/;
const PER_SHARE_WORDS = /每股|每單位|每单位|每 ?AD[RS]|每張|每张|每手/;
/** Any mention of a share in a translation, wherever it stands: `每股`, `每一股`, `/股`, `EPS` kept in Latin letters. */
const ANY_SHARE_WORD = /每一?股|每單位|每单位|每 ?AD[RS]|每張|每张|每手|\/ ?股|EPS/;
/** The last paragraph looked at by `namesNoShare`: a paragraph's per-share figures are asked about one after another. */
let lastText = '';
let lastNamesNoShare = false;
/** Whether a translation names no share anywhere (`包括 0.94 美元的股利` for `a dividend of $0.94 per share`). */
function namesNoShare(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastNamesNoShare = !ANY_SHARE_WORD.test(text);
  }
  return lastNamesNoShare;
}

/**
 * Whether the translation writes the amount at `figure` as a total: a word of a total (`股利總額`, `淨利`)
 * with no word of a share near it, or no word of a share in the whole translation.
 */
export function writtenAsTotal(text: string, figure: Span): boolean {
  if (namesNoShare(text)) return true;
  const clause = clauseAround(text, figure);
  return TOTAL_WORDS.test(clause) && !PER_SHARE_WORDS.test(clause);
}
/** The figure's clause in a Chinese text: up to CHINESE_CLAUSE_SPAN characters on each side, within its punctuation. */
function clauseAround(text: string, figure: Span): string {
  const before = text.slice(Math.max(0, figure.start - CHINESE_CLAUSE_SPAN), figure.start).split(CLAUSE_END).pop() ?? '';
  return before + text.slice(figure.start, figure.end + CHINESE_CLAUSE_SPAN).split(CLAUSE_END)[0];
}

/** English words that make an amount a gain, looked for on either side of it within GAIN_SPAN characters. */
const GAIN_WORDS = /\b(?:profits?|income|earnings|gains?|inflows?|surplus|revenues?|sales)\b/i;
const GAIN_SPAN = 80;

/**
 * Whether the English calls an amount a gain. A translation that makes a plain English amount a loss is
 * reported only then: Chinese says `損失` of any amount lost (`每天損失 1 億歐元` for `cost €100m a day`).
 */
export function gainNear(text: string, figure: Span): boolean {
  return GAIN_WORDS.test(text.slice(Math.max(0, figure.start - GAIN_SPAN), Math.min(text.length, figure.end + GAIN_SPAN)));
}

/** Direction words of a clause, for a figure whose reader attached none; not `up`/`down`, which are as often verbs' particles (`took down`). */
const ENGLISH_UP = [
  /\b(?:gr(?:ew|ow(?:s|ing|n|th)?)|r(?:ose|is(?:e[ns]?|ing))|increas(?:e[ds]?|ing)|improv(?:e[ds]?|ing)|climb(?:ed|ing)|gained|expand(?:ed|ing)|widen(?:s|ed)?|rais(?:e[ds]?|ing)|higher|above|ahead|lengthened|recovered)\b/i,
  /\b(?:later|rebounded|accelerat(?:ed|ing)|exceed(?:ed|ing|s)?|surpass(?:ed|ing)|outpac(?:ed|ing)|beat|up from|turned positive|lift(?:ed|s)?)\b/i,
  // `more than the 4% we guided`: a comparison with a figure named after it; `more than 4%` is a qualifier.
  /\b(?:more|greater) than (?:the|our|last|what|a year|in)\b/i,
];
// Two patterns: as one, redos-detector cannot prove it linear within its budget.
const ENGLISH_DOWN = [
  /\b(?:f(?:ell|all(?:s|ing|en)?)|dec(?:lin|reas)(?:e[ds]?|ing)|dropped|reduc(?:e[ds]?|ing)|cut|lower|below|behind)\b/i,
  /\b(?:shr(?:ank|unk)|narrow(?:ed|ing)|contracted|moderate|deteriorated|weakened|held back|shortened|earlier)\b/i,
  /\b(?:lowered|compressed|short of|missed|trail(?:ed|ing)|slowed|decelerat(?:ed|ing)|eased|softened|plunged|deterioration|down from|turned negative)\b/i,
  /\b(?:less|fewer) than (?:the|our|last|what|a year|in)\b/i,
];
const CHINESE_UP = [
  /成長|成长|增長|增长|增加|上升|提高|提升|上漲|上涨|擴大|扩大|改善|上調|上调|攀升|回升|延長|延长|高出|多出|晚了|推遲|推迟|延後|延后/,
  /增幅|漲幅|涨幅|反彈|反弹|上揚|上扬|走強|走强|加速|調高|调高|上修|高於|高于|優於|优于|超越|順風|顺风|大增|微升|微增|轉正|转正/,
  /助益|有利影響|有利影响|提振/,
];
const CHINESE_DOWN = [
  /下降|減少|减少|降低|下滑|衰退|下跌|縮減|缩减|萎縮|萎缩|惡化|恶化|收窄|縮小|缩小|下調|下调|縮短|缩短|低了|少了|早了/,
  /降幅|跌幅|回落|走軟|走软|走弱|放緩|放缓|調降|调降|下修|低於|低于|不及|未達|未达|逆風|逆风|壓縮|压缩|流失|大減|大减|微降|落後|落后|轉負|转负/,
  /拖累|不利影響|不利影响/,
];
/** A clause ends at a comma, semicolon, colon or sentence end; not at the period of an abbreviation (`U.S. net sales`). */
const ENGLISH_CLAUSE = /[,;:!?](?:\s|$)|[a-z\d)%]\.(?:\s|$)/;
const ENGLISH_CLAUSE_SPAN = 60;
/** A figure's first digit; digits in a name (`FY25`, `Q3`) start none. */
const DIGIT = /(?<![A-Za-z\d０-９.,])[\d０-９]/;
const CHINESE_CLAUSE_SPAN = 16;

/** The one way the direction words of a figure's clause point, or null when they point none or both. */
function clauseDirection(text: string, figure: Span, clauseEnd: RegExp, up: readonly RegExp[], down: readonly RegExp[], span: number): 'up' | 'down' | null {
  // Words beyond another figure of the clause are that figure's (`growth of 7% was below the 8%`).
  const before = (text.slice(Math.max(0, figure.start - span), figure.start).split(clauseEnd).pop() ?? '').split(DIGIT).pop() ?? '';
  const after = text.slice(figure.end, figure.end + span).split(clauseEnd)[0].split(DIGIT)[0];
  const clause = `${before} ${after}`;
  const rises = up.some((words) => words.test(clause));
  const falls = down.some((words) => words.test(clause));
  return rises === falls ? null : rises ? 'up' : 'down';
}

/** The one way the direction words of an English figure's clause point, or null. */
export const englishClauseDirection = (text: string, figure: Span) => clauseDirection(text, figure, ENGLISH_CLAUSE, ENGLISH_UP, ENGLISH_DOWN, ENGLISH_CLAUSE_SPAN);
/** The one way the direction words of a Chinese figure's clause point, or null. */
export const chineseClauseDirection = (text: string, figure: Span) => clauseDirection(text, figure, CLAUSE_END, CHINESE_UP, CHINESE_DOWN, CHINESE_CLAUSE_SPAN);

/** Words before a length of time that make it the period a figure covers (`the previous three months`), not a change. */
const PERIOD_WORDS = new Set(['previous', 'prior', 'past', 'last', 'next', 'first', 'coming', 'recent', 'trailing']);
/** Whether an English length of time names a period (`in the previous three months`) rather than a change of length. */
export function namesPeriod(text: string, figure: Span): boolean {
  const before = text.slice(Math.max(0, figure.start - 20), figure.start);
  return /\s$/.test(before) && PERIOD_WORDS.has(before.trimEnd().split(/\s/).pop()!.toLowerCase());
}
