// The Chinese word tables: measure words, words in which numerals are no numbers, currency names,
// parts of the day, approximation, direction and loss words, lengths of time. Looked up with
// `startsWithAny` and `endsWithAny` (lookup.ts).
import { CHINESE_CURRENCIES } from '../lexicon';
import type { Approximation, FigureUnit } from '../types';

/** Characters after a lone numeral (`三年`, `兩個`, `一家`) that make it a number. */
export const MEASURES = new Set(
  '個个家位名項项次倍年天日月週周季億亿萬万千百種种款條条件點点成台臺座間间層层部支筆笔輪轮類类大小場场份張张頁页秒元塊块歲岁代組组批人段步句級级分半多餘余幾几國国輛辆趟周度股席城洲項樣样則则封篇載载'.split(''),
);
/** Words in which numeral characters are no numbers, checked where a numeral run starts. */
export const STOP_WORDS = [
  '一些', '一直', '一起', '一般', '一樣', '一样', '一定', '一下', '一體', '一体', '一切', '一旦', '一方面', '一致', '一如既往', '一點點', '一点点',
  '一同', '一向', '一再', '一味', '一律', '一概', '一併', '一并', '一貫', '一贯', '一流', '一線', '一线', '一則', '一则', '一番', '一部分', '一系列',
  '一開始', '一开始', '一時', '一时', '一手', '一頭', '一头', '一面', '一邊', '一边', '一旁', '一心', '一眼', '一舉', '一举', '一路', '一帶一路', '一带一路',
  '一陣', '一阵', '一環', '一环', '一員', '一员', '一份子', '一席之地', '一目了然', '一無所', '一无所', '一模一樣', '一模一样', '一鍵', '一键', '一站式',
  '一流', '一級', '一级', '一口氣', '一口气', '一籃子', '一篮子', '一連串', '一连串', '一如', '一成不變', '一成不变', '一刀切', '一攬子', '一揽子', '一筆勾銷',
  '一碼事', '一码事', '一回事', '一提', '一看', '一想', '一聽', '一听', '一問', '一问', '一說', '一说', '一般來說', '一般来说', '一如往常', '一直以來', '一直以来',
  '一大', '一小', '一絲', '一丝', '一度', '一定程度', '一番', '一二', '一臂之力', '一席', '一堆', '一連', '一连',
  '萬一', '万一', '十分', '十足', '千萬', '千万', '萬萬', '万万', '萬物', '万物', '萬事', '万事', '百貨', '百货', '百度', '百事', '千禧', '三星', '三維', '三维',
  '四處', '四处', '四面', '八方', '五花八門', '五花八门', '再三', '三思', '九牛', '七嘴八舌', '亂七八糟', '乱七八糟', '百分百', '千方百計', '千方百计',
  '萬用', '万用', '一一', '兩岸', '两岸', '兩者', '两者', '兩邊', '两边', '兩端', '两端', '兩極', '两极', '兩回事', '两回事', '三言兩語', '三言两语',
  '零件', '零部件', '零售', '零星', '零碎', '零散', '零食', '零距離', '零距离', '零和', '十全', '百花', '萬能', '万能', '千載', '千载', '萬象', '万象', '八卦', '九州', '一流', '六神', '七星', '五金', '四季', '二元',
];
export const STOP_SET = new Set(STOP_WORDS);
/** Characters before `一` that make a word (`統一`, `唯一`, `之一`, `進一步`). */
export const WORD_BEFORE_ONE = new Set('統统唯不單单同逐專专純纯劃划歸归合萬万之步看試试每某任哪這这那另其進进'.split(''));
/** Words before a numeral that make it part of a name (`財富 500 強`). */
export const NAME_BEFORE = ['財富', '财富', '標普', '标普', '道瓊', '道琼', '羅素', '罗素', '富時', '富时', '恆生', '恒生', '納斯達克', '纳斯达克'];

/** Characters after `元` that make another word (`元素`, `元月`, `元年`). */
export const NOT_YUAN_AFTER = /[素件旦宇月年首老氣气論论]/;
/** Currency names, for an amount's sign written before its currency (`負人民幣 18.4 億元`). */
export const CURRENCY_NAMES = CHINESE_CURRENCIES.map(([name]) => name);
/** Parts of the day that put a clock time after noon (`下午 5 點` = 17:00); DAY_PERIOD_WORDS adds the others. */
export const AFTERNOON_WORDS = ['下午', '晚上', '傍晚', '晚間', '晚间', '夜間', '夜间', '深夜', '晚'];
/** Parts of the night in which `12 點` is midnight (`今晚 12 點` = 24:00). */
export const NIGHT_WORDS = ['晚上', '晚間', '晚间', '夜間', '夜间', '深夜', '晚'];
/** Midnight words: `午夜 12 點` is 24:00 (as English `midnight` reads), `半夜 2 點` is 2:00. */
export const MIDNIGHT_WORDS = ['午夜', '半夜'];
export const DAY_PERIOD_WORDS = [...AFTERNOON_WORDS, ...MIDNIGHT_WORDS, '上午', '早上', '凌晨', '中午', '清晨', '早晨'];
/** Characters before `月` that make it this or that month, not a month's number (`本月 6 日`). */
export const THIS_MONTH_BEFORE = /[本當当該该同次上下]/;
/** Words that make the number before `年` a year of an era: `公元前 472 年`, `西元 79 年`. */
export const ERA_WORDS = ['公元前', '公元', '西元前', '西元'];
/** Approximation words that may stand between a part of the day and its time (`當晚約 11:30`). */
export const TIME_APPROX_WORDS = ['大約', '大约', '約', '约'];
/** Characters after `N 號` that make it a name (`12 號線`, `3 號館`, `2 號機`). */
export const NUMBERED_NAME_AFTER = /[線线樓楼館馆店機机碼码廠厂艙舱房院場场門门站產产大]/;
/** Characters after `時` that make a word of it (`時間`, `時候`, `時期`), not an hour. */
export const NOT_HOUR_AFTER = /[間间候期代刻段常尚事機机效態态光節节勢势]/;

export const APPROX_BEFORE: readonly (readonly [string, Approximation])[] = [
  ['大約', 'about'], ['大约', 'about'], ['約為', 'about'], ['约为', 'about'], ['大概', 'about'], ['約', 'about'], ['约', 'about'], ['左右', 'about'],
  ['將近', 'under'], ['将近', 'under'], ['接近', 'under'], ['近乎', 'under'], ['幾乎', 'under'], ['几乎', 'under'], ['不到', 'under'], ['少於', 'under'], ['少于', 'under'],
  ['低於', 'under'], ['低于', 'under'], ['不足', 'under'], ['未滿', 'under'], ['未满', 'under'], ['近', 'under'],
  ['超過', 'over'], ['超过', 'over'], ['多於', 'over'], ['多于', 'over'], ['高於', 'over'], ['高于', 'over'], ['至少', 'over'], ['不少於', 'over'], ['不少于', 'over'],
  ['大於', 'over'], ['大于', 'over'], ['逾', 'over'], ['超', 'over'],
  ['多達', 'under'], ['多达', 'under'], ['最多', 'under'], ['最高', 'under'], ['高達', 'under'], ['高达', 'under'],
];
/** Qualifiers that may stand a few words before their figure in the same clause (`約佔全年計畫的三分之二`). */
export const CLAUSE_APPROX: readonly (readonly [string, Approximation])[] = [
  ['大約', 'about'], ['大约', 'about'], ['大概', 'about'], ['約', 'about'], ['约', 'about'], ['將近', 'under'], ['将近', 'under'],
  ['超過', 'over'], ['超过', 'over'], ['逾', 'over'],
];
export const CLAUSE_APPROX_WORDS = CLAUSE_APPROX.map(([w]) => w);
export const CLAUSE_APPROX_MAP = new Map(CLAUSE_APPROX);
/** How far back in its clause a qualifier may stand from its figure. */
export const CLAUSE_APPROX_SPAN = 24;
/** Characters that end a clause, or begin another figure, for that search. */
export const CLAUSE_BREAK = /[，,。；;！？!?：:、\d０-９]/;
export const APPROX_AFTER: readonly (readonly [string, Approximation])[] = [
  ['以上', 'over'], ['之多', 'over'], ['多', 'over'], ['餘', 'over'], ['余', 'over'], ['出頭', 'over'], ['出头', 'over'], ['左右', 'about'], ['上下', 'about'],
  ['以下', 'under'], ['以內', 'under'], ['以内', 'under'], ['不到', 'under'],
];
export const UP_WORDS = [
  '年增', '季增', '年成長', '年成长', '同比增長', '同比增长', '環比增長', '环比增长', '成長', '成长', '增長', '增长', '增加', '上升', '提高', '提升', '上漲', '上涨',
  '擴大', '扩大', '改善', '增幅', '漲幅', '涨幅', '高出', '多出', '躍升', '跃升', '攀升', '激增', '季增長', '季增长', '上調', '上调', '高',
  '回升', '反彈', '反弹', '上揚', '上扬', '走強', '走强', '微升', '微增', '大增', '調高', '调高', '上修',
];
export const DOWN_WORDS = [
  '年減', '年减', '季減', '季减', '同比下降', '環比下降', '环比下降', '下降', '減少', '减少', '降低', '下滑', '衰退', '下跌', '縮減', '缩减', '萎縮', '萎缩',
  '降幅', '跌幅', '縮小', '缩小', '惡化', '恶化', '收窄', '收縮', '收缩', '微降', '縮短', '缩短', '減', '减', '下調', '下调', '低',
  '回落', '走軟', '走软', '走弱', '轉弱', '转弱', '微減', '微减', '大減', '大减', '調降', '调降', '下修', '壓縮', '压缩', '流失', '下挫', '滑落',
];
/** A verb of change right before `至`/`到` gives the level after it a direction (`升至 54%`, `降至 41%`). */
export const UP_TO_WORDS = [
  '升', '增', '漲', '涨', '提高', '提升', '上升', '增加', '增長', '增长', '成長', '成长', '擴大', '扩大', '攀升', '延長', '延长', '上調', '上调',
  '反彈', '反弹', '加速', '調高', '调高', '上修', '上揚', '上扬',
];
export const DOWN_TO_WORDS = [
  '降', '減', '减', '跌', '下降', '減少', '减少', '下滑', '降低', '縮小', '缩小', '收窄', '縮短', '缩短', '下調', '下调',
  '回落', '放緩', '放缓', '調降', '调降', '下修', '壓縮', '压缩', '滑落',
];
/** Nouns of a change before a verb of being, which give the level after it a direction (`增幅為 9.5%`, `降幅達 5%`). */
export const UP_NOUNS = ['增幅', '漲幅', '涨幅', '升幅'];
export const DOWN_NOUNS = ['降幅', '跌幅', '減幅', '减幅'];
/** Words that make the amount after them a loss (`淨虧損人民幣 67.5 億元`, `營業損失 1,200 萬美元`). */
export const LOSS_WORDS = ['虧損', '亏损', '逆差', '淨損', '净损', '損失', '损失', '赤字', '流出', '蒸發', '蒸发'];
/** How far back from an amount its loss word may stand (a verb or two between: `虧損收窄至`). */
export const LOSS_SPAN = 8;
/** Words right before a figure that make it a level (`降至 71%`, `增加到`, `達到`). */
export const LEVEL_BEFORE = ['至', '到', '為', '为', '達', '达', '從', '从', '是', '在'];
export const UP_AFTER = ['的增長', '的增长', '的成長', '的成长', '增長', '增长', '成長', '成长', '的增幅', '增幅', '的漲幅', '的涨幅', '順風', '顺风', '助益', '有利影響', '有利影响'];
export const DOWN_AFTER = ['的下降', '下降', '的降幅', '降幅', '的跌幅', '跌幅', '的減少', '的减少', '的衰退', '衰退', '下滑', '逆風', '逆风', '拖累', '不利影響', '不利影响'];
export const APPROX_BEFORE_WORDS = APPROX_BEFORE.map(([w]) => w);
export const APPROX_BEFORE_MAP = new Map(APPROX_BEFORE);
export const UP_AFTER_ENTRIES = UP_AFTER.map((w) => [w] as const);
export const DOWN_AFTER_ENTRIES = DOWN_AFTER.map((w) => [w] as const);
export const STOP_ENTRIES = STOP_WORDS.map((w) => [w] as const);
export const FROM_WORDS = ['從', '从', '由'];
export const CONSECUTIVE_WORDS = ['連續', '连续', '連續地', '连续地'];
/** Words of a length of time after a number, with the unit and the factor to it: `個月`, `天`, `小時`. */
export const DURATION_WORDS: readonly (readonly [string, FigureUnit, number])[] = [
  ['個多月', 'duration', 1], ['季度', 'duration', 3], ['季', 'duration', 3], ['個月', 'duration', 1], ['个月', 'duration', 1], ['個季度', 'duration', 3], ['个季度', 'duration', 3], ['個季', 'duration', 3], ['个季', 'duration', 3],
  ['天', 'duration-day', 1], ['週', 'duration-day', 7], ['周', 'duration-day', 7], ['星期', 'duration-day', 7], ['個星期', 'duration-day', 7], ['个星期', 'duration-day', 7],
  ['小時', 'duration-hour', 1], ['小时', 'duration-hour', 1], ['個小時', 'duration-hour', 1], ['个小时', 'duration-hour', 1], ['分鐘', 'duration-hour', 1 / 60], ['分钟', 'duration-hour', 1 / 60],
];
