// The runner's side of `runner.js --panel`: drives the workbench page from the outside with
// Playwright while suite/panel.ts (in the extension host) sets the stage and checks the editor.
// Each step answers a `[e2e-panel] ready LABEL` marker; it reads LABEL.expect.json from the control
// folder and always writes LABEL.done ({ ok, errors }) so the extension host never waits in vain.
'use strict';

const fs = require('fs');
const path = require('path');

const COMMAND_TITLE = 'Transcript Review: Open Review Panel';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns something other than undefined/null/false. */
async function poll(what, probe, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (${last.message.split('\n')[0]})` : ''}`);
    await sleep(200);
  }
}

/**
 * The frame that holds the panel's page. VS Code nests webview content twice: `iframe.webview`
 * (the host page) → `iframe#active-frame` (the extension's HTML); look for our markup in every frame.
 */
async function panelFrame(page, ready = 'main#app table.figures') {
  return poll(`the review panel's webview frame (${ready})`, async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.isDetached()) continue;
      if ((await frame.locator(ready).count().catch(() => 0)) > 0) return frame;
    }
    return undefined;
  }, 30_000);
}

/** Texts of a panel table, one array of cell texts per body row; the label cell without its period. */
function tableRows(frame, sectionId) {
  return frame.evaluate((id) => {
    const rows = document.querySelectorAll(`#section-${id} table tbody tr`);
    return Array.from(rows, (row) => Array.from(row.children, (cell) => {
      const own = cell.classList.contains('label') ? cell.firstChild && cell.firstChild.nodeType === Node.TEXT_NODE ? cell.firstChild.textContent : cell.textContent : cell.textContent;
      return { text: (own || '').trim(), all: (cell.textContent || '').trim(), className: cell.className, title: cell.getAttribute('title') || '' };
    }));
  }, sectionId);
}

async function statusBarSelection(page) {
  const item = page.locator('[id="status.editor.selection"]');
  return (await item.count()) > 0 ? ((await item.first().textContent()) || '').trim() : '';
}

/**
 * Clicks `target` and waits for the status bar to show the cursor on `line` (1-based) with `length` (null: any number of)
 * characters selected. On a loaded machine the first click can land before the webview listens, so
 * a click that changes nothing is repeated once; what must happen is unchanged.
 */
async function clickAndExpectSelection(page, target, line, length, errors) {
  const landed = (timeoutMs) => poll(`the status bar to show Ln ${line}`, async () => {
    const text = await statusBarSelection(page);
    return new RegExp(`^Ln ${line},`).test(text) ? text : undefined;
  }, timeoutMs);
  let status;
  try {
    await target.click();
    status = await landed(15_000).catch(async () => {
      await target.click();
      return landed(30_000);
    });
  } catch (error) {
    errors.push(`${error.message}; status bar shows "${await statusBarSelection(page)}"`);
    return;
  }
  if (length !== null && !status.includes(`(${length} selected)`)) errors.push(`status bar "${status}": ${length} characters should be selected`);
}

async function runCommandFromPalette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(title.replace(/^>/, ''), { delay: 5 });
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title.split(': ').pop() });
  await row.first().waitFor({ state: 'visible', timeout: 10_000 });
  const label = ((await row.first().getAttribute('aria-label')) || (await row.first().textContent()) || '').trim();
  if (!label.includes(title)) throw new Error(`the command palette offers "${label}", not "${title}"`);
  await row.first().click();
}

async function screenshot(page, dir, name, log) {
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  await page.screenshot({ path: file });
  log(`saved ${file}`);
}

/** Step `open`: the command palette opens the panel; its tables show seed 002; a problem row reveals its line. */
async function stepOpen(page, expect, { screenshotDir, log }) {
  const errors = [];
  const check = (ok, message) => {
    if (!ok) errors.push(message);
  };

  const before = await statusBarSelection(page);
  check(/^Ln 1,/.test(before), `the status bar should show the cursor on line 1 before the click, shows "${before}"`);

  await runCommandFromPalette(page, COMMAND_TITLE);
  const frame = await panelFrame(page);

  // Header and key figures.
  const heading = ((await frame.locator('header.summary h1').textContent()) || '').trim();
  check(heading === 'Cloudflare', `panel heading "${heading}", expected "Cloudflare"`);
  const figures = await tableRows(frame, 'figures');
  const revenue = figures.find((cells) => cells[0] && cells[0].text === 'Revenue');
  if (!revenue) {
    errors.push(`no "Revenue" row among the key figures: ${figures.map((cells) => cells[0] && cells[0].all).join(' | ')}`);
  } else {
    check(revenue[0].all.includes('Q1 2024'), `Revenue row period: "${revenue[0].all}"`);
    check(revenue[1].text === '$378.6 million', `Revenue in English: "${revenue[1].text}", expected "$378.6 million"`);
    check(revenue[1].title === '378,600,000 USD', `Revenue value (title): "${revenue[1].title}"`);
    check(revenue[2].text === '3.786 億美元', `Revenue in Chinese: "${revenue[2].text}", expected "3.786 億美元"`);
    check(/\bstatus-ok\b/.test(revenue[3].className), `Revenue status: "${revenue[3].className}", expected status-ok`);
    // The Chinese figure is a link to where the translation writes it: line 44 of seed 002.
    const link = frame.locator('#section-figures tbody tr', { hasText: '$378.6 million' }).first().locator('button.link', { hasText: '3.786 億美元' });
    if ((await link.count()) !== 1) {
      errors.push('the Revenue row has no link on its Chinese figure');
    } else {
      await clickAndExpectSelection(page, link, 44, '3.786 億美元'.length, errors);
    }
  }

  // Guidance: both periods, with the revenue ranges.
  const guidance = await tableRows(frame, 'guidance');
  const periods = new Set(guidance.map((cells) => cells[1] && cells[1].text));
  for (const period of ['Q2 2024', 'FY 2024']) check(periods.has(period), `guidance period ${period} missing; periods: ${[...periods].join(', ')}`);
  const revenueGuidance = (period) => guidance.find((cells) => cells[0].text === 'Revenue guidance' && cells[1].text === period);
  const q2 = revenueGuidance('Q2 2024');
  check(q2 && q2[2].title === '$393.5 million to $394.5 million', `Q2 2024 revenue guidance: ${q2 ? `"${q2[2].title}"` : 'missing'}`);
  const fy = revenueGuidance('FY 2024');
  check(fy && fy[2].title === '$1.648 billion to $1.652 billion', `FY 2024 revenue guidance: ${fy ? `"${fy[2].title}"` : 'missing'}`);

  // Speakers and Q&A are listed.
  const speakers = await frame.locator('#section-speakers .row').count();
  check(speakers >= 5, `only ${speakers} speakers in the panel`);
  const qa = await frame.locator('#section-qa .row').count();
  check(qa >= 5, `only ${qa} Q&A exchanges in the panel`);

  // Names: Thomas Seifert written 湯瑪斯 nine times and 托馬斯 three; a rendering goes to its first line (351).
  const names = await tableRows(frame, 'names');
  const seifert = names.find((cells) => cells[0] && cells[0].text === 'Thomas Seifert');
  if (!seifert) {
    errors.push(`no "Thomas Seifert" row among the names: ${names.map((cells) => cells[0] && cells[0].text).join(' | ')}`);
  } else {
    check(seifert[0].all.includes('Chief Financial Officer'), `Thomas Seifert's role: "${seifert[0].all}"`);
    check(/湯瑪斯 ×9.*托馬斯 ×3/.test(seifert[1].all), `Thomas Seifert's renderings: "${seifert[1].all}"`);
    const link = frame.locator('#section-names tbody tr', { hasText: 'Thomas Seifert' }).first().locator('button.link', { hasText: '托馬斯 ×3' });
    if ((await link.count()) !== 1) errors.push('the 托馬斯 rendering has no link');
    else await clickAndExpectSelection(page, link, 351, null, errors);
  }

  // Problems: as many as the editor's diagnostics; the figure-extra row reveals its range.
  const badge = ((await frame.locator('#section-problems summary .badge').textContent().catch(() => '')) || '').trim();
  check(badge === String(expect.problems), `problems badge "${badge}", the editor has ${expect.problems} diagnostics`);
  const row = frame.locator('ol.problems .row', { hasText: expect.text });
  const rows = await row.count();
  if (rows !== 1) {
    errors.push(`${rows} problem rows mention "${expect.text}"`);
  } else {
    const meta = ((await row.locator('.meta').last().textContent()) || '').trim();
    check(meta.includes(`Line ${expect.line}`), `problem row meta "${meta}", expected Line ${expect.line}`);
    await clickAndExpectSelection(page, row, expect.line, expect.text.length, errors);
    // The editor's cursor comes back to the panel as the highlighted row.
    try {
      await poll('the clicked problem row to be highlighted', async () => /\bcurrent\b/.test((await row.getAttribute('class')) || ''), 5_000);
    } catch (error) {
      errors.push(error.message);
    }
  }

  await frame.evaluate(() => window.scrollTo(0, 0));
  check(await frame.evaluate(() => document.body.classList.contains('vscode-dark')), 'the webview body lacks the vscode-dark class in the dark theme');
  await sleep(300);
  await screenshot(page, screenshotDir, 'panel-dark.png', log);
  return errors;
}

/** Step `light`: the panel is still there and follows the light theme. */
async function stepLight(page, _expect, { screenshotDir, log }) {
  const errors = [];
  const frame = await panelFrame(page);
  const light = await poll('the webview to switch to the light theme', () => frame.evaluate(() => document.body.classList.contains('vscode-light')), 10_000).catch(() => false);
  if (!light) errors.push(`the webview body has classes "${await frame.evaluate(() => document.body.className)}" in the light theme`);
  const colour = await frame.evaluate(() => getComputedStyle(document.body).color);
  const rgb = (colour.match(/\d+/g) || []).slice(0, 3).map(Number);
  if (rgb.length === 3 && rgb.reduce((a, b) => a + b, 0) / 3 > 160) errors.push(`panel text colour ${colour} is light on the light theme`);
  const rows = await frame.locator('#section-figures tbody tr').count();
  if (rows === 0) errors.push('the key figures disappeared after the theme change');
  await frame.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, screenshotDir, 'panel-light.png', log);
  return errors;
}

const STEPS = { open: stepOpen, light: stepLight };

/**
 * Runs step `label` and writes its verdict for the extension host; resolves to { label, errors }.
 * @param {import('playwright-core').Page} page
 */
async function runPanelStep(page, label, { controlDir, screenshotDir, log }) {
  let errors;
  try {
    const run = STEPS[label];
    if (!run) throw new Error(`unknown panel step "${label}"`);
    const expectFile = path.join(controlDir, `${label}.expect.json`);
    const expect = fs.existsSync(expectFile) ? JSON.parse(fs.readFileSync(expectFile, 'utf8')) : {};
    errors = await run(page, expect, { screenshotDir, log });
  } catch (error) {
    errors = [error.message.split('\n')[0]];
  }
  for (const message of errors) console.error(`[e2e] panel step ${label}: ${message}`);
  if (errors.length === 0) log(`panel step ${label} passed`);
  fs.writeFileSync(path.join(controlDir, `${label}.done`), JSON.stringify({ ok: errors.length === 0, errors }));
  return { label, errors };
}

module.exports = { runPanelStep, STEP_LABELS: Object.keys(STEPS), panelFrame, tableRows };
