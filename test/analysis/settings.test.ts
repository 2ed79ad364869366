import { strict as assert } from 'assert';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/analysis/settings';

const from = (values: Record<string, unknown>) => (name: string) => values[name];

describe('settings', () => {
  it('uses the defaults when nothing is set', () => {
    const { settings, errors } = parseSettings(from({}));
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.deepEqual(errors, []);
  });

  it('takes valid values and merges per-code records over the defaults', () => {
    const { settings, errors } = parseSettings(from({ checks: { untranslated: false }, severity: { 'figure-extra': 'hint' }, roundingTolerance: 0.01, ignoredFigures: ['R2'] }));
    assert.deepEqual(errors, []);
    assert.equal(settings.checks.untranslated, false);
    assert.equal(settings.checks['figure-mismatch'], true);
    assert.equal(settings.severity['figure-extra'], 'hint');
    assert.equal(settings.severity['figure-mismatch'], 'error');
    assert.equal(settings.roundingTolerance, 0.01);
    assert.deepEqual(settings.ignoredFigures, ['R2']);
  });

  it('replaces each invalid value by its default, reports it, and keeps the valid ones', () => {
    const { settings, errors } = parseSettings(from({ severity: { 'figure-extra': 'loud' }, roundingTolerance: -1, ignoredFigures: 'R2', checks: { untranslated: false }, autoDetect: 'yes' }));
    assert.equal(errors.length, 4);
    assert.ok(errors.some((e) => e.startsWith('transcriptReview.severity')));
    assert.ok(errors.some((e) => e.startsWith('transcriptReview.roundingTolerance')));
    assert.equal(settings.severity['figure-extra'], 'warning');
    assert.equal(settings.roundingTolerance, DEFAULT_SETTINGS.roundingTolerance);
    assert.deepEqual(settings.ignoredFigures, []);
    assert.equal(settings.autoDetect, true);
    assert.equal(settings.checks.untranslated, false);
  });

  it('takes names never to report and a glossary, one rendering or several', () => {
    const glossary = [{ english: 'Zero Trust', chinese: '零信任', kind: 'product' }, { english: 'Workers AI', chinese: ['Workers AI', 'Workers 人工智慧'] }];
    const { settings, errors } = parseSettings(from({ ignoredNames: ['Matt', '馬特'], glossary }));
    assert.deepEqual(errors, []);
    assert.deepEqual(settings.ignoredNames, ['Matt', '馬特']);
    assert.deepEqual(settings.glossary, [
      { english: 'Zero Trust', chinese: ['零信任'], kind: 'product' },
      { english: 'Workers AI', chinese: ['Workers AI', 'Workers 人工智慧'] },
    ]);
  });

  it('refuses a glossary with an entry it cannot use, and keeps the other settings', () => {
    for (const glossary of [[{ english: 'Zero Trust' }], [{ english: '', chinese: '零信任' }], [{ english: 'R2', chinese: [] }], [{ english: 'R2', chinese: 'R2', kind: 'planet' }], 'R2']) {
      const { settings, errors } = parseSettings(from({ glossary, ignoredNames: ['Matt'] }));
      assert.equal(errors.length, 1, JSON.stringify(glossary));
      assert.ok(errors[0].startsWith('transcriptReview.glossary'));
      assert.deepEqual(settings.glossary, []);
      assert.deepEqual(settings.ignoredNames, ['Matt']);
    }
  });

  it('rejects unknown codes', () => {
    const { errors } = parseSettings(from({ checks: { 'no-such-check': true } }));
    assert.equal(errors.length, 1);
  });
});

describe('written values', () => {
  it('writes money grouped with its unit, and calendar figures as calendars', async () => {
    const { formatValue } = await import('../../src/presentation/messages');
    assert.equal(formatValue(308_500_000, 'USD'), '308,500,000 USD');
    assert.equal(formatValue(32, 'percent'), '32%');
    assert.equal(formatValue(2022, 'year'), '2022');
    assert.equal(formatValue(2, 'quarter'), 'Q2');
    assert.equal(formatValue(829, 'date'), '8/29');
    assert.equal(formatValue(1700, 'time'), '17:00');
  });

  it('writes counts and fractions as bare numbers, multiples with ×, and unit words through the translation', async () => {
    const { formatValue } = await import('../../src/presentation/messages');
    const zhTw = (await import('../../l10n/bundle.l10n.zh-tw.json')).default as Record<string, string>;
    const translate = (template: string, ...args: Array<string | number>) => (zhTw[template] ?? template).replace('{0}', String(args[0]));
    assert.equal(formatValue(3000, 'count'), '3,000');
    assert.equal(formatValue(0.25, 'fraction'), '0.25');
    assert.equal(formatValue(3, 'multiple'), '3×');
    assert.equal(formatValue(200, 'bp'), '200 basis points');
    assert.equal(formatValue(200, 'bp', translate), '200 個基點');
    assert.equal(formatValue(36, 'duration', translate), '36 個月');
    assert.equal(formatValue(3, 'ordinal', translate), '第 3');
    assert.equal(formatValue(0.16, 'USD/share', translate), '0.16 USD/share');
  });
});
