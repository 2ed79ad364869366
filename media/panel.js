// @ts-check
// The Transcript Review panel. Runs in the VS Code webview (data arrives by postMessage) and in the
// exported HTML report (data in the #review-data JSON block). Every piece of data is rendered with
// DOM APIs (createElement, textContent): transcript text never becomes markup.
(function () {
  'use strict';

  /** @type {any} */
  const globals = globalThis;
  /** @type {{ postMessage(message: unknown): void; getState(): any; setState(state: unknown): void } | null} */
  const vscode = typeof globals.acquireVsCodeApi === 'function' ? globals.acquireVsCodeApi() : null;
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));

  // ---- Validation (mirrors src/core/panelProtocol.ts) ------------------------------------------------

  const LIMITS = { uri: 4096, text: 1000, message: 2000, string: 500, metrics: 2000, speakers: 500, turns: 2000, answeredBy: 50, qa: 1000, problems: 5000, position: 10000000 };
  const CODES = ['figure-mismatch', 'figure-scale', 'figure-missing', 'figure-extra', 'direction-mismatch', 'approximation-lost', 'untranslated', 'translation-truncated'];
  const SEVERITIES = ['error', 'warning', 'information', 'hint'];
  const ROLES = ['operator', 'executive', 'analyst', 'unknown'];
  const STATUSES = ['ok', 'mismatch', 'none'];

  /** @param {unknown} v */
  const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
  /** @param {unknown} v @param {number} [max] */
  const isText = (v, max = LIMITS.text) => typeof v === 'string' && v.length <= max;
  /** @param {unknown} v */
  const isTextOrNull = (v) => v === null || isText(v);
  /** @param {unknown} v */
  const isCount = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LIMITS.position;
  /** @param {unknown} v @param {number} max @param {(item: any) => boolean} each */
  const isList = (v, max, each) => Array.isArray(v) && v.length <= max && v.every(each);
  /** @param {any} v */
  const isRange = (v) => isObject(v) && isCount(v.line) && isCount(v.character) && isCount(v.endLine) && isCount(v.endCharacter);

  /** @param {any} m */
  const isMetric = (m) =>
    isRange(m) && isText(m.key) && isText(m.label) && typeof m.guidance === 'boolean' && isTextOrNull(m.period) && isText(m.english) &&
    isTextOrNull(m.chinese) && isText(m.value) && STATUSES.includes(m.status) && (m.chineseRange === null || isRange(m.chineseRange));
  /** @param {any} s */
  const isSpeaker = (s) =>
    isObject(s) && isText(s.name) && ROLES.includes(s.role) && isTextOrNull(s.title) && isTextOrNull(s.affiliation) && isCount(s.turns) &&
    isCount(s.words) && typeof s.share === 'number' && s.share >= 0 && s.share <= 1 && isCount(s.line) &&
    isList(s.ranges, LIMITS.turns, (r) => Array.isArray(r) && r.length === 2 && isCount(r[0]) && isCount(r[1]));
  /** @param {any} q */
  const isQa = (q) => isObject(q) && isText(q.analyst) && isTextOrNull(q.firm) && isCount(q.questions) && isList(q.answeredBy, LIMITS.answeredBy, (n) => isText(n)) && isCount(q.line) && isCount(q.endLine);
  /** @param {any} p */
  const isProblem = (p) => isRange(p) && isText(p.id) && CODES.includes(p.code) && SEVERITIES.includes(p.severity) && isText(p.message, LIMITS.message);
  /** The UI strings every payload carries (UI_STRING_KEYS in panelProtocol.ts). */
  const STRING_KEYS = [
    'issues', 'exportAs', 'keyFigures', 'metric', 'english', 'chinese', 'status', 'statusOk', 'statusMismatch', 'statusNone', 'noFigures',
    'guidance', 'period', 'range', 'value', 'noGuidance', 'speakers', 'shareOfWords', 'wordsAndTurns', 'noSpeakers', 'qa', 'analyst', 'firm',
    'questions', 'answeredBy', 'noQa', 'problems', 'filterCode', 'filterSeverity', 'allCodes', 'allSeverities', 'noProblems',
    'noMatchingProblems', 'shownOf', 'truncated', 'line', 'lineColumn', 'revealChinese', 'severityError', 'severityWarning',
    'severityInformation', 'severityHint', 'codeFigureMismatch', 'codeFigureScale', 'codeFigureMissing', 'codeFigureExtra',
    'codeDirectionMismatch', 'codeApproximationLost', 'codeUntranslated', 'codeTranslationTruncated', 'roleOperator', 'roleExecutive', 'roleAnalyst', 'roleUnknown',
  ];
  /** @param {any} s */
  const isStrings = (s) => isObject(s) && STRING_KEYS.every((key) => isText(s[key], LIMITS.string));
  /** @param {any} p */
  const isPayload = (p) =>
    isObject(p) && isText(p.fileName) && isObject(p.call) && isTextOrNull(p.call.company) && isTextOrNull(p.call.period) && isTextOrNull(p.call.date) &&
    isList(p.metrics, LIMITS.metrics, isMetric) && isList(p.speakers, LIMITS.speakers, isSpeaker) && isList(p.qa, LIMITS.qa, isQa) &&
    isList(p.problems, LIMITS.problems, isProblem) && isObject(p.counts) && SEVERITIES.every((s) => isCount(p.counts[s])) && isCount(p.totalProblems) && isStrings(p.strings);

  /** @param {any} m @returns {string | null} why the message is refused, or null */
  function refuse(m) {
    if (!isObject(m)) return 'not an object';
    if (!isText(m.uri, LIMITS.uri) || !isCount(m.version)) return 'bad uri or version';
    if (m.type === 'update') return isPayload(m.payload) ? null : 'bad payload';
    if (m.type === 'cursor') return isCount(m.line) ? null : 'bad line';
    return 'unknown type';
  }

  // ---- State -------------------------------------------------------------------------------------------

  const saved = (vscode && vscode.getState()) || {};
  const state = {
    uri: isText(saved.uri, LIMITS.uri) ? saved.uri : '',
    version: isCount(saved.version) ? saved.version : 0,
    scrollY: typeof saved.scrollY === 'number' && saved.scrollY >= 0 ? saved.scrollY : 0,
    filters: {
      code: isObject(saved.filters) && isText(saved.filters.code, 100) ? saved.filters.code : '',
      severity: isObject(saved.filters) && isText(saved.filters.severity, 100) ? saved.filters.severity : '',
    },
    /** @type {string[]} */
    closed: Array.isArray(saved.closed) ? saved.closed.filter((/** @type {unknown} */ id) => isText(id, 40)).slice(0, 20) : [],
  };
  const saveState = () => vscode && vscode.setState(state);

  /** @type {any} the last update message */
  let current = null;
  let restoreScroll = state.uri !== '';
  /** @type {number | null} */
  let cursorLine = null;
  /** @type {Array<{ el: HTMLElement; ranges: Array<[number, number]>; kind: string }>} */
  let rows = [];

  // ---- DOM helpers -------------------------------------------------------------------------------------

  /**
   * @param {string} tag
   * @param {Record<string, string | number | boolean | null | undefined>} [attrs] attribute names are literals of this file
   * @param {Array<Node | string | null | undefined | false>} children strings become text nodes
   * @returns {HTMLElement}
   */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') el.className = String(value);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
    return el;
  }

  /** @param {string} template @param {...(string | number)} args */
  const format = (template, ...args) => template.replace(/\{(\d+)\}/g, (whole, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : whole));
  const number = (/** @type {number} */ n) => n.toLocaleString();
  const percent = (/** @type {number} */ share) => `${(share * 100).toFixed(1)}%`;

  const SEVERITY_KEY = { error: 'severityError', warning: 'severityWarning', information: 'severityInformation', hint: 'severityHint' };
  const SEVERITY_MARK = { error: '✖', warning: '▲', information: 'ℹ', hint: '•' };
  const CODE_KEY = {
    'figure-mismatch': 'codeFigureMismatch',
    'figure-scale': 'codeFigureScale',
    'figure-missing': 'codeFigureMissing',
    'figure-extra': 'codeFigureExtra',
    'direction-mismatch': 'codeDirectionMismatch',
    'approximation-lost': 'codeApproximationLost',
    untranslated: 'codeUntranslated',
    'translation-truncated': 'codeTranslationTruncated',
  };
  const ROLE_KEY = { operator: 'roleOperator', executive: 'roleExecutive', analyst: 'roleAnalyst', unknown: 'roleUnknown' };
  const STATUS = { ok: ['✓', 'statusOk'], mismatch: ['✗', 'statusMismatch'], none: ['—', 'statusNone'] };

  // ---- Navigation --------------------------------------------------------------------------------------

  /**
   * Makes an element a navigable row: Enter/Space activate it, arrows move between rows of its section.
   * @param {HTMLElement} el
   * @param {string} kind
   * @param {{ line: number; character: number; endLine: number; endCharacter: number }} target where activating it goes
   * @param {Array<[number, number]>} ranges lines that count as this row for the cursor highlight
   * @param {string} key identifies the row across renders, to keep focus
   */
  function row(el, kind, target, ranges, key) {
    el.classList.add('row');
    el.dataset.key = key;
    if (el.tagName !== 'BUTTON') el.tabIndex = 0;
    el.addEventListener('click', () => reveal(target));
    el.addEventListener('keydown', (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && el.tagName !== 'BUTTON') {
        event.preventDefault();
        reveal(target);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const section = el.closest('section');
        const list = section ? Array.from(section.querySelectorAll('.row')) : [];
        const next = /** @type {HTMLElement | undefined} */ (list[list.indexOf(el) + (event.key === 'ArrowDown' ? 1 : -1)]);
        if (next) {
          event.preventDefault();
          next.focus();
        }
      }
    });
    rows.push({ el, ranges, kind });
    return el;
  }

  /** @param {{ line: number; character: number; endLine: number; endCharacter: number }} target */
  function reveal(target) {
    if (!current) return;
    if (vscode) {
      vscode.postMessage({ type: 'reveal', uri: current.uri, version: current.version, line: target.line, character: target.character, endLine: target.endLine, endCharacter: target.endCharacter });
    } else {
      highlight(target.line, true);
    }
  }

  /**
   * Marks the rows whose ranges contain the line; brings the first marked problem or figure into view.
   * @param {number} line @param {boolean} [fromPanel]
   */
  function highlight(line, fromPanel) {
    cursorLine = line;
    /** @type {HTMLElement | null} */
    let first = null;
    for (const entry of rows) {
      const on = entry.ranges.some(([start, end]) => start <= line && line <= end);
      entry.el.classList.toggle('current', on);
      if (on) entry.el.setAttribute('aria-current', 'true');
      else entry.el.removeAttribute('aria-current');
      if (on && !first && (entry.kind === 'problem' || entry.kind === 'metric')) first = entry.el;
    }
    if (first && !fromPanel && !document.hasFocus()) first.scrollIntoView({ block: 'nearest' });
  }

  // ---- Sections ----------------------------------------------------------------------------------------

  /**
   * @param {string} id @param {string} title @param {string | null} badge @param {Node} body
   */
  function section(id, title, badge, body) {
    const details = h('details', { class: 'section', id: `section-${id}`, open: !state.closed.includes(id) }, h('summary', {}, h('h2', {}, title, badge !== null ? h('span', { class: 'badge' }, badge) : null)), body);
    details.addEventListener('toggle', () => {
      state.closed = state.closed.filter((x) => x !== id);
      if (!(/** @type {HTMLDetailsElement} */ (details).open)) state.closed.push(id);
      saveState();
    });
    return h('section', { 'aria-label': title }, details);
  }

  /** @param {string} text */
  const empty = (text) => h('p', { class: 'empty' }, text);

  /** @param {any} p */
  function header(p) {
    const s = p.strings;
    const title = p.call.company || p.fileName;
    const meta = [p.call.period, p.call.date, p.call.company ? p.fileName : null].filter(Boolean).join(' · ');
    const counts = h('div', { class: 'counts', role: 'group', 'aria-label': s.issues });
    for (const severity of SEVERITIES) {
      const n = p.counts[severity];
      const label = s[SEVERITY_KEY[severity]];
      const chip = h('button', { type: 'button', class: `count sev-${severity}${n === 0 ? ' zero' : ''}`, title: label, 'aria-label': `${label}: ${n}`, 'aria-pressed': String(state.filters.severity === severity) }, h('span', { class: 'mark', 'aria-hidden': 'true' }, SEVERITY_MARK[severity]), ` ${number(n)}`);
      chip.addEventListener('click', () => {
        state.filters.severity = state.filters.severity === severity ? '' : severity;
        saveState();
        render(current);
        const target = document.getElementById('section-problems');
        if (target) target.scrollIntoView({ block: 'start' });
      });
      counts.append(chip);
    }
    const head = h('header', { class: 'summary' }, h('h1', {}, title), meta ? h('p', { class: 'meta' }, meta) : null, counts);
    if (vscode) {
      const exports = h('div', { class: 'export', role: 'group', 'aria-label': s.exportAs }, h('span', { class: 'meta' }, `${s.exportAs}:`));
      for (const [format, label] of [['json', 'JSON'], ['csv', 'CSV'], ['markdown', 'Markdown']]) {
        const button = h('button', { type: 'button', class: 'link' }, label);
        button.addEventListener('click', () => vscode.postMessage({ type: 'export', uri: current.uri, version: current.version, format }));
        exports.append(button);
      }
      head.append(exports);
    }
    return head;
  }

  /** @param {any} p @param {boolean} guidance */
  function figures(p, guidance) {
    const s = p.strings;
    const list = p.metrics.filter((/** @type {any} */ m) => m.guidance === guidance);
    if (list.length === 0) return section(guidance ? 'guidance' : 'figures', guidance ? s.guidance : s.keyFigures, null, empty(guidance ? s.noGuidance : s.noFigures));
    const head = guidance
      ? h('tr', {}, h('th', { scope: 'col' }, s.metric), h('th', { scope: 'col' }, s.period), h('th', { scope: 'col' }, s.range), h('th', { scope: 'col', class: 'status' }, h('span', { class: 'visually-hidden' }, s.status)))
      : h('tr', {}, h('th', { scope: 'col' }, s.metric), h('th', { scope: 'col' }, s.english), h('th', { scope: 'col' }, s.chinese), h('th', { scope: 'col', class: 'status' }, h('span', { class: 'visually-hidden' }, s.status)));
    const body = h('tbody', {});
    list.forEach((/** @type {any} */ m, /** @type {number} */ index) => {
      const [mark, statusKey] = STATUS[/** @type {'ok' | 'mismatch' | 'none'} */ (m.status)];
      const status = h('td', { class: `status status-${m.status}`, title: s[statusKey] }, h('span', { 'aria-hidden': 'true' }, mark), h('span', { class: 'visually-hidden' }, s[statusKey]));
      let chinese = null;
      if (m.chinese !== null && m.chineseRange) {
        const button = h('button', { type: 'button', class: 'link', title: s.revealChinese }, m.chinese);
        button.addEventListener('click', (event) => {
          event.stopPropagation();
          reveal(m.chineseRange);
        });
        button.addEventListener('keydown', (event) => event.stopPropagation());
        chinese = button;
      } else if (m.chinese !== null) chinese = m.chinese;
      const cells = guidance
        ? [h('td', { class: 'label' }, m.label), h('td', {}, m.period || ''), h('td', { class: 'num', title: m.english }, m.value), status]
        : [h('td', { class: 'label' }, m.label, m.period ? h('span', { class: 'meta' }, ` ${m.period}`) : null), h('td', { class: 'num', title: m.value }, m.english), h('td', { class: 'num' }, chinese), status];
      const lines = /** @type {Array<[number, number]>} */ ([[m.line, m.endLine]]);
      if (m.chineseRange) lines.push([m.chineseRange.line, m.chineseRange.endLine]);
      body.append(row(h('tr', { title: format(s.line, m.line + 1) }, ...cells), 'metric', m, lines, `metric:${guidance}:${index}`));
    });
    const table = h('table', { class: 'figures' }, h('thead', {}, head), body);
    return section(guidance ? 'guidance' : 'figures', guidance ? s.guidance : s.keyFigures, String(list.length), table);
  }

  /** @param {any} p */
  function speakers(p) {
    const s = p.strings;
    if (p.speakers.length === 0) return section('speakers', s.speakers, null, empty(s.noSpeakers));
    const max = Math.max(...p.speakers.map((/** @type {any} */ x) => x.share), 0.0001);
    const list = h('ol', { class: 'bars', 'aria-label': s.shareOfWords });
    p.speakers.forEach((/** @type {any} */ x, /** @type {number} */ index) => {
      const fill = h('span', { class: `fill role-${x.role}` });
      fill.style.width = `${Math.max(0.5, (x.share / max) * 100).toFixed(2)}%`;
      const role = s[ROLE_KEY[/** @type {'operator'} */ (x.role)]];
      const title = x.title && x.title.toLowerCase() !== role.toLowerCase() && x.title.toLowerCase() !== 'analyst' ? x.title : null;
      const who = [role, title, x.affiliation].filter(Boolean).join(' · ');
      const button = h(
        'button',
        { type: 'button', title: format(s.wordsAndTurns, number(x.words), number(x.turns)) },
        h('span', { class: 'name' }, x.name),
        h('span', { class: 'pct' }, percent(x.share)),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
        h('span', { class: 'meta who' }, who),
        h('span', { class: 'meta words' }, format(s.wordsAndTurns, number(x.words), number(x.turns))),
      );
      const target = x.ranges.length > 0 ? { line: x.ranges[0][0], character: 0, endLine: x.ranges[0][0], endCharacter: 0 } : { line: x.line, character: 0, endLine: x.line, endCharacter: 0 };
      list.append(h('li', {}, row(button, 'speaker', target, x.ranges, `speaker:${index}`)));
    });
    return section('speakers', s.speakers, String(p.speakers.length), h('div', {}, h('p', { class: 'caption meta' }, s.shareOfWords), list));
  }

  /** @param {any} p */
  function qa(p) {
    const s = p.strings;
    if (p.qa.length === 0) return section('qa', s.qa, null, empty(s.noQa));
    const list = h('ol', { class: 'qa' });
    p.qa.forEach((/** @type {any} */ q, /** @type {number} */ index) => {
      const button = h(
        'button',
        { type: 'button' },
        h('span', { class: 'name' }, q.analyst, q.firm ? h('span', { class: 'meta' }, ` · ${q.firm}`) : null),
        h('span', { class: 'meta line' }, format(s.line, q.line + 1)),
        h('span', { class: 'detail' }, format(s.questions, q.questions), q.answeredBy.length ? ` · ${format(s.answeredBy, q.answeredBy.join(', '))}` : ''),
      );
      list.append(h('li', {}, row(button, 'qa', { line: q.line, character: 0, endLine: q.line, endCharacter: 0 }, [[q.line, q.endLine]], `qa:${index}`)));
    });
    return section('qa', s.qa, String(p.qa.length), list);
  }

  /** @param {any} p */
  function problems(p) {
    const s = p.strings;
    if (p.totalProblems === 0) return section('problems', s.problems, '0', empty(s.noProblems));
    /** @param {string} id @param {string} label @param {string} all @param {string[]} values @param {(v: string) => string} name @param {'code' | 'severity'} key */
    const select = (id, label, all, values, name, key) => {
      const el = /** @type {HTMLSelectElement} */ (h('select', { id }, h('option', { value: '' }, all), ...values.map((v) => h('option', { value: v }, `${name(v)} (${p.problems.filter((/** @type {any} */ x) => x[key] === v).length})`))));
      el.value = values.includes(state.filters[key]) ? state.filters[key] : '';
      el.addEventListener('change', () => {
        state.filters[key] = el.value;
        saveState();
        render(current);
        const again = document.getElementById(id);
        if (again) again.focus();
      });
      return h('label', { class: 'filter', for: id }, h('span', {}, label), el);
    };
    const codes = CODES.filter((c) => p.problems.some((/** @type {any} */ x) => x.code === c));
    const severities = SEVERITIES.filter((v) => p.problems.some((/** @type {any} */ x) => x.severity === v));
    const filters = h(
      'div',
      { class: 'filters' },
      select('filter-code', s.filterCode, s.allCodes, codes, (c) => s[CODE_KEY[/** @type {'untranslated'} */ (c)]], 'code'),
      select('filter-severity', s.filterSeverity, s.allSeverities, severities, (v) => s[SEVERITY_KEY[/** @type {'error'} */ (v)]], 'severity'),
    );
    const shown = p.problems.filter((/** @type {any} */ x) => (!state.filters.code || x.code === state.filters.code) && (!state.filters.severity || x.severity === state.filters.severity));
    const list = h('ol', { class: 'problems' });
    shown.forEach((/** @type {any} */ x) => {
      const severity = /** @type {'error'} */ (x.severity);
      const button = h(
        'button',
        { type: 'button' },
        h('span', { class: `mark sev-${severity}`, title: s[SEVERITY_KEY[severity]] }, h('span', { 'aria-hidden': 'true' }, SEVERITY_MARK[severity]), h('span', { class: 'visually-hidden' }, s[SEVERITY_KEY[severity]])),
        h('span', { class: 'message' }, x.message),
        h('span', { class: 'meta' }, `${s[CODE_KEY[/** @type {'untranslated'} */ (x.code)]]} · ${format(s.line, x.line + 1)}`),
      );
      list.append(h('li', {}, row(button, 'problem', x, [[x.line, x.endLine]], `problem:${x.id}`)));
    });
    const notes = [h('p', { class: 'meta', role: 'status' }, format(s.shownOf, number(shown.length), number(p.totalProblems)))];
    if (p.totalProblems > p.problems.length) notes.push(h('p', { class: 'meta' }, format(s.truncated, number(p.problems.length))));
    const body = h('div', {}, filters, ...notes, shown.length ? list : empty(s.noMatchingProblems));
    return section('problems', s.problems, String(p.totalProblems), body);
  }

  // ---- Rendering ---------------------------------------------------------------------------------------

  /** @param {any} message an update message that passed validation */
  function render(message) {
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    const p = message.payload;
    rows = [];
    document.title = p.call.company || p.fileName;
    app.replaceChildren(header(p), figures(p, false), figures(p, true), speakers(p), qa(p), problems(p));
    if (cursorLine !== null) highlight(cursorLine, true);
    if (focused) {
      const again = rows.find((entry) => entry.el.dataset.key === focused);
      if (again) again.el.focus({ preventScroll: true });
    }
  }

  /** @param {any} message */
  function receive(message) {
    const reason = refuse(message);
    if (reason) {
      console.warn(`Transcript Review panel: message dropped (${reason})`);
      return;
    }
    if (message.type === 'update') {
      const sameDocument = current ? current.uri === message.uri : state.uri === message.uri;
      if (current && sameDocument && message.version < current.version) return;
      if (!sameDocument) cursorLine = null;
      current = message;
      state.uri = message.uri;
      state.version = message.version;
      saveState();
      render(message);
      if (restoreScroll) {
        restoreScroll = false;
        if (sameDocument) window.scrollTo(0, state.scrollY);
      } else if (!sameDocument) window.scrollTo(0, 0);
    } else if (message.type === 'cursor') {
      if (current && message.uri === current.uri) highlight(message.line);
    }
  }

  let scrollPending = false;
  window.addEventListener('scroll', () => {
    if (scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() => {
      scrollPending = false;
      state.scrollY = Math.round(window.scrollY);
      saveState();
    });
  });

  if (vscode) {
    window.addEventListener('message', (event) => receive(event.data));
    vscode.postMessage({ type: 'ready', uri: state.uri, version: state.version });
  } else {
    const data = document.getElementById('review-data');
    let message = null;
    try {
      message = JSON.parse((data && data.textContent) || 'null');
    } catch (error) {
      console.warn('Transcript Review report: unreadable data');
    }
    receive(message);
  }
})();
