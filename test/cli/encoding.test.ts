// Reading transcript files in the encodings users bring: byte-order marks, UTF-16 without one, and the
// legacy encodings guessed (Windows-1252, GB18030, Big5), through the decoder and through the whole CLI.
// The legacy bytes are literals produced from the texts below with Python's codecs, and each test first
// checks them against the platform's own decoder, so a wrong literal fails rather than passes.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { chineseScore, latinBytesPlausible, readLegacy } from '../../src/cli/encoding';
import { decodeTranscript, decodeTranscriptFile, InputError } from '../../src/cli/input';
import { CheckSchema, MetricsSchema, OutlineSchema, run, scratchFolder } from '../support/cli';

const { tempDir, tempFile } = scratchFolder('transcript-review-encoding-');

const hex = (digits: string): Uint8Array => Uint8Array.from(Buffer.from(digits, 'hex'));

/** A short bilingual call in Traditional Chinese, with a wrong figure ($308.5 million written 3.85 億美元). */
const TRADITIONAL = `Prepared Remarks: 準備發言:

Operator 接線員

Good day, and welcome to the Northwind Robotics third-quarter 2024 earnings call. I would now like to turn the call over to Dana Whitfield.
您好，歡迎參加 Northwind Robotics 2024 年第三季財報電話會議。現在請主持人黛娜‧惠特菲爾德發言。

Dana Whitfield -- Chief Financial Officer 黛娜‧惠特菲爾德 -- 財務長

Thank you. Revenue was $308.5 million, up 32% year over year, and gross margin reached 72.4%.
謝謝。營收為 3.85 億美元，年增 32%，毛利率達到 72.4%。

We expect fiscal 2025 revenue of $1.2 billion to $1.25 billion, and we will keep investing in our people.
我們預計 2025 財年營收將介於 12 億美元至 12.5 億美元之間，我們也將繼續投資於員工。
`;

/** The same call in Simplified Chinese. */
const SIMPLIFIED = `Prepared Remarks: 准备发言:

Operator 接线员

Good day, and welcome to the Northwind Robotics third-quarter 2024 earnings call. I would now like to turn the call over to Dana Whitfield.
您好，欢迎参加 Northwind Robotics 2024 年第三季度财报电话会议。现在请主持人黛娜·惠特菲尔德发言。

Dana Whitfield -- Chief Financial Officer 黛娜·惠特菲尔德 -- 首席财务官

Thank you. Revenue was $308.5 million, up 32% year over year, and gross margin reached 72.4%.
谢谢。营收为 3.85 亿美元，同比增长 32%，毛利率达到 72.4%。

We expect fiscal 2025 revenue of $1.2 billion to $1.25 billion, and we will keep investing in our people.
我们预计 2025 财年营收将介于 12 亿美元至 12.5 亿美元之间，我们也将继续投资于员工。
`;

/** An English call as Seeking Alpha pages are saved on Windows: curly quotes, dashes, accents, an ellipsis. */
const LATIN = `Northwind Robotics, Inc. (NWR) Q3 2024 Earnings Call Transcript

Company Participants

Jos\u00e9 \u00c1lvarez \u2013 Chief Executive Officer
Ren\u00e9e M\u00fcller \u2013 Chief Financial Officer

Operator

Good day, and welcome to Northwind\u2019s third-quarter earnings call. I would now like to turn the call over to Jos\u00e9 \u00c1lvarez.

Jos\u00e9 \u00c1lvarez

Thank you. Revenue was $308.5 million, up 32% \u2014 our \u201cbest quarter ever\u201d \u2026 and our caf\u00e9 robots now ship to Z\u00fcrich.

Ren\u00e9e M\u00fcller

We expect fiscal 2025 revenue of $1.2 billion to $1.25 billion, with \u20ac40 million from Europe.
`;

/** Windows-1252's bytes for the punctuation it puts at 0x80–0x9F (Python's cp1252 codec); Latin-1 letters are their own code points. */
const WINDOWS_1252_PUNCTUATION: Readonly<Record<string, number>> = { '\u20ac': 0x80, '\u2026': 0x85, '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97 };

function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const byte = WINDOWS_1252_PUNCTUATION[char];
    if (byte === undefined) throw new Error(`no Windows-1252 byte for U+${code.toString(16)}`);
    return byte;
  }));
}

const utf16le = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'utf16le').swap16());
const withBom = (bom: number[], bytes: Uint8Array): Uint8Array => Uint8Array.from([...bom, ...bytes]);

/** TRADITIONAL in Big5, from Python's cp950 codec. */
const TRADITIONAL_BIG5 = hex(
  '50726570617265642052656d61726b733a20b7c7b3c6b56fa8a53a0a0a4f70657261746f7220b1b5bd75adfb0a0a476f6f64206461792c20' +
  '616e642077656c636f6d6520746f20746865204e6f72746877696e6420526f626f746963732074686972642d717561727465722032303234' +
  '206561726e696e67732063616c6c2e204920776f756c64206e6f77206c696b6520746f207475726e207468652063616c6c206f7665722074' +
  '6f2044616e6120576869746669656c642e0ab17aa66ea141c577aaefb0d1a55b204e6f72746877696e6420526f626f746963732032303234' +
  '20a67eb2c4a454a975b05db3f8b971b8dcb77cc4b3a143b27ba662bdd0a544abf9a448c24cae52a145b466af53b5e1bab8bc77b56fa8a5a1' +
  '430a0a44616e6120576869746669656c64202d2d2043686965662046696e616e6369616c204f66666963657220c24cae52a145b466af53b5' +
  'e1bab8bc77202d2d20b05db0c8aaf80a0a5468616e6b20796f752e20526576656e75652077617320243330382e35206d696c6c696f6e2c20' +
  '7570203332252079656172206f76657220796561722c20616e642067726f7373206d617267696e20726561636865642037322e34252e0ac1' +
  'c2c1c2a143c0e7a6acacb020332e383520bbf5acfca4b8a141a67ebc5720333225a141a4f2a751b276b946a8ec2037322e3425a1430a0a57' +
  '65206578706563742066697363616c203230323520726576656e7565206f662024312e322062696c6c696f6e20746f2024312e3235206269' +
  '6c6c696f6e2c20616e642077652077696c6c206b65657020696e76657374696e6720696e206f75722070656f706c652e0aa7daadccb977ad' +
  '70203230323520b05da67ec0e7a6acb14ea4b6a9f320313220bbf5acfca4b8a6dc2031322e3520bbf5acfca4b8a4a7b6a1a141a7daadcca4' +
  '5db14ec47ec4f2a7ebb8eaa9f3adfba475a1430a',
);
/** SIMPLIFIED in GB18030, from Python's gb18030 codec. */
const SIMPLIFIED_GB18030 = hex(
  '50726570617265642052656d61726b733a20d7bcb1b8b7a2d1d43a0a0a4f70657261746f7220bdd3cfdfd4b10a0a476f6f64206461792c20' +
  '616e642077656c636f6d6520746f20746865204e6f72746877696e6420526f626f746963732074686972642d717561727465722032303234' +
  '206561726e696e67732063616c6c2e204920776f756c64206e6f77206c696b6520746f207475726e207468652063616c6c206f7665722074' +
  '6f2044616e6120576869746669656c642e0ac4fabac3a3acbbb6d3adb2cebcd3204e6f72746877696e6420526f626f746963732032303234' +
  '20c4eab5dac8fdbcbeb6c8b2c6b1a8b5e7bbb0bbe1d2e9a1a3cfd6d4dac7ebd6f7b3d6c8cbf7ecc4c8a1a4bbddccd8b7c6b6fbb5c2b7a2d1' +
  'd4a1a30a0a44616e6120576869746669656c64202d2d2043686965662046696e616e6369616c204f66666963657220f7ecc4c8a1a4bbddcc' +
  'd8b7c6b6fbb5c2202d2d20cad7cfafb2c6cef1b9d90a0a5468616e6b20796f752e20526576656e75652077617320243330382e35206d696c' +
  '6c696f6e2c207570203332252079656172206f76657220796561722c20616e642067726f7373206d617267696e2072656163686564203732' +
  '2e34252e0ad0bbd0bba1a3d3aacad5ceaa20332e383520d2dac3c0d4aaa3accdacb1c8d4f6b3a420333225a3acc3abc0fbc2cab4efb5bd20' +
  '37322e3425a1a30a0a5765206578706563742066697363616c203230323520726576656e7565206f662024312e322062696c6c696f6e2074' +
  '6f2024312e32352062696c6c696f6e2c20616e642077652077696c6c206b65657020696e76657374696e6720696e206f75722070656f706c' +
  '652e0aced2c3c7d4a4bcc6203230323520b2c6c4ead3aacad5bdabbde9d3da20313220d2dac3c0d4aad6c12031322e3520d2dac3c0d4aad6' +
  'aebce4a3acced2c3c7d2b2bdabbcccd0f8cdb6d7cad3dad4b1b9a4a1a30a',
);
/** TRADITIONAL in GB18030 (GBK holds Traditional characters too), from Python's gb18030 codec. */
const TRADITIONAL_GB18030 = hex(
  '50726570617265642052656d61726b733a209cca82e4b06cd1d43a0a0a4f70657261746f7220bdd3be8086540a0a476f6f64206461792c20' +
  '616e642077656c636f6d6520746f20746865204e6f72746877696e6420526f626f746963732074686972642d717561727465722032303234' +
  '206561726e696e67732063616c6c2e204920776f756c64206e6f77206c696b6520746f207475726e207468652063616c6c206f7665722074' +
  '6f2044616e6120576869746669656c642e0ac4fabac3a3ac9a67d3ad85a2bcd3204e6f72746877696e6420526f626f746963732032303234' +
  '20c4eab5dac8fdbcbed89488f3eb8ad49295fed768a1a3ac46d4dad588d6f7b3d6c8cbf7ecc4c88136a634bbddccd8b7c6a096b5c2b06cd1' +
  'd4a1a30a0a44616e6120576869746669656c64202d2d2043686965662046696e616e6369616c204f66666963657220f7ecc4c88136a634bb' +
  'ddccd8b7c6a096b5c2202d2d20d89484d5e94c0a0a5468616e6b20796f752e20526576656e75652077617320243330382e35206d696c6c69' +
  '6f6e2c207570203332252079656172206f76657220796561722c20616e642067726f7373206d617267696e20726561636865642037322e34' +
  '252e0ad678d678a1a3a049cad59ee920332e383520837cc3c0d4aaa3acc4ead4f620333225a3acc3abc0fbc2cadf5fb5bd2037322e3425a1' +
  'a30a0a5765206578706563742066697363616c203230323520726576656e7565206f662024312e322062696c6c696f6e20746f2024312e32' +
  '352062696c6c696f6e2c20616e642077652077696c6c206b65657020696e76657374696e6720696e206f75722070656f706c652e0aced282' +
  '83ee41d38b203230323520d894c4eaa049cad58ca2bde9ecb620313220837cc3c0d4aad6c12031322e3520837cc3c0d4aad6aee967a3acce' +
  'd28283d2b28ca2c05ec06dcdb6d959ecb68654b9a4a1a30a',
);

/** 中文 營收 美元 in Big5 and in GBK: the shortest samples, as in the bad-input catalogue. */
const SHORT_BIG5 = hex('a4a4a4e520c0e7a6ac20acfca4b80a');
const SHORT_GBK = hex('d6d0cec420d3aacad520c3c0d4aa0a');

const decoded = (bytes: Uint8Array, encoding?: string) => decodeTranscriptFile(bytes, 'call.txt', encoding);

describe('decoding transcript files', () => {
  it('the legacy literals are what the platform decoders make of the texts', () => {
    assert.equal(new TextDecoder('big5').decode(TRADITIONAL_BIG5), TRADITIONAL);
    assert.equal(new TextDecoder('gb18030').decode(SIMPLIFIED_GB18030), SIMPLIFIED);
    assert.equal(new TextDecoder('gb18030').decode(TRADITIONAL_GB18030), TRADITIONAL);
    assert.equal(new TextDecoder('big5').decode(SHORT_BIG5), '中文 營收 美元\n');
    assert.equal(new TextDecoder('gbk').decode(SHORT_GBK), '中文 营收 美元\n');
  });

  it('Windows-1252 (a Seeking Alpha page saved on Windows) is guessed, curly quotes, dashes and accents intact', () => {
    assert.deepEqual(decoded(windows1252(LATIN)), { text: LATIN, encoding: 'windows-1252', source: 'guess' });
  });

  it("every Windows-1252 byte from 0x80 to 0x9F reads as Python's cp1252 codec reads it (Node 20's own decoder gives C1 controls)", () => {
    // Python's cp1252 for 0x80–0x9F; its five undefined bytes keep their C1 code point, as the WHATWG index says.
    const expected = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
      0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];
    const bytes = Uint8Array.from(expected.map((_, i) => 0x80 + i));
    const { text } = decoded(bytes, 'windows-1252');
    assert.deepEqual([...text].map((char) => char.codePointAt(0)), expected);
  });

  it('GB18030 is guessed for Simplified Chinese, and for Traditional Chinese saved as GBK', () => {
    assert.deepEqual(decoded(SIMPLIFIED_GB18030), { text: SIMPLIFIED, encoding: 'gb18030', source: 'guess' });
    assert.deepEqual(decoded(TRADITIONAL_GB18030), { text: TRADITIONAL, encoding: 'gb18030', source: 'guess' });
    assert.deepEqual(decoded(SHORT_GBK), { text: '中文 营收 美元\n', encoding: 'gb18030', source: 'guess' });
  });

  it('Big5 is guessed for Traditional Chinese, however short', () => {
    assert.deepEqual(decoded(TRADITIONAL_BIG5), { text: TRADITIONAL, encoding: 'big5', source: 'guess' });
    assert.deepEqual(decoded(SHORT_BIG5), { text: '中文 營收 美元\n', encoding: 'big5', source: 'guess' });
  });

  it("Big5 and GB18030 bytes read as each other's encoding are not plausible Chinese; rightly read, they are", () => {
    assert.equal(chineseScore(new TextDecoder('gb18030').decode(TRADITIONAL_BIG5)), null);
    assert.equal(chineseScore(new TextDecoder('big5').decode(SIMPLIFIED_GB18030)), null);
    assert.equal(chineseScore(new TextDecoder('big5').decode(TRADITIONAL_GB18030)), null);
    for (const text of [TRADITIONAL, SIMPLIFIED]) assert.ok((chineseScore(text) ?? 0) >= 0.15, text);
    // Chinese bytes read as Windows-1252 come in long runs of accented letters and signs.
    for (const bytes of [TRADITIONAL_BIG5, SIMPLIFIED_GB18030, SHORT_BIG5]) assert.equal(latinBytesPlausible(bytes), false);
    assert.equal(latinBytesPlausible(windows1252(LATIN)), true);
    // The five bytes Windows-1252 leaves undefined never occur in it.
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) assert.equal(latinBytesPlausible(Uint8Array.from([0x43, 0x61, 0x66, byte, 0x20])), false, byte.toString(16));
    assert.equal(latinBytesPlausible(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20])), true);
  });

  it('between GB18030 and Big5 readings that both look Chinese, the one richer in common characters wins, whatever the ranking', () => {
    // 场计的 in GB18030; as Big5 the same bytes read 部數 and a rare character: both plausible, one likelier.
    const bytes = Uint8Array.from([...Buffer.from('Revenue ', 'latin1'), 0xb3, 0xa1, 0xbc, 0xc6, 0xb5, 0xc4, 0x0a]);
    assert.equal(new TextDecoder('gb18030').decode(bytes), 'Revenue 场计的\n');
    assert.ok(chineseScore(new TextDecoder('big5').decode(bytes)) !== null);
    // 政家是 in Big5; as GB18030 the same bytes read 現產 and a rare character.
    const big5 = Uint8Array.from([...Buffer.from('Revenue ', 'latin1'), 0xac, 0x46, 0xae, 0x61, 0xac, 0x4f, 0x0a]);
    assert.equal(new TextDecoder('big5').decode(big5), 'Revenue 政家是\n');
    assert.ok(chineseScore(new TextDecoder('gb18030').decode(big5)) !== null);
    for (const ranking of [['big5', 'gb18030'], ['gb18030', 'big5'], []] as const) {
      assert.deepEqual(readLegacy(bytes, ranking), { text: 'Revenue 场计的\n', encoding: 'gb18030', source: 'guess' }, ranking.join());
      assert.deepEqual(readLegacy(big5, ranking), { text: 'Revenue 政家是\n', encoding: 'big5', source: 'guess' }, ranking.join());
    }
    // The ranking decides between Latin and Chinese readings, which are never both plausible in practice.
    assert.equal((readLegacy(windows1252(LATIN), ['big5', 'gb18030']) as { encoding: string }).encoding, 'windows-1252');
  });

  it('UTF-16 with a byte-order mark, little- or big-endian, is read whole', () => {
    assert.deepEqual(decoded(withBom([0xff, 0xfe], utf16le(TRADITIONAL))), { text: TRADITIONAL, encoding: 'utf-16le', source: 'bom' });
    assert.deepEqual(decoded(withBom([0xfe, 0xff], utf16be(TRADITIONAL))), { text: TRADITIONAL, encoding: 'utf-16be', source: 'bom' });
  });

  it('UTF-16 without a byte-order mark is told by its zero bytes, Chinese in the first line and full-width spaces included', () => {
    // U+3000 puts a zero byte on the other side of each pair than ASCII does.
    const spaced = TRADITIONAL.replace(/\n謝謝。/, '\n\u3000\u3000謝謝。');
    assert.deepEqual(decoded(utf16le(spaced)), { text: spaced, encoding: 'utf-16le', source: 'guess' });
    assert.deepEqual(decoded(utf16be(spaced)), { text: spaced, encoding: 'utf-16be', source: 'guess' });
    assert.deepEqual(decoded(utf16le(LATIN)), { text: LATIN, encoding: 'utf-16le', source: 'guess' });
  });

  it('UTF-8 with a byte-order mark is read without the mark', () => {
    const bytes = withBom([0xef, 0xbb, 0xbf], Buffer.from(SIMPLIFIED, 'utf8'));
    assert.deepEqual(decoded(bytes), { text: SIMPLIFIED, encoding: 'utf-8', source: 'bom' });
    assert.throws(() => decoded(withBom([0xef, 0xbb, 0xbf], TRADITIONAL_BIG5)), /call\.txt: not valid UTF-8, though it starts with a UTF-8 byte-order mark/);
  });

  it('--encoding forces any label TextDecoder accepts, and refuses bytes that are not valid in it', () => {
    assert.deepEqual(decoded(TRADITIONAL_BIG5, 'big5'), { text: TRADITIONAL, encoding: 'big5', source: 'forced' });
    assert.deepEqual(decoded(windows1252(LATIN), 'latin1'), { text: LATIN, encoding: 'windows-1252', source: 'forced' });
    assert.deepEqual(decoded(utf16le(SIMPLIFIED), 'UTF-16'), { text: SIMPLIFIED, encoding: 'utf-16le', source: 'forced' });
    assert.throws(() => decoded(TRADITIONAL_BIG5, 'utf-8'), (error: Error) => error instanceof InputError && /^call\.txt: not valid utf-8 \(/.test(error.message));
    assert.throws(() => decoded(TRADITIONAL_BIG5, 'klingon'), /unknown encoding "klingon"/);
  });

  it('binary data and text no encoding reads cleanly are refused, never decoded into something else', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    assert.throws(() => decoded(zip), /call\.txt: binary file/);
    // Bytes with no NUL and no structure: what a compressed file looks like.
    let seed = 7;
    const noise = Uint8Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 255) + 1);
    assert.throws(() => decoded(noise), /call\.txt: not UTF-8, and not recognisably Windows-1252, GB18030 or Big5/);
    // UTF-8 Chinese with one stray byte: neither UTF-8 nor any legacy encoding reads it cleanly.
    const utf8 = Buffer.from(TRADITIONAL, 'utf8');
    const damaged = Uint8Array.from([...utf8.subarray(0, 300), 0xff, ...utf8.subarray(300)]);
    assert.throws(() => decoded(damaged), /not recognisably/);
    // A few NUL bytes in UTF-8 text are not UTF-16.
    assert.throws(() => decoded(Uint8Array.from(Buffer.from('Operator\n\0Thank you.\0\n', 'utf8'))), /binary file/);
    assert.throws(() => decoded(withBom([0xef, 0xbb, 0xbf], Buffer.from('Operator\n\0\0\n', 'utf8'))), /binary file/);
  });

  it('Korean (EUC-KR) and Japanese (Shift_JIS) text is refused rather than read as Chinese: its bytes are valid GB18030, its characters are not', () => {
    // 삼성전자는 3분기 매출이 79조 원으로 … and 当社の第3四半期の売上高は … (Python's euc_kr and shift_jis codecs).
    const korean = hex('bbefbcbac0fcc0dab4c22033bad0b1e220b8c5c3e2c0cc203739c1b620bff8c0b8b7ce20c0fcb3e220b4ebbaf12031372520c1f5b0a1c7dfb4d9b0ed20b9e0c7fbbdc0b4cfb4d92e20bfb5bef7c0ccc0cdc0ba2039c1b62031c3b5beef20bff8c0d4b4cfb4d92e0a');
    const japanese = hex('93968ed082cc91e6338e6c94bc8afa82cc94848fe38d8282cd914f944e93af8afa94e482c5313725919d89c182b5814189638bc69798897682cd3931303089ad897e82c682c882e882dc82b582bd814282a082e882aa82c682a482b282b482a282dc82b781420a');
    assert.ok(new TextDecoder('euc-kr').decode(korean).startsWith('삼성전자는'));
    assert.ok(new TextDecoder('shift_jis').decode(japanese).startsWith('当社の第3四半期'));
    for (const bytes of [korean, japanese]) assert.throws(() => decoded(bytes), /not recognisably Windows-1252, GB18030 or Big5/);
    // Named, they are read.
    assert.equal(decoded(korean, 'euc-kr').text, new TextDecoder('euc-kr').decode(korean));
  });

  it('decodeTranscript gives the text alone, for scripts that read transcripts from their bytes', () => {
    assert.equal(decodeTranscript(TRADITIONAL_BIG5, 'call.txt'), TRADITIONAL);
    assert.equal(decodeTranscript(windows1252(LATIN), 'call.txt', 'windows-1252'), LATIN);
  });
});

/** The outline JSON without the fields that name the file and its encoding. */
function outlineBody(out: string): unknown {
  const { file: _file, encoding: _encoding, ...outline } = OutlineSchema.parse(JSON.parse(out));
  return outline;
}

describe('the CLI on files in other encodings', function () {
  this.timeout(60_000);

  const cases = [
    { encoding: 'windows-1252', bytes: windows1252(LATIN), text: LATIN },
    { encoding: 'big5', bytes: TRADITIONAL_BIG5, text: TRADITIONAL },
    { encoding: 'gb18030', bytes: SIMPLIFIED_GB18030, text: SIMPLIFIED },
    { encoding: 'utf-16le', bytes: utf16le(TRADITIONAL), text: TRADITIONAL },
    { encoding: 'utf-16be', bytes: withBom([0xfe, 0xff], utf16be(SIMPLIFIED)), text: SIMPLIFIED },
  ];
  for (const { encoding, bytes, text } of cases) {
    it(`${encoding}: the same outline, findings and metrics as the UTF-8 file, with "encoding" in the JSON`, async () => {
      const [original, encoded] = [tempFile('call.txt', text), tempFile('call.txt', bytes)];
      const [outlineA, outlineB] = [await run(['outline', original, '--json']), await run(['outline', encoded, '--json'])];
      assert.equal(outlineB.code, 0, outlineB.err);
      assert.equal(outlineB.err, '');
      assert.equal(JSON.parse(outlineB.out).encoding, encoding);
      assert.equal(JSON.parse(outlineA.out).encoding, undefined);
      assert.deepEqual(outlineBody(outlineB.out), outlineBody(outlineA.out));
      assert.ok(OutlineSchema.parse(JSON.parse(outlineB.out)).sections.length > 0);

      const [checkA, checkB] = [await run(['check', original, '--json']), await run(['check', encoded, '--json'])];
      assert.equal(checkB.code, checkA.code);
      const parsedB = CheckSchema.parse(JSON.parse(checkB.out));
      assert.equal(parsedB.encoding, encoding);
      assert.deepEqual(parsedB.diagnostics, CheckSchema.parse(JSON.parse(checkA.out)).diagnostics);

      const metrics = await run(['metrics', encoded, '--json']);
      assert.equal(MetricsSchema.parse(JSON.parse(metrics.out)).encoding, encoding);
    });
  }

  it('the findings of a guessed file are printed as for UTF-8, with one note on standard error naming the guess', async () => {
    const [original, encoded] = [tempFile('call.txt', TRADITIONAL), tempFile('call.txt', TRADITIONAL_BIG5)];
    const [a, b] = [await run(['check', original]), await run(['check', encoded])];
    assert.equal(b.code, 1, 'the wrong figure is an error');
    assert.ok(a.out.includes('figure-mismatch'), a.out);
    assert.equal(b.out, a.out.split(original).join(encoded));
    assert.equal(b.err, `transcript-review: ${encoded}: read as big5 (a guess; --encoding NAME sets it)\n`);
    const inChinese = await run(['check', encoded, '--lang', 'zh-tw']);
    assert.equal(inChinese.err, `transcript-review: ${encoded}: 以 big5 讀取（推測結果；可用 --encoding NAME 指定）\n`);
  });

  it('--encoding NAME reads every file in that encoding, with no note', async () => {
    const [original, encoded] = [tempFile('call.txt', LATIN), tempFile('call.txt', windows1252(LATIN))];
    const expected = outlineBody((await run(['outline', original, '--json'])).out);
    for (const args of [['--encoding', 'windows-1252'], ['--encoding=cp1252']]) {
      const { code, out, err } = await run(['outline', encoded, '--json', ...args]);
      assert.equal(code, 0, err);
      assert.equal(err, '');
      assert.equal(JSON.parse(out).encoding, 'windows-1252');
      assert.deepEqual(outlineBody(out), expected);
    }
    const forced = await run(['outline', tempFile('call.txt', SIMPLIFIED_GB18030), '--encoding', 'GBK', '--json']);
    assert.equal(JSON.parse(forced.out).encoding, 'gbk');
  });

  it('an unknown --encoding is a usage error (exit 2), in the chosen language, before any file is read', async () => {
    const english = await run(['outline', tempFile('call.txt', TRADITIONAL), '--encoding', 'klingon']);
    assert.equal(english.code, 2);
    assert.equal(english.out, '');
    assert.ok(english.err.startsWith('transcript-review: unknown encoding "klingon": use a name such as utf-8, utf-16le, windows-1252, gb18030 or big5\n'), english.err);
    const chinese = await run(['check', '--encoding=klingon', '--lang', 'zh-cn']);
    assert.equal(chinese.code, 2);
    assert.ok(chinese.err.startsWith('transcript-review: 不支持的编码“klingon”'), chinese.err);
    const missing = await run(['outline', '--encoding']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--encoding needs a name/);
  });

  it('report --encoding NAME reads its files in that encoding', async () => {
    const encoded = tempFile('call.txt', TRADITIONAL_BIG5);
    const forced = await run(['report', encoded, '--encoding', 'big5', '--out', tempDir('reports-')]);
    assert.equal(forced.code, 0, forced.err);
    const wrong = await run(['report', encoded, '--encoding', 'utf-8', '--out', tempDir('reports-')]);
    assert.equal(wrong.code, 2, 'Big5 bytes are not UTF-8');
  });

  it('the help text shows --encoding', async () => {
    const { out } = await run(['--help']);
    assert.match(out, /\[--encoding NAME\]/);
    assert.match(out, /guessed among Windows-1252, GB18030 and Big5/);
  });

  it('a file no encoding reads is refused with one line and exit 2; the other files are still read', async () => {
    const utf8 = Buffer.from(TRADITIONAL, 'utf8');
    const damaged = tempFile('damaged.txt', Uint8Array.from([...utf8.subarray(0, 300), 0xff, ...utf8.subarray(300)]));
    const good = tempFile('call.txt', TRADITIONAL_BIG5);
    const { code, out, err } = await run(['outline', damaged, good, '--json']);
    assert.equal(code, 2);
    assert.deepEqual(err.trimEnd().split('\n'), [`transcript-review: ${damaged}: not UTF-8, and not recognisably Windows-1252, GB18030 or Big5 (name its encoding with --encoding NAME, or convert it to UTF-8)`]);
    const outlines = OutlineSchema.array().parse(JSON.parse(out));
    assert.deepEqual(outlines.map((o) => o.file), [good]);
    assert.ok(fs.existsSync(damaged), 'the refused file is left as it was');
  });
});
