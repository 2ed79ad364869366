// Runs every check over the transcript's paragraphs, in document order, and keeps the figure
// alignment that the metrics and hovers read.
import { formatFix } from '../figures';
import type { Figure } from '../figures/types';
import { spokenByCompany, type Paragraph, type TranslatedParagraph, type Transcript } from '../model';
import type { LineIndex } from '../text';
import { alignParagraph, ignoredKey, type Alignment } from './alignment';
import { identifiersIn } from './identifiers';
import type { AnalysisMemo } from '../memo';
import type { AnalyzeOptions } from '../settings';
import { paced, type Steps } from '../steps';
import { medianLengthRatio, TRANSLATED_PARAGRAPH_CHECKS, translationStats, untranslated, untranslatedNotices, type TranslationStats } from './translation';
import type { Finding } from './types';

export interface AlignedParagraph {
  readonly paragraph: TranslatedParagraph;
  readonly alignment: Alignment;
  /** Spoken by the company (not the operator or an analyst). */
  readonly company: boolean;
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly aligned: AlignedParagraph[];
}

export function* runChecks(transcript: Transcript, lines: LineIndex, options: AnalyzeOptions, memo: AnalysisMemo): Steps<CheckResult> {
  const findings: Finding[] = [];
  // The header (title, date and time of the call) is checked like any paragraph, for its figures only;
  // a section's text outside any turn (a summary, a transcript with no speaker names) is body text.
  const paragraphs: Array<{ header: boolean; company: boolean; paragraph: Paragraph }> = [
    ...transcript.frontMatter.map((paragraph) => ({ header: true, company: false, paragraph })),
    ...transcript.sections.flatMap((section) => [
      // Lines under a participants list (a site's footer links) are no more body text than the header.
      ...section.paragraphs.map((paragraph) => ({ header: section.kind === 'participants', company: spokenByCompany(section, null), paragraph })),
      ...section.turns.flatMap((turn) => turn.paragraphs.map((paragraph) => ({ header: false, company: spokenByCompany(section, turn), paragraph }))),
    ]),
  ];
  const size = ({ english, chinese }: Paragraph) => (english?.text.length ?? 0) + (chinese?.text.length ?? 0);
  const translated: Array<{ header: boolean; company: boolean; paragraph: TranslatedParagraph; stats: TranslationStats }> = [];
  const missing: Finding[] = [];
  let anyTranslation = false;
  yield* paced(paragraphs.length, (i) => size(paragraphs[i].paragraph), (i) => {
    const { header, company, paragraph } = paragraphs[i];
    // Header lines left in one language (a logo's caption, the ticker) are no translation problem.
    const notice = header ? null : untranslated(paragraph);
    if (notice) missing.push(notice);
    const { english, chinese } = paragraph;
    if (!header && english && chinese && chinese.text !== english.text) anyTranslation = true;
    if (english && chinese) {
      // Paragraphs are keyed by their text, so after an edit only the changed ones are worked again.
      const stats = memo.translation.get(`${english.text}\u0000${chinese.text}`, () => translationStats(english.text, chinese.text));
      translated.push({ header, company, paragraph: paragraph as TranslatedParagraph, stats });
    }
    return i + 1;
  });
  findings.push(...untranslatedNotices(transcript, missing, anyTranslation));
  const median = medianLengthRatio(translated.map(({ stats }) => stats));
  const figureOptions = { roundingTolerance: options.roundingTolerance, ignored: new Set(options.ignoredFigures.map(ignoredKey)), formatFix };
  const rangeOf = (start: number, end: number) => lines.rangeOf(start, end);
  const aligned: AlignedParagraph[] = [];
  yield* paced(translated.length, (i) => size(translated[i].paragraph), (i) => {
    const { header, company, paragraph, stats } = translated[i];
    for (const check of header ? [] : TRANSLATED_PARAGRAPH_CHECKS) {
      const finding = check(paragraph, stats, median);
      if (finding) findings.push(finding);
    }
    const english: Figure[] = memo.englishFiguresOf(paragraph.english.text);
    const chinese: Figure[] = memo.chineseFiguresOf(paragraph.chinese.text);
    const identifiers = {
      english: memo.identifiers.get(paragraph.english.text, () => identifiersIn(paragraph.english.text)),
      chinese: memo.identifiers.get(paragraph.chinese.text, () => identifiersIn(paragraph.chinese.text)),
    };
    const alignment = alignParagraph(paragraph, english, chinese, identifiers, figureOptions, rangeOf, header);
    findings.push(...alignment.findings);
    aligned.push({ paragraph, alignment, company });
    return i + 1;
  });
  return { findings: findings.sort((a, b) => a.start - b.start || a.end - b.end), aligned };
}
