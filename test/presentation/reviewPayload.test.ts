import { strict as assert } from 'assert';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_SEVERITIES, FINDING_CODES } from '../../src/shared/vocabulary';
import { formatFinding, formatTemplate } from '../../src/presentation/messages';
import { LIMITS, parseToPanel } from '../../src/shared/protocol';
import { csvCell, formatExport, markdownCell } from '../../src/presentation/exportFormats';
import { buildReviewPayload, clip } from '../../src/presentation/reviewPayload';
import { DEFAULT_UI_STRINGS } from '../../src/presentation/strings';
import { readSeed, SEED_BULLETED, SEED_INTERLEAVED } from '../support/helpers';
import { finding, metric, metricSource } from '../support/panelFixtures';

describe('review payload on the seeds', () => {
  for (const seed of [SEED_BULLETED, SEED_INTERLEAVED]) {
    const name = seed.split('/').pop();
    const analysis = analyze(readSeed(seed));
    const payload = buildReviewPayload(analysis, { fileName: name ?? '' });

    it(`${name}: speakers with shares summing to 1, each with the lines of its turns`, () => {
      assert.ok(payload.speakers.length >= 4, `${payload.speakers.length} speakers`);
      const total = payload.speakers.reduce((sum, speaker) => sum + speaker.share, 0);
      assert.ok(Math.abs(total - 1) < 1e-9, `shares sum to ${total}`);
      for (const speaker of payload.speakers) {
        assert.equal(speaker.ranges.length, speaker.turns, speaker.name);
        assert.equal(speaker.ranges[0][0], speaker.line);
        for (const [start, end] of speaker.ranges) assert.ok(start <= end);
      }
      const sorted = [...payload.speakers].sort((a, b) => b.words - a.words);
      assert.deepEqual(payload.speakers.map((s) => s.words), sorted.map((s) => s.words));
    });

    it(`${name}: Q&A exchanges with analysts, firms and answers`, () => {
      assert.ok(payload.qa.length >= 3, `${payload.qa.length} exchanges`);
      if (seed === SEED_INTERLEAVED) assert.ok(payload.qa.some((exchange) => exchange.firm !== null));
      for (const exchange of payload.qa) {
        assert.ok(exchange.questions >= 1 && exchange.line <= exchange.endLine);
        assert.ok(!exchange.answeredBy.includes(exchange.analyst));
      }
      assert.ok(payload.qa.some((exchange) => exchange.answeredBy.length > 0));
    });

    it(`${name}: names with their renderings and dropped mentions, each row at its first line`, () => {
      assert.equal(payload.names.length, analysis.names.length);
      const seifert = payload.names.find((n) => n.english.startsWith('Thomas'))!;
      const toma = seifert.renderings.find((r) => r.text === '托馬斯')!;
      assert.deepEqual([toma.count, toma.line + 1], seed === SEED_INTERLEAVED ? [3, 351] : [2, 329]);
      // A rendering's link selects the name itself, not the start of its line.
      const lines = readSeed(seed).split(/\r?\n/);
      assert.equal(toma.line, toma.endLine);
      assert.equal(lines[toma.line].slice(toma.character, toma.endCharacter), '托馬斯');
      for (const n of payload.names) {
        const lines = [...n.renderings.map((r) => r.line), ...n.missing];
        assert.equal(n.line, lines.length > 0 ? Math.min(...lines) : 0, n.english);
      }
      if (seed !== SEED_INTERLEAVED) assert.deepEqual(payload.names.find((n) => n.english === 'Matthew Prince')?.missing, [24]);
    });

    it(`${name}: problems mirror the findings, and the update passes the protocol`, () => {
      assert.equal(payload.totalProblems, analysis.findings.length);
      assert.equal(payload.problems.length, Math.min(analysis.findings.length, LIMITS.problems));
      const counted = payload.counts.error + payload.counts.warning + payload.counts.information + payload.counts.hint;
      assert.equal(counted, analysis.findings.length);
      const parsed = parseToPanel({ type: 'update', uri: 'file:///seed', version: 1, payload });
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
    });
  }
});

describe('review payload from hand-built figures and findings', () => {
  const base = analyze(readSeed(SEED_INTERLEAVED));

  it('lists metrics and guidance with written values and a status', () => {
    const payload = buildReviewPayload(
      {
        ...base,
        metrics: [
          metric('Revenue', 30),
          metric('Gross margin', 31, { unit: 'percent', value: 78, english: metricSource('78%', 31, 5, 8), chinese: metricSource('77%', 32, 2, 5), consistent: false }),
          metric('Customers', 33, { unit: 'count', value: 2756, chinese: null, consistent: null }),
          metric('Q3 revenue guidance', 40, { guidance: true, value: null, low: 1_330_000_000, high: 1_334_000_000, period: 'Q3 2023', english: metricSource('$1.33 billion to $1.334 billion', 40, 5, 36) }),
          metric('FY EPS guidance', 41, { guidance: true, unit: 'USD/share', value: null, low: 0.5, high: 0.5, period: 'FY 2023', english: metricSource('', 41, 0, 0) }),
        ],
      },
      { fileName: 'x.txt' },
    );
    const [revenue, margin, customers, guidance, eps] = payload.metrics;
    assert.deepEqual([revenue.status, margin.status, customers.status], ['ok', 'mismatch', 'none']);
    assert.equal(revenue.value, '308,500,000 USD');
    assert.equal(margin.value, '78%');
    assert.equal(customers.chinese, null);
    assert.equal(customers.chineseRange, null);
    assert.deepEqual(margin.chineseRange, { line: 32, character: 2, endLine: 32, endCharacter: 5 });
    assert.deepEqual([revenue.line, revenue.character, revenue.endCharacter], [30, 10, 24]);
    assert.equal(guidance.guidance, true);
    assert.equal(guidance.value, '$1.33 billion to $1.334 billion', 'a range reads as the call said it');
    assert.equal(eps.value, '0.5 USD/share');
  });

  it('gives each problem its severity, message and range, and counts by severity', () => {
    const findings = [finding('figure-mismatch', 12), finding('figure-missing', 14, '$5 million', null), finding('untranslated', 20), finding('figure-scale', 22)];
    const translate = (template: string, ...args: Array<string | number>) => `«${formatTemplate(template, ...args)}»`;
    const payload = buildReviewPayload({ ...base, findings }, { fileName: 'x.txt', translate, severities: { ...DEFAULT_SEVERITIES, 'figure-scale': 'hint' } });
    assert.deepEqual(payload.problems.map((p) => [p.code, p.severity]), [['figure-mismatch', 'error'], ['figure-missing', 'warning'], ['untranslated', 'information'], ['figure-scale', 'hint']]);
    assert.deepEqual(payload.counts, { error: 1, warning: 1, information: 1, hint: 1 });
    assert.equal(payload.problems[0].message, formatFinding(findings[0], translate));
    assert.match(payload.problems[0].message, /^«Figure differs: EN "\$12\.5 million"/);
    // A finding sits on the Chinese figure where there is one, on the English one otherwise.
    assert.deepEqual(payload.problems[0], { id: findings[0].id, code: 'figure-mismatch', severity: 'error', message: payload.problems[0].message, line: 12, character: 40, endLine: 12, endCharacter: 49 });
    assert.equal(payload.problems[1].character, 3);
  });

  it('lists only the findings the caller passes (checks turned off, reviewed marks)', () => {
    const payload = buildReviewPayload({ ...base, findings: [finding('figure-mismatch', 1), finding('untranslated', 2)] }, { fileName: 'x', findings: [finding('untranslated', 2)] });
    assert.deepEqual(payload.problems.map((p) => p.code), ['untranslated']);
    assert.equal(payload.totalProblems, 1);
  });

  it('caps problems and long text to the protocol limits, counting what it leaves out', () => {
    const findings = Array.from({ length: LIMITS.problems + 7 }, (_, i) => finding(FINDING_CODES[i % FINDING_CODES.length], i));
    const long = `${'名'.repeat(LIMITS.text)}😀tail`;
    const payload = buildReviewPayload({ ...base, findings, call: { company: long, period: null, date: null } }, { fileName: long });
    assert.equal(payload.problems.length, LIMITS.problems);
    assert.equal(payload.totalProblems, LIMITS.problems + 7);
    assert.equal(Object.values(payload.counts).reduce((a, b) => a + b, 0), LIMITS.problems + 7);
    assert.equal(payload.fileName.length, LIMITS.text);
    assert.ok(payload.call.company?.endsWith('…'));
    assert.ok(parseToPanel({ type: 'update', uri: 'u', version: 0, payload }).ok);
  });

  it('clips without splitting a surrogate pair', () => {
    const text = `ab😀cd`;
    assert.equal(clip(text, 3), 'ab…');
    assert.equal(clip(text, 4), 'ab…');
    assert.equal(clip(text, 5), 'ab😀…');
    assert.equal(clip('short', 10), 'short');
  });

  it('carries the localised strings it is given', () => {
    const strings = { ...DEFAULT_UI_STRINGS, noProblems: '未發現翻譯問題' };
    assert.equal(buildReviewPayload(base, { fileName: 'x', strings }).strings.noProblems, '未發現翻譯問題');
    assert.equal(buildReviewPayload(base, { fileName: 'x' }).strings.noProblems, 'No translation problems found');
  });
});

describe('review export', () => {
  const base = analyze(readSeed(SEED_INTERLEAVED));
  const payload = buildReviewPayload(
    { ...base, otherFigures: [], metrics: [metric('Revenue, "adjusted" | total', 30), metric('=HYPERLINK("http://x")', 31, { consistent: false })], findings: [finding('figure-mismatch', 12), finding('untranslated', 20)] },
    { fileName: '002.txt' },
  );
  const source = { uri: 'file:///002.txt', version: 4 };

  it('JSON: figures and problems with 1-based lines', () => {
    const data = JSON.parse(formatExport(payload, 'json', source));
    assert.equal(data.uri, source.uri);
    assert.equal(data.metrics.length, 2);
    assert.equal(data.metrics[0].line, 31);
    assert.equal(data.metrics[0].chineseLine, 32);
    assert.deepEqual(data.problems.map((p: { code: string; line: number; column: number }) => [p.code, p.line, p.column]), [['figure-mismatch', 13, 41], ['untranslated', 21, 41]]);
    const seifert = data.names.find((n: { english: string }) => n.english === 'Thomas Seifert');
    const toma = seifert.renderings.find((r: { text: string }) => r.text === '托馬斯');
    assert.deepEqual([toma.count, toma.line, readSeed(SEED_INTERLEAVED).split(/\r?\n/)[toma.line - 1].slice(toma.column - 1, toma.column + 2)], [3, 351, '托馬斯']);
  });

  it('CSV: one row per figure or problem, quoted, with formulas defused and a BOM for spreadsheets', () => {
    const csv = formatExport(payload, 'csv', source);
    assert.ok(csv.startsWith('\uFEFFkind,'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const nameRows = payload.names.reduce((sum, n) => sum + n.renderings.length + n.missing.length, 0);
    assert.ok(nameRows > 0);
    assert.equal(lines.length, 1 + 2 + nameRows + 2);
    assert.ok(lines[1].startsWith('metric,"Revenue, ""adjusted"" | total",'), lines[1]);
    assert.ok(lines[2].startsWith(`metric,"'=HYPERLINK(""http://x"")",`), lines[2]);
    assert.ok(lines.some((line) => line.startsWith('name,person,,,Thomas Seifert,托馬斯,3,,351,')), 'a rendering row');
    assert.ok(lines[3 + nameRows].startsWith('problem,figure-mismatch,error,'), lines[3 + nameRows]);
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(' x'), '" x"');
  });

  it('Markdown: tables whose cells cannot break the table or inject HTML', () => {
    const markdown = formatExport(payload, 'markdown', source);
    assert.ok(markdown.includes('## Key figures'));
    assert.ok(markdown.includes('Revenue, "adjusted" \\| total'));
    assert.ok(markdown.includes('## Guidance\n\nNo guidance found'));
    assert.ok(markdown.includes('| Error | Figure differs | 13 |'));
    assert.match(markdown, /## Names\n\n\| Name \| .*\n\|---\|---\|---\|\n[^]*\| Thomas Seifert, Chief Financial Officer \| [^|\n]*托馬斯 ×3 \(351\)/);
    assert.equal(markdownCell('<img src=x onerror=alert(1)>|a\nb'), '&lt;img src=x onerror=alert(1)&gt;\\|a b');
  });
});

describe('review of an English-only transcript', () => {
  const text = ['Total revenues were $452.2 million, up 12% year-over-year.', '總營收為 4.522 億美元，年增 12%。', '', 'Net loss was $5.2 million, and our market share reached 18%.', ''].join('\n');
  const payload = buildReviewPayload(analyze(text), { fileName: 'call.txt' });
  const source = { uri: 'file:///call.txt', version: 1 };

  it('marks each metric of an untranslated paragraph `untranslated`, apart from a translated one with or without a counterpart', () => {
    assert.deepEqual(
      payload.metrics.map((m) => [m.key, m.status, m.chinese]),
      [
        ['revenue', 'ok', '4.522 億美元'],
        ['revenue_growth_yoy', 'ok', '12%'],
        ['net_income', 'untranslated', null],
      ],
    );
    const parsed = parseToPanel({ type: 'update', uri: source.uri, version: 1, payload });
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.reason);
  });

  it('lists the other figures the company stated, with their sentence and line', () => {
    assert.deepEqual(payload.otherFigures.map((o) => [o.english, o.line, o.translated]), [['18%', 3, false]]);
    assert.match(payload.otherFigures[0].sentence, /^Net loss was/);
  });

  it('says "No translation" in the exports, and lists the other figures in each', () => {
    const markdown = formatExport(payload, 'markdown', source);
    assert.match(markdown, /\| Net income \| [^|]* \| \$5\.2 million \| {2}\| [^|]* \| No translation \| 4 \|/);
    assert.match(markdown, /## Other figures stated by the company\n\n\| Figure \| Sentence \| Line \|\n\|---\|---\|--:\|\n\| 18% \| Net loss was/);
    const csv = formatExport(payload, 'csv', source);
    assert.match(csv, /\r\nother,,,,18%,,,untranslated,4,/);
    assert.equal(JSON.parse(formatExport(payload, 'json', source)).otherFigures[0].line, 4);
  });
});

describe('review payload language', () => {
  it('shows each metric under its translated name, and keeps its key', () => {
    const analysis = analyze(readSeed(SEED_INTERLEAVED));
    const translate = (template: string) => `«${template}»`;
    const payload = buildReviewPayload(analysis, { fileName: 'x', translate });
    assert.ok(payload.metrics.length > 10);
    for (const [i, row] of payload.metrics.entries()) {
      assert.equal(row.label, `«${analysis.metrics[i].label}»`);
      assert.equal(row.key, analysis.metrics[i].key);
    }
  });
});
