import { strict as assert } from 'assert';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';

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

  it('rejects unknown codes', () => {
    const { errors } = parseSettings(from({ checks: { 'no-such-check': true } }));
    assert.equal(errors.length, 1);
  });
});

describe('written values', () => {
  it('writes money grouped with its unit, and calendar figures as calendars', async () => {
    const { formatValue } = await import('../../src/core/messages');
    assert.equal(formatValue(308_500_000, 'USD'), '308,500,000 USD');
    assert.equal(formatValue(32, 'percent'), '32%');
    assert.equal(formatValue(2022, 'year'), '2022');
    assert.equal(formatValue(2, 'quarter'), 'Q2');
    assert.equal(formatValue(829, 'date'), '8/29');
  });
});
