// The Transcript Review panel. Runs in the VS Code webview (data arrives by postMessage) and in the
// exported HTML report (data in the #review-data JSON block). Every message is validated with the
// same schemas the extension uses before anything is rendered.
import { parseToPanel, type UpdateMessage } from '../shared/protocol';
import { highlight, resetRows, restoreRows, showDocument } from './rows';
import { sections } from './sections';
import { saveState, state, vscode } from './state';

const app = document.getElementById('app') as HTMLElement;

/** The last update rendered. */
let current: UpdateMessage | null = null;
/** A reloaded page goes back to where the reader was, once. */
let restoreScroll = state.uri !== '';

function render(message: UpdateMessage): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  const p = message.payload;
  resetRows();
  document.title = p.call.company || p.fileName;
  app.replaceChildren(...sections(p, message, () => render(message)));
  restoreRows(focused);
}

function receive(raw: unknown): void {
  const parsed = parseToPanel(raw);
  if (!parsed.ok) {
    console.warn(`Transcript Review panel: message dropped (${parsed.reason})`);
    return;
  }
  const message = parsed.message;
  if (message.type === 'cursor') {
    if (current && message.uri === current.uri) highlight(message.line);
    return;
  }
  const sameDocument = current ? current.uri === message.uri : state.uri === message.uri;
  if (current && sameDocument && message.version < current.version) return;
  showDocument(message, sameDocument);
  current = message;
  state.uri = message.uri;
  state.version = message.version;
  saveState();
  render(message);
  if (restoreScroll) {
    restoreScroll = false;
    if (sameDocument) window.scrollTo(0, state.scrollY);
  } else if (!sameDocument) window.scrollTo(0, 0);
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
  window.addEventListener('message', (event: MessageEvent<unknown>) => receive(event.data));
  vscode.postMessage({ type: 'ready', uri: state.uri, version: state.version });
} else {
  let message: unknown = null;
  try {
    message = JSON.parse(document.getElementById('review-data')?.textContent || 'null');
  } catch {
    console.warn('Transcript Review report: unreadable data');
  }
  receive(message);
}
