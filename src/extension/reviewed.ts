// Reviewed marks live in a sidecar file beside the transcript (`name.txt.review.json`), never in the
// transcript itself. A sidecar that cannot be read is reported and never overwritten.
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import type { Finding } from '../analysis/checks/types';

const SidecarSchema = z.object({
  version: z.literal(1),
  reviewed: z
    .array(z.object({ id: z.string().check(z.maxLength(200)), code: z.string().check(z.maxLength(50)), text: z.string().check(z.maxLength(500)), at: z.string().check(z.maxLength(40)) }))
    .check(z.maxLength(100_000)),
});
type Sidecar = z.infer<typeof SidecarSchema>;

interface Entry {
  sidecar: Sidecar;
  /** Set when the sidecar exists but is not ours to rewrite. */
  broken: boolean;
}

export class ReviewedStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  private readonly writing = new Map<string, Promise<void>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Sidecars sit beside files on any file system; untitled documents keep marks in memory. */
  static sidecarUri(document: vscode.Uri): vscode.Uri | null {
    if (document.scheme === 'untitled' || !document.path || document.path.endsWith('/')) return null;
    return document.with({ path: `${document.path}.review.json` });
  }

  /** Reviewed ids for a document; loads the sidecar in the background on first use. */
  reviewedIds(document: vscode.Uri): ReadonlySet<string> {
    const entry = this.entries.get(document.toString());
    if (!entry) {
      void this.load(document);
      return new Set();
    }
    return new Set(entry.sidecar.reviewed.map((mark) => mark.id));
  }

  async markReviewed(document: vscode.Uri, finding: Finding): Promise<void> {
    const entry = await this.load(document);
    if (entry.broken) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The reviewed marks file for this transcript is not valid, so nothing was saved to it. Fix or remove it and try again.'));
      return;
    }
    if (entry.sidecar.reviewed.some((mark) => mark.id === finding.id)) return;
    const text = (finding.chinese ?? finding.english)?.text ?? '';
    entry.sidecar = { ...entry.sidecar, reviewed: [...entry.sidecar.reviewed, { id: finding.id, code: finding.code, text: text.slice(0, 500), at: new Date().toISOString() }] };
    this.changed.fire(document);
    const sidecar = ReviewedStore.sidecarUri(document);
    if (sidecar) await this.save(sidecar, entry);
  }

  private load(document: vscode.Uri): Promise<Entry> {
    const key = document.toString();
    const known = this.entries.get(key);
    if (known) return Promise.resolve(known);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.read(document).then((entry) => {
        this.entries.set(key, entry);
        this.loading.delete(key);
        if (entry.sidecar.reviewed.length > 0) this.changed.fire(document);
        return entry;
      });
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async read(document: vscode.Uri): Promise<Entry> {
    const empty: Entry = { sidecar: { version: 1, reviewed: [] }, broken: false };
    const sidecar = ReviewedStore.sidecarUri(document);
    if (!sidecar) return empty;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(sidecar);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return empty;
      this.log.warn(`cannot read ${sidecar.toString()}: ${String(error)}`);
      return { ...empty, broken: true };
    }
    try {
      const parsed = SidecarSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      if (parsed.success) return { sidecar: parsed.data, broken: false };
    } catch {
      // Not JSON: reported below like any other invalid sidecar.
    }
    this.log.warn(`invalid reviewed marks file ${sidecar.toString()}; left untouched`);
    void vscode.window.showWarningMessage(vscode.l10n.t('The reviewed marks file {0} is not valid; it was left as it is and reviewed marks are not saved.', sidecar.path.split('/').pop() ?? ''));
    return { ...empty, broken: true };
  }

  /** Writes one at a time per sidecar, each with the marks as they are when its turn comes. */
  private save(sidecar: vscode.Uri, entry: Entry): Promise<void> {
    const key = sidecar.toString();
    const next = (this.writing.get(key) ?? Promise.resolve()).then(() => this.write(sidecar, entry.sidecar));
    this.writing.set(key, next);
    return next;
  }

  /** Writes to a temporary file, then renames it over the sidecar, so a crash never leaves half a file. */
  private async write(sidecar: vscode.Uri, content: Sidecar): Promise<void> {
    const temporary = sidecar.with({ path: `${sidecar.path}.${Date.now().toString(36)}.tmp` });
    try {
      // A rename with `overwrite` deletes whatever is in the way, folders included: only ever replace a file.
      const existing = await Promise.resolve(vscode.workspace.fs.stat(sidecar)).catch(() => undefined);
      if (existing && !(existing.type & vscode.FileType.File)) throw vscode.FileSystemError.FileIsADirectory(sidecar);
      await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(JSON.stringify(content, null, 2) + '\n'));
      await vscode.workspace.fs.rename(temporary, sidecar, { overwrite: true });
    } catch (error) {
      this.log.error(`cannot save reviewed marks to ${sidecar.toString()}: ${String(error)}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not save the reviewed marks: {0}', String(error)));
      await Promise.resolve(vscode.workspace.fs.delete(temporary)).catch(() => undefined);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
