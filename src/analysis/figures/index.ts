// The figure engine: figures read from an English paragraph and from its Chinese translation,
// normalised so that both sides compare directly, and written back the way a translation writes them.
//
//   extractEnglishFigures('revenue of $308.5 million, up 32%')  → 308500000 USD, 32 percent (up)
//   extractChineseFigures('營收3.085億美元,年增32%')             → 308500000 USD, 32 percent (up)
//   formatFix(308500000, 'USD', '3.85 億美元')                   → '3.085 億美元'
export type { Approximation, Currency, Direction, Figure, FigureKind, FigureNote, FigureUnit } from './types';
export { isCurrency, isMoney, kindOfUnit, round } from './types';
export { extractEnglishFigures } from './english';
export { extractChineseFigures } from './chinese';
export { formatChineseFigure, formatFix, groupDigits, scriptOf, styleOf, type ChineseStyle, type Script } from './format';
