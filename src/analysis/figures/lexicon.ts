// The currencies the figure engine knows, one row each: how English writes them and how Chinese
// names them. The English reader, the Chinese reader and the Chinese formatter build their tables
// from these rows, so a new currency is one row here; test/analysis/figures/lexicon.test.ts then
// reads every form of the row in both languages.

export interface CurrencyRow {
  /** ISO 4217 code: the figure's unit. */
  readonly code: string;
  /** Symbols written before the amount: `$5`, `€3bn`. */
  readonly signs: readonly string[];
  /** Letters written right before `$`, lower-case: `US$`, `NT$`, `C$`. */
  readonly dollarPrefixes: readonly string[];
  /** Codes, lower-case: before the amount when capitalised (`RMB 5 million`, `Rs. 500 crore`) or after it (`5 million USD`). */
  readonly codes: readonly string[];
  /** Words after the amount, lower-case: `5 million yen`, `6.3 trillion won`. */
  readonly words: readonly string[];
  /** Names of several words after the amount, lower-case, one space between: `18 billion Hong Kong dollars`. */
  readonly phrases: readonly string[];
  /** Names in Traditional Chinese, the one a translation writes first; their Simplified forms follow from `toSimplified`. */
  readonly chinese: readonly string[];
  /** Capital letters glued before an amount with a scale word (`R12.3 billion`); without one (`R2`) it is a name. */
  readonly letterSigns?: readonly string[];
  /** Simplified names that are not a Traditional one converted (mainland `日元` beside `日圓`); the first is the one written. */
  readonly simplifiedOnly?: readonly string[];
}

export const CURRENCY_ROWS = [
  { code: 'USD', signs: ['$'], dollarPrefixes: ['us'], codes: ['usd'], words: ['dollar', 'dollars'], phrases: ['us dollars'], chinese: ['美元', '美金'] },
  { code: 'EUR', signs: ['€'], dollarPrefixes: [], codes: ['eur'], words: ['euro', 'euros'], phrases: [], chinese: ['歐元'] },
  { code: 'GBP', signs: ['£'], dollarPrefixes: [], codes: ['gbp'], words: ['pounds', 'sterling'], phrases: ['pounds sterling', 'british pounds'], chinese: ['英鎊'] },
  // Pence, a hundredth of a pound, as a currency of their own: `6.2 pence` written `6.2 英鎊` is a currency error.
  { code: 'GBX', signs: [], dollarPrefixes: [], codes: ['gbx'], words: ['pence'], phrases: [], chinese: ['便士'] },
  { code: 'JPY', signs: ['¥', '￥'], dollarPrefixes: [], codes: ['jpy'], words: ['yen'], phrases: ['japanese yen'], chinese: ['日圓', '日幣'], simplifiedOnly: ['日元'] },
  { code: 'CNY', signs: [], dollarPrefixes: [], codes: ['cny', 'rmb'], words: ['yuan', 'renminbi'], phrases: ['chinese yuan'], chinese: ['人民幣'] },
  { code: 'TWD', signs: [], dollarPrefixes: ['nt'], codes: ['twd', 'ntd'], words: [], phrases: ['new taiwan dollars', 'taiwan dollars', 'nt dollars'], chinese: ['新台幣', '台幣', '新臺幣', '臺幣'] },
  { code: 'HKD', signs: [], dollarPrefixes: ['hk'], codes: ['hkd'], words: [], phrases: ['hong kong dollars', 'hk dollars'], chinese: ['港元', '港幣'] },
  { code: 'KRW', signs: ['₩'], dollarPrefixes: [], codes: ['krw'], words: ['won'], phrases: ['korean won', 'south korean won'], chinese: ['韓元', '韓圜'] },
  { code: 'INR', signs: ['₹'], dollarPrefixes: [], codes: ['inr', 'rs'], words: ['rupees'], phrases: ['indian rupees'], chinese: ['盧比'] },
  { code: 'CAD', signs: [], dollarPrefixes: ['c', 'ca'], codes: ['cad'], words: [], phrases: ['canadian dollars'], chinese: ['加元', '加幣'] },
  { code: 'AUD', signs: [], dollarPrefixes: ['a', 'au'], codes: ['aud'], words: [], phrases: ['australian dollars'], chinese: ['澳元', '澳幣'] },
  { code: 'SGD', signs: [], dollarPrefixes: ['s'], codes: ['sgd'], words: [], phrases: ['singapore dollars'], chinese: ['新加坡元', '新加坡幣'] },
  { code: 'CHF', signs: [], dollarPrefixes: [], codes: ['chf'], words: [], phrases: ['swiss francs'], chinese: ['瑞士法郎', '瑞郎'] },
  { code: 'BRL', signs: [], dollarPrefixes: ['r'], codes: ['brl'], words: ['reais'], phrases: ['brazilian reais'], chinese: ['巴西雷亞爾', '雷亞爾'] },
  // `Ps.` is left out: `PS5` glued would read as 5 pesos; `pesos` alone names several currencies.
  { code: 'MXN', signs: [], dollarPrefixes: [], codes: ['mxn'], words: [], phrases: ['mexican pesos'], chinese: ['墨西哥披索'], simplifiedOnly: ['墨西哥比索'] },
  { code: 'ZAR', signs: [], dollarPrefixes: [], codes: ['zar'], words: ['rand'], phrases: ['south african rand'], chinese: ['南非幣', '蘭特'], letterSigns: ['R'] },
] as const satisfies readonly CurrencyRow[];

export type Currency = (typeof CURRENCY_ROWS)[number]['code'];

/** The rows with their codes typed as `Currency`, for the tables below. */
const ROWS: ReadonlyArray<CurrencyRow & { readonly code: Currency }> = CURRENCY_ROWS;

/** Simplified forms of the Traditional characters that currency names use. */
export const SIMPLIFIED_CHARACTERS: Readonly<Record<string, string>> = { 幣: '币', 圓: '圆', 韓: '韩', 盧: '卢', 鎊: '镑', 歐: '欧', 臺: '台', 亞: '亚', 爾: '尔', 蘭: '兰' };

/** A Traditional name written in Simplified characters: `新臺幣` → `新台币`; other characters stay. */
export function toSimplified(name: string): string {
  let out = '';
  for (const ch of name) out += SIMPLIFIED_CHARACTERS[ch] ?? ch;
  return out;
}

/** Every Chinese name of a row: Traditional, Simplified, and Simplified-only, without repeats. */
export function chineseNames(row: CurrencyRow): string[] {
  return [...new Set([...row.chinese, ...row.chinese.map(toSimplified), ...(row.simplifiedOnly ?? [])])];
}

/** Letter signs (`R` of `R12.3 billion`) → currency. */
export const LETTER_SIGNS: ReadonlyMap<string, Currency> = new Map(ROWS.flatMap((row) => (row.letterSigns ?? []).map((sign) => [sign, row.code] as const)));

/** One English column of the rows as a lookup table: form → currency. */
export function englishCurrencies(column: 'signs' | 'dollarPrefixes' | 'codes' | 'words' | 'phrases'): Map<string, Currency> {
  return new Map(ROWS.flatMap((row) => row[column].map((form) => [form, row.code] as const)));
}

/** Every Chinese currency name with its currency, in both scripts. */
export const CHINESE_CURRENCIES: ReadonlyArray<readonly [string, Currency]> = ROWS.flatMap((row) => chineseNames(row).map((name) => [name, row.code] as const));

/** The name a translation writes for each currency, Traditional then Simplified: `[日圓, 日元]`. */
export const WRITTEN_CURRENCY_NAMES: Readonly<Record<string, readonly [string, string]>> = Object.fromEntries(
  ROWS.map((row) => [row.code, [row.chinese[0], row.simplifiedOnly?.[0] ?? toSimplified(row.chinese[0])] as const]),
);
