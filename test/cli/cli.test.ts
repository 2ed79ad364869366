import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';
import zhTw from '../../l10n/bundle.l10n.zh-tw.json';
import { parseLanguage } from '../../src/cli/language';
import { CheckSchema, MetricsSchema, NamesSchema, OutlineSchema, run, scratchFolder } from '../support/cli';
import { SEED_BULLETED, SEED_INTERLEAVED } from '../support/helpers';

const { root: scratch, tempDir } = scratchFolder('transcript-review-cli-');

describe('CLI outline', () => {
  it('prints one JSON object per file, matching the schema, lines 1-based', async () => {
    const { code, out } = await run(['outline', SEED_INTERLEAVED, '--json']);
    assert.equal(code, 0);
    const outline = OutlineSchema.parse(JSON.parse(out));
    assert.equal(outline.layout, 'interleaved');
    const turns = outline.sections.flatMap((s) => s.turns);
    assert.equal(turns[0].speaker, 'Operator');
    assert.equal(turns[0].line, 20);
    assert.ok(turns.every((t) => t.endLine >= t.line));
  });

  it('gives an array for several files', async () => {
    const { code, out } = await run(['outline', SEED_BULLETED, SEED_INTERLEAVED, '--json']);
    assert.equal(code, 0);
    const outlines = z.array(OutlineSchema).parse(JSON.parse(out));
    assert.deepEqual(outlines.map((o) => o.layout), ['bulleted', 'interleaved']);
  });

  it('prints a readable outline without --json', async () => {
    const { code, out } = await run(['outline', SEED_BULLETED]);
    assert.equal(code, 0);
    assert.match(out, /Questions & Answers/);
    assert.match(out, /Shaul Eyal — MD & Senior Analyst \(Analyst, \d+ ¶\)/);
  });

  it('rejects unknown commands and options with exit 2', async () => {
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run(['outline', '--bogus'])).code, 2);
    assert.equal((await run([])).code, 2);
  });
});

describe('CLI check', () => {
  it('prints diagnostics as JSON matching the schema, 1-based', async () => {
    const { out } = await run(['check', SEED_INTERLEAVED, '--json']);
    const result = CheckSchema.parse(JSON.parse(out));
    const untranslated = result.diagnostics.filter((d) => d.code === 'untranslated');
    assert.ok(untranslated.length > 0);
    assert.ok(untranslated.every((d) => d.english !== null && d.chinese === null && d.column === 1));
  });

  it('prints file:line:col severity code message without --json', async () => {
    const { out } = await run(['check', SEED_BULLETED]);
    assert.match(out, /000_fc229bb68bbd6b60\.txt:169:5 warning translation-truncated The translation stops short/);
  });

  it('walks a folder and reports throughput', async () => {
    const dir = tempDir('folder-');
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.copyFileSync(SEED_BULLETED, path.join(dir, 'a.txt'));
    fs.copyFileSync(SEED_INTERLEAVED, path.join(dir, 'nested', 'b.transcript'));
    fs.writeFileSync(path.join(dir, 'notes.md'), 'not a transcript');
    const { code, out, err } = await run(['check', dir, '--json']);
    const results = z.array(CheckSchema).parse(JSON.parse(out));
    assert.deepEqual(results.map((r) => path.basename(r.file)), ['a.txt', 'b.transcript']);
    assert.ok([0, 1].includes(code));
    assert.equal(err, '');
    const text = await run(['check', dir]);
    assert.match(text.err, /^2 files, [\d.]+ MB in [\d.]+ s \(\d+ files\/s, [\d.]+ MB\/s\)$/m);
  });
});

describe('CLI check: names', () => {
  it('reports the seeds\' dropped and twice-written names as it reports the others', async () => {
    const where = (result: z.infer<typeof CheckSchema>) => result.diagnostics.filter((d) => d.code.startsWith('name-') || d.code === 'term-mismatch').map((d) => `${d.code} ${d.line}`);
    const [bulleted, interleaved] = z.array(CheckSchema).parse(JSON.parse((await run(['check', SEED_BULLETED, SEED_INTERLEAVED, '--json'])).out));
    assert.deepEqual(where(bulleted), ['name-missing 25', 'name-inconsistent 329', 'name-inconsistent 465']);
    assert.deepEqual(where(interleaved), ['name-inconsistent 351', 'name-inconsistent 400', 'name-inconsistent 447']);
    const text = await run(['check', SEED_INTERLEAVED]);
    assert.match(text.out, /002_f7a40acd86bfc4bc\.txt:351:\d+ warning name-inconsistent EN "Thomas" is "托馬斯" here but "湯瑪斯"/);
  });
});

describe('CLI names', () => {
  it('prints each name with its renderings and dropped mentions as JSON matching the schema, 1-based', async () => {
    const { code, out } = await run(['names', SEED_BULLETED, '--json']);
    assert.equal(code, 0);
    const result = NamesSchema.parse(JSON.parse(out));
    const prince = result.names.find((n) => n.english === 'Matthew Prince')!;
    assert.equal(prince.kind, 'person');
    assert.deepEqual(prince.missing, [25]);
    const seifert = result.names.find((n) => n.english.startsWith('Thomas'))!;
    const toma = seifert.renderings.find((r) => r.text === '托馬斯')!;
    assert.deepEqual([toma.count, toma.lines], [2, [329, 465]]);
    // "Matt" is rendered 馬特 faithfully: a rendering of its own English form, not of Matthew Prince's.
    assert.ok(!prince.renderings.some((r) => r.text === '馬特'));
  });

  it('prints one object per file for several files, and a readable list without --json', async () => {
    const several = z.array(NamesSchema).parse(JSON.parse((await run(['names', SEED_BULLETED, SEED_INTERLEAVED, '--json'])).out));
    assert.deepEqual(several.map((r) => path.basename(r.file)), ['000_fc229bb68bbd6b60.txt', '002_f7a40acd86bfc4bc.txt']);
    const { code, out } = await run(['names', SEED_INTERLEAVED]);
    assert.equal(code, 0);
    assert.match(out, /^\S*002_f7a40acd86bfc4bc\.txt: \d+ names$/m);
    assert.match(out, /^ {2}Thomas Seifert \(person, Chief Financial Officer\)$/m);
    assert.match(out, /^ {4}托馬斯 +×3 +\[lines 351, 400, 447\]$/m);
    const chinese = await run(['names', SEED_BULLETED, '--lang', 'zh-cn']);
    assert.ok(chinese.out.includes(`${zhCn['not named in the translation']} ${zhCn['[line {0}]'].replace('{0}', '25')}`), chinese.out);
  });
});

describe('CLI report', () => {
  it('writes one HTML report per transcript into --out and names each', async () => {
    const out = tempDir('reports-');
    const { code, out: printed } = await run(['report', SEED_BULLETED, SEED_INTERLEAVED, '--out', out]);
    assert.equal(code, 0);
    const written = fs.readdirSync(out).sort();
    assert.deepEqual(written, ['000_fc229bb68bbd6b60.review.html', '002_f7a40acd86bfc4bc.review.html']);
    assert.match(printed, /report: .*000_fc229bb68bbd6b60\.review\.html/);
    const html = fs.readFileSync(path.join(out, written[1]), 'utf8');
    assert.match(html, /Content-Security-Policy/);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('needs a folder after --out', async () => {
    assert.equal((await run(['report', SEED_BULLETED, '--out'])).code, 2);
  });
});

describe('CLI metrics', () => {
  it('prints the call, metrics and speakers as JSON matching the schema', async () => {
    const { code, out } = await run(['metrics', SEED_INTERLEAVED, '--json']);
    assert.equal(code, 0);
    const result = MetricsSchema.parse(JSON.parse(out));
    assert.equal(result.call.period, 'Q1 2024');
    const revenue = result.metrics.find((m) => m.key === 'revenue')!;
    assert.deepEqual([revenue.value, revenue.line, revenue.english.text, revenue.chinese?.text, revenue.consistent], [378600000, 43, '$378.6 million', '3.786 億美元', true]);
    assert.ok(Math.abs(result.speakers.reduce((sum, s) => sum + s.share, 0) - 1) < 0.01);
    assert.equal(revenue.translated, true);
  });

  const { tempFile } = scratchFolder('metrics-');
  const ENGLISH_ONLY = ['Total revenues were €452.2 million, up 12% year-over-year.', 'Net loss was €5.2 million.', 'We expect revenue to be between €480 million and €500 million for the fourth quarter.', 'Our market share reached 18%.', ''].join('\n');

  it('reads an English-only transcript with no speaker names, in its currency, each metric marked untranslated', async () => {
    const { code, out } = await run(['metrics', tempFile('english.txt', ENGLISH_ONLY), '--json']);
    assert.equal(code, 0);
    const result = MetricsSchema.parse(JSON.parse(out));
    assert.deepEqual(
      result.metrics.map((m) => [m.key, m.value ?? [m.low, m.high], m.unit, m.translated, m.chinese, m.consistent]),
      [
        ['revenue', 452.2e6, 'EUR', false, null, null],
        ['revenue_growth_yoy', 12, 'percent', false, null, null],
        ['net_income', -5.2e6, 'EUR', false, null, null],
        ['guidance_revenue', [480e6, 500e6], 'EUR', false, null, null],
      ],
    );
    assert.deepEqual(result.otherFigures.map((o) => [o.text, o.line, o.translated]), [['18%', 4, false]]);
  });

  it('says "no translation" in its text output, and lists the other figures', async () => {
    const { code, out } = await run(['metrics', tempFile('english.txt', ENGLISH_ONLY)]);
    assert.equal(code, 0);
    assert.match(out, /Revenue .*452,200,000 EUR .*no translation/);
    assert.match(out, /Other figures stated by the company:\n {4}18% /);
  });
});

describe('CLI languages', () => {
  const HAN = /\p{Script=Han}/u;
  /** The messages' own words: what they quote of the document (a name's Chinese renderings) left out. */
  const ownWords = (out: string) => out.replace(/"[^"\n]*"/g, '"…"').replace(/\([^()\n]*\)/g, '(…)');
  /** Both spellings of 譯 (translate): the Traditional one only in zh-tw output, the Simplified one only in zh-cn. */
  const TRADITIONAL = '譯';
  const SIMPLIFIED = '译';
  const runIn = run;

  it('maps language tags and POSIX locales onto the three languages', () => {
    const cases: Array<[string, string | null]> = [
      ['en', 'en'], ['EN-us', 'en'], ['en_GB.UTF-8', 'en'],
      ['zh-tw', 'zh-tw'], ['zh-TW', 'zh-tw'], ['zh-Hant', 'zh-tw'], ['zh-HK', 'zh-tw'], ['zh_TW.UTF-8', 'zh-tw'], ['zh-Hant-CN', 'zh-tw'],
      ['zh-cn', 'zh-cn'], ['ZH-CN', 'zh-cn'], ['zh-Hans', 'zh-cn'], ['zh-SG', 'zh-cn'], ['zh_CN.GB18030', 'zh-cn'], ['zh', 'zh-cn'],
      ['fr', null], ['zh-XX', null], ['C', null], ['', null],
    ];
    for (const [tag, expected] of cases) assert.equal(parseLanguage(tag), expected, tag);
  });

  it('--lang zh-tw prints finding messages in Traditional Chinese, codes and positions unchanged', async () => {
    const english = await runIn(['check', SEED_BULLETED], {});
    const chinese = await runIn(['check', SEED_BULLETED, '--lang', 'zh-tw'], {});
    assert.equal(chinese.code, english.code);
    assert.ok(chinese.out.includes(TRADITIONAL) && !chinese.out.includes(SIMPLIFIED), chinese.out.slice(0, 300));
    const where = (out: string) => out.trim().split('\n').map((line) => line.split(' ').slice(0, 3).join(' '));
    assert.deepEqual(where(chinese.out), where(english.out));
    assert.match(chinese.out, /000_fc229bb68bbd6b60\.txt:169:5 warning translation-truncated \S*\p{Script=Han}/u);
  });

  it('follows LANG=zh_CN.UTF-8 in Simplified Chinese, and LC_MESSAGES and LC_ALL before it', async () => {
    const simplified = await runIn(['check', SEED_BULLETED], { LANG: 'zh_CN.UTF-8' });
    assert.ok(simplified.out.includes(SIMPLIFIED) && !simplified.out.includes(TRADITIONAL), simplified.out.slice(0, 300));
    const messages = await runIn(['check', SEED_BULLETED], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' });
    assert.ok(messages.out.includes(TRADITIONAL));
    const all = await runIn(['check', SEED_BULLETED], { LANG: 'zh_CN.UTF-8', LC_ALL: 'C.UTF-8' });
    assert.doesNotMatch(ownWords(all.out), HAN);
    const flag = await runIn(['check', SEED_BULLETED, '--lang=zh-Hant'], { LANG: 'zh_CN.UTF-8' });
    assert.ok(flag.out.includes(TRADITIONAL) && !flag.out.includes(SIMPLIFIED));
  });

  it('stays in English by default, for a locale it does not ship, and for the next run after a Chinese one', async () => {
    const before = await runIn(['check', SEED_BULLETED], {});
    assert.match(before.out, /:169:5 warning translation-truncated The translation stops short of the English/);
    assert.doesNotMatch(ownWords(before.out), HAN);
    assert.equal((await runIn(['check', SEED_BULLETED], { LANG: 'fr_FR.UTF-8' })).out, before.out);
    assert.equal((await runIn(['check', SEED_BULLETED, '--lang', 'EN'], { LANG: 'zh_TW.UTF-8' })).out, before.out);
    await runIn(['check', SEED_BULLETED, '--lang', 'zh-cn'], {});
    assert.equal((await run(['check', SEED_BULLETED])).out, before.out);
  });

  it('refuses an unknown or missing --lang with exit 2 and one message, before doing anything', async () => {
    for (const args of [['check', SEED_BULLETED, '--lang', 'fr'], ['--lang=klingon', 'outline'], ['outline', '--lang']]) {
      const { code, out, err } = await runIn(args, {});
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, /^transcript-review: unknown language "[^"]*": use en, zh-tw or zh-cn\n$/);
    }
    const chinese = await runIn(['outline', '--lang', 'fr'], { LANG: 'zh_TW.UTF-8' });
    assert.equal(chinese.code, 2);
    assert.ok(chinese.err.includes('fr') && HAN.test(chinese.err), chinese.err);
  });

  it('translates usage, input errors and the outline labels', async () => {
    const help = await runIn(['help', '--lang', 'zh-tw'], {});
    assert.equal(help.code, 0);
    assert.ok(help.out.startsWith(`${zhTw['Usage:']} transcript-review`), help.out);
    assert.ok(help.out.includes(zhTw['sections and speaker turns of each transcript']));
    const missing = await runIn(['outline', path.join(scratch, 'no-such.txt'), '--lang', 'zh-cn'], {});
    assert.equal(missing.code, 2);
    assert.ok(missing.err.includes(`no-such.txt: ${zhCn['no such file']}`), missing.err);
    const outline = await runIn(['outline', SEED_BULLETED, '--lang', 'zh-cn'], {});
    assert.ok(outline.out.includes(`Shaul Eyal — MD & Senior Analyst (${zhCn.Analyst}, `), outline.out);
    assert.ok(outline.out.includes(zhCn['[line {0}]'].replace('{0}', '19')), outline.out);
  });

  it('keeps every JSON output schema-valid, with the same codes, in every language', async () => {
    const outlines: unknown[] = [];
    const checks: Array<z.infer<typeof CheckSchema>> = [];
    const names: unknown[] = [];
    for (const lang of ['en', 'zh-tw', 'zh-cn']) {
      outlines.push(OutlineSchema.parse(JSON.parse((await runIn(['outline', SEED_INTERLEAVED, '--json', '--lang', lang], {})).out)));
      checks.push(CheckSchema.parse(JSON.parse((await runIn(['check', SEED_INTERLEAVED, '--json', '--lang', lang], {})).out)));
      MetricsSchema.parse(JSON.parse((await runIn(['metrics', SEED_INTERLEAVED, '--json', '--lang', lang], {})).out));
      names.push(NamesSchema.parse(JSON.parse((await runIn(['names', SEED_INTERLEAVED, '--json', '--lang', lang], {})).out)));
    }
    assert.deepEqual(names[1], names[0]);
    assert.deepEqual(names[2], names[0]);
    assert.deepEqual(outlines[1], outlines[0]);
    assert.deepEqual(outlines[2], outlines[0]);
    const [english, traditional, simplified] = checks;
    const codes = (result: typeof english) => result.diagnostics.map((d) => `${d.code} ${d.severity} ${d.line}:${d.column}`);
    assert.ok(english.diagnostics.length > 0);
    assert.deepEqual(codes(traditional), codes(english));
    assert.deepEqual(codes(simplified), codes(english));
    // Messages follow the language: each one differs from the English, and the two scripts differ from each other.
    english.diagnostics.forEach((d, i) => {
      assert.notEqual(traditional.diagnostics[i].message, d.message);
      assert.notEqual(simplified.diagnostics[i].message, traditional.diagnostics[i].message);
    });
  });

  it('writes the HTML report in the chosen language, with a matching <html lang>', async () => {
    const reviewData = (html: string) => JSON.parse(html.match(/id="review-data">([^<]*)</)![1]).payload;
    for (const [lang, htmlLang, bundle] of [['zh-tw', 'zh-TW', zhTw], ['zh-cn', 'zh-CN', zhCn], ['en', 'en', null]] as const) {
      const out = tempDir(`report-${lang}-`);
      const { code } = await runIn(['report', SEED_INTERLEAVED, '--out', out, '--lang', lang], {});
      assert.equal(code, 0);
      const html = fs.readFileSync(path.join(out, '002_f7a40acd86bfc4bc.review.html'), 'utf8');
      assert.match(html, new RegExp(`<html lang="${htmlLang}">`));
      const payload = reviewData(html);
      assert.equal(payload.strings.keyFigures, bundle ? bundle['Key figures'] : 'Key figures');
      const untranslated = payload.problems.find((p: { code: string }) => p.code === 'untranslated');
      assert.equal(untranslated.message, bundle ? bundle['This English paragraph has no translation'] : 'This English paragraph has no translation');
    }
  });
});
