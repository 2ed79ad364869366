// Plain-text files for the language auto-detection, shared by its unit tests and the real-VS-Code
// suite: bilingual texts that must switch to the transcript mode, and texts that must not. All made up.

/** One speaker, named once: a shareholder update read by the CEO. Line 8 states revenue as 8,240 萬 (it is 8,420 萬). */
export const ONE_SPEAKER = [
  'Northwind Robotics Second Quarter 2025 Shareholder Update',
  'Northwind Robotics 2025 年第二季股東報告',
  '',
  'Maria Chen -- Chief Executive Officer',
  'Maria Chen -- 首席執行官',
  '',
  'Revenue for the quarter was $84.2 million, up 18% from a year ago.',
  '本季營收為 8,240 萬美元,比去年同期成長 18%。',
  '',
  'Gross margin improved to 41%, helped by lower component costs in our warehouse robots.',
  '毛利率提升至 41%,主要受惠於倉儲機器人零件成本下降。',
  '',
  'We shipped more than 1,200 units to customers in Europe and Asia during the quarter.',
  '本季我們向歐洲和亞洲的客戶出貨超過 1,200 台。',
  '',
  'For the full year, we now expect revenue between $340 million and $350 million.',
  '我們現在預計全年營收介於 3.4 億美元至 3.5 億美元之間。',
  '',
  'Thank you for your continued support, and we look forward to speaking with you next quarter.',
  '感謝各位一直以來的支持,我們期待下一季再與各位交流。',
  '',
].join('\n');
export const ONE_SPEAKER_ERROR_LINE = 8;

/** No speaker at all: a press release in Simplified Chinese. Line 7 states operating income as 1.34 亿 (it is 1.43 亿). */
export const NO_SPEAKER = [
  'Harbor Lane Foods Reports Record Third Quarter Results',
  '港湾巷食品公布创纪录的第三季度业绩',
  '',
  'Harbor Lane Foods today reported net sales of $1.25 billion for the third quarter, an increase of 9% over the prior year.',
  '港湾巷食品今天公布第三季度净销售额为 12.5 亿美元,比上年增长 9%。',
  '',
  'Operating income rose to $143 million, and the operating margin expanded by 80 basis points.',
  '营业利润增至 1.34 亿美元,营业利润率扩大 80 个基点。',
  '',
  'The company opened 14 new stores during the quarter and now operates 312 stores in 11 states.',
  '公司本季度新开 14 家门店,目前在 11 个州经营 312 家门店。',
  '',
  'The board declared a quarterly dividend of $0.42 per share, payable on December 15.',
  '董事会宣布每股派发 0.42 美元的季度股息,将于 12 月 15 日支付。',
  '',
].join('\n');
export const NO_SPEAKER_ERROR_LINE = 8;

/** A memo in English only. */
export const PLAIN_ENGLISH = [
  'Team offsite planning notes',
  '',
  'We will meet at the lakeside lodge on the second Friday of next month. The bus leaves the office at eight.',
  '',
  'Please send your dietary needs to Grace by the end of the week, so that the kitchen can plan the meals.',
  '',
  'The agenda covers the product roadmap, the hiring plan for the second half, and a long walk in the afternoon.',
  '',
  'Bring warm clothes: the evenings by the lake are cold, even in early summer.',
  '',
].join('\n');

/** An essay in Traditional Chinese only. */
export const PLAIN_CHINESE = [
  '城市裡的早市',
  '',
  '每天清晨五點,巷口的早市就熱鬧起來。賣菜的阿姨把青菜排得整整齊齊,魚攤的老闆忙著刮鱗。',
  '',
  '我最喜歡的是轉角那家豆漿店,熱豆漿配上剛炸好的油條,是多年不變的早餐。',
  '',
  '早市在八點前就收攤了,街道又恢復了平日的安靜,只剩下幾片菜葉留在路邊。',
  '',
].join('\n');

/** The bytes of `text` in a two-byte legacy encoding, from the inverse of Node's own decoder (ASCII as is). */
export function legacyBytes(text: string, encoding: 'big5' | 'gb18030'): Uint8Array {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const codes = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail]);
      } catch {
        // Not a character of this encoding.
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = codes.get(char);
      if (!pair) throw new Error(`${char} has no ${encoding} code`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
