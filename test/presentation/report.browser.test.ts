// The report and the panel page in a real Chromium (skipped where /usr/bin/chromium is missing): the report
// renders seed 002 in light and dark, runs nothing from hostile text and fetches nothing; the panel page,
// with a stand-in for the webview API, validates messages, highlights the cursor's rows and asks to reveal.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import type * as PlaywrightCore from 'playwright-core';
import { analyze, type Analysis } from '../../src/analysis/analyze';
import type { MetricSource } from '../../src/analysis/metrics/types';
import { createNonce, renderPanelHtml, renderReportHtml } from '../../src/presentation/reportHtml';
import { buildReviewPayload } from '../../src/presentation/reviewPayload';
import { splitLines } from '../../src/analysis/text';
import { readSeed, SEED_INTERLEAVED } from '../support/helpers';
import { HOSTILE } from '../support/hostile';
import { finding, hostileAnalysis, metric, metricSource, PANEL_SCRIPT, PANEL_STYLE, panelAssets, SCRIPT_TAG } from '../support/panelFixtures';

// The callbacks passed to page.evaluate run in the page; the tests' tsconfig has no DOM library, so the
// page's globals are declared here as far as those callbacks use them.
interface PageElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly classList: { add(...names: string[]): void };
  readonly style: { setProperty(name: string, value: string): void };
  readonly scrollWidth: number;
  readonly clientWidth: number;
}
declare const document: {
  readonly documentElement: PageElement;
  readonly body: PageElement;
  readonly title: string;
  readonly activeElement: PageElement | null;
  getElementById(id: string): PageElement;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
};
declare const window: { postMessage(message: unknown, target: string): void; sent: Array<Record<string, unknown>>; state: unknown };
declare function getComputedStyle(element: unknown): Readonly<Record<string, string>>;

/** playwright-core, loaded at run time rather than bundled into the test (esbuild bundles the tests). */
function playwright(): typeof PlaywrightCore {
  return createRequire(__filename)('playwright-core');
}

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = path.join(os.tmpdir(), 'panel-shots');

const assets = panelAssets;

/** Where a figure is written in the seed (line, characters), found by its text. */
function source(text: string, needle: string, after = 0): MetricSource {
  const lines = splitLines(text);
  for (let line = after; line < lines.length; line += 1) {
    const content = lines[line].text;
    const at = content.indexOf(needle);
    if (at >= 0) return metricSource(needle, line, at, at + needle.length);
  }
  throw new Error(`${needle} not in the seed`);
}

/** Seed 002 with the figures a metrics extractor would find, and a few problems, until the real ones land. */
function seedWithFigures(): Analysis {
  const text = readSeed(SEED_INTERLEAVED);
  const analysis = analyze(text);
  const revenue = source(text, '$378.6 million');
  const margin = source(text, '79.5%');
  const income = source(text, '$42.4 million');
  const eps = source(text, '$0.16');
  const q2 = source(text, '$393.5 million to $394.5 million');
  const fy = source(text, '$1.648 billion to $1.652 billion');
  const zh = (needle: string, line: number, figure: string): MetricSource => (metricSource(figure, line + 1, needle.length, needle.length + figure.length));
  return {
    ...analysis,
    call: { company: 'Cloudflare (NET)', period: 'Q1 2024', date: 'May 02, 2024' },
    metrics: [
      metric('Revenue', 0, { value: 378_600_000, period: 'Q1 2024', english: revenue, chinese: zh('營收', revenue.line, '3.786 億美元'), consistent: true }),
      metric('Gross margin', 0, { unit: 'percent', value: 79.5, period: 'Q1 2024', english: margin, chinese: zh('毛利率', margin.line, '7.95%'), consistent: false }),
      metric('Operating income', 0, { value: 42_400_000, period: 'Q1 2024', english: income, chinese: null, consistent: null }),
      metric('Diluted EPS', 0, { unit: 'USD/share', value: 0.16, period: 'Q1 2024', english: eps, chinese: zh('每股', eps.line, '0.16 美元'), consistent: true }),
      metric('Revenue', 0, { guidance: true, value: null, low: 393_500_000, high: 394_500_000, period: 'Q2 2024', english: q2, chinese: zh('營收', q2.line, '3.935 億至 3.945 億美元'), consistent: true }),
      metric('Revenue', 0, { guidance: true, value: null, low: 1_648_000_000, high: 1_652_000_000, period: 'FY 2024', english: fy, chinese: zh('營收', fy.line, '16.48 億至 16.52 億美元'), consistent: true }),
    ],
    findings: [finding('figure-mismatch', margin.line + 1, '79.5%', '7.95%'), finding('figure-missing', income.line, '$42.4 million', null), ...analysis.findings],
  };
}

async function watch(page: Page) {
  const events = { dialogs: [] as string[], errors: [] as string[], console: [] as string[], requests: [] as string[] };
  page.on('dialog', (dialog) => {
    events.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') events.console.push(message.text());
  });
  page.on('request', (request) => events.requests.push(request.url()));
  return events;
}

describe('report and panel page in Chromium', function () {
  this.timeout(30_000);
  let browser: Browser | undefined;
  let dir: string;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) this.skip();
    const { chromium } = playwright();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-browser-'));
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function openReport(analysis: Analysis, name: string, options: { colorScheme: 'light' | 'dark'; width: number }, fileName = '002_f7a40acd86bfc4bc.txt') {
    const payload = buildReviewPayload(analysis, { fileName });
    // Kept beside the screenshots, to open by hand.
    const file = path.join(SHOTS, `${name}.html`);
    fs.writeFileSync(file, renderReportHtml(payload, { ...assets(), uri: 'file:///seed.txt', version: 1 }));
    const page = await browser!.newPage({ colorScheme: options.colorScheme, viewport: { width: options.width, height: 900 } });
    const events = await watch(page);
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('header.summary');
    return { page, events, payload, url: pathToFileURL(file).href };
  }

  it('renders seed 002 in light and dark, wide and narrow, without errors', async () => {
    for (const [colorScheme, width] of [['light', 1000], ['dark', 1000], ['dark', 320], ['light', 320]] as const) {
      const { page, events, payload, url } = await openReport(seedWithFigures(), `report-002-${colorScheme}-${width}`, { colorScheme, width });
      assert.equal(await page.locator('h1').textContent(), 'Cloudflare (NET)');
      assert.equal(await page.locator('.bars li').count(), payload.speakers.length);
      assert.equal(await page.locator('.qa li').count(), payload.qa.length);
      assert.equal(await page.locator('.problems li').count(), payload.problems.length);
      assert.equal(await page.locator('table.figures').count(), 4, 'results, guidance, the other figures and the names');
      assert.equal(await page.locator('#section-names tbody tr').count(), payload.names.length);
      const seifert = await page.locator('#section-names tbody tr', { hasText: 'Thomas Seifert' }).textContent();
      assert.match(seifert ?? '', /湯瑪斯 ×9.*托馬斯 ×3/);
      assert.ok(payload.otherFigures.length > 0);
      assert.equal(await page.locator('#section-other tbody tr').count(), payload.otherFigures.length);
      assert.equal(await page.locator('#section-figures tbody tr').count(), 4);
      assert.equal(await page.locator('#section-figures .status-mismatch').count(), 1);
      const widths = await page.locator('.bars .fill').evaluateAll((fills: Array<{ getBoundingClientRect(): { width: number } }>) => fills.map((fill) => fill.getBoundingClientRect().width));
      assert.ok(widths[0] > 0 && widths.every((w, i) => i === 0 || w <= widths[i - 1] + 0.5), `bar widths ${widths.slice(0, 5)}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at ${width}px`);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, colorScheme === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)');
      await page.screenshot({ path: path.join(SHOTS, `report-002-${colorScheme}-${width}.png`), fullPage: true });
      // A row click in the report highlights the rows of that line: the figure and the speaker saying it.
      await page.locator('#section-figures tbody tr').nth(0).click();
      assert.equal(await page.locator('#section-figures tbody tr.current').count(), 1);
      assert.equal(await page.locator('.bars .row.current').count(), 1);
      assert.deepEqual(events, { dialogs: [], errors: [], console: [], requests: [url] });
      await page.close();
    }
  });

  /**
   * After rendering hostile data: every catalogue string is visible as typed, and the page holds no element
   * or attribute the data could have made (only tags the normal review uses, the page's own head elements,
   * no event handler attribute, and no link, source or action but the page's own script and stylesheet).
   */
  async function assertInert(page: Page, allowedTags: readonly string[], headTags: Record<string, number>): Promise<void> {
    // Hover, click and tab through the rows, so that any handler the data might have planted would fire.
    for (const row of (await page.locator('.row').all()).slice(0, 5)) await row.click();
    await page.mouse.move(10, 10);
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    const text = await page.evaluate(() => document.getElementById('app').textContent ?? '');
    const missing = HOSTILE.filter((hostile) => !text.includes(hostile));
    assert.deepEqual(missing, [], 'catalogue strings not shown as typed');
    const found = await page.evaluate(() => {
      const tags: Record<string, number> = {};
      const attributes: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        const tag = String(element.tagName).toLowerCase();
        tags[tag] = (tags[tag] ?? 0) + 1;
        for (const attribute of Array.from(element.attributes)) {
          if (/^on|^(href|src|srcset|action|formaction|data|background|poster|xlink:href)$/i.test(attribute.name)) attributes.push(`${tag} ${attribute.name}=${attribute.value}`);
        }
      }
      return { tags, attributes };
    });
    const strange = Object.keys(found.tags).filter((tag) => !allowedTags.includes(tag) && !(tag in headTags));
    assert.deepEqual(strange, [], 'elements made from the data');
    for (const [tag, count] of Object.entries(headTags)) assert.equal(found.tags[tag] ?? 0, count, `<${tag}> elements`);
    const own = (entry: string) => /^(script src|link href)=file:/.test(entry);
    assert.deepEqual(found.attributes.filter((entry) => !own(entry)), [], 'event handlers, links or sources in the page');
  }

  /** The tag names the review uses for a real transcript: the only ones hostile data may end up in. */
  async function normalTags(page: Page): Promise<string[]> {
    return page.evaluate(() => Array.from(new Set(Array.from(document.querySelectorAll('#app *')).map((element) => String(element.tagName).toLowerCase()))));
  }

  /** The hostile analysis without a company name, so that the file name makes the title. */
  const HOSTILE_FILE = `${HOSTILE[10]}.txt`;
  const hostileForReport = (): Analysis => {
    const analysis = hostileAnalysis();
    return { ...analysis, call: { ...analysis.call, company: null } };
  };

  it('report: the hostile catalogue in names, headings, paragraphs and figures shows as text; nothing runs, loads or appears', async () => {
    const normal = await openReport(seedWithFigures(), 'report-normal', { colorScheme: 'light', width: 800 });
    const allowed = await normalTags(normal.page);
    await normal.page.close();
    const { page, events, url } = await openReport(hostileForReport(), 'report-hostile', { colorScheme: 'light', width: 800 }, HOSTILE_FILE);
    // The page's script names the tab after the call (here its file name), as text.
    assert.equal(await page.evaluate(() => document.title), HOSTILE_FILE);
    await assertInert(page, allowed, { html: 1, head: 1, body: 1, main: 1, title: 1, meta: 4, style: 2, script: 2, link: 0, base: 0 });
    await page.screenshot({ path: path.join(SHOTS, 'report-hostile.png') });
    assert.deepEqual(events, { dialogs: [], errors: [], console: [], requests: [url] });
    await page.close();
  });

  /** The webview's page, with a stand-in for the webview API that records what the page sends and keeps. */
  async function openPanelPage() {
    const nonce = createNonce();
    const file = path.join(dir, 'panel.html');
    const scriptUrl = pathToFileURL(PANEL_SCRIPT).href;
    const styleUrl = pathToFileURL(PANEL_STYLE).href;
    fs.writeFileSync(file, renderPanelHtml({ cspSource: 'file:', nonce, scriptUri: scriptUrl, styleUri: styleUrl, placeholder: 'Open a transcript', title: 'Review', lang: 'en' }));
    const page = await browser!.newPage({ viewport: { width: 420, height: 800 } });
    const events = await watch(page);
    await page.addInitScript(() => {
      const w = window as unknown as { sent: unknown[]; state: unknown; acquireVsCodeApi: () => unknown };
      w.sent = [];
      w.state = undefined;
      w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.sent.push(m), getState: () => w.state, setState: (s: unknown) => (w.state = s) });
    });
    await page.goto(pathToFileURL(file).href);
    return { page, events, urls: [pathToFileURL(file).href, styleUrl, scriptUrl] };
  }

  it('panel page: the hostile catalogue shows as text; nothing runs, loads or appears', async () => {
    const normal = await openReport(seedWithFigures(), 'report-normal', { colorScheme: 'light', width: 800 });
    const allowed = await normalTags(normal.page);
    await normal.page.close();
    const { page, events, urls } = await openPanelPage();
    const payload = buildReviewPayload(hostileAnalysis(), { fileName: HOSTILE_FILE });
    await page.evaluate((message) => window.postMessage(message, '*'), { type: 'update', uri: 'file:///hostile.txt', version: 1, payload });
    await page.waitForSelector('header.summary');
    assert.equal(await page.evaluate(() => document.title), `Acme ${SCRIPT_TAG}`);
    await assertInert(page, allowed, { html: 1, head: 1, body: 1, main: 1, title: 1, meta: 3, style: 0, script: 1, link: 1, base: 0 });
    await page.screenshot({ path: path.join(SHOTS, 'panel-hostile.png') });
    assert.deepEqual(events.dialogs, []);
    assert.deepEqual(events.errors, []);
    assert.deepEqual(events.console, []);
    assert.deepEqual([...new Set(events.requests)].sort(), [...urls].sort());
    await page.close();
  });

  it('panel page: says ready, renders valid updates only, highlights the cursor’s rows and asks to reveal', async () => {
    const { page, events } = await openPanelPage();
    const sent = () => page.evaluate(() => window.sent.splice(0));
    assert.deepEqual(await sent(), [{ type: 'ready', uri: '', version: 0 }]);
    assert.equal(await page.locator('.placeholder').textContent(), 'Open a transcript');

    const payload = buildReviewPayload(seedWithFigures(), { fileName: '002.txt' });
    const update = { type: 'update', uri: 'file:///002.txt', version: 5, payload };
    await page.evaluate((message) => window.postMessage(message, '*'), { ...update, payload: { ...payload, strings: {} } });
    await page.evaluate((message) => window.postMessage(message, '*'), { ...update, type: 'render' });
    await page.waitForTimeout(100);
    assert.equal(await page.locator('.placeholder').count(), 1, 'a malformed update was rendered');

    await page.evaluate((message) => window.postMessage(message, '*'), update);
    await page.waitForSelector('header.summary');
    const problem = payload.problems[0];
    await page.evaluate((line) => window.postMessage({ type: 'cursor', uri: 'file:///002.txt', version: 5, line }, '*'), problem.line);
    await page.waitForTimeout(50);
    assert.ok((await page.locator('.problems .row.current').count()) >= 1);
    assert.equal(await page.locator('.bars .row.current').count(), 1, 'the speaker whose turn holds the line');

    await page.locator('.problems .row').first().click();
    assert.deepEqual(await sent(), [{ type: 'reveal', uri: 'file:///002.txt', version: 5, line: problem.line, character: problem.character, endLine: problem.endLine, endCharacter: problem.endCharacter }]);
    await page.locator('#section-figures tbody tr').first().focus();
    await page.keyboard.press('Enter');
    const revenue = payload.metrics[0];
    assert.deepEqual(await sent(), [{ type: 'reveal', uri: 'file:///002.txt', version: 5, line: revenue.line, character: revenue.character, endLine: revenue.endLine, endCharacter: revenue.endCharacter }]);
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.startsWith('Gross margin')), true);

    await page.selectOption('#filter-code', 'figure-missing');
    assert.equal(await page.locator('.problems li').count(), payload.problems.filter((p) => p.code === 'figure-missing').length);
    const state = await page.evaluate(() => window.state as { uri: string; filters: { code: string } });
    assert.equal(state.uri, 'file:///002.txt');
    assert.equal(state.filters.code, 'figure-missing');
    await page.locator('#section-problems summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'panel-webview-light.png') });

    // High contrast: VS Code sets the body class and the contrast border variables.
    await page.evaluate(() => {
      document.body.classList.add('vscode-high-contrast');
      const root = document.documentElement.style;
      for (const [name, value] of Object.entries({ '--vscode-editor-background': '#000', '--vscode-foreground': '#fff', '--vscode-contrastBorder': '#6fc3df', '--vscode-contrastActiveBorder': '#f38518', '--vscode-focusBorder': '#f38518' })) root.setProperty(name, value);
    });
    const outline = await page.locator('.row.current').first().evaluate((el: unknown) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineColor}`);
    assert.equal(outline, 'solid rgb(243, 133, 24)');
    await page.screenshot({ path: path.join(SHOTS, 'panel-webview-high-contrast.png') });
    assert.deepEqual(events.dialogs, []);
    assert.deepEqual(events.errors, []);
    assert.deepEqual(events.console, []);
    await page.close();
  });
});
