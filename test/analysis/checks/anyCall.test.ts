// Figure checks on the constructions of other companies' calls (currencies, ages, clock times, dates,
// ranges, identifiers, losses): each correct translation gets no figure finding, and each wrong one
// gets the finding a reviewer needs. The sentences are written for these tests.
import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';

const FIGURE_CODES = new Set(['figure-mismatch', 'figure-scale', 'figure-missing', 'figure-extra', 'direction-mismatch', 'approximation-lost']);

/** The figure findings of one executive paragraph and its translation, as `code: text`. */
function check(english: string, chinese: string): string[] {
  const text = ['Jane Doe -- Chief Financial Officer', '', english, chinese, ''].join('\n');
  return analyze(text)
    .findings.filter((finding) => FIGURE_CODES.has(finding.code))
    .map((finding) => `${finding.code}: ${text.slice(finding.start, finding.end)}`);
}

const CORRECT: ReadonlyArray<readonly [string, string, string]> = [
  ['RMB before the amount, bare 元 after', 'Revenue was RMB 23.4 billion, up 12% year over year.', '營收為人民幣 234 億元，年增 12%。'],
  ['a glued currency code', 'Revenue was RMB23.4 billion.', '營收為人民幣 234 億元。'],
  ['bare 元 with no currency named', 'Revenue was RMB 23.4 billion.', '營收為 234 億元。'],
  ['Hong Kong and Taiwan dollars', 'We hold HK$8.6 billion in cash and paid NT$9,800 per unit.', '我們持有 86 億港元現金，每單位支付新台幣 9,800 元。'],
  ['yen trillions', 'Operating profit was ¥1.2 trillion.', '營業利益為 1.2 兆日圓。'],
  ['lakh crore', 'Deposits crossed ₹1.2 lakh crore.', '存款突破 1.2 兆盧比。'],
  ['won after a scale word', 'Revenue declined 18.4% to 6.3 trillion won.', '營收下降 18.4% 至 6.3 兆韓元。'],
  ['a range with prefixed ends', 'We expect revenue between US$22.4 billion and US$23.2 billion.', '我們預期營收介於 224 億至 232 億美元之間。'],
  ['a range read as two figures', 'Revenue is expected to grow approximately 9% to 14%.', '預期營收將年增約 9% 至 14%。'],
  ['ages with the unit on one side', 'Our founder, who is 61, hired a 44-year-old chief executive.', '現年 61 歲的創辦人聘請了 44 歲的執行長。'],
  ['an age decade', 'Users in their 30s make up 40% of buyers.', '30 多歲的使用者佔買家的 40%。'],
  ['clock times', 'The call starts at 8:30 a.m. and the replay runs until 11:59 p.m. on May 16.', '電話會議於上午 8 點 30 分開始，重播至 5 月 16 日晚上 11:59。'],
  ['a day of the month', 'The dividend will be paid on the 24th.', '股息將於 24 日派發。'],
  ['one third and a qualifier away from its figure', 'Services were roughly one third of revenue.', '服務約佔營收的三分之一。'],
  ['a direction noun after describing words', 'We delivered 30% top-line growth.', '我們實現了 30% 的營收增長。'],
  ['a loss on both sides', 'We recorded a net loss of $12 million.', '我們錄得淨虧損 1,200 萬美元。'],
  ['an identifier kept', 'Demand for H100 and 5G chips on 3-nanometer stayed strong.', 'H100 與 5G 晶片在 3 奈米製程的需求依然強勁。'],
  ['a rank as a number', 'It was our 12th consecutive quarter of growth.', '這是我們連續第 12 個季度成長。'],
  ['a decade', 'Demand has not been this strong since the 1980s.', '自八十年代以來需求從未如此強勁。'],
  ['an anniversary and an age in 周歲', 'We celebrate our 75th anniversary; our youngest trainee is 14 years old.', '我們慶祝成立 75 週年；最年輕的學員 14 周歲。'],
  ['millimetres and a glued duration', 'Rainfall reached 197.5 mm and the outage lasted 6hrs.', '降雨量達 197.5 毫米，停電持續 6 小時。'],
  ['noon as a clock time', 'Trading resumes at noon.', '交易將於 12 時恢復。'],
  ['names with several numbers', 'We took delivery of A350-900 and Boeing 757s.', '我們接收了 A350-900 與波音 757 飛機。'],
  ['magnitudes of speech', 'Millions of users joined over the century.', '百萬用戶在這百年間加入。'],
];

const WRONG: ReadonlyArray<readonly [string, string, string, string]> = [
  ['a currency changed', 'Revenue was RMB 23.4 billion.', '營收為 234 億美元。', 'figure-mismatch: 234 億美元'],
  ['percentage points as percent', 'Gross margin expanded 4.6 percentage points.', '毛利率擴大 4.6%。', 'figure-mismatch: 4.6%'],
  ['basis points as percentage points', 'The rate rose 90 basis points.', '利率上升 90 個百分點。', 'figure-mismatch: 90 個百分點'],
  ['a day of a date', 'The meeting is on March 26.', '會議將於 3 月 28 日舉行。', 'figure-mismatch: 3 月 28 日'],
  ['a clock time', 'The replay is available until 11:59 p.m.', '重播將提供至晚上 11:09。', 'figure-mismatch: 11:09'],
  ['the year of the call in its header', 'The meeting was held on May 2, 2024.', '會議於 2025 年 5 月 2 日舉行。', 'figure-mismatch: 2025'],
  ['a loss written as a profit', 'We recorded a net loss of $12 million.', '我們錄得淨利 1,200 萬美元。', 'direction-mismatch: 1,200 萬美元'],
  ['a direction reversed away from its figure', 'We delivered 30% top-line growth.', '營收下降了 30%。', 'direction-mismatch: 30%'],
  ['an inherited direction reversed', 'The stock is up 250% since December and 490% year-over-year.', '股價自 12 月以來上漲 250%，同比下降了 490%。', 'direction-mismatch: 490%'],
  ['a model number', 'Demand for H100 chips stayed strong.', 'H120 晶片的需求依然強勁。', 'figure-mismatch: H120'],
  ['a process node', 'Volume production on 3-nanometer began.', '5 奈米已開始量產。', 'figure-mismatch: 5 奈米'],
  ['a ranking name', 'We joined the Fortune 500 this year.', '我們今年躋身財富 505 強。', 'figure-mismatch: 505'],
];

describe('figure checks on any company’s call', () => {
  for (const [name, english, chinese] of CORRECT) {
    it(`correct: ${name}`, () => assert.deepEqual(check(english, chinese), []));
  }
  for (const [name, english, chinese, expected] of WRONG) {
    it(`wrong: ${name}`, () => assert.ok(check(english, chinese).includes(expected), JSON.stringify(check(english, chinese))));
  }
});
