import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FINDING_CODES } from '../../src/analysis/checks/types';
import { LIMITS, parseToPanel, SEVERITIES, UI_STRING_KEYS } from '../../src/shared/protocol';
import { createNonce, escapeHtml, jsonForScript, renderPanelHtml, renderReportHtml } from '../../src/presentation/reportHtml';
import { buildReviewPayload } from '../../src/presentation/reviewPayload';
import { hostileAnalysis, IMG_TAG, MEDIA, SCRIPT_TAG } from '../support/panelFixtures';

const assets = () => ({ script: fs.readFileSync(path.join(MEDIA, 'panel.js'), 'utf8'), style: fs.readFileSync(path.join(MEDIA, 'panel.css'), 'utf8') });

/** The opening tags of an element, with their attributes, as the HTML holds them. */
const openingTags = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))].map((m) => m[0]);

describe('report HTML', () => {
  const payload = buildReviewPayload(hostileAnalysis(), { fileName: `evil ${SCRIPT_TAG}.txt` });
  const nonce = createNonce();
  const html = renderReportHtml(payload, { ...assets(), nonce, uri: 'file:///evil.txt', version: 3 });

  it('has the fixture’s markup in the payload (so the test below means something)', () => {
    const text = JSON.stringify(payload);
    assert.ok(text.includes(SCRIPT_TAG) && text.includes(IMG_TAG));
    assert.ok(payload.speakers[0].name.includes(SCRIPT_TAG));
    assert.ok(payload.problems[0].message.includes(SCRIPT_TAG));
  });

  it('holds no markup from the transcript: the only script tags are ours', () => {
    const scripts = openingTags(html, 'script');
    assert.deepEqual(scripts, ['<script type="application/json" id="review-data">', `<script nonce="${nonce}">`]);
    assert.ok(!html.includes(SCRIPT_TAG));
    assert.ok(!/<img\b/i.test(html), 'an img tag');
    assert.ok(!/<iframe\b|<svg\b/i.test(html), 'an iframe or svg tag');
    assert.ok(!/<[a-z][^>]*\son[a-z]+=/i.test(html), 'an event handler attribute');
    // The data block cannot end early: no "<" at all inside it.
    const data = html.slice(html.indexOf('id="review-data">') + 'id="review-data">'.length, html.indexOf('</script>'));
    assert.ok(!data.includes('<'), 'a "<" in the data block');
  });

  it('embeds the update message so that it parses back exactly, and passes the protocol', () => {
    const data = html.slice(html.indexOf('id="review-data">') + 'id="review-data">'.length, html.indexOf('</script>'));
    const message = JSON.parse(data);
    assert.deepEqual(message, { type: 'update', uri: 'file:///evil.txt', version: 3, payload });
    assert.ok(parseToPanel(message).ok);
  });

  it('has the strict CSP with this render’s nonce, and the nonce on every style and script', () => {
    const meta = openingTags(html, 'meta').find((tag) => tag.includes('Content-Security-Policy'));
    assert.ok(meta, 'no CSP meta tag');
    assert.ok(meta.includes(`default-src &#39;none&#39;; style-src &#39;nonce-${nonce}&#39;; script-src &#39;nonce-${nonce}&#39;; img-src data:;`), meta);
    assert.ok(html.indexOf(meta) < html.indexOf('<style'), 'the CSP comes after content');
    for (const style of openingTags(html, 'style')) assert.equal(style, `<style nonce="${nonce}">`);
    assert.ok(!/<link\b/i.test(html), 'a report loads nothing');
    assert.ok(!/\sstyle=/i.test(html), 'an inline style attribute (blocked by the CSP)');
  });

  it('uses a fresh nonce for each render', () => {
    const again = renderReportHtml(payload, assets());
    const nonces = [...again.matchAll(/nonce-([0-9a-f]+)/g)].map((m) => m[1]);
    assert.ok(nonces.length >= 2 && nonces.every((n) => n === nonces[0]));
    assert.notEqual(nonces[0], nonce);
    assert.notEqual(createNonce(), createNonce());
    assert.match(createNonce(), /^[0-9a-f]{32}$/);
  });

  it('escapes the title', () => {
    assert.ok(html.includes(`<title>Acme ${escapeHtml(SCRIPT_TAG)} · Q3 ${escapeHtml(IMG_TAG)}</title>`));
  });

  it('refuses to inline a script or style that would close its own tag, and a nonce that is not one', () => {
    assert.throws(() => renderReportHtml(payload, { script: 'let a = "</script><script>alert(1)";', style: '' }), /script/);
    assert.throws(() => renderReportHtml(payload, { script: '', style: 'a{}</style><script>' }), /style/);
    assert.throws(() => renderReportHtml(payload, { ...assets(), nonce: `abc' 'unsafe-inline` }), /nonce/);
  });

  it('keeps line separators and ampersands out of the JSON', () => {
    const json = jsonForScript({ a: '\u2028</script>&<!--' });
    assert.equal(json, '{"a":"\\u2028\\u003c/script\\u003e\\u0026\\u003c!--"}');
    assert.deepEqual(JSON.parse(json), { a: '\u2028</script>&<!--' });
  });
});

describe('panel HTML (webview)', () => {
  const nonce = createNonce();
  const html = renderPanelHtml({
    cspSource: 'https://*.vscode-cdn.net',
    nonce,
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.css',
    placeholder: `Open a transcript ${SCRIPT_TAG}`,
    title: 'Review',
    lang: 'zh-tw',
  });

  it('has the webview CSP: scripts only by nonce, styles and images from the webview source', () => {
    assert.ok(html.includes(`content="default-src &#39;none&#39;; style-src https://*.vscode-cdn.net &#39;nonce-${nonce}&#39;; script-src &#39;nonce-${nonce}&#39;; img-src https://*.vscode-cdn.net data:; base-uri &#39;none&#39;; form-action &#39;none&#39;;"`));
    assert.deepEqual(openingTags(html, 'script'), [`<script nonce="${nonce}" src="https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.js">`]);
    assert.ok(html.includes('<html lang="zh-tw">'));
  });

  it('escapes the placeholder and holds no data', () => {
    assert.ok(!html.includes(SCRIPT_TAG));
    assert.ok(html.includes(escapeHtml(SCRIPT_TAG)));
  });
});

describe('panel script', () => {
  const script = fs.readFileSync(path.join(MEDIA, 'panel.js'), 'utf8');

  it('never turns strings into markup or code', () => {
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"]on/.test(script));
  });

  it('parses as ES2020 and validates every message type it handles', () => {
    assert.doesNotThrow(() => new Function(script));
    assert.ok(script.includes("m.type === 'update'") && script.includes("m.type === 'cursor'"));
  });
});

describe('panel script and protocol agree', () => {
  const script = fs.readFileSync(path.join(MEDIA, 'panel.js'), 'utf8');
  const list = (name: string) => {
    const match = script.match(new RegExp(`const ${name} = \\[([^\\]]*)\\]`));
    assert.ok(match, name);
    return [...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  };

  it('checks the same UI strings, finding codes and severities', () => {
    assert.deepEqual(list('STRING_KEYS').sort(), [...UI_STRING_KEYS].sort());
    assert.deepEqual(list('CODES'), [...FINDING_CODES]);
    assert.deepEqual(list('SEVERITIES'), [...SEVERITIES]);
  });

  it('uses the same limits', () => {
    const match = script.match(/const LIMITS = (\{[^}]*\})/);
    assert.ok(match);
    const limits = Function(`return ${match[1]}`)() as Record<string, number>;
    assert.deepEqual(limits, { uri: LIMITS.uri, text: LIMITS.text, message: LIMITS.message, string: LIMITS.string, metrics: LIMITS.metrics, speakers: LIMITS.speakers, turns: LIMITS.turnsPerSpeaker, answeredBy: LIMITS.answeredBy, qa: LIMITS.qa, problems: LIMITS.problems, position: LIMITS.position });
  });
});
