// Results of pure work on one piece of text, kept from one analysis of a document to the next, so
// that after an edit only the paragraphs that changed are worked again (the path taken on typing).
import type { Identifier } from './checks/identifiers';
import type { TranslationStats } from './checks/translation';
import { extractChineseFigures, extractEnglishFigures } from './figures';
import type { Figure } from './figures/types';

/**
 * A map that forgets what the last analysis did not use: a lookup copies an entry from the previous
 * generation into the current one, and each completed analysis ends a generation. An analysis dropped
 * half-way (the document changed under it) ends none, so the next one still finds everything the last
 * completed one used. Memory stays bounded by what two consecutive versions of the document hold.
 */
export class GenerationMap<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  nextGeneration(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(key: string, compute: () => V): V {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value === undefined) value = compute();
    this.current.set(key, value);
    return value;
  }
}

/**
 * What one document's analyses share: figures, identifiers, sentences and word counts by paragraph text, and
 * translation statistics by paragraph pair (within one analysis, a paragraph repeated word for word
 * is also worked once). Everything in it is a pure function of its key, so an analysis with a memo
 * equals one without (a property the tests check).
 */
export class AnalysisMemo {
  readonly englishFigures = new GenerationMap<Figure[]>();
  readonly chineseFigures = new GenerationMap<Figure[]>();
  /** Identifiers by text, in either language (the scan is the same). */
  readonly identifiers = new GenerationMap<Identifier[]>();
  readonly translation = new GenerationMap<TranslationStats>();
  readonly sentences = new GenerationMap<ReadonlyArray<{ start: number; end: number }>>();
  readonly words = new GenerationMap<number>();

  /** The figures of an English text, read once for all who ask (the checks, the metrics of untranslated paragraphs). */
  englishFiguresOf(text: string): Figure[] {
    return this.englishFigures.get(text, () => extractEnglishFigures(text));
  }

  chineseFiguresOf(text: string): Figure[] {
    return this.chineseFigures.get(text, () => extractChineseFigures(text));
  }

  nextGeneration(): void {
    for (const map of [this.englishFigures, this.chineseFigures, this.identifiers, this.translation, this.sentences, this.words]) map.nextGeneration();
  }
}
