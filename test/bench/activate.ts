// Child process for the benchmark: loads a built extension bundle with a stand-in `vscode` module,
// calls activate(), and prints {loadMs, activateMs} as JSON.
// Usage: node activate.js EXTENSION_JS [API_NAMES_JSON]
// The stand-in is deliberately generic: any API it does not know answers with a no-op proxy, so new
// API use in the extension does not break the measurement.
import * as fs from 'fs';
import Module from 'module';

const start = process.hrtime.bigint();
const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;

type AnyFn = (...args: unknown[]) => unknown;

const noop = (): void => undefined;
const disposable = { dispose: noop };
/** An `Event<T>`: subscribing returns a disposable. */
const event = (): typeof disposable => disposable;

/** Callable, constructible, any property: the answer to every API the stub does not model. */
function anything(path: string): unknown {
  const target = function stub(): void {} as unknown as AnyFn;
  return new Proxy(target, {
    get(_target, key) {
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.iterator) return function* empty(): Generator<never> {};
      if (key === Symbol.toPrimitive) return () => path;
      if (typeof key === 'symbol') return undefined;
      if (key === 'dispose') return noop;
      if (/^on(Did|Will)/.test(key)) return event;
      if (key === 'length') return 0;
      return anything(`${path}.${key}`);
    },
    apply(_target, _this, args) {
      // `getConfiguration(...).get(key, default)` and mementos: answer the default.
      if (path.endsWith('.get')) return args[1];
      if (/\.(update|showInformationMessage|showWarningMessage|showErrorMessage|executeCommand)$/.test(path)) return Promise.resolve(undefined);
      return anything(`${path}()`);
    },
    construct() {
      return anything(`new ${path}`) as object;
    },
  });
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
}
class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number | Position, b: number | Position, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c ?? 0, d ?? 0) : (b as Position);
  }
}
class Selection extends Range {}
class Disposable {
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((item) => item.dispose()));
  }
  constructor(private readonly callOnDispose: () => unknown = noop) {}
  dispose(): void {
    this.callOnDispose();
  }
}
class EventEmitter<T> {
  private listeners: Array<(value: T) => unknown> = [];
  readonly event = (listener: (value: T) => unknown): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}
class Uri {
  static parse(value: string): Uri {
    const match = /^([a-z][\w+.-]*):(?:\/\/([^/]*))?([^?#]*)/i.exec(value);
    return new Uri(match?.[1] ?? 'file', match?.[2] ?? '', match?.[3] ?? value);
  }
  static file(path: string): Uri {
    return new Uri('file', '', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, base.authority, [base.path, ...parts].join('/'));
  }
  static from(parts: { scheme: string; authority?: string; path?: string }): Uri {
    return new Uri(parts.scheme, parts.authority ?? '', parts.path ?? '');
  }
  constructor(readonly scheme: string, readonly authority: string, readonly path: string, readonly query = '', readonly fragment = '') {}
  get fsPath(): string {
    return this.path;
  }
  with(change: Partial<Pick<Uri, 'scheme' | 'authority' | 'path' | 'query' | 'fragment'>>): Uri {
    return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}`;
  }
  toJSON(): object {
    return { scheme: this.scheme, authority: this.authority, path: this.path };
  }
}
/** Plain data classes: keep their constructor arguments. */
function dataClass(name: string): new (...args: unknown[]) => object {
  return {
    [name]: class {
      readonly args: unknown[];
      constructor(...args: unknown[]) {
        this.args = args;
      }
    },
  }[name];
}
/** Enums and enum-like statics (`DiagnosticSeverity.Error`, `CodeActionKind.QuickFix`). */
function enumLike(name: string): unknown {
  return new Proxy(dataClass(name), {
    get(target, key) {
      if (typeof key === 'symbol' || key === 'prototype' || key === 'name') return Reflect.get(target, key);
      return { value: `${name}.${key}`, append: (more: string) => ({ value: `${name}.${key}.${more}` }), toString: () => `${name}.${key}` };
    },
  });
}

const known: Record<string, unknown> = {
  Position,
  Range,
  Selection,
  Disposable,
  EventEmitter,
  Uri,
  l10n: { t: (message: string | { message: string }) => (typeof message === 'string' ? message : message.message), bundle: undefined, uri: undefined },
  version: '1.100.0',
  env: { language: 'en', appName: 'stub', machineId: 'stub', sessionId: 'stub', uiKind: 1 },
};

/** Top-level API names by kind, from @types/vscode (argv[3], optional): lets the stub list its keys. */
interface ApiNames {
  readonly enums: string[];
  readonly classes: string[];
  readonly namespaces: string[];
  readonly values: string[];
}
const api: ApiNames = process.argv[3] ? (JSON.parse(fs.readFileSync(process.argv[3], 'utf8')) as ApiNames) : { enums: [], classes: [], namespaces: [], values: [] };
const enums = new Set(api.enums);

function stubFor(key: string): unknown {
  if (enums.has(key)) return enumLike(key);
  if (/^[A-Z]/.test(key)) {
    // Unknown capitalised names: enum-like by their suffix, otherwise a class.
    return !api.classes.includes(key) && /(Kind|Severity|Column|Mode|Target|State|Status|Reason|Tag|Behavior|Style)$/.test(key) ? enumLike(key) : dataClass(key);
  }
  return anything(`vscode.${key}`);
}

// Bundlers copy a CommonJS module's own keys into a namespace object, so the stub lists every API name.
const vscode = new Proxy(known, {
  get(target, key) {
    if (typeof key === 'symbol') return undefined;
    if (key in target) return target[key];
    if (key === '__esModule') return false;
    if (key === 'then' || key === 'default') return undefined;
    return (target[key] = stubFor(key));
  },
  ownKeys(target) {
    for (const key of [...api.enums, ...api.classes, ...api.namespaces, ...api.values]) if (!(key in target)) target[key] = stubFor(key);
    return Reflect.ownKeys(target);
  },
});

const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
const originalLoad = loader._load;
loader._load = function load(request: string, parent: unknown, isMain: boolean): unknown {
  if (request === 'vscode') return vscode;
  return originalLoad.call(this, request, parent, isMain);
};

function memento(): object {
  const values = new Map<string, unknown>();
  return {
    get: (key: string, fallback?: unknown) => (values.has(key) ? values.get(key) : fallback),
    update: async (key: string, value: unknown) => void values.set(key, value),
    keys: () => [...values.keys()],
    setKeysForSync: noop,
  };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  const bootMs = ms(start);
  const loadStart = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(file) as { activate(context: unknown): unknown };
  const loadMs = ms(loadStart);
  const base = Uri.file('/tmp/transcript-review-bench-ext');
  const context = new Proxy(
    {
      subscriptions: [] as unknown[],
      extensionUri: base,
      extensionPath: base.path,
      storageUri: Uri.file('/tmp/transcript-review-bench-ext/storage'),
      globalStorageUri: Uri.file('/tmp/transcript-review-bench-ext/global'),
      logUri: Uri.file('/tmp/transcript-review-bench-ext/log'),
      globalState: memento(),
      workspaceState: memento(),
      asAbsolutePath: (relative: string) => `${base.path}/${relative}`,
      extensionMode: 1,
    } as Record<string, unknown>,
    { get: (target, key) => (typeof key === 'symbol' || key in target ? Reflect.get(target, key) : anything(`context.${key}`)) },
  );
  const activateStart = process.hrtime.bigint();
  await extension.activate(context);
  const activateMs = ms(activateStart);
  const subscriptions = (context.subscriptions as unknown[]).length;
  process.stdout.write(JSON.stringify({ bootMs, loadMs, activateMs, subscriptions }) + '\n');
}

main().catch((error: unknown) => {
  process.stdout.write(JSON.stringify({ error: String((error as Error)?.stack ?? error) }) + '\n');
  process.exitCode = 1;
});
