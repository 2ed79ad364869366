// The panel's sections: header with issue counts, key figures, guidance, speakers, Q&A, names and problems.
import type { MetricRow, NameRow, ReviewPayload } from '../shared/protocol';
import { FINDING_CODES, SEVERITIES, type Severity } from '../shared/vocabulary';
import { empty, format, h, number, percent } from './dom';
import { reveal, row, type Target } from './rows';
import { saveState, state, vscode } from './state';

const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', information: 'ℹ', hint: '•' };
const STATUS_MARK: Record<MetricRow['status'], string> = { ok: '✓', mismatch: '✗', none: '—', untranslated: '∅' };
const EXPORTS = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['markdown', 'Markdown'],
] as const;

/** Re-renders the current payload, after the reader changed a filter. */
type Rerender = () => void;

function section(id: string, title: string, badge: string | null, body: Node): HTMLElement {
  const details = h('details', { class: 'section', id: `section-${id}`, open: !state.closed.includes(id) }, h('summary', {}, h('h2', {}, title, badge !== null ? h('span', { class: 'badge' }, badge) : null)), body) as HTMLDetailsElement;
  details.addEventListener('toggle', () => {
    state.closed = state.closed.filter((x) => x !== id);
    if (!details.open) state.closed.push(id);
    saveState();
  });
  return h('section', { 'aria-label': title }, details);
}

function header(p: ReviewPayload, shown: { uri: string; version: number }, rerender: Rerender): HTMLElement {
  const s = p.strings;
  const title = p.call.company || p.fileName;
  const meta = [p.call.period, p.call.date, p.call.company ? p.fileName : null].filter(Boolean).join(' · ');
  const counts = h('div', { class: 'counts', role: 'group', 'aria-label': s.issues });
  for (const severity of SEVERITIES) {
    const n = p.counts[severity];
    const label = p.labels.severities[severity];
    const chip = h(
      'button',
      { type: 'button', class: `count sev-${severity}${n === 0 ? ' zero' : ''}`, title: label, 'aria-label': `${label}: ${n}`, 'aria-pressed': String(state.filters.severity === severity) },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, SEVERITY_MARK[severity]),
      ` ${number(n)}`,
    );
    chip.addEventListener('click', () => {
      state.filters.severity = state.filters.severity === severity ? '' : severity;
      saveState();
      rerender();
      document.getElementById('section-problems')?.scrollIntoView({ block: 'start' });
    });
    counts.append(chip);
  }
  const head = h('header', { class: 'summary' }, h('h1', {}, title), meta ? h('p', { class: 'meta' }, meta) : null, counts);
  const api = vscode;
  if (api) {
    const exports = h('div', { class: 'export', role: 'group', 'aria-label': s.exportAs }, h('span', { class: 'meta' }, `${s.exportAs}:`));
    for (const [format, label] of EXPORTS) {
      const button = h('button', { type: 'button', class: 'link' }, label);
      button.addEventListener('click', () => api.postMessage({ type: 'export', uri: shown.uri, version: shown.version, format }));
      exports.append(button);
    }
    head.append(exports);
  }
  return head;
}

function chineseCell(m: MetricRow, title: string, untranslated: string): Node | string | null {
  // An English-only paragraph: say so where the translation's figure would be.
  if (m.status === 'untranslated') return h('span', { class: 'meta untranslated' }, untranslated);
  if (m.chinese === null) return null;
  const target = m.chineseRange;
  if (!target) return m.chinese;
  const button = h('button', { type: 'button', class: 'link', title }, m.chinese);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    reveal(target);
  });
  button.addEventListener('keydown', (event) => event.stopPropagation());
  return button;
}

function figures(p: ReviewPayload, guidance: boolean): HTMLElement {
  const s = p.strings;
  const id = guidance ? 'guidance' : 'figures';
  const title = guidance ? s.guidance : s.keyFigures;
  const list = p.metrics.filter((m) => m.guidance === guidance);
  if (list.length === 0) return section(id, title, null, empty(guidance ? s.noGuidance : s.noFigures));
  const statusHeader = h('th', { scope: 'col', class: 'status' }, h('span', { class: 'visually-hidden' }, s.status));
  const columns = guidance ? [s.metric, s.period, s.range] : [s.metric, s.english, s.chinese];
  const head = h('tr', {}, ...columns.map((text) => h('th', { scope: 'col' }, text)), statusHeader);
  const body = h('tbody', {});
  const statusText = { ok: s.statusOk, mismatch: s.statusMismatch, none: s.statusNone, untranslated: s.statusUntranslated };
  list.forEach((m, index) => {
    const status = h('td', { class: `status status-${m.status}`, title: statusText[m.status] }, h('span', { 'aria-hidden': 'true' }, STATUS_MARK[m.status]), h('span', { class: 'visually-hidden' }, statusText[m.status]));
    const cells = guidance
      ? [h('td', { class: 'label' }, m.label), h('td', {}, m.period || ''), h('td', { class: 'num', title: m.english }, m.value), status]
      : [h('td', { class: 'label' }, m.label, m.period ? h('span', { class: 'meta' }, ` ${m.period}`) : null), h('td', { class: 'num', title: m.value }, m.english), h('td', { class: 'num' }, chineseCell(m, s.revealChinese, s.statusUntranslated)), status];
    const lines: Array<[number, number]> = [[m.line, m.endLine]];
    if (m.chineseRange) lines.push([m.chineseRange.line, m.chineseRange.endLine]);
    body.append(row(h('tr', { title: format(s.line, m.line + 1) }, ...cells), 'metric', m, lines, `metric:${guidance}:${index}`));
  });
  return section(id, title, String(list.length), h('table', { class: 'figures' }, h('thead', {}, head), body));
}

/** Money and percentages the company stated that no key figure took, each with its sentence. */
function otherFigures(p: ReviewPayload): HTMLElement {
  const s = p.strings;
  if (p.otherFigures.length === 0) return section('other', s.otherFigures, null, empty(s.noOtherFigures));
  const head = h('tr', {}, h('th', { scope: 'col' }, s.figure), h('th', { scope: 'col' }, s.sentence));
  const body = h('tbody', {});
  p.otherFigures.forEach((o, index) => {
    const sentence = h('td', { class: 'sentence' }, o.sentence, o.translated ? null : h('span', { class: 'meta untranslated' }, ` · ${s.statusUntranslated}`));
    body.append(row(h('tr', { title: format(s.line, o.line + 1) }, h('td', { class: 'num' }, o.english), sentence), 'metric', o, [[o.line, o.endLine]], `other:${index}`));
  });
  return section('other', s.otherFigures, String(p.otherFigures.length), h('table', { class: 'figures other' }, h('thead', {}, head), body));
}

function speakers(p: ReviewPayload): HTMLElement {
  const s = p.strings;
  if (p.speakers.length === 0) return section('speakers', s.speakers, null, empty(s.noSpeakers));
  const max = Math.max(...p.speakers.map((x) => x.share), 0.0001);
  const list = h('ol', { class: 'bars', 'aria-label': s.shareOfWords });
  p.speakers.forEach((x, index) => {
    const fill = h('span', { class: `fill role-${x.role}` });
    fill.style.width = `${Math.max(0.5, (x.share / max) * 100).toFixed(2)}%`;
    const role = p.labels.roles[x.role];
    const title = x.title && x.title.toLowerCase() !== role.toLowerCase() && x.title.toLowerCase() !== 'analyst' ? x.title : null;
    const who = [role, title, x.affiliation].filter(Boolean).join(' · ');
    const words = format(s.wordsAndTurns, number(x.words), number(x.turns));
    const button = h(
      'button',
      { type: 'button', title: words },
      h('span', { class: 'name' }, x.name),
      h('span', { class: 'pct' }, percent(x.share)),
      h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
      h('span', { class: 'meta who' }, who),
      h('span', { class: 'meta words' }, words),
    );
    const line = x.ranges.length > 0 ? x.ranges[0][0] : x.line;
    list.append(h('li', {}, row(button, 'speaker', { line, character: 0, endLine: line, endCharacter: 0 }, x.ranges, `speaker:${index}`)));
  });
  return section('speakers', s.speakers, String(p.speakers.length), h('div', {}, h('p', { class: 'caption meta' }, s.shareOfWords), list));
}

function qa(p: ReviewPayload): HTMLElement {
  const s = p.strings;
  if (p.qa.length === 0) return section('qa', s.qa, null, empty(s.noQa));
  const list = h('ol', { class: 'qa' });
  p.qa.forEach((q, index) => {
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

/** A link inside a row that goes to its own line instead of the row's. */
/** A link to a line, or to a range where one is known (a rendering is selected). */
function lineLink(label: string, title: string, line: number, range?: Target): HTMLElement {
  const target: Target = range ? { line: range.line, character: range.character, endLine: range.endLine, endCharacter: range.endCharacter } : { line, character: 0, endLine: line, endCharacter: 0 };
  const button = h('button', { type: 'button', class: 'link', title }, label);
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    reveal(target);
  });
  button.addEventListener('keydown', (event) => event.stopPropagation());
  return button;
}

/** The name index: each person, organisation or term, how the translation writes it and where it drops it. */
function names(p: ReviewPayload): HTMLElement {
  const s = p.strings;
  if (p.names.length === 0) return section('names', s.names, null, empty(s.noNames));
  const head = h('tr', {}, h('th', { scope: 'col' }, s.name), h('th', { scope: 'col' }, s.renderings), h('th', { scope: 'col' }, s.notNamed));
  const body = h('tbody', {});
  const kinds: Record<NameRow['kind'], string> = { person: s.person, organization: s.organization, product: s.product };
  p.names.forEach((n, index) => {
    const who = h('td', { class: 'label' }, n.english, h('span', { class: 'meta' }, ` · ${[kinds[n.kind], n.role].filter(Boolean).join(', ')}`));
    const renderings = h('td', {}, ...n.renderings.flatMap((r, i) => [i > 0 ? ' · ' : '', lineLink(`${r.text} ×${number(r.count)}`, format(s.line, r.line + 1), r.line, r)]));
    const missing = h('td', { class: 'missing' }, ...n.missing.flatMap((line, i) => [i > 0 ? ', ' : '', lineLink(String(line + 1), format(s.line, line + 1), line)]));
    const lines: Array<[number, number]> = [...n.renderings.map((r): [number, number] => [r.line, r.line]), ...n.missing.map((line): [number, number] => [line, line])];
    body.append(row(h('tr', { title: format(s.line, n.line + 1) }, who, renderings, missing), 'name', n, lines, `name:${index}`));
  });
  return section('names', s.names, String(p.names.length), h('table', { class: 'figures names' }, h('thead', {}, head), body));
}

function filterSelect<V extends string>(p: ReviewPayload, id: string, label: string, all: string, values: readonly V[], name: (value: V) => string, key: 'code' | 'severity', rerender: Rerender): HTMLElement {
  const count = (value: V) => p.problems.filter((x) => x[key] === value).length;
  const el = h('select', { id }, h('option', { value: '' }, all), ...values.map((v) => h('option', { value: v }, `${name(v)} (${count(v)})`))) as HTMLSelectElement;
  el.value = (values as readonly string[]).includes(state.filters[key]) ? state.filters[key] : '';
  el.addEventListener('change', () => {
    state.filters[key] = el.value;
    saveState();
    rerender();
    document.getElementById(id)?.focus();
  });
  return h('label', { class: 'filter', for: id }, h('span', {}, label), el);
}

function problems(p: ReviewPayload, rerender: Rerender): HTMLElement {
  const s = p.strings;
  if (p.totalProblems === 0) return section('problems', s.problems, '0', empty(s.noProblems));
  const codes = FINDING_CODES.filter((c) => p.problems.some((x) => x.code === c));
  const severities = SEVERITIES.filter((v) => p.problems.some((x) => x.severity === v));
  const filters = h(
    'div',
    { class: 'filters' },
    filterSelect(p, 'filter-code', s.filterCode, s.allCodes, codes, (c) => p.labels.codes[c], 'code', rerender),
    filterSelect(p, 'filter-severity', s.filterSeverity, s.allSeverities, severities, (v) => p.labels.severities[v], 'severity', rerender),
  );
  const shown = p.problems.filter((x) => (!state.filters.code || x.code === state.filters.code) && (!state.filters.severity || x.severity === state.filters.severity));
  const list = h('ol', { class: 'problems' });
  for (const x of shown) {
    const severity = p.labels.severities[x.severity];
    const button = h(
      'button',
      { type: 'button' },
      h('span', { class: `mark sev-${x.severity}`, title: severity }, h('span', { 'aria-hidden': 'true' }, SEVERITY_MARK[x.severity]), h('span', { class: 'visually-hidden' }, severity)),
      h('span', { class: 'message' }, x.message),
      h('span', { class: 'meta' }, `${p.labels.codes[x.code]} · ${format(s.line, x.line + 1)}`),
    );
    list.append(h('li', {}, row(button, 'problem', x, [[x.line, x.endLine]], `problem:${x.id}`)));
  }
  const notes = [h('p', { class: 'meta', role: 'status' }, format(s.shownOf, number(shown.length), number(p.totalProblems)))];
  if (p.totalProblems > p.problems.length) notes.push(h('p', { class: 'meta' }, format(s.truncated, number(p.problems.length))));
  return section('problems', s.problems, String(p.totalProblems), h('div', {}, filters, ...notes, shown.length ? list : empty(s.noMatchingProblems)));
}

/** Every section of the review, in order. */
export function sections(p: ReviewPayload, shown: { uri: string; version: number }, rerender: Rerender): HTMLElement[] {
  return [header(p, shown, rerender), figures(p, false), figures(p, true), otherFigures(p), speakers(p), qa(p), names(p), problems(p, rerender)];
}
