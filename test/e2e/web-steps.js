// The runner's side of `runner.js --web`: what the web suite (test/e2e/web, in the browser's web
// worker) cannot see from there, read from the rendered workbench with Playwright. The suite logs
// `[e2e-web] ready LABEL {request}`; the answer, { ok, value } or { ok: false, error }, is written to
// LABEL.json in the control folder (inside the workspace, which the worker reads through VS Code).
'use strict';

const fs = require('fs');
const path = require('path');

const { panelFrame, tableRows } = require('./panel-steps');

const WEB_MARKER = '[e2e-web] ready ';

/** The tokens of the rendered editor line that shows `text`: one span per token, its class naming the token's colour. */
async function tokens(page, { text }) {
  const line = page.locator('.monaco-editor .view-line', { hasText: text }).first();
  await line.waitFor({ timeout: 20_000 });
  return line.evaluate((element) => Array.from(element.querySelectorAll('span > span'), (span) => ({
    // The editor draws spaces as no-break spaces.
    text: (span.textContent || '').replace(/\u00a0/g, ' '),
    className: span.className,
  })));
}

/** The key figures table of the review panel's webview, one string per row. */
async function panel(page) {
  const frame = await panelFrame(page);
  const rows = await tableRows(frame, 'figures');
  return { figures: rows.map((cells) => cells.map((cell) => cell.all).join(' | ')) };
}

const STEPS = { tokens, panel };

/** Answers one `[e2e-web] ready LABEL {…}` message (the text after the marker). Never throws. */
async function runWebStep(page, message, { controlDir, log }) {
  const [, label = '', request = '{}'] = /^(\S+)\s*(.*)$/s.exec(message.trim()) || [];
  let answer;
  try {
    const step = STEPS[label];
    if (!step) throw new Error(`unknown web step "${label}"`);
    answer = { ok: true, value: await step(page, JSON.parse(request || '{}')) };
    log(`web step ${label}: done`);
  } catch (error) {
    answer = { ok: false, error: error.message };
    log(`web step ${label} failed: ${error.message}`);
  }
  fs.mkdirSync(controlDir, { recursive: true });
  // Written under another name first: the worker polls for LABEL.json and must not read half a file.
  const file = path.join(controlDir, `${label}.json`);
  fs.writeFileSync(`${file}.partial`, JSON.stringify(answer));
  fs.renameSync(`${file}.partial`, file);
}

module.exports = { runWebStep, WEB_MARKER };
