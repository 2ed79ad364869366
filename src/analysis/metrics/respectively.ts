// Sentences that list names and then amounts, `respectively`: `Net revenues, net income and earnings per share were $662
// million, $144 million and $3.25, respectively.` Each name is paired with the amount in its place only where nothing is
// left to guess: as many names as amounts, each name of a known kind, each amount of its name's kind (money with a scale
// for revenue or income, an amount per share for EPS, a percentage for a margin), no two names of the same kind (two
// periods or parts of one metric), and the names linked to the amounts by plain words. Anything else is refused.
import type { CheckFigure } from '../checks/alignment';
import { isCurrency } from '../figures/types';

/** One name of the list with its amount, as a sentence of its own (`net revenues were $662 million, …`) for the rules to read. */
export interface ListedPair {
  /** The sentence up to the list, the name, `was`, the amount and what follows `respectively`. */
  readonly text: string;
  /** The prefix's figures and the amount, placed in `text` (offsets as the sentence's). */
  readonly figures: readonly CheckFigure[];
  /** The amount as placed in `text`, and the sentence's own. */
  readonly placed: CheckFigure;
  readonly figure: CheckFigure;
}

type Kind = 'revenue' | 'perShare' | 'money' | 'percent';

const RESPECTIVELY = /\brespectively\b/gi;
/** What joins the amounts of a list: a comma, `and`, `, and`. */
const JOINED = /^\s{0,2}(?:,|and|, and|,and)\s{0,2}$/;
/** What may stand between the last name and the first amount: `were`, `on a GAAP basis were`, `of`. */
const LINK = new Set('was were are is of at totaled totalled came in reached for the quarter this'.split(' '));
/** Words that give an amount's basis or kind; one on the first name only may be meant for all (`adjusted net income and EPS`). */
const QUALIFIER = /\b(?:adjusted|non-GAAP|GAAP|core|reported|diluted|organic|comparable|operating)\b/i;
/** The longest name in a list, in words (`earnings per share on a GAAP basis`). */
const NAME_WORDS = 8;

function kindOf(name: string): Kind | null {
  if (/\b(?:EPS|per (?:diluted )?share)\b/i.test(name)) return 'perShare';
  if (/\b(?:margins?|rates?|growth)\b/i.test(name)) return 'percent';
  if (/\b(?:revenues?|sales)\b/i.test(name)) return /\b(?:income|profit|earnings|EBITDA|cash)\b/i.test(name) ? null : 'revenue';
  if (/\b(?:income|profit|earnings|EBITDA|cash flow)\b/i.test(name)) return 'money';
  return null;
}

const SCALED = /\d\s?(?:thousand|million|billion|trillion)\b/i;
function fits(kind: Kind, figure: CheckFigure): boolean {
  if (figure.low !== undefined) return false;
  switch (kind) {
    case 'percent':
      return figure.unit === 'percent';
    case 'perShare':
      return figure.unit.endsWith('/share') || (isCurrency(figure.unit) && Math.abs(figure.value) < 1000 && !SCALED.test(figure.text));
    default:
      return isCurrency(moneyUnit(figure)) && SCALED.test(figure.text);
  }
}

/** (`earnings per share … were $662 million, …`: the figure engine gives a list's first amount the per share of a later name; in millions it is money.) */
const moneyUnit = (figure: CheckFigure) => (figure.unit.endsWith('/share') && SCALED.test(figure.text) ? figure.unit.slice(0, -'/share'.length) : figure.unit);

const isAmount = (f: CheckFigure) => isCurrency(f.unit) || f.unit.endsWith('/share') || f.unit === 'percent';


/**
 * The pairs of a sentence's one `respectively` list, or none where the list cannot be read with certainty
 * (offsets of `figures` are the sentence's plus `offset`).
 */
export function respectivelyPairs(sentence: string, offset: number, figures: readonly CheckFigure[]): ListedPair[] {
  const marks = [...sentence.matchAll(RESPECTIVELY)];
  if (marks.length !== 1) return [];
  const mark = marks[0].index;
  // The amounts: the run of joined amounts that ends just before `respectively`.
  let last = -1;
  for (let i = 0; i < figures.length && figures[i].end - offset <= mark; i++) last = i;
  if (last < 0 || !isAmount(figures[last]) || !/^[\s,]{0,3}$/.test(sentence.slice(figures[last].end - offset, mark))) return [];
  let first = last;
  while (first > 0 && isAmount(figures[first - 1]) && JOINED.test(sentence.slice(figures[first - 1].end - offset, figures[first].start - offset))) first--;
  const amounts = figures.slice(first, last + 1);
  if (amounts.length < 2) return [];
  // The names: the text from the figure before the list (or the sentence's start), linking words stripped from its end.
  const from = first > 0 ? figures[first - 1].end - offset : 0;
  const words = sentence.slice(from, amounts[0].start - offset).split(/\s+/).filter(Boolean);
  while (words.length > 0 && LINK.has(words[words.length - 1].toLowerCase())) words.pop();
  const names = words.join(' ').split(/,\s{0,3}(?:and\s{1,3})?|\sand\s/).map((name) => name.trim());
  if (names.length < amounts.length) return [];
  const listed = names.slice(names.length - amounts.length);
  // (`revenue, gross margin and EPS were $X and $Y`: one name too many is not a list of two.)
  if (names.length > amounts.length && kindOf(names[names.length - amounts.length - 1]) !== null) return [];
  const kinds = listed.map(kindOf);
  if (kinds.some((kind, i) => kind === null || kinds.indexOf(kind) !== i || listed[i].split(' ').length > NAME_WORDS || !fits(kind, amounts[i]))) return [];
  // (`Adjusted net income and EPS were`: the first name's qualifier is meant for the names that have none.)
  const lead = QUALIFIER.test(listed[0]) ? /^(?:(?:adjusted|non-GAAP|core|GAAP|reported)\s+)+/i.exec(listed[0].replace(/^(?:the|our)\s+/i, ''))?.[0] ?? null : null;
  if (QUALIFIER.test(listed[0]) && lead === null && listed.slice(1).some((name) => !QUALIFIER.test(name))) return [];
  const namesStart = sentence.lastIndexOf(listed[0], amounts[0].start - offset);
  if (namesStart < from) return [];
  const prefix = sentence.slice(0, namesStart);
  const tail = sentence.slice(mark + 'respectively'.length);
  const before = figures.filter((f) => f.end - offset <= namesStart);
  return listed.map((name, i) => {
    const named = i > 0 && lead !== null && !QUALIFIER.test(name) ? `${lead}${name}` : name;
    const head = `${prefix}${named} was `;
    const figure = amounts[i];
    const written = sentence.slice(figure.start - offset, figure.end - offset);
    const placed: CheckFigure = { ...figure, unit: kinds[i] === 'perShare' ? figure.unit : moneyUnit(figure), start: offset + head.length, end: offset + head.length + written.length };
    return { text: `${head}${written}${tail}`, figures: [...before, placed], placed, figure };
  });
}
