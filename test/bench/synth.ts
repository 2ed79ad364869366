// Deterministic synthetic inputs for the benchmark: large transcripts assembled from a seed's real
// turns, and adversarial texts of a given size. Nothing here is timed.
import { analyze } from '../../src/analysis/analyze';

/** Small seeded PRNG (mulberry32): the same seed always gives the same document. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Avery Brooks', 'Jordan Kim', 'Morgan Patel', 'Riley Chen', 'Casey Nguyen', 'Taylor Okafor',
  'Quinn Larsen', 'Harper Silva', 'Rowan Ito', 'Emerson Duarte', 'Sasha Novak', 'Devon Mensah',
];

/** Places for the note that ends every paragraph copy, in English and Chinese. */
const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['Oslo', '奧斯陸'], ['Lisbon', '里斯本'], ['Austin', '奧斯汀'], ['Denver', '丹佛'], ['Seoul', '首爾'], ['Sydney', '雪梨'],
  ['Toronto', '多倫多'], ['Madrid', '馬德里'], ['Dublin', '都柏林'], ['Zurich', '蘇黎世'], ['Mumbai', '孟買'], ['Warsaw', '華沙'],
];

interface TextEnd {
  readonly character: number;
  /** The paragraph's index in the turn. */
  readonly paragraph: number;
  readonly chinese: boolean;
}

interface TurnBlock {
  /** The turn's lines, from the speaker line to its last paragraph, then one blank line. */
  readonly lines: string[];
  readonly bytes: number;
  /** How many leading lines hold the speaker line (and its translation). */
  readonly speakerLines: number;
  readonly name: string;
  readonly operator: boolean;
  readonly paragraphs: number;
  /** Line in the block → where English or Chinese paragraph texts end on it (rightmost first), and whose. */
  readonly ends: ReadonlyMap<number, readonly TextEnd[]>;
}

/** A seed as alternating fixed text (front matter, headings) and pools of one section's turns. */
type Segment = { readonly kind: 'fixed'; readonly lines: string[] } | { readonly kind: 'turns'; readonly turns: TurnBlock[]; readonly bytes: number };

const utf8 = (lines: readonly string[]): number => lines.reduce((n, line) => n + Buffer.byteLength(line, 'utf8') + 1, 0);

/** Splits a seed into the text outside turns and, per section, its turns. */
export function seedSegments(text: string): Segment[] {
  const lines = text.split('\n');
  const { transcript } = analyze(text);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const section of transcript.sections) {
    if (section.turns.length === 0) continue;
    const first = section.turns[0].range.start.line;
    segments.push({ kind: 'fixed', lines: lines.slice(cursor, first) });
    const turns = section.turns.map((turn, i): TurnBlock => {
      const next = section.turns[i + 1]?.range.start.line ?? Infinity;
      const last = Math.min(turn.range.end.line, next - 1);
      const block = lines.slice(turn.range.start.line, last + 1);
      block.push('');
      const ends = new Map<number, TextEnd[]>();
      turn.paragraphs.forEach(({ english, chinese }, paragraph) => {
        for (const [span, isChinese] of [[english, false], [chinese, true]] as const) {
          if (!span) continue;
          const line = span.range.end.line - turn.range.start.line;
          ends.set(line, [...(ends.get(line) ?? []), { character: span.range.end.character, paragraph, chinese: isChinese }].sort((a, b) => b.character - a.character));
        }
      });
      return {
        lines: block,
        bytes: utf8(block),
        speakerLines: turn.speakerRange.end.line - turn.speakerRange.start.line + 1,
        name: turn.speaker.name,
        operator: turn.speaker.role === 'operator',
        paragraphs: turn.paragraphs.length,
        ends,
      };
    });
    segments.push({ kind: 'turns', turns, bytes: turns.reduce((n, t) => n + t.bytes, 0) });
    cursor = section.turns[section.turns.length - 1].range.end.line + 1;
  }
  if (segments.length === 0) throw new Error('seed has no turns');
  segments.push({ kind: 'fixed', lines: lines.slice(cursor) });
  return segments;
}

// A number worth scaling: after `$`, with a decimal part, or followed by a magnitude/unit word.
const NUMBER = /(\$?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?=(\s*)(%|percent|million|billion|thousand|trillion|bps|basis points?|萬|万|億|亿|百萬|百万|千萬|千万|美元|元|個百分點|个百分点)?)/gi;

/** Multiplies the amounts in a line by `factor`, keeping each number's decimals and digit grouping. */
export function scaleNumbers(line: string, factor: number): string {
  if (factor === 1) return line;
  return line.replace(NUMBER, (match, dollar: string, whole: string, decimals: string | undefined, _space: string, unit: string | undefined, offset: number) => {
    const before = offset > 0 ? line[offset - 1] : '';
    const after = line[offset + match.length] ?? '';
    // Leave alone parts of words (Q2, 5G), times (5:00), dates and version-like runs.
    if (/[A-Za-z_:./-]/.test(before) || /[A-Za-z_:]/.test(after)) return match;
    if (!dollar && !decimals && !unit) return match;
    const grouped = whole.includes(',');
    const places = decimals ? decimals.length - 1 : 0;
    const value = Number(whole.replace(/,/g, '') + (decimals ?? '')) * factor;
    let text = value.toFixed(places);
    if (grouped) {
      const [int, frac] = text.split('.');
      text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
    }
    return dollar + text;
  });
}

/** The note that ends the `n`th paragraph copy: a place and a number, the same in both languages (never scaled). */
function note(n: number, chinese: boolean): string {
  const [english, translated] = PLACES[n % PLACES.length];
  return chinese ? `(${translated}附註 ${n})` : ` (${english} note ${n})`;
}

/** A name made of one listed name's first name and another's last name (144 in all). */
function randomName(random: () => number): string {
  const pick = (): string[] => NAMES[Math.floor(random() * NAMES.length)].split(' ');
  return `${pick()[0]} ${pick()[1]}`;
}

/**
 * A transcript of about `targetBytes` (UTF-8) in the seed's own layout: the seed's text outside turns
 * once, and each section filled to its share of the size with that section's turns drawn in a seeded
 * random order; non-operator speakers renamed, every amount in a turn copy multiplied by the same
 * factor on the English and the Chinese side, and every paragraph copy ended by a numbered note
 * (note()), so that no two paragraphs of the document read the same on either side: the analysis
 * memoises per paragraph text, and a repeated paragraph would be read only once.
 */
export function synthesize(seedText: string, targetBytes: number, seed: number): string {
  const segments = seedSegments(seedText);
  const random = prng(seed);
  const fixedBytes = segments.reduce((n, s) => n + (s.kind === 'fixed' ? utf8(s.lines) : 0), 0);
  const turnBytes = segments.reduce((n, s) => n + (s.kind === 'turns' ? s.bytes : 0), 0);
  const growth = Math.max(1, (targetBytes - fixedBytes) / turnBytes);
  const factors = [1, 2, 3, 4, 5, 6, 8, 10];
  const out: string[] = [];
  let paragraphCopies = 0;
  for (const segment of segments) {
    if (segment.kind === 'fixed') {
      out.push(...segment.lines);
      continue;
    }
    const goal = segment.bytes * growth;
    for (let bytes = 0; bytes < goal; ) {
      const turn = segment.turns[Math.floor(random() * segment.turns.length)];
      const factor = factors[Math.floor(random() * factors.length)];
      const rename = turn.operator ? null : randomName(random);
      const first = paragraphCopies;
      paragraphCopies += turn.paragraphs;
      const copy = turn.lines.map((line, i) => {
        if (i < turn.speakerLines) return rename && turn.name ? line.split(turn.name).join(rename) : line;
        const noted = (turn.ends.get(i) ?? []).reduce((text, end) => text.slice(0, end.character) + note(first + end.paragraph, end.chinese) + text.slice(end.character), line);
        return scaleNumbers(noted, factor);
      });
      out.push(...copy);
      bytes += utf8(copy);
    }
  }
  return out.join('\n');
}

/** Repeats `unit` (joined by `sep`) until the text is about `targetBytes` of UTF-8. */
function fill(unit: string, sep: string, targetBytes: number): string {
  const unitBytes = Buffer.byteLength(unit + sep, 'utf8');
  const count = Math.max(1, Math.round(targetBytes / unitBytes));
  return Array.from({ length: count }, () => unit).join(sep);
}

/** The seed's text before its first turn (title, headings): a frame that makes a document a transcript. */
export function frontOf(seedText: string): string {
  const first = seedSegments(seedText)[0];
  return first.kind === 'fixed' ? first.lines.join('\n') : '';
}

/**
 * Hostile inputs of about `targetBytes`. `english`/`chinese` are a real paragraph and its translation
 * (for the mixed line and the one-paragraph turn); `front` is a seed's front matter.
 */
export function adversarial(targetBytes: number, english: string, chinese: string, front: string): Record<string, string> {
  const random = prng(7);
  const digits = Array.from({ length: 1000 }, () => Math.floor(random() * 10)).join('');
  return {
    'one line 1,1,1,…': fill('1', ',', targetBytes),
    'long digit runs': fill(digits, '\n', targetBytes),
    'dots': fill('.'.repeat(999), '\n', targetBytes),
    'one line of dots': '.'.repeat(targetBytes),
    'spaces': fill(' '.repeat(999), '\n', targetBytes),
    '$': fill('$'.repeat(999), '\n', targetBytes),
    '%': fill('%'.repeat(999), '\n', targetBytes),
    'CJK numerals': fill('一二三四五六七八九十百千萬億'.repeat(20), '\n', targetBytes),
    'speaker-like lines': fill('Jane Doe -- Big Bank -- Analyst', '\n', targetBytes),
    'one mixed EN+ZH line': fill(`${english} ${chinese}`, ' ', targetBytes),
    // One speaker turn whose paragraph is one huge English line and its one-line translation:
    // per-paragraph work that grows faster than the paragraph shows up here.
    'one-paragraph turn (EN line + ZH line)': `${front}\nJane Doe -- Chief Financial Officer\nJane Doe -- 首席財務官\n\n${fill(english, ' ', (targetBytes * 0.6) | 0)}\n${fill(chinese, '', (targetBytes * 0.4) | 0)}\n`,
  };
}
