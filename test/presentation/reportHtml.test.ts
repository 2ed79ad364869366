import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseToPanel } from '../../src/shared/protocol';
import { createNonce, escapeHtml, jsonForScript, renderPanelHtml, renderReportHtml } from '../../src/presentation/reportHtml';
import { buildReviewPayload } from '../../src/presentation/reviewPayload';
import { REPO } from '../support/helpers';
import { hostileAnalysis, IMG_TAG, PANEL_SCRIPT, panelAssets, SCRIPT_TAG } from '../support/panelFixtures';

const assets = panelAssets;
const WEBVIEW = path.join(REPO, 'src', 'webview');

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
    assert.throws(() => renderReportHtml(payload, { script: 'let a = "</script><script>alert(1)";', style: '', theme: '' }), /script/);
    assert.throws(() => renderReportHtml(payload, { script: '', style: 'a{}</style><script>', theme: '' }), /style/);
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
  const sources = fs.readdirSync(WEBVIEW).filter((name) => name.endsWith('.ts')).map((name) => fs.readFileSync(path.join(WEBVIEW, name), 'utf8'));

  it('never turns strings into markup or code (src/webview)', () => {
    assert.ok(sources.length >= 3);
    for (const code of sources) assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"`]on/.test(code));
  });

  it('validates what it receives with the shared schemas', () => {
    assert.ok(sources.some((code) => code.includes("from '../shared/protocol'") && code.includes('parseToPanel(')));
  });

  it('is built as one script that parses and can be inlined', () => {
    const script = fs.readFileSync(PANEL_SCRIPT, 'utf8');
    assert.doesNotThrow(() => new Function(script));
    assert.ok(!/<\/script|<!--/i.test(script));
  });
});
