// What the review panel does with a message from its webview, without VS Code: validate it, then act
// only on a well-formed message about the document the panel shows. Anything else is dropped with one
// short log line.
import { parseFromPanel, type FromPanelMessage } from '../../shared/protocol';

export interface PanelMessageHandlers {
  /** The page (re)loaded and wants the current review. */
  ready(): void;
  reveal(message: Extract<FromPanelMessage, { type: 'reveal' }>): void;
  export(message: Extract<FromPanelMessage, { type: 'export' }>): void;
  /** A message was refused; `reason` is one short line, safe to log. */
  drop(reason: string): void;
}

const MAX_REASON = 300;

/**
 * One line of at most MAX_REASON characters. zod's messages follow a locale set for the whole process
 * (any copy of zod loaded there may set one), and the English one quotes the unknown keys a page sent.
 */
function loggable(reason: string): string {
  // eslint-disable-next-line no-control-regex
  const line = reason.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}

/** `shownUri` is the URI string of the transcript the panel shows, if any. */
export function receivePanelMessage(raw: unknown, shownUri: string | undefined, handlers: PanelMessageHandlers): void {
  const parsed = parseFromPanel(raw);
  if (!parsed.ok) {
    handlers.drop(loggable(`invalid message (${parsed.reason})`));
    return;
  }
  const message = parsed.message;
  if (message.type === 'ready') handlers.ready();
  else if (shownUri === undefined || message.uri !== shownUri) handlers.drop(`a ${message.type} message for a document the panel does not show`);
  else if (message.type === 'reveal') handlers.reveal(message);
  else handlers.export(message);
}
