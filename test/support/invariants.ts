// What every analysis must keep, whatever the text: ranges inside the document, offsets that slice
// back to the text they name, turns in order, and JSON that matches what the CLI promises.
import { strict as assert } from 'assert';
import type { Analysis } from '../../src/analysis/analyze';
import { checkJson } from '../../src/presentation/checkJson';
import { metricsJson } from '../../src/presentation/metricsJson';
import type { Paragraph, Range, Transcript } from '../../src/analysis/model';
import { outlineJson } from '../../src/presentation/outlineJson';
import { DEFAULT_SETTINGS } from '../../src/analysis/settings';
import { splitLines } from '../../src/analysis/text';
import { CheckSchema, MetricsSchema, OutlineSchema } from './cli';
import { assertSpanSlicesBack, offsetAt } from './helpers';

type Lines = readonly { text: string }[];

export function assertRangeInDocument(lines: Lines, range: Range): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length, `line ${position.line} of ${lines.length}`);
    assert.ok(position.character >= 0 && position.character <= lines[position.line].text.length, `character ${position.character}`);
  }
  const { start, end } = range;
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `range ends before it starts: ${JSON.stringify(range)}`);
}

/** Offsets and a range that name the same text: `text.slice(start, end)` is `expected` where given. */
function assertOffsetsMatch(text: string, lines: Lines, site: { start: number; end: number; range: Range }, expected?: string): void {
  assertRangeInDocument(lines, site.range);
  assert.equal(offsetAt(text, site.range.start.line, site.range.start.character), site.start);
  assert.equal(offsetAt(text, site.range.end.line, site.range.end.character), site.end);
  if (expected !== undefined) assert.equal(text.slice(site.start, site.end), expected);
}

function assertParagraph(text: string, lines: Lines, paragraph: Paragraph): void {
  assertRangeInDocument(lines, paragraph.range);
  if (paragraph.english) assertSpanSlicesBack(text, paragraph.english);
  if (paragraph.chinese) assertSpanSlicesBack(text, paragraph.chinese);
}

/** The transcript's structure: sections, headings, turns in order without overlap, paragraphs. */
export function assertTranscriptInvariants(text: string, transcript: Transcript): void {
  const lines = splitLines(text);
  assert.equal(transcript.lineCount, lines.length);
  for (const paragraph of transcript.frontMatter) assertParagraph(text, lines, paragraph);
  let previousEnd = -1;
  for (const section of transcript.sections) {
    // headingRange is checked on its own (assertHeadingRanges): it has a known fault in the core.
    assertRangeInDocument(lines, section.range);
    for (const participant of section.participants) assertRangeInDocument(lines, participant.range);
    for (const paragraph of section.paragraphs) assertParagraph(text, lines, paragraph);
    for (const turn of section.turns) {
      assertRangeInDocument(lines, turn.range);
      assertRangeInDocument(lines, turn.speakerRange);
      assert.ok(turn.range.start.line > previousEnd || previousEnd < 0, 'turns are ordered and do not overlap');
      previousEnd = turn.range.end.line;
      for (const paragraph of turn.paragraphs) assertParagraph(text, lines, paragraph);
    }
  }
}

/** Each section's heading range, explicit or inferred, lies inside the document. */
export function assertHeadingRanges(text: string, transcript: Transcript): void {
  const lines = splitLines(text);
  for (const section of transcript.sections) assertRangeInDocument(lines, section.headingRange);
}

/** Everything `analyze()` returns, and the CLI's three JSON forms of it. */
export function assertAnalysisInvariants(text: string, analysis: Analysis): void {
  assertTranscriptInvariants(text, analysis.transcript);
  const lines = splitLines(text);
  let previousStart = -1;
  for (const finding of analysis.findings) {
    assertOffsetsMatch(text, lines, finding);
    assert.ok(finding.start >= previousStart, 'findings are in document order');
    previousStart = finding.start;
    // A figure side names its figure; a paragraph side (untranslated) names the paragraph.
    if (finding.english) assertOffsetsMatch(text, lines, finding.english, finding.english.text);
    if (finding.chinese) assertOffsetsMatch(text, lines, finding.chinese, finding.chinese.text);
    if (finding.fix) assertOffsetsMatch(text, lines, finding.fix);
    if (finding.related) assertRangeInDocument(lines, finding.related);
  }
  for (const { paragraph, alignment } of analysis.aligned) {
    for (const [span, figures] of [[paragraph.english, alignment.english], [paragraph.chinese, alignment.chinese]] as const) {
      for (const figure of figures) {
        assert.ok(figure.start >= 0 && figure.start <= figure.end && figure.end <= span.text.length, `figure ${figure.text} inside its paragraph`);
        assert.equal(span.text.slice(figure.start, figure.end), figure.text);
      }
    }
  }
  for (const metric of analysis.metrics) {
    for (const source of [metric.english, metric.chinese]) {
      if (!source) continue;
      assertOffsetsMatch(text, lines, source, source.text);
      assert.equal(source.line, source.range.start.line);
    }
  }
  for (const speaker of analysis.speakers) assert.ok(speaker.firstLine >= 0 && speaker.firstLine < lines.length);
  for (const exchange of analysis.qa) assert.ok(exchange.line >= 0 && exchange.line <= exchange.endLine && exchange.endLine < lines.length);

  // As a consumer of `--json` sees it: serialised, parsed back, then validated.
  const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  OutlineSchema.parse(viaJson(outlineJson('input.txt', analysis.transcript)));
  CheckSchema.parse(viaJson(checkJson('input.txt', analysis, DEFAULT_SETTINGS)));
  MetricsSchema.parse(viaJson(metricsJson('input.txt', analysis)));
}

/** An analysis as comparable text: Maps (figure pairs) become lists of entries. */
export function analysisFingerprint(analysis: Analysis): string {
  return JSON.stringify(analysis, (_key, value: unknown) => (value instanceof Map ? [...value.entries()] : value));
}
