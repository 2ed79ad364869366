// The workspace's glossary files (`transcript-glossary.csv` / `.json` / `.tbx` at the root of a folder), read
// through vscode.workspace.fs so that they work in VS Code for the Web too, watched, and reported once
// per content when they cannot be used: the other checks go on without them.
import * as vscode from 'vscode';
import { GLOSSARY_FILE_NAMES, GLOSSARY_TOO_BIG, glossaryFormat, MAX_GLOSSARY_BYTES, parseGlossaryFile, type GlossaryEntry, type GlossaryError } from '../analysis/names';

const PATTERN = `{${GLOSSARY_FILE_NAMES.join(',')}}`;

export class GlossaryFiles implements vscode.Disposable {
  private entriesByFile = new Map<string, readonly GlossaryEntry[]>();
  /** Per file, the problem last reported: the same problem is said once, a new one again. */
  private readonly reported = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private reading: Promise<void> = Promise.resolve();

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${PATTERN}`);
    const reread = () => this.refresh();
    this.disposables.push(watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete(reread), vscode.workspace.onDidChangeWorkspaceFolders(reread));
    this.refresh();
  }

  /** The entries of every glossary file read, folder by folder. */
  get entries(): readonly GlossaryEntry[] {
    return [...this.entriesByFile.values()].flat();
  }

  /** Resolves once the files present when it was called are read (tests wait on it). */
  get ready(): Promise<void> {
    return this.reading;
  }

  private refresh(): void {
    this.reading = this.reading.then(() => this.readAll()).catch((error: unknown) => this.log.error(`glossary: ${String(error)}`));
  }

  private async readAll(): Promise<void> {
    const next = new Map<string, readonly GlossaryEntry[]>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const name of GLOSSARY_FILE_NAMES) {
        const uri = vscode.Uri.joinPath(folder.uri, name);
        const entries = await this.read(uri, name);
        if (entries) next.set(uri.toString(), entries);
      }
    }
    const before = JSON.stringify([...this.entriesByFile]);
    this.entriesByFile = next;
    if (JSON.stringify([...next]) !== before) this.changed.fire();
  }

  /** A file's entries; null where it does not exist or cannot be used (then said once). */
  private async read(uri: vscode.Uri, name: string): Promise<readonly GlossaryEntry[] | null> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      this.reported.delete(uri.toString());
      return null;
    }
    if (stat.size > MAX_GLOSSARY_BYTES) return this.refuse(uri, GLOSSARY_TOO_BIG);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      // Gone between the two calls: as absent as a file stat does not find.
      this.reported.delete(uri.toString());
      return null;
    }
    const parsed = parseGlossaryFile(bytes, glossaryFormat(name) ?? 'csv');
    if (!parsed.ok) return this.refuse(uri, parsed.error);
    this.reported.delete(uri.toString());
    this.log.info(`glossary: ${uri.toString(true)}: ${parsed.entries.length} terms`);
    return parsed.entries;
  }

  private refuse(uri: vscode.Uri, error: GlossaryError): null {
    const problem = vscode.l10n.t(error.message, ...error.args);
    if (this.reported.get(uri.toString()) !== problem) {
      this.reported.set(uri.toString(), problem);
      this.log.warn(`glossary: ${uri.toString(true)}: ${problem}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('The glossary {0} is not used: {1}', vscode.workspace.asRelativePath(uri), problem));
    }
    return null;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
