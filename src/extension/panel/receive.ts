// What the review panel does with a message from its webview, without VS Code: validate it, then act
// only on a well-formed message about the document the panel shows. Anything else is dropped with one
// short log line that names what was wrong, never the data the page sent.
import { parseFromPanel, type FromPanelMessage } from '../../core/panelProtocol';

export interface PanelMessageHandlers {
  /** The page (re)loaded and wants the current review. */
  ready(): void;
  reveal(message: Extract<FromPanelMessage, { type: 'reveal' }>): void;
  export(message: Extract<FromPanelMessage, { type: 'export' }>): void;
  /** A message was refused; `reason` is one short line, safe to log. */
  drop(reason: string): void;
}

/** `shownUri` is the URI string of the transcript the panel shows, if any. */
export function receivePanelMessage(raw: unknown, shownUri: string | undefined, handlers: PanelMessageHandlers): void {
  const parsed = parseFromPanel(raw);
  if (!parsed.ok) {
    handlers.drop(`invalid message (${parsed.reason})`);
    return;
  }
  const message = parsed.message;
  if (message.type === 'ready') handlers.ready();
  else if (shownUri === undefined || message.uri !== shownUri) handlers.drop(`a ${message.type} message for a document the panel does not show`);
  else if (message.type === 'reveal') handlers.reveal(message);
  else handlers.export(message);
}
