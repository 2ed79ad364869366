// How names are written in Chinese: the characters transliterations are made of, the marks that
// separate a given name from a surname, and a punctuation-blind comparison of renderings.

/**
 * Characters of Chinese transliterations of Western names (the Xinhua table's syllables and the
 * Taiwan forms), in both scripts, by the sound they start with: b/p, m, f, d/t, n, l, g/k, h, j/q/x,
 * z/c/s and their retroflex forms, r, and vowels (with y and w). Characters that mostly start or end
 * ordinary words (本, 多, 方, 高, 加, 于, 因, 明, 通, 路, 謝…) are left out: a name is still found
 * through its other characters.
 */
const TRANSLITERATION_BY_SOUND: Readonly<Record<string, string>> = {
  b: '巴拜班邦包鮑鲍貝贝比彼畢毕賓宾波伯柏博布帕派潘龐庞佩彭皮珀蒲普芭',
  m: '麥麦邁迈曼梅門门蒙孟米蜜密敏繆缪摩莫默姆穆瑪玛馬马',
  f: '法凡范菲費费芬佛弗伏福富斐芙',
  d: '達达戴黛丹道德登迪蒂丁杜頓顿塔泰坦湯汤唐陶特提廷汀圖图托太得妲',
  n: '納纳娜奈南瑙內内尼妮涅寧宁紐纽努諾诺',
  l: '拉萊莱賴赖蘭兰朗勞劳勒雷蕾黎里理利莉麗丽連连林琳劉刘龍龙婁娄盧卢魯鲁陸陆倫伦羅罗洛呂吕蓮莲露蘿萝廉',
  g: '蓋盖甘岡冈戈哥格葛根古圭喀卡凱凯坎康考柯科克肯孔庫库誇夸奎昆可',
  h: '哈海漢汉豪赫亨洪胡華华懷怀惠霍翰',
  j: '基吉嘉賈贾傑杰捷晉晋奇齊齐恰錢钱喬乔切丘屈西希錫锡席夏蕭萧肖辛欣休修許许歇雪琪姬強强茜',
  z: '蔡查柴徹彻楚茨薩萨塞賽赛桑瑟森沙莎尚紹绍舍申施什史斯絲丝松蘇苏索贊赞扎札澤泽詹朱茲兹宗佐祖珊治珍貞贞茱思',
  r: '瑞若芮蕊',
  v: '阿埃艾愛爱安昂奧奥厄恩爾尔兒儿歐欧瓦萬万旺威韋韦維维溫温文翁沃烏乌伍武雅亞亚揚扬楊杨耶伊尤約约娃婭娅薇',
};

const SOUND_OF = new Map<number, string>(
  Object.entries(TRANSLITERATION_BY_SOUND).flatMap(([sound, characters]) => [...characters].map((char) => [char.charCodeAt(0), sound] as [number, string])),
);

/** Marks written between the parts of a transliterated name: `馬修‧普林斯`, `馬修-普林斯`, `馬修·普林斯`, `馬修 普林斯`. */
const NAME_SEPARATORS = new Set<number>([...'‧·・•-‐‑–－ 　'].map((char) => char.charCodeAt(0)));

export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export function isTransliterationCode(code: number): boolean {
  return SOUND_OF.has(code);
}

export function isNameSeparator(code: number): boolean {
  return NAME_SEPARATORS.has(code);
}

/** The parts of a name its separators divide (`托馬斯-塞弗特` → `托馬斯`, `塞弗特`). */
export function nameParts(text: string): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isNameSeparator(text.charCodeAt(i))) part += text[i];
    else if (part) {
      parts.push(part);
      part = '';
    }
  }
  return parts;
}

/** Every character a transliteration character (separators aside), and at least two of them. */
export function readsAsTransliteration(text: string): boolean {
  let characters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isNameSeparator(code)) continue;
    if (!isTransliterationCode(code)) return false;
    characters++;
  }
  return characters >= 2;
}

/**
 * The key renderings are compared by: separators inside a Han name dropped, any other run of them one
 * space, Latin letters in lower case. `馬修‧普林斯`, `馬修-普林斯` and `馬修 普林斯` share one key.
 */
export function renderingKey(text: string): string {
  let key = '';
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isNameSeparator(code)) {
      if (previous === 0 || previous === 32) continue;
      let next = i + 1;
      while (next < text.length && isNameSeparator(text.charCodeAt(next))) next++;
      if (next >= text.length || (isHan(previous) && isHan(text.charCodeAt(next)))) continue;
      key += ' ';
      previous = 32;
      continue;
    }
    previous = lowerCase(code);
    key += String.fromCharCode(previous);
  }
  return key;
}

function lowerCase(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function isLatinLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Where `key` matches `text` from `at` (separators and case as renderingKey ignores them), or -1. */
function matchAt(text: string, at: number, key: string): number {
  let i = at;
  for (let k = 0; k < key.length; k++) {
    const wanted = key.charCodeAt(k);
    if (wanted === 32) {
      if (i >= text.length || !isNameSeparator(text.charCodeAt(i))) return -1;
      while (i < text.length && isNameSeparator(text.charCodeAt(i))) i++;
      continue;
    }
    // Separators between two Han characters of a name are not part of its key.
    if (k > 0 && isHan(wanted) && isHan(key.charCodeAt(k - 1))) while (i < text.length && isNameSeparator(text.charCodeAt(i))) i++;
    if (i >= text.length || lowerCase(text.charCodeAt(i)) !== wanted) return -1;
    i++;
  }
  return i;
}

/**
 * Every place a rendering key stands in a text, Latin keys on word boundaries, without building a
 * keyed copy of the text: candidates are found with indexOf of the key's first character.
 */
export function findKey(text: string, key: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (!key) return found;
  const first = key[0];
  const firsts = first === first.toUpperCase() ? [first] : [first, first.toUpperCase()];
  const latin = isLatinLetter(key.charCodeAt(0));
  for (const char of firsts) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) {
      const end = matchAt(text, at, key);
      if (end < 0) continue;
      if (latin && (isLatinLetter(text.charCodeAt(at - 1)) || isLatinLetter(text.charCodeAt(end)))) continue;
      found.push({ start: at, end });
    }
  }
  return firsts.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}

/** A run of transliteration characters (and separators inside it) in a Chinese text. */
export interface NameRun {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Maximal runs of at least two transliteration characters, separators allowed between them. */
export function transliterationRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isTransliterationCode(text.charCodeAt(i))) continue;
    let characters = 1;
    let end = i + 1;
    for (let j = i + 1; j < text.length; j++) {
      const code = text.charCodeAt(j);
      if (isTransliterationCode(code)) {
        characters++;
        end = j + 1;
      } else if (!isNameSeparator(code)) break;
    }
    if (characters >= 2) runs.push({ start: i, end, text: text.slice(i, end) });
    i = end - 1;
  }
  return runs;
}

/**
 * Whether two renderings could be two transliterations of one name: a Han character in common
 * (`托馬斯`, `湯瑪斯`), or as many characters starting with the same sounds (`馬修`, `麥休`).
 */
export function soundsAlike(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) if (isHan(a.charCodeAt(i)) && b.includes(a[i])) return true;
  const soundsA = soundsOf(a);
  const soundsB = soundsOf(b);
  return soundsA.length >= 2 && !soundsA.includes('?') && soundsA === soundsB;
}

function soundsOf(text: string): string {
  let sounds = '';
  for (let i = 0; i < text.length; i++) {
    const sound = SOUND_OF.get(text.charCodeAt(i));
    if (sound) sounds += sound;
    else if (isHan(text.charCodeAt(i))) sounds += '?';
  }
  return sounds;
}
