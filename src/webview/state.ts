// What the panel remembers across reloads (the webview's setState), and the bridge to the extension.
import { parsePanelState, type FromPanelMessage } from '../shared/protocol';

interface VsCodeApi {
  postMessage(message: FromPanelMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

/** The webview's API; null in the exported report, which runs outside VS Code. */
export const vscode: VsCodeApi | null = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;

export interface PanelViewState {
  uri: string;
  version: number;
  scrollY: number;
  filters: { code: string; severity: string };
  /** Sections the reader folded. */
  closed: string[];
}

function restore(): PanelViewState {
  const parsed = parsePanelState(vscode?.getState() ?? { uri: '' });
  const saved = parsed.ok ? parsed.message : { uri: '' };
  return {
    uri: saved.uri,
    version: saved.version ?? 0,
    scrollY: saved.scrollY ?? 0,
    filters: { code: saved.filters?.code ?? '', severity: saved.filters?.severity ?? '' },
    closed: saved.closed ?? [],
  };
}

export const state: PanelViewState = restore();

export function saveState(): void {
  vscode?.setState(state);
}
