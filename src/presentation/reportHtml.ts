// The HTML around the review panel's script: the webview's page (script and styles loaded from the
// extension's media folder) and the self-contained report (script, styles and data inlined), both
// under a strict Content Security Policy with a fresh nonce. Transcript text never becomes markup here:
// the data travels as JSON and the script renders it with DOM text nodes.
import type { ReviewPayload, UpdateMessage } from '../shared/protocol';

/** A fresh CSP nonce: 128 random bits, hex. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Text or attribute value → HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** JSON that is safe inside `<script type="application/json">`: no `<`, `>` or `&`, and no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

function checkNonce(nonce: string): string {
  if (!NONCE.test(nonce)) throw new Error('invalid CSP nonce');
  return nonce;
}

export interface PanelPageOptions {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  readonly nonce: string;
  /** `webview.asWebviewUri(…/media/panel.js)`, as a string. */
  readonly scriptUri: string;
  readonly styleUri: string;
  /** Shown until the extension sends data (localised). */
  readonly placeholder: string;
  readonly title: string;
  readonly lang?: string;
}

export function panelCsp(cspSource: string, nonce: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:; base-uri 'none'; form-action 'none';`;
}

export function reportCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none';`;
}

/** The first lines of both pages: the language, the Content Security Policy and the viewport. */
function pageStart(lang: string | undefined, csp: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
`;
}

/** The webview's page; the data arrives later by postMessage. */
export function renderPanelHtml(options: PanelPageOptions): string {
  const nonce = checkNonce(options.nonce);
  return `${pageStart(options.lang, panelCsp(options.cspSource, nonce))}<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(options.styleUri)}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<main id="app"><p class="placeholder">${escapeHtml(options.placeholder)}</p></main>
<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}

export interface ReportAssets {
  /** dist/webview/panel.js, the panel's script. */
  readonly script: string;
  /** media/panel.css */
  readonly style: string;
  /** media/report.css: the colours VS Code would otherwise give. */
  readonly theme: string;
  /** A fresh one is made when omitted. */
  readonly nonce?: string;
  /** The transcript's URI and version, carried in the embedded message. */
  readonly uri?: string;
  readonly version?: number;
  readonly lang?: string;
}

function inline(code: string, tag: 'script' | 'style'): string {
  if (new RegExp(`</${tag}|<!--`, 'i').test(code)) throw new Error(`the ${tag} to inline contains "</${tag}" or "<!--"`);
  return code;
}

/** One self-contained HTML file with the panel's content, openable in any browser, running nothing from the data. */
export function renderReportHtml(payload: ReviewPayload, assets: ReportAssets): string {
  const nonce = checkNonce(assets.nonce ?? createNonce());
  const message: UpdateMessage = { type: 'update', uri: assets.uri ?? '', version: assets.version ?? 0, payload };
  const title = [payload.call.company ?? payload.fileName, payload.call.period].filter(Boolean).join(' · ');
  return `${pageStart(assets.lang, reportCsp(nonce))}<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
${inline(assets.theme, 'style')}</style>
<style nonce="${nonce}">
${inline(assets.style, 'style')}</style>
</head>
<body class="report">
<main id="app"></main>
<script type="application/json" id="review-data">${jsonForScript(message)}</script>
<script nonce="${nonce}">
${inline(assets.script, 'script')}</script>
</body>
</html>
`;
}
