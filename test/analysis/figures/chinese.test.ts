import { strict as assert } from 'assert';
import fc from 'fast-check';
import { extractChineseFigures } from '../../../src/analysis/figures';
import type { Figure } from '../../../src/analysis/figures/types';

/** The figures of `text`, checking on the way that every offset slices back to the figure's text. */
function figures(text: string): Figure[] {
  const found = extractChineseFigures(text);
  for (const f of found) assert.equal(text.slice(f.start, f.end), f.text, `offsets of ${f.text}`);
  return found;
}

/** The one figure written as `written` in `text`. */
function figure(text: string, written: string): Figure {
  const hits = figures(text).filter((f) => f.text === written);
  assert.equal(hits.length, 1, `${written} in ${text}: ${JSON.stringify(figures(text).map((f) => f.text))}`);
  return hits[0];
}

/** value+unit of every figure that is neither a label nor weak. */
function salient(text: string): string[] {
  return figures(text)
    .filter((f) => f.salient && !f.label)
    .map((f) => `${f.value} ${f.unit}`);
}

describe('figures: Chinese', () => {
  describe('money with 萬 and 億', () => {
    it('reads the seed sentence with and without spaces (Traditional)', () => {
      const text = '第二季度,我們實現營收3.085億美元,年增32%。';
      assert.deepEqual(salient(text), ['2 quarter', '308500000 USD', '32 percent']);
      const money = figure(text, '3.085億美元');
      assert.equal(money.scale, '億');
      assert.equal(money.kind, 'money');
      assert.equal(figure('收入為 3.085 億美元,同比增長 32%', '3.085 億美元').value, 308500000);
    });

    it('reads a Simplified paragraph with full-width punctuation', () => {
      const text = '第二季度，我们实现营收3.085亿美元，同比增长32%；新增196个大客户，共有2,352个大客户。我们预计2024财年营收在16.48亿美元至16.52亿美元之间，较上季度提高2个百分点。';
      assert.deepEqual(salient(text), ['2 quarter', '308500000 USD', '32 percent', '196 count', '2352 count', '2024 year', '1650000000 USD', '2 pp']);
      assert.equal(figure(text, '32%').direction, 'up');
      assert.equal(figure(text, '2个百分点').direction, 'up');
    });

    it('reads Simplified scales and other currency words', () => {
      assert.equal(figure('营收3.085亿美元', '3.085亿美元').value, 308500000);
      assert.equal(figure('超过 10 万美元的客户', '10 万美元').value, 100000);
      assert.equal(figure('費用超過 10 萬美金', '10 萬美金').unit, 'USD');
      assert.equal(figure('收入 5 億人民幣', '5 億人民幣').unit, 'CNY');
      assert.equal(figure('收入 5 千萬元', '5 千萬元').value, 50000000);
      assert.equal(figure('合約 2 百萬美元', '2 百萬美元').value, 2000000);
      assert.equal(figure('市值 1.2 兆美元', '1.2 兆美元').value, 1.2e12);
      assert.equal(figure('約 5千人申請', '5千').value, 5000);
      assert.equal(figure('5千美元', '5千美元').value, 5000);
      assert.equal(figure('功率 100 千瓦', '100').value, 100);
    });

    it('reads thousands separators but not ASCII commas used as Chinese punctuation', () => {
      const text = '我們實現了 2,030 萬美元的營業利潤,營業虧損為 891,000 美元,年增32%,3,389人';
      assert.equal(figure(text, '2,030 萬美元').value, 20300000);
      // A loss is a negative amount, on both sides (`an operating loss of $891,000`).
      assert.equal(figure(text, '891,000 美元').value, -891000);
      assert.equal(figure(text, '32%').value, 32);
      assert.equal(figure(text, '3,389').value, 3389);
      // `32%,100` is not 32,100: the comma after a percent sign is punctuation.
      assert.deepEqual(salient('年增 32%,100 個新客戶'), ['32 percent', '100 count']);
      assert.deepEqual(figures('1,2345 個').map((f) => f.value), [1, 2345]);
    });

    it('reads full-width digits, points and percent signs', () => {
      assert.equal(figure('營收３０８．５萬美元', '３０８．５萬美元').value, 3085000);
      assert.equal(figure('成長３２％', '３２％').value, 32);
      assert.equal(figure('共２，３５２個', '２，３５２').value, 2352);
    });

    it('reads per-share amounts after 每股', () => {
      const f = figure('攤薄後每股淨收入為 0.10 美元。', '0.10 美元');
      assert.equal(f.unit, 'USD/share');
      assert.equal(f.value, 0.1);
      assert.equal(figure('稀释后每股收益 0.16 美元', '0.16 美元').unit, 'USD/share');
      assert.equal(figure('收入為 0.16 美元', '0.16 美元').unit, 'USD');
    });

    it('reads a negative amount', () => {
      assert.equal(figure('去年同期為負 440 萬美元', '440 萬美元').value, -4400000);
    });
  });

  describe('ranges', () => {
    it('reads 至 and 到 ranges with the unit on both ends', () => {
      const p = figure('仍高於 75% 至 77% 的長期目標', '75% 至 77%');
      assert.deepEqual([p.low, p.high, p.value, p.unit], [75, 77, 76, 'percent']);
      const m = figure('營收在 16.48 億美元到 16.52 億美元之間', '16.48 億美元到 16.52 億美元');
      assert.deepEqual([m.low, m.high, m.unit], [1648000000, 1652000000, 'USD']);
      const s = figure('营业收入在 3,500 万美元到 3,600 万美元之间', '3,500 万美元到 3,600 万美元');
      assert.deepEqual([s.low, s.high], [35000000, 36000000]);
    });

    it('applies the scale written once to both ends', () => {
      const m = figure('預計 3500-3600萬美元', '3500-3600萬美元');
      assert.deepEqual([m.low, m.high, m.value], [35000000, 36000000, 35500000]);
      const p = figure('將佔營收的 10%至 12%', '10%至 12%');
      assert.deepEqual([p.low, p.high], [10, 12]);
      const q = figure('將佔營收的 8 至 9%', '8 至 9%');
      assert.deepEqual([q.low, q.high, q.unit], [8, 9, 'percent']);
    });

    it('keeps per-share ranges per share', () => {
      const f = figure('每股淨收益為 0.60 美元至 0.61 美元', '0.60 美元至 0.61 美元');
      assert.deepEqual([f.unit, f.low, f.high], ['USD/share', 0.6, 0.61]);
    });

    it('does not read a change and a level as a range', () => {
      const text = '營業費用佔營收的百分比年減 8% 至 71%';
      assert.equal(figure(text, '8%').direction, 'down');
      assert.equal(figure(text, '71%').direction, null);
      assert.equal(figures('從去年同期的44%降至41%').filter((f) => f.low !== undefined).length, 0);
    });
  });

  describe('percent, points and basis points', () => {
    it('reads 個百分點 and 個基點 in both scripts', () => {
      assert.equal(figure('下降了 200 個基點', '200 個基點').unit, 'bp');
      assert.equal(figure('下降了 200 个基点', '200 个基点').unit, 'bp');
      assert.equal(figure('提高了 2 個百分點', '2 個百分點').unit, 'pp');
      assert.equal(figure('提高了 2 个百分点', '2 个百分点').unit, 'pp');
      assert.equal(figure('較上季下降1 0個基點', '0個基點').value, 0); // digits split by a space stay apart
    });

    it('reads percents and fractions in words', () => {
      assert.equal(figure('成長百分之三十二', '百分之三十二').value, 32);
      assert.equal(figure('約百分之三點五', '百分之三點五').value, 3.5);
      const quarter = figure('恭喜你們拿到四分之一', '四分之一');
      assert.deepEqual([quarter.value, quarter.unit, quarter.salient], [0.25, 'fraction', true]);
      assert.equal(figure('三分之二的客戶', '三分之二').value, round4(2 / 3));
      assert.equal(figure('幾乎一半的員工', '一半').value, 0.5);
      assert.equal(figure('約三成的營收', '三成').value, 30);
    });
  });

  describe('Chinese numerals', () => {
    it('reads numerals with units, 兩/两 and 零', () => {
      assert.equal(figure('新增一百九十六個大客戶', '一百九十六').value, 196);
      assert.equal(figure('二十五家公司', '二十五').value, 25);
      assert.equal(figure('兩個領域', '兩').value, 2);
      assert.equal(figure('两个领域', '两').value, 2);
      assert.equal(figure('一百零五個城市', '一百零五').value, 105);
      assert.equal(figure('三千五百萬美元', '三千五百萬美元').value, 35000000);
      assert.equal(figure('营收十亿美元', '十亿美元').value, 1e9);
      assert.equal(figure('百萬美元的合約', '百萬美元').value, 1e6);
      assert.equal(figure('價值千萬美元', '千萬美元').value, 1e7);
      assert.equal(figure('二〇二三年', '二〇二三').unit, 'year');
    });

    it('reads 十余, 十餘 and 十多 as more than ten', () => {
      for (const text of ['十余家客户', '十餘家客戶', '十多家客戶']) {
        const f = figures(text).find((x) => x.value === 10)!;
        assert.equal(f.approx, 'over', text);
      }
      const decade = figure('但十多年後,我們仍然在這裡', '十多年');
      assert.deepEqual([decade.value, decade.unit, decade.approx], [120, 'duration', 'over']);
    });

    it('reads estimates such as 兩三 and 三四十 as vague', () => {
      for (const [text, written] of [['兩三個領域', '兩三'], ['十二三個人', '十二三'], ['三四十家公司', '三四十']] as const) {
        const f = figure(text, written);
        assert.deepEqual([f.note, f.salient], ['vague', false], text);
      }
      assert.equal(figure('一〇〇個', '一〇〇').value, 100);
    });

    it('marks small counts weak and counts of ten or more salient', () => {
      assert.equal(figure('兩份報告', '兩').salient, false);
      assert.equal(figure('一百九十六個', '一百九十六').salient, true);
      assert.equal(figure('一家澳洲科技公司', '一').note, 'article');
    });

    it('skips words in which numeral characters are no numbers', () => {
      const text = '一些客戶一直一起一般一樣統一唯一一定一下萬一不一一體一切一旦一方面進一步一致一如既往三星三維十分重要千萬不要';
      assert.deepEqual(figures(text).filter((f) => !f.note), []);
      assert.deepEqual(salient('数百万台设备上运行'), []);
      assert.equal(figure('正在數百萬台設備上運行', '數百萬').note, 'vague');
      assert.deepEqual(salient('dfare 零件和服務,零售業務'), []);
      assert.deepEqual(salient('一些'), []);
    });

    it('marks 之一 weak and 第一代 a weak ordinal', () => {
      const one = figure('我們最大的客戶之一', '之一');
      assert.deepEqual([one.salient, one.note], [false, 'pronoun']);
      const gen = figure('擊敗第一代零信任競爭對手', '第一');
      assert.deepEqual([gen.unit, gen.salient], ['ordinal', false]);
    });
  });

  describe('periods, dates and durations', () => {
    it('tells quarters from ordinals', () => {
      assert.deepEqual(
        figures('第二季度、第二季、第 3 季、第三幕、第一').map((f) => `${f.unit} ${f.value}`),
        ['quarter 2', 'quarter 2', 'quarter 3', 'ordinal 3', 'ordinal 1'],
      );
      assert.equal(figure('二季度营收', '二季度').unit, 'quarter');
      assert.equal(figures('每一季度').filter((f) => f.unit === 'quarter').length, 0);
      const streak = figure('連續第四個季度創下營收紀錄', '第四');
      assert.deepEqual([streak.unit, streak.salient], ['ordinal', true]);
    });

    it('reads years and fiscal years', () => {
      const text = 'Cloudflare 公佈了 2023 年第二季度業績,對於 2024 財年';
      assert.deepEqual(salient(text), ['2023 year', '2 quarter', '2024 year']);
      assert.equal(figure(text, '2024').fiscal, true);
      assert.equal(figure(text, '2023').fiscal, undefined);
      assert.equal(figure('2024 财年', '2024').fiscal, true);
    });

    it('reads dates, months and weekdays', () => {
      assert.equal(figure('參加 8 月 29 日的峰會', '8 月 29 日').value, 829);
      const text = '請將 5 月 30 日星期四的投資者日記入日曆';
      assert.equal(figure(text, '5 月 30 日').value, 530);
      const thursday = figure(text, '星期四');
      assert.deepEqual([thursday.unit, thursday.value, thursday.note, thursday.salient], ['date', 4, 'weekday', false]);
      assert.deepEqual([figure('自 12 月以來', '12 月').value, figure('自 12 月以來', '12 月').salient], [1200, false]);
      // A day of the month alone is a figure: `on the 24th` ↔ `24 日`.
      assert.deepEqual([figure('我們將於 29 日公布', '29 日').unit, figure('我們將於 29 日公布', '29 日').salient], ['date', true]);
      assert.equal(figure('2024 年 5 月 2 日下午 5:00', '5:00').value, 1700);
      assert.equal(figure('2024 年 5 月 2 日下午 5:00', '5:00').unit, 'time');
    });

    it('reads durations in months, days and half years', () => {
      assert.equal(figure('簽署了一份為期 3 年、價值 720 萬美元的合約', '3 年').value, 36);
      assert.equal(figure('為期 25 個月', '25 個月').value, 25);
      assert.equal(figure('就在 90 天前', '90 天').unit, 'duration-day');
      assert.equal(figure('在過去的4年半時間裡', '4年半').value, 54);
      assert.equal(figure('它在七年時間裡的表現', '七年').value, 84);
      assert.equal(figure('相反,與過去兩季類似', '兩季').value, 6);
      assert.equal(figure('比較前 4 個季度', '4 個季度').value, 12);
      assert.equal(figure('類似的 4 年期合約', '4 年期').value, 48);
      assert.equal(figure('下半年的展望', '下半年').unit, 'half');
    });
  });

  describe('approximations', () => {
    it('reads words before and after the figure', () => {
      assert.equal(figure('費用超過 10 萬美元', '10 萬美元').approx, 'over');
      assert.equal(figure('擁有約 19.7 萬名付費客戶', '19.7 萬').approx, 'about');
      assert.equal(figure('年增了近 50%', '50%').approx, 'under');
      assert.equal(figure('全球 250 多個城市', '250').approx, 'over');
      assert.equal(figure('每月 100多萬 次', '100多萬').value, 1000000);
      assert.equal(figure('每月 100多萬 次', '100多萬').approx, 'over');
      assert.equal(figure('逾 150 個城市', '150').approx, 'over');
      assert.equal(figure('150 個以上', '150').approx, 'over');
      assert.equal(figure('20% 左右', '20%').approx, 'about');
      assert.equal(figure('大概有 250 個職位', '250').approx, 'about');
      assert.equal(figure('活躍開發人員超過了 200 萬。', '200 萬').approx, 'over');
      assert.equal(figure('營收 308 萬美元', '308 萬美元').approx, null);
    });
  });

  describe('directions', () => {
    it('reads direction words before a change', () => {
      assert.equal(figure('年增32%', '32%').direction, 'up');
      assert.equal(figure('较去年同期成长 34%', '34%').direction, 'up');
      assert.equal(figure('同比增長 32%', '32%').direction, 'up');
      assert.equal(figure('季減 2%', '2%').direction, 'down');
      assert.equal(figure('比上一季下降了1%', '1%').direction, 'down');
      assert.equal(figure('较去年同期下降120个基点', '120个基点').direction, 'down');
      assert.equal(figure('增加了 20% 之後', '20%').direction, 'up');
    });

    it('reads a direction after the figure', () => {
      assert.equal(figure('大約 20% 的增長', '20%').direction, 'up');
    });

    it('reads 達到 as a level, and 降至 as a level reached by a fall (`fell to 115%`)', () => {
      assert.equal(figure('淨留存率下降至 115%', '115%').direction, 'down');
      assert.equal(figure('營收增至 3.2 億美元', '3.2 億美元').direction, 'up');
      assert.equal(figure('總數達到3,389人', '3,389').direction, null);
      assert.equal(figure('新增了 196 個大客戶', '196').direction, null);
    });

    it('reads 增長了一倍 as doubling', () => {
      const f = figure('營業利潤年增了一倍多', '一倍');
      assert.deepEqual([f.unit, f.value, f.approx, f.direction], ['multiple', 2, 'over', 'up']);
    });
  });

  describe('names and labels', () => {
    it('marks digits inside names as labels', () => {
      for (const [text, written] of [
        ['一家財富 500 強技術服務公司', '500'],
        ['一家财富 500 强公司', '500'],
        ['R2 持續成長', 'R2'],
        ['Area 1 電子郵件安全', '1'],
        ['NVIDIA 的 H-100', '100'],
        ['接受 A100 或其他', 'A100'],
        ['轉為三維模型的 3D 掃描', '3D'],
      ] as const) {
        const f = figure(text, written);
        assert.equal(f.label, true, `${written} in ${text}`);
        assert.equal(f.salient, false);
      }
      assert.deepEqual(salient('它是 1.1.1.1,正在運行'), []);
      assert.deepEqual(salient('轉到 GPT 3.5 而不是 GPT 4'), []);
    });

    it('still reads a figure right after a Latin word', () => {
      assert.equal(figure('Cloudflare 2023 年', '2023').unit, 'year');
      assert.equal(figure('RPO 為 10 億美元', '10 億美元').value, 1e9);
      assert.equal(figure('Q2 營收', 'Q2').unit, 'quarter');
      assert.equal(figure('FY24 營收', 'FY24').value, 2024);
    });
  });

  describe('any text', () => {
    const pieces = [
      '1', '2', '0', '3.085', ',', '，', '.', '．', '３', '%', '％', ' ', '\u00a0', '-', '至', '到', '萬', '万', '億', '亿', '千', '百', '十', '兆',
      '一', '二', '兩', '三', '四', '零', '〇', '半', '多', '餘', '第', '季', '度', '年', '月', '日', '天', '個', '个', '基點', '百分點', '分之',
      '美元', '元', '每股', '約', '超過', '近', '以上', '左右', '年增', '下降', '降至', '負', '星期', '週', '上', '下', '財年', 'R', 'Q', 'FY', 'H', '$', 'a', '數',
    ];
    it('returns ordered, non-overlapping figures whose offsets slice back to their text', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
          const text = parts.join('');
          let last = 0;
          for (const f of extractChineseFigures(text)) {
            assert.equal(text.slice(f.start, f.end), f.text);
            assert.ok(f.start >= last && f.end > f.start, `overlap in ${JSON.stringify(text)}`);
            assert.ok(Number.isFinite(f.value), `value of ${f.text} in ${JSON.stringify(text)}`);
            if (f.low !== undefined) assert.ok(f.low <= f.high!);
            last = f.end;
          }
        }),
        { numRuns: 3000 },
      );
    });
  });

});

function round4(v: number): number {
  return Number(v.toPrecision(12));
}
