#!/usr/bin/env node
// Runs the extension-host tests in a real VS Code: code-server (VS Code for the web, installed by
// test/e2e/setup.sh into .vscode-test/code-server) on a loopback port, driven by Debian's Chromium
// through playwright-core. The workbench opens with a `payload` naming the development extension
// (this repository) and the compiled test entry point; VS Code runs the tests in its extension host
// and reports the outcome by calling `window.codeAutomationExit(code)`, which this script exposes.
//
// Usage: node test/e2e/runner.js [--web | --panel | --screenshot DIR] [--timeout SECONDS] [--keep] [--fail-on-log-errors]
//   --web                  VS Code for the Web: the extension from its `browser` entry
//                          (dist/extension.js) in the browser's web-worker extension host, and
//                          the mocha suite of test/e2e/web (one bundle, out/test/e2e/web/index.js)
//                          in that worker. The staged manifest has no `main`, so code-server cannot
//                          run it in its Node extension host. Before the start, the CLI's `outline --json` and
//                          `check --json` of each seed go into the workspace's `.e2e/expected.json`;
//                          `[e2e-web] ready LABEL {…}` messages are answered with `.e2e/LABEL.json`
//                          after looking at the workbench (web-steps.js).
//   --panel                instead of the mocha suite, the review panel driven from the outside:
//                          suite/panel.ts opens seed 002, this script runs "Transcript Review: Open
//                          Review Panel" from the command palette, checks the webview's tables,
//                          clicks a problem and reads the cursor's line from the status bar
//                          (panel-steps.js); fails on errors of the extension in the logs and on
//                          warnings or errors in the webview's console. With E2E_SCREENSHOTS=DIR,
//                          saves panel-dark.png and panel-light.png into DIR.
//   --screenshot DIR       instead of the tests, open seed 000 with the Outline view and save
//                          workbench-dark.png and workbench-light.png into DIR
//   --timeout S            overall limit (default 300 s, or $E2E_TIMEOUT)
//   --keep                 keep the temporary folder (user data, logs, workspace) for inspection
//   --fail-on-log-errors   exit 1 when code-server's logs show errors from the extension
//                          (they are always printed)
// Environment: E2E_GREP runs only the tests whose title matches (read by suite/index.ts);
// E2E_VERBOSE=1 prints code-server's output and the workbench's chatter; E2E_CODE_SERVER_DIR and
// E2E_CHROMIUM override the code-server folder and the browser.
'use strict';

const { spawn, spawnSync } = require('child_process');
const util = require('util');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const { runPanelStep, STEP_LABELS } = require('./panel-steps');
const { runWebStep, WEB_MARKER } = require('./web-steps');

const ROOT = path.resolve(__dirname, '..', '..');
const CODE_SERVER_DIR = process.env.E2E_CODE_SERVER_DIR || path.join(ROOT, '.vscode-test', 'code-server');
const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const SUITE_DIR = path.join(ROOT, 'out', 'test', 'e2e', 'suite');
const WEB_SUITE_ENTRY = path.join(ROOT, 'out', 'test', 'e2e', 'web', 'index');
const SEEDS_DIR = path.join(ROOT, 'seeds');
const EXTENSION_ID = 'transcript-review.transcript-review';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT_MARKER = '[e2e-screenshot] ready ';
const PANEL_MARKER = '[e2e-panel] ready ';

function parseArgs(argv) {
  const options = { screenshot: null, panel: false, web: false, timeoutMs: Number(process.env.E2E_TIMEOUT || 300) * 1000, keep: false, failOnLogErrors: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--screenshot') options.screenshot = path.resolve(required(argv[++i], arg));
    else if (arg === '--panel') options.panel = true;
    else if (arg === '--web') options.web = true;
    else if (arg === '--timeout') options.timeoutMs = Number(required(argv[++i], arg)) * 1000;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--fail-on-log-errors') options.failOnLogErrors = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node test/e2e/runner.js [--web | --panel | --screenshot DIR] [--timeout SECONDS] [--keep] [--fail-on-log-errors]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  if (!(options.timeoutMs > 0)) throw new Error('--timeout needs a positive number of seconds');
  if ([options.panel, options.web, options.screenshot !== null].filter(Boolean).length > 1) throw new Error('--web, --panel and --screenshot are different runs: pick one');
  // The panel and web runs check the logs as part of their verdict.
  if (options.panel || options.web) options.failOnLogErrors = true;
  return options;
}

function required(value, flag) {
  if (value === undefined) throw new Error(`${flag} needs a value`);
  return value;
}

function log(message) {
  console.log(`[e2e] ${message}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', () => resolve(0));
    request.setTimeout(2000, () => request.destroy());
  });
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/** Rejects after `ms` with `message`; the timer does not keep Node alive. */
function deadline(ms, message) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref();
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * The development extension as VS Code sees it: a folder outside the repository with copies of the
 * bundle (`dist/`) and of the compiled suite (`out/test/e2e/`), and links to the other top-level
 * entries. Two reasons:
 *  - VS Code treats every theme located inside the development extension's folder as that
 *    extension's own and forces it; the built-in themes of the code-server in `.vscode-test/`
 *    would count, so `workbench.colorTheme` would be ignored;
 *  - `require('vscode')` is matched to an extension by the caller's real path, so the bundle and
 *    the tests must really lie inside that folder (not behind a link).
 */
function stageExtension(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(ROOT)) {
    if (['.vscode-test', '.git', 'dist', 'out'].includes(name)) continue;
    fs.symlinkSync(path.join(ROOT, name), path.join(dir, name));
  }
  fs.cpSync(path.join(ROOT, 'dist'), path.join(dir, 'dist'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'out', 'test', 'e2e'), path.join(dir, 'out', 'test', 'e2e'), { recursive: true });
  return dir;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The files the package ships: .vscodeignore ignores everything (`**`) but its `!` lines, which
 * name files, folders (`syntaxes/**`) and files matching a `*` in one folder (`package.nls*.json`).
 */
function packagedFiles() {
  const patterns = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/)
    .filter((line) => line.startsWith('!'))
    .map((line) => line.slice(1).trim().replace(/\/\*\*$/, ''));
  return patterns.flatMap((pattern) => {
    if (!pattern.includes('*')) return [pattern];
    const dir = path.posix.dirname(pattern);
    const name = new RegExp(`^${path.posix.basename(pattern).split('*').map(escapeRegExp).join('[^/]*')}$`);
    return fs.readdirSync(path.join(ROOT, dir)).filter((entry) => name.test(entry)).map((entry) => path.posix.join(dir, entry));
  });
}

/**
 * The development extension for VS Code for the Web: what the package ships (except a Node-only
 * entry, if `main` names another file than `browser`), the compiled web suite, and a manifest
 * without `main`. With both entries code-server would run the extension in its Node extension
 * host; with `browser` alone it runs it in the browser's web worker.
 */
function stageWebExtension(dir) {
  const { main, ...manifest } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (!main || !manifest.browser) throw new Error('package.json should name both entries, `main` and `browser`');
  const skipped = new Set(['package.json']);
  if (path.posix.normalize(main) !== path.posix.normalize(manifest.browser)) skipped.add(path.posix.normalize(main));
  for (const name of [...packagedFiles().filter((file) => !skipped.has(file)), 'out/test/e2e/web']) {
    // A file the package names but the build did not make stops the run here.
    fs.cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  }
  writeJson(path.join(dir, 'package.json'), manifest);
  return dir;
}

/**
 * What the CLI (Node, dist/cli.js) prints for each transcript of `folder`: `outline --json` and
 * `check --json`, keyed by file name. The web suite compares the editor's outline and diagnostics with it.
 */
function cliOutputs(folder) {
  const cli = (command, file) => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), command, '--json', file], { encoding: 'utf8', timeout: 60_000 });
    // `check` exits with 1 when it finds an error-severity problem; its report is complete all the same.
    if (result.status !== 0 && !(command === 'check' && result.status === 1)) {
      throw new Error(`dist/cli.js ${command} ${path.basename(file)} failed (${result.status ?? result.signal}): ${result.stderr || result.error}`);
    }
    return JSON.parse(result.stdout);
  };
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
  return Object.fromEntries(files.map((name) => {
    const file = path.join(folder, name);
    return [name, { outline: cli('outline', file), check: cli('check', file) }];
  }));
}

/** Every file under `dir`, recursively. */
function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/**
 * The text of a console message as the workbench meant it. VS Code's console logger calls
 * `console.log('%c INFO', 'color: …', format, ...args)`; Playwright's `text()` leaves those pieces
 * unformatted, so apply the level prefix and the inner format (mocha's '%s%s' and the like) here.
 */
async function consoleText(message) {
  const handles = message.args();
  if (handles.length === 0) return { level: message.type(), text: message.text() };
  const values = await Promise.all(handles.map((handle) => handle.jsonValue().catch(() => String(handle))));
  let level = message.type();
  if (typeof values[0] === 'string' && /^%c\s*[A-Z]+\s*$/.test(values[0]) && typeof values[1] === 'string') {
    level = values[0].replace('%c', '').trim().toLowerCase();
    values.splice(0, 2);
  }
  const text = values.length === 0 ? '' : typeof values[0] === 'string' ? util.format(...values) : values.map((v) => util.inspect(v)).join(' ');
  return { level, text };
}

/** Workbench chatter that says nothing about the tests (shown with E2E_VERBOSE=1). */
const NOISE = [
  /^Resolving connection token|^Resolved connection token|^Creating a socket/,
  /^\[remote-connection\]|^\[Service Worker\]|^Updating additional builtin extensions cache|^ChatSessionStore:/,
  /^Failed to load resource: /, // the failed URL is logged from the response instead
  /open-vsx\.org/,
  /^The web worker extension host is started in a same-origin iframe|^An iframe which has both allow-scripts and allow-same-origin/,
  /^Overwriting extension <<copilot-instructions\.md>>/,
  /^Started local extension host with pid|^Extension host \(\w+\) is unresponsive/,
  /^Found unexpected service worker controller/, // a webview's service worker starting up
];

/**
 * Lines of code-server's logs (server output and the extension host's log files) that report an
 * error raised by our extension: uncaught errors, failed activation, errors from its providers.
 */
function extensionErrors(serverOutput, consoleLines, logsDir, extensionDir) {
  // A record is a line and the indented lines under it (a stack trace); console messages are records already.
  const records = (text) => text.split(/\r?\n(?![ \t])/);
  const sources = [
    { name: 'code-server output', records: records(serverOutput) },
    { name: 'workbench console', records: consoleLines },
  ];
  for (const file of walk(logsDir)) {
    // The extension's own log channel (exthost*/<extension id>/*.log): every record is ours.
    const own = path.relative(logsDir, file).split(path.sep).includes(EXTENSION_ID);
    if (file.endsWith('.log')) sources.push({ name: path.relative(logsDir, file), records: records(fs.readFileSync(file, 'utf8')), own });
  }
  // Our extension by id or log prefix, or one of its files (the bundle, sources, grammar, manifest).
  const ours = new RegExp(`${escapeRegExp(EXTENSION_ID)}|\\[transcript-review\\]|(${escapeRegExp(ROOT)}|${escapeRegExp(extensionDir)})/(dist|src|syntaxes|l10n|media|package|language-configuration)`, 'i');
  const bad = /\b(err|error|warn|warning|uncaught|unhandled|exception|failed|not found)\b/i;
  const found = new Set();
  for (const { name, records: list, own } of sources) {
    for (const record of list) {
      const first = record.split('\n')[0].trim();
      if (bad.test(first) && (own || ours.test(record))) found.add(`${name}: ${first.length > 400 ? `${first.slice(0, 400)}…` : first}`);
    }
  }
  return [...found];
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const screenshotMode = options.screenshot !== null;
  const panelMode = options.panel;
  const webMode = options.web;
  const mode = screenshotMode ? 'screenshots' : panelMode ? 'panel' : webMode ? 'web tests' : 'tests';
  const testsEntry = webMode ? WEB_SUITE_ENTRY : path.join(SUITE_DIR, screenshotMode ? 'screenshot' : panelMode ? 'panel' : 'index');
  const panelScreenshots = panelMode && process.env.E2E_SCREENSHOTS ? path.resolve(process.env.E2E_SCREENSHOTS) : null;

  for (const [file, hint] of [
    [CODE_SERVER_ENTRY, 'run test/e2e/setup.sh'],
    [CHROMIUM, 'run test/e2e/setup.sh'],
    [path.join(ROOT, 'dist', 'extension.js'), 'run npm run build'],
    [`${testsEntry}.js`, 'run npm run build'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file) || file} not found: ${hint}`);
  }

  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch (error) {
    throw new Error(`playwright-core is not installed (npm install): ${error.message}`);
  }

  // --- temporary profile, extensions folder and workspace ------------------------------------------
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-e2e-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  const controlDir = path.join(tmp, 'control');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(controlDir, { recursive: true });
  // The tests may write next to the seeds: give them a copy, never the repository's folder.
  fs.cpSync(SEEDS_DIR, workspace, { recursive: true });
  const extensionDir = (webMode ? stageWebExtension : stageExtension)(path.join(tmp, 'extension'));
  const webControlDir = path.join(workspace, '.e2e');
  if (webMode) writeJson(path.join(webControlDir, 'expected.json'), cliOutputs(workspace));
  writeJson(path.join(userDataDir, 'User', 'settings.json'), {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'files.autoSave': 'off',
    'window.restoreWindows': 'none',
    'workbench.colorTheme': 'Default Dark Modern',
  });

  const state = { server: null, browser: null, serverOutput: '', consoleLines: [], finished: false, cleaning: null };

  const cleanup = () => {
    if (state.cleaning) return state.cleaning;
    state.cleaning = (async () => {
      await closeBrowser(state.browser);
      await stopServer(state.server);
      if (options.keep) log(`kept ${tmp}`);
      else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    })();
    return state.cleaning;
  };
  const onSignal = (signal) => {
    log(`${signal}: stopping code-server and the browser`);
    cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  // Last resort when Node exits without the async cleanup (e.g. process.exit elsewhere).
  process.once('exit', () => killGroup(state.server, 'SIGKILL'));

  let exitCode = 1;
  try {
    // --- code-server ---------------------------------------------------------------------------
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const configFile = path.join(tmp, 'code-server.yaml');
    fs.writeFileSync(configFile, 'auth: none\n');
    log(`starting code-server on ${origin}`);
    const started = Date.now();
    state.server = spawn(process.execPath, [
      CODE_SERVER_ENTRY,
      '--config', configFile,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      workspace,
    ], {
      cwd: tmp,
      detached: true, // its own process group, so the extension host and watchers go down with it
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // Keep code-server's own config and data out of the home folder.
        XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
        XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
        E2E_CONTROL_DIR: controlDir,
      },
    });
    const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
    for (const stream of [state.server.stdout, state.server.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        state.serverOutput += chunk;
        serverLog.write(chunk);
        if (process.env.E2E_VERBOSE) process.stdout.write(chunk.replace(/^/gm, '[code-server] '));
      });
    }
    const serverExited = new Promise((resolve) => state.server.once('exit', (code, signal) => resolve({ code, signal })));
    serverExited.then(({ code, signal }) => { state.serverExit = { code, signal }; });

    for (;;) {
      if (state.serverExit) {
        throw new Error(`code-server exited during start-up (${state.serverExit.code ?? state.serverExit.signal}):\n${state.serverOutput.slice(-3000)}`);
      }
      if ((await httpStatus(`${origin}/healthz`)) === 200) break;
      if (Date.now() - started > 60_000) throw new Error(`code-server did not answer on ${origin} within 60 s:\n${state.serverOutput.slice(-3000)}`);
      await sleep(200);
    }
    log(`code-server ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // --- Chromium ------------------------------------------------------------------------------
    state.browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    const context = await state.browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
    const page = await context.newPage();

    let reportExit;
    const exited = new Promise((resolve) => { reportExit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => {
      reportExit(typeof code === 'number' ? code : Number(code) || 0);
    });

    const screenshots = [];
    const panelSteps = [];
    const webSteps = [];
    /** Warnings and errors logged inside webviews (the review panel's page). */
    const webviewProblems = [];
    // Messages are formatted one after the other (formatting is asynchronous) to keep their order.
    let consoleQueue = Promise.resolve();
    state.drainConsole = () => Promise.race([consoleQueue, sleep(3000)]);
    page.on('console', (message) => {
      consoleQueue = consoleQueue.then(() => onConsole(message)).catch(() => undefined);
    });
    const onConsole = async (message) => {
      const { level, text } = await consoleText(message).catch(() => ({ level: message.type(), text: message.text() }));
      state.consoleLines.push(`[${level}] ${text}`);
      const marker = text.indexOf(SCREENSHOT_MARKER);
      if (screenshotMode && marker >= 0) {
        const label = text.slice(marker + SCREENSHOT_MARKER.length).trim().split(/\s+/)[0];
        screenshots.push(takeScreenshot(page, options.screenshot, controlDir, label));
        return;
      }
      const panelMarker = text.indexOf(PANEL_MARKER);
      if (panelMode && panelMarker >= 0) {
        const label = text.slice(panelMarker + PANEL_MARKER.length).trim().split(/\s+/)[0];
        // Not awaited here: the step clicks and waits, and console messages must keep flowing meanwhile.
        panelSteps.push(runPanelStep(page, label, { controlDir, screenshotDir: panelScreenshots, log }));
        return;
      }
      const webMarker = text.indexOf(WEB_MARKER);
      if (webMode && webMarker >= 0) {
        webSteps.push(runWebStep(page, text.slice(webMarker + WEB_MARKER.length), { controlDir: webControlDir, log }));
        return;
      }
      // From the webview's pages (by script URL), or the panel script's own messages and CSP refusals
      // (a console call evaluated in the frame has no URL).
      const source = (message.location() || {}).url || '';
      const fromWebview = /webview|vscode-resource|vscode-cdn/i.test(source) || /Transcript Review (panel|report)|Content Security Policy/i.test(text);
      if (panelMode && fromWebview && /^(error|warn|warning)$/.test(level) && !NOISE.some((pattern) => pattern.test(text.trim()))) {
        webviewProblems.push(`[${level}] ${text} (${source})`);
      }
      if (state.finished && !process.env.E2E_VERBOSE) return;
      if (!process.env.E2E_VERBOSE && NOISE.some((pattern) => pattern.test(text.trim()))) return;
      const prefix = level === 'info' || level === 'log' ? '[vscode]' : `[vscode:${level}]`;
      console.log(text.split('\n').map((line) => `${prefix} ${line}`).join('\n'));
    };
    page.on('response', (response) => {
      const status = response.status();
      if (status < 400 || (!process.env.E2E_VERBOSE && /\/vsda\/|open-vsx\.org/.test(response.url()))) return;
      const line = `[http] ${status} ${decodeURIComponent(response.url())}`;
      state.consoleLines.push(line);
      if (!state.finished) console.log(`[vscode:error] ${line}`);
    });
    page.on('pageerror', (error) => console.log(`[vscode:pageerror] ${error.message}`));
    page.on('crash', () => reportExit(Promise.reject(new Error('the browser page crashed'))));

    const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDir)],
      ['extensionTestsPath', remote(path.join(extensionDir, path.relative(ROOT, testsEntry)))],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    log(`opening the workbench (${mode}: ${path.relative(ROOT, testsEntry)})`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });

    const limit = deadline(options.timeoutMs - (Date.now() - started),
      `no result from the extension-host tests within ${options.timeoutMs / 1000} s (window.codeAutomationExit was not called)`);
    try {
      exitCode = await Promise.race([
        exited,
        limit.promise,
        serverExited.then(({ code, signal }) => { throw new Error(`code-server exited during the tests (${code ?? signal})`); }),
      ]);
    } finally {
      limit.cancel();
    }
    await state.drainConsole();
    state.finished = true;
    const shots = await Promise.all(screenshots);
    if (screenshotMode && exitCode === 0 && (shots.length === 0 || shots.includes(false))) {
      console.error(`[e2e] error: ${shots.filter(Boolean).length} of ${Math.max(shots.length, 2)} screenshots saved`);
      exitCode = 1;
    }
    if (panelMode) {
      const steps = await Promise.all(panelSteps);
      const ran = steps.map((step) => step.label);
      const missing = STEP_LABELS.filter((label) => !ran.includes(label));
      if (missing.length > 0) console.error(`[e2e] error: panel steps that did not run: ${missing.join(', ')}`);
      if (steps.some((step) => step.errors.length > 0) || missing.length > 0) exitCode = exitCode || 1;
      if (webviewProblems.length > 0) {
        console.error('[e2e] error: warnings or errors in the webview console:');
        for (const line of webviewProblems) console.error(`  ${line}`);
        exitCode = exitCode || 1;
      }
    }
    await Promise.all(webSteps);
    const what = screenshotMode ? 'screenshot script' : panelMode ? 'panel run' : webMode ? 'web extension-host tests' : 'extension-host tests';
    log(`${what} ${exitCode === 0 ? 'passed' : `failed (exit code ${exitCode})`} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`[e2e] error: ${error.message}`);
    exitCode = 1;
  } finally {
    if (state.drainConsole) await state.drainConsole();
    state.finished = true;
    await closeBrowser(state.browser);
    await stopServer(state.server);
    const errors = extensionErrors(state.serverOutput, state.consoleLines, path.join(userDataDir, 'logs'), path.join(tmp, 'extension'));
    if (errors.length > 0) {
      log(`errors from ${EXTENSION_ID} in code-server's logs:`);
      for (const line of errors) console.log(`  ${line}`);
      if (options.failOnLogErrors && exitCode === 0) {
        console.error('[e2e] error: failing because of the errors above (--fail-on-log-errors)');
        exitCode = 1;
      }
    } else {
      log(`no errors from ${EXTENSION_ID} in code-server's logs`);
    }
    await cleanup();
  }
  return exitCode;
}

async function takeScreenshot(page, dir, controlDir, label) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    await page.waitForSelector('.monaco-workbench', { timeout: 30_000 });
    // Give the Outline the Explorer's height: collapse the file list, when it is open.
    const files = page.locator('.pane:has(.explorer-folders-view) > .pane-header.expanded');
    if (await files.count()) await files.first().click().catch(() => undefined);
    await sleep(500); // let the theme change and the outline finish painting
    const file = path.join(dir, `workbench-${label}.png`);
    await page.screenshot({ path: file });
    log(`saved ${file}`);
    return true;
  } catch (error) {
    console.error(`[e2e] screenshot ${label} failed: ${error.message}`);
    return false;
  } finally {
    // Tell the screenshot script in the extension host that it may go on.
    fs.writeFileSync(path.join(controlDir, `${label}.done`), '');
  }
}

async function closeBrowser(browser) {
  if (browser) await Promise.race([browser.close().catch(() => undefined), sleep(5000)]);
}

function killGroup(child, signal) {
  if (!child || child.groupGone) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try { child.kill(signal); } catch { /* already gone */ }
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Stops code-server and everything it started (extension host, watchers, terminals): its process group. */
async function stopServer(child) {
  if (!child) return;
  if (child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    killGroup(child, 'SIGTERM');
    await Promise.race([gone, sleep(5000)]);
  }
  // The extension host may outlive the server for a moment; wait for the whole group, then force it.
  for (let waited = 0; groupAlive(child.pid) && waited < 3000; waited += 100) await sleep(100);
  if (groupAlive(child.pid)) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone meanwhile */ }
    for (let waited = 0; groupAlive(child.pid) && waited < 2000; waited += 100) await sleep(100);
  }
  child.groupGone = !groupAlive(child.pid);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[e2e] error: ${error.message}`);
    process.exit(1);
  },
);
