import { strict as assert } from 'assert';
import { analyze } from '../../../src/analysis/analyze';
import { allTurns } from '../../../src/analysis/model';
import { looksLikeTranscript, unreadableLines } from '../../../src/analysis/parse/detect';
import { legacyBytes, NO_SPEAKER, NO_SPEAKER_ERROR_LINE, ONE_SPEAKER, ONE_SPEAKER_ERROR_LINE, PLAIN_CHINESE, PLAIN_ENGLISH } from '../../e2e/bilingualFixtures';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../../support/helpers';

/** English paragraphs each followed by its translation, with no speaker and no blank line: a sentence a line. */
const SENTENCE_A_LINE = [
  'Good morning, and thank you for joining our annual meeting.',
  '早上好,感谢各位参加我们的年度会议。',
  'This year we opened our first factory outside the country.',
  '今年我们在国外开设了第一家工厂。',
  'Our customers now include three of the five largest carmakers.',
  '我们的客户现在包括五大汽车制造商中的三家。',
  'We will keep investing in research and in our people.',
  '我们将继续投资于研发和员工。',
].join('\n');

/** English and its translation on one line, no speakers. */
const SAME_LINE = [
  'The museum reopens on Saturday after two years of work. 博物館經過兩年的整修,將於週六重新開放。',
  '',
  'The new wing shows paintings from the family collection. 新的展廳展出家族收藏的畫作。',
  '',
  'Tickets are free for children under twelve years old. 十二歲以下兒童免費入場。',
].join('\n');

const NEGATIVES: Record<string, string> = {
  'plain English': PLAIN_ENGLISH,
  'plain Chinese': PLAIN_CHINESE,
  'plain Simplified Chinese': '年度总结\n\n今年我们完成了三个重要项目,团队也扩大了一倍。\n\n明年我们会继续专注在客户体验上,并开拓新的市场。\n\n感谢每一位同事的努力。\n',
  'English with a few Chinese words': [
    'A guide to dumplings',
    '',
    'The word for dumpling, 餃子, covers many shapes. In Shanghai people queue for 小籠包, soup dumplings with a thin skin.',
    '',
    'Northern cooks fold them by hand for the new year; the family sits together and each person makes a dozen.',
    '',
    'In the south, 蝦餃 with shrimp are a favourite at dim sum, served in bamboo baskets with hot tea.',
    '',
    'Whatever the shape, the filling matters most: pork and cabbage, chives and egg, or mushrooms for vegetarians.',
  ].join('\n'),
  'English with one Chinese line and its gloss': [
    'Notes from my first week in Taipei',
    '',
    'The night markets open late and close even later. I tried stinky tofu and did not regret it.',
    '',
    'My landlord wrote a proverb on a card and left it on my desk:',
    '一步一腳印,慢慢來比較快。',
    '',
    'He told me it means that steady small steps get you further than hurrying, which suits my pace of learning.',
    '',
    'Next week I start language classes twice a week, in the mornings before work.',
  ].join('\n'),
  'Chinese text quoting English names and a title': [
    '新書介紹',
    '',
    '作者 Maria Chen 在新書 Robots in the Warehouse 中,描述了自動化如何改變物流業。',
    '',
    '她在訪談中提到:',
    'Automation does not replace people; it changes what people do every day.',
    '自動化不會取代人,而是改變人們每天所做的事。',
    '',
    '書中訪問了來自 Amazon、DHL 與多家台灣物流公司的主管,並整理了十個案例。',
    '',
    '本書由 Northwind Press 出版,售價新台幣 450 元,各大書店均有販售。',
    '',
    '讀者普遍認為,這本書兼具深度與可讀性,適合對產業趨勢有興趣的人閱讀。',
  ].join('\n'),
  'a chat log with timestamps': [
    '[09:02] Daniel: morning! did the nightly build pass?',
    '[09:03] 陳怡君: 早安,昨晚的建置失敗了,我正在看日誌',
    '[09:03] Daniel: ugh, which step failed this time?',
    '[09:05] 陳怡君: 整合測試,好像是資料庫連線逾時',
    '[09:05] 陳怡君: 我重跑一次看看',
    '[09:06] Priya: I saw the same timeout on my branch yesterday, it went away after a retry',
    '[09:10] 陳怡君: 重跑之後通過了',
    '[09:11] Daniel: great, thanks for checking',
    '[09:11] 林志明: 午餐要不要一起訂便當?',
    '[09:12] Priya: count me in',
    '[09:12] Daniel: same here, no onions please',
    '[09:13] 林志明: 好,我十一點半統一下單',
  ].join('\n'),
  'a chat log with names only': [
    'Daniel: did anyone book the meeting room for the design review?',
    '陳怡君: 我訂了三樓的大會議室,下午兩點到四點',
    'Priya: perfect, I will bring the printed mockups',
    '林志明: 我可能會晚十分鐘到',
    'Daniel: no problem, we can start with the first section without you',
    '陳怡君: 記得帶筆電,投影機的線在我這裡',
    'Priya: thanks, see you all there',
    '林志明: 好的',
  ].join('\n'),
  'JavaScript with Chinese comments': [
    '// 計算每位客戶的總消費金額',
    'function totalSpend(orders) {',
    '  return orders.reduce((sum, order) => sum + order.amount, 0);',
    '}',
    '',
    '// 依照地區分組,回傳物件',
    'function groupByRegion(customers) {',
    '  const groups = {};',
    '  for (const customer of customers) {',
    '    // 沒有地區的客戶歸到「其他」',
    '    const region = customer.region || "other";',
    '    (groups[region] = groups[region] || []).push(customer);',
    '  }',
    '  return groups;',
    '}',
    '',
    '// 匯出給報表模組使用',
    'module.exports = { totalSpend, groupByRegion };',
  ].join('\n'),
  'Python with Chinese comments': [
    '# 讀取設定檔並回傳字典',
    'def load_settings(path):',
    '    with open(path, encoding="utf-8") as handle:',
    '        return json.load(handle)',
    '',
    '# 檢查必要的欄位是否存在',
    'def check_settings(settings):',
    '    for key in ("host", "port", "user"):',
    '        if key not in settings:',
    '            raise KeyError(key)  # 缺少欄位時直接報錯',
    '',
    '# 主程式',
    'if __name__ == "__main__":',
    '    print(check_settings(load_settings("settings.json")))',
  ].join('\n'),
  'a glossary of single words': ['revenue 營收', 'margin 利潤率', 'guidance 財測', 'dividend 股息', 'buyback 庫藏股', 'analyst 分析師', 'quarter 季度'].join('\n'),
  'an English article with two example sentences translated': [
    'Learning to order food in Mandarin',
    '',
    'The first phrase most visitors learn is how to ask for the menu when they sit down.',
    'Could we see the menu, please?',
    '可以給我們看一下菜單嗎?',
    '',
    'Then comes the question every waiter expects before the food arrives at the table.',
    'What would you recommend for two people?',
    '你推薦兩個人吃什麼?',
    '',
    'After that, pointing at the pictures works surprisingly well for everything else.',
    '',
    'Paying is easy: most restaurants take cards, and the bill comes to the table.',
  ].join('\n'),
};

describe('auto-detection of bilingual text', () => {
  it('switches the seeds', () => {
    assert.ok(looksLikeTranscript(readSeed(SEED_BULLETED)));
    assert.ok(looksLikeTranscript(readSeed(SEED_INTERLEAVED)));
  });

  it('switches a one-speaker file, and the analysis finds its turn and its wrong figure', () => {
    assert.ok(looksLikeTranscript(ONE_SPEAKER));
    const analysis = analyze(ONE_SPEAKER);
    assert.deepEqual(allTurns(analysis.transcript).map((turn) => turn.speaker.name), ['Maria Chen']);
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'figure-mismatch').map((f) => f.range.start.line + 1), [ONE_SPEAKER_ERROR_LINE]);
  });

  it('switches a file with no speaker, and the analysis finds its wrong figure', () => {
    assert.ok(looksLikeTranscript(NO_SPEAKER));
    const analysis = analyze(NO_SPEAKER);
    assert.equal(allTurns(analysis.transcript).length, 0);
    assert.deepEqual(analysis.findings.filter((f) => f.code === 'figure-mismatch').map((f) => f.range.start.line + 1), [NO_SPEAKER_ERROR_LINE]);
  });

  it('switches text written a sentence a line, and text with both languages on one line', () => {
    assert.ok(looksLikeTranscript(SENTENCE_A_LINE));
    assert.ok(looksLikeTranscript(SAME_LINE));
  });

  it('switches with CRLF and lone CR line endings and a byte-order mark', () => {
    assert.ok(looksLikeTranscript(NO_SPEAKER.replace(/\n/g, '\r\n')));
    assert.ok(looksLikeTranscript(ONE_SPEAKER.replace(/\n/g, '\r')));
    assert.ok(looksLikeTranscript('\ufeff' + NO_SPEAKER));
  });

  for (const [name, text] of Object.entries(NEGATIVES)) {
    it(`leaves ${name} alone`, () => assert.ok(!looksLikeTranscript(text)));
  }

  it('needs three translated paragraphs: two are not enough', () => {
    const paragraphs = NO_SPEAKER.split('\n\n');
    assert.ok(!looksLikeTranscript(paragraphs.slice(1, 3).join('\n\n')));
    assert.ok(looksLikeTranscript(paragraphs.slice(1, 4).join('\n\n')));
  });

  it('leaves empty, whitespace and one-language text alone', () => {
    for (const text of ['', ' \n\t\n\u3000', 'Operator: hello\nJane Doe: hi\nOperator: bye\nJane Doe: bye', '這是一段中文。\n\n沒有英文。']) assert.ok(!looksLikeTranscript(text), JSON.stringify(text));
  });

  it('reads only the first 64 KB: pairs after a long English preface do not count', () => {
    const preface = `${PLAIN_ENGLISH}\n`.repeat(Math.ceil(70_000 / PLAIN_ENGLISH.length));
    assert.ok(!looksLikeTranscript(preface + NO_SPEAKER));
    assert.ok(looksLikeTranscript(NO_SPEAKER + '\n' + preface.slice(0, 200)));
  });

  it('reads the first 64 KB of a longer file whatever its line endings', () => {
    const long = `${NO_SPEAKER}\n`.repeat(Math.ceil(70_000 / NO_SPEAKER.length));
    for (const ending of ['\n', '\r\n', '\r']) assert.ok(looksLikeTranscript(long.replace(/\n/g, ending)), JSON.stringify(ending));
  });
});

describe('a transcript opened in the wrong encoding', () => {
  const asUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

  it('GB18030 or Big5 read as UTF-8: the Chinese lines are unreadable beside readable English', () => {
    const gb = asUtf8(legacyBytes(NO_SPEAKER, 'gb18030'));
    assert.equal(unreadableLines(gb), 5, 'the title and four translations');
    assert.equal(looksLikeTranscript(gb), false, 'why the notice is needed: the file no longer reads as bilingual');
    assert.ok(unreadableLines(asUtf8(legacyBytes(ONE_SPEAKER, 'big5'))) >= 3, 'Traditional Chinese in Big5');
  });

  it('files read rightly, with a stray bad byte, or with no English are left alone', () => {
    assert.equal(unreadableLines(NO_SPEAKER), 0);
    assert.equal(unreadableLines(readSeed(SEED_INTERLEAVED)), 0);
    assert.equal(unreadableLines(NO_SPEAKER.replace('9%', '9\uFFFD\uFFFD\uFFFD%')), 0, 'one bad line is not a wrong encoding');
    assert.equal(unreadableLines(asUtf8(legacyBytes(PLAIN_CHINESE, 'gb18030'))), 0, 'Chinese alone: nothing to show it is a transcript');
    assert.equal(unreadableLines(''), 0);
  });
});

