// Alignment and identifier rules added for text beyond the seeds; each pair is written for the test.
import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { changedIdentifiers, identifiersIn } from '../../../src/analysis/checks/identifiers';

/** The figure findings of one executive paragraph and its translation, as `code EN|ZH`. */
function check(english: string, chinese: string): string[] {
  const text = ['Operator: Welcome to the call.', '接線員：歡迎參加電話會議。', `Jane Doe (CFO): ${english}`, `珍·多伊：${chinese}`, 'Jane Doe (CFO): Thank you all for joining today.', '珍·多伊：感謝大家今天的參與。'].join('\n');
  return analyze(text)
    .findings.filter((f) => f.code !== 'translation-truncated')
    .map((f) => `${f.code} ${f.english?.text ?? ''}|${f.chinese?.text ?? ''}`);
}

describe('figure alignment beyond the seeds', () => {
  it('accepts figures written another way in correct translations', () => {
    // A bare `$` in an Australian report, translated as Australian dollars.
    assert.deepEqual(check('The Sydney lender earned $45.2 million.', '這家雪梨銀行賺了 4,520 萬澳元。'), []);
    // A duration against an age range, a day of the month written like a length of days, an anniversary.
    assert.deepEqual(check('The course suits children of 8-11 years.', '這門課程適合 8-11 歲兒童。'), []);
    assert.deepEqual(check('Every visitor must wait 21 days.', '每位訪客須等待 21 日。'), []);
    assert.deepEqual(check('We celebrate our 40th anniversary this year.', '今年我們慶祝成立 40 週年。'), []);
    // A figure the translation repeats, the day of a date said again, midnight as 0:00.
    assert.deepEqual(check('Both plants ran at 100% in June.', '兩座工廠在 6 月的產能利用率均為 100%，全年也維持 100%。'), []);
    assert.deepEqual(check('Trading resumed on June 9 at 9:30 a.m.', '交易於 6 月 9 日恢復，9 日上午 9:30 開盤。'), []);
    assert.deepEqual(check('The offer closes at midnight.', '優惠於零點截止。'), []);
    // `a dozen` against `十幾`.
    assert.deepEqual(check('We opened a dozen stores.', '我們開設了十幾家門市。'), []);
  });

  it('takes qualifiers Chinese writes as verbs or after the figure', () => {
    assert.deepEqual(check('Orders topped 90,000 units for the first time.', '訂單首次突破 90,000 台。'), []);
    assert.deepEqual(check('We will reply within up to 48 hours.', '我們將在 48 小時內回覆。'), []);
    assert.deepEqual(check('Roughly 35% of our sales of $2.6 billion came from Asia.', '我們 26 億美元的銷售額中約占 35% 來自亞洲。'), []);
  });

  it('reports a plain amount made a loss only where the English calls it a gain', () => {
    assert.deepEqual(check('The strike could cost retailers €50 million a day.', '罷工可能使零售商每天損失 5,000 萬歐元。'), []);
    assert.deepEqual(check('Net inflows were $3.1 billion.', '淨流出為 31 億美元。'), ['direction-mismatch $3.1 billion|31 億美元']);
  });

  it('reports a direction word of the clause that contradicts the translation', () => {
    assert.deepEqual(check('Thanks to 12% volume growth in Europe, margins held.', '受惠於歐洲銷量下降了 12%，利潤率持穩。'), ['direction-mismatch 12%|12%']);
    // Words of both ways in the clause: nothing to say.
    assert.deepEqual(check('Volume fell 12% on higher prices.', '價格上漲使銷量下降了 12%。'), []);
  });

  it('names the unit error: points for basis points, a multiple as a percentage, per share as a total', () => {
    assert.deepEqual(check('Margin widened by 40 basis points this quarter to 21.5%.', '利潤率本季擴大 40 個百分點至 21.5%。'), ['figure-mismatch 40 basis points|40 個百分點']);
    assert.deepEqual(check('Shipments doubled in the quarter.', '本季出貨量增加 2%。'), ['figure-mismatch doubled|2%']);
    assert.deepEqual(check('We will pay a dividend of ¥85 per share.', '我們將派發 85 億日圓的股息。'), ['figure-mismatch ¥85 per share|85 億日圓']);
  });

  it('pairs the one changed figure of its kind left on each side', () => {
    assert.deepEqual(check('Our chair, aged 58, will retire.', '我們 63 歲的董事長將退休。'), ['figure-mismatch 58|63 歲']);
  });
});

describe('identifiers beyond the seeds', () => {
  const changed = (english: string, chinese: string) => changedIdentifiers(identifiersIn(english), identifiersIn(chinese)).map(([e, z, fix]) => `${e.text}|${z.text}|${fix}`);

  it('reads numbered names in both languages, with letters after the digits', () => {
    assert.deepEqual(changed('Line 4 restarted.', '6 號線恢復運行。'), ['4|6|4']);
    assert.deepEqual(changed('The Phase 2 trial ended.', '第三期試驗結束。'), ['2|第三期|第2期']);
    assert.deepEqual(changed('Our sixth-generation chip ships.', '我們的第五代晶片出貨。'), ['sixth-generation|第五代|第6代']);
    assert.deepEqual(changed('GDDR7 supply is tight.', 'GDDR6 供應吃緊。'), ['GDDR7|GDDR6|GDDR7']);
    assert.deepEqual(changed('We sold HBM4E parts.', '我們售出 HBM4 零件。'), ['HBM4E|HBM4|HBM4E']);
    assert.deepEqual(changed('Routers on 802.11ac shipped.', '採用 802.11ax 的路由器出貨。'), ['802.11ac|802.11ax|802.11ac']);
    assert.deepEqual(changed('Section 12B applies.', '第 13B 條適用。'), ['12B|13B|12B']);
  });

  it('matches names one for one, and leaves a name kept with its digits alone', () => {
    assert.deepEqual(changed('Our 5G users grew; 5G ARPU rose.', '4G 用戶成長；5G ARPU 上升。'), ['5G|4G|5G']);
    assert.deepEqual(changed('Line 4 and Line 6 both run.', '4 號線和 6 號線都在運行。'), []);
    assert.deepEqual(changed('Boeing 777s and Airbus A350s', '波音 777 和空客 A350'), []);
  });
});

describe('units of measure, versions, trial phases, currencies and per-share amounts beyond the seeds', () => {
  it('reports a slipped prefix or unit of power, energy and area, and accepts the same quantity in other units', () => {
    assert.deepEqual(check('We added 1,250 MW of solar capacity.', '我們新增 1,250 MW 的太陽能裝置容量。'), []);
    assert.deepEqual(check('We added 1,250 MW of solar capacity.', '我們新增 125 萬千瓦的太陽能裝置容量。').filter((f) => f.includes('MW')), []);
    // A slipped metric prefix is a slip of scale, as `million` for `billion` is.
    assert.deepEqual(check('We added 1,250 MW of solar capacity.', '我們新增 1,250 GW 的太陽能裝置容量。'), ['figure-scale 1,250 MW|1,250 GW']);
    assert.deepEqual(check('We delivered 3.2 GWh of storage.', '我們交付了 2.3 GWh 的儲能系統。'), ['figure-mismatch 3.2 GWh|2.3 GWh']);
    assert.deepEqual(check('We signed leases on 1.6 million square feet.', '我們簽訂了 160 萬平方英尺的租約。'), []);
    assert.deepEqual(check('We signed leases on 1.6 million square feet.', '我們簽訂了 160 萬平方公尺的租約。'), ['figure-mismatch 1.6 million square feet|160 萬平方公尺']);
  });

  it('compares versions and trial phases by their exact code', () => {
    assert.deepEqual(check('Adoption of version 4.2 reached 63% of tenants.', '4.2 版的採用率達租戶的 63%。'), []);
    assert.deepEqual(check('Adoption of version 4.2 reached 63% of tenants.', '4.1 版的採用率達租戶的 63%。'), ['figure-mismatch 4.2|4.1']);
    assert.deepEqual(check('The Phase 2b readout is due in the first quarter.', '2b 期試驗結果預計在第一季公布。'), []);
    assert.deepEqual(check('The Phase 2b readout is due in the first quarter.', '3 期試驗結果預計在第一季公布。'), ['figure-mismatch 2b|3']);
    // Instalments are no phase.
    assert.deepEqual(check('The price is paid in 3 instalments.', '價款分 3 期支付。').filter((f) => f.startsWith('figure-mismatch')), []);
  });

  it('reads Swiss francs, reais, Mexican pesos, rand and Singapore dollars, and reports another currency', () => {
    assert.deepEqual(check('Group sales were CHF 58.7 billion.', '集團銷售額為 587 億瑞士法郎。'), []);
    assert.deepEqual(check('Group sales were CHF 58.7 billion.', '集團銷售額為 587 億美元。'), ['figure-mismatch CHF 58.7 billion|587 億美元']);
    assert.deepEqual(check('Revenue was R$7.9 billion.', '營收為 79 億雷亞爾。'), []);
    assert.deepEqual(check('Revenue was R$7.9 billion.', '營收為 79 億美元。'), ['figure-mismatch R$7.9 billion|79 億美元']);
    assert.deepEqual(check('Revenue was 187 billion Mexican pesos.', '營收為 1,870 億墨西哥披索。'), []);
    assert.deepEqual(check('Free cash flow was 12.3 billion rand.', '自由現金流為 123 億蘭特。'), []);
    // `R` glued to a scaled amount is the rand; `R2` alone stays a name.
    assert.deepEqual(check('Free cash flow was R12.3 billion.', '自由現金流為 123 億蘭特。'), []);
    assert.deepEqual(check('Free cash flow was R12.3 billion.', '自由現金流為 123 億美元。'), ['figure-mismatch R12.3 billion|123 億美元']);
    assert.deepEqual(check('The R2 robot sold 3,000 units.', 'R2 機器人售出 3,000 台。'), []);
    assert.deepEqual(check('Revenue was S$1.2 billion.', '營收為 12 億新加坡元。'), []);
  });

  it('reports a per-share amount written with no share anywhere in the translation', () => {
    assert.deepEqual(check('We paid a dividend of $0.94 per share.', '我們支付了 0.94 美元的股利。'), ['figure-mismatch $0.94 per share|0.94 美元']);
    assert.deepEqual(check('We paid a dividend of $0.94 per share.', '我們支付了每股 0.94 美元的股利。'), []);
    assert.deepEqual(check('Diluted EPS was $1.23 per share.', '攤薄 EPS 為 1.23 美元。'), []);
    assert.deepEqual(check('We paid a dividend of $0.94 per share.', '我們派息 0.94 美元/股。'), []);
  });
});
