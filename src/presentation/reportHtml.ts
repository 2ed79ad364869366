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

/** The webview's page; the data arrives later by postMessage. */
export function renderPanelHtml(options: PanelPageOptions): string {
  const nonce = checkNonce(options.nonce);
  const csp = panelCsp(options.cspSource, nonce);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(options.styleUri)}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<main id="app"><p class="placeholder">${escapeHtml(options.placeholder)}</p></main>
<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}

/**
 * Colours for the report outside VS Code: the `--vscode-*` variables the panel's stylesheet reads,
 * light by default and dark where the browser prefers it.
 */
export const REPORT_THEME = `:root {
  color-scheme: light dark;
  --vscode-font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK TC", "Noto Sans CJK SC", "Microsoft JhengHei", "PingFang TC", sans-serif;
  --vscode-font-size: 14px;
  --vscode-editor-font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace;
  --vscode-foreground: #3b3b3b;
  --vscode-descriptionForeground: #6a6a6a;
  --vscode-editor-background: #ffffff;
  --vscode-editorWidget-background: #f3f3f3;
  --vscode-panel-border: #d9d9d9;
  --vscode-focusBorder: #005fb8;
  --vscode-list-hoverBackground: #f0f0f0;
  --vscode-list-inactiveSelectionBackground: #e4e6f1;
  --vscode-editor-findMatchHighlightBackground: #fff1a8;
  --vscode-textLink-foreground: #005fb8;
  --vscode-badge-background: #e0e0e0;
  --vscode-badge-foreground: #3b3b3b;
  --vscode-editorError-foreground: #d41b10;
  --vscode-editorWarning-foreground: #9a6a00;
  --vscode-editorInfo-foreground: #1a6fd6;
  --vscode-charts-blue: #1a85ff;
  --vscode-charts-green: #388a34;
  --vscode-dropdown-background: #ffffff;
  --vscode-dropdown-foreground: #3b3b3b;
  --vscode-dropdown-border: #c8c8c8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --vscode-foreground: #cccccc;
    --vscode-descriptionForeground: #9d9d9d;
    --vscode-editor-background: #1f1f1f;
    --vscode-editorWidget-background: #252526;
    --vscode-panel-border: #3c3c3c;
    --vscode-focusBorder: #0078d4;
    --vscode-list-hoverBackground: #2a2d2e;
    --vscode-list-inactiveSelectionBackground: #37373d;
    --vscode-editor-findMatchHighlightBackground: #623315;
    --vscode-textLink-foreground: #4daafc;
    --vscode-badge-background: #4d4d4d;
    --vscode-badge-foreground: #f8f8f8;
    --vscode-editorError-foreground: #f14c4c;
    --vscode-editorWarning-foreground: #cca700;
    --vscode-editorInfo-foreground: #3794ff;
    --vscode-charts-blue: #3794ff;
    --vscode-charts-green: #89d185;
    --vscode-dropdown-background: #313131;
    --vscode-dropdown-foreground: #cccccc;
    --vscode-dropdown-border: #3c3c3c;
  }
}
`;

export interface ReportAssets {
  /** media/panel.js */
  readonly script: string;
  /** media/panel.css */
  readonly style: string;
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
  return `<!DOCTYPE html>
<html lang="${escapeHtml(assets.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportCsp(nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
${inline(REPORT_THEME, 'style')}</style>
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
