// Bundles the extension (Node and web worker), the CLI and the compiled tests.
// `--production` minifies and drops source maps; `--watch` rebuilds on change.
const esbuild = require('esbuild');
const fs = require('fs');
const { builtinModules } = require('module');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the form the `$esbuild-watch` problem matcher reads. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

/** `fs`, `fs/promises`, `node:fs`… (a package of the same name, such as the `events` polyfill, is refused too). */
const NODE_BUILTIN = new RegExp(`^(node:.*|(${builtinModules.join('|')})(/.*)?)$`);
/** Globals that Node has and a web worker lacks; replaced by a marker to find the files that use them. */
const NODE_GLOBALS = ['process', 'Buffer', 'global', '__dirname', '__filename', 'require', 'setImmediate', 'clearImmediate'];
const GLOBAL_MARKER = '__node_global__';

/**
 * Fails a browser build that reaches Node. esbuild alone stops at an unresolved `import 'fs'`, but
 * not at a `require('fs')` or `import('fs')` inside try/catch (left in the bundle to fail at run
 * time), and never at free uses of `process` or `Buffer`: this plugin turns all of them into build
 * errors that name the file.
 * Node globals are looked for in our own sources only: libraries may test for them (`typeof process`).
 */
const noNodeInBrowserPlugin = {
  name: 'no-node-in-browser',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTIN }, (args) => ({
      errors: [{ text: `"${args.path}" is a Node built-in module, imported by ${path.relative(process.cwd(), args.importer)}: code reached from a browser entry runs in a web worker, where Node's modules do not exist` }],
    }));
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (args.path.split(path.sep).includes('node_modules')) return undefined;
      const source = await fs.promises.readFile(args.path, 'utf8');
      const define = Object.fromEntries(NODE_GLOBALS.map((name) => [name, GLOBAL_MARKER + name]));
      const { code } = await esbuild.transform(source, { loader: path.extname(args.path).slice(1).replace(/^[cm]/, ''), define, sourcefile: args.path });
      const used = NODE_GLOBALS.filter((name) => code.includes(GLOBAL_MARKER + name));
      if (used.length === 0) return undefined;
      return { errors: [{ text: `${path.relative(process.cwd(), args.path)} uses the Node global${used.length > 1 ? 's' : ''} ${used.join(', ')}: code reached from a browser entry runs in a web worker, where ${used.length > 1 ? 'they do' : 'it does'} not exist` }] };
    });
  },
};

/** `import loadTests from 'web-e2e-tests'`: a function that loads every test/e2e/web/*.test.ts, once mocha is set up. */
const webTestsPlugin = {
  name: 'web-e2e-tests',
  setup(build) {
    build.onResolve({ filter: /^web-e2e-tests$/ }, () => ({ path: 'web-e2e-tests', namespace: 'web-e2e-tests' }));
    build.onLoad({ filter: /.*/, namespace: 'web-e2e-tests' }, () => {
      const files = listTests('test/e2e/web').filter((file) => file.endsWith('.test.ts')).sort();
      const requires = files.map((file) => `require(${JSON.stringify('./' + path.basename(file))});`).join('\n');
      return { contents: `module.exports = () => {\n${requires}\n};\n`, resolveDir: path.resolve('test/e2e/web'), loader: 'js', watchFiles: files, watchDirs: [path.resolve('test/e2e/web')] };
    });
  },
};

/**
 * mocha's browser build (`mocha/mocha.js`) is a UMD script, but its package says `"type": "module"`:
 * bundled as ES module, its free `module` and `exports` would bind to those of the worker's loader and
 * replace the suite's exports with mocha. Loaded from its own namespace it is read as the CommonJS it is.
 */
const mochaBrowserPlugin = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onResolve({ filter: /^mocha\/mocha\.js$/ }, () => ({ path: require.resolve('mocha/mocha.js'), namespace: 'mocha-umd' }));
    build.onLoad({ filter: /.*/, namespace: 'mocha-umd' }, async (args) => ({ contents: await fs.promises.readFile(args.path, 'utf8'), loader: 'js' }));
  },
};

/** Unit tests mirror src/ (test/support holds their helpers, bundled into each test). */
const UNIT_TEST_FOLDERS = ['analysis', 'presentation', 'shared', 'extension', 'cli', 'package'];

function listTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => file.endsWith('.ts'));
}

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: watch ? [problemMatcherPlugin] : [],
};

/** A bundle for VS Code for the Web: it runs in the browser's web-worker extension host. */
const browser = {
  ...shared,
  platform: 'browser',
  target: 'es2022',
  external: ['vscode'],
  plugins: [...shared.plugins, noNodeInBrowserPlugin],
};

const builds = [
  // One bundle for both hosts, named by `main` and `browser`: the guard keeps Node out of it, so the
  // desktop's Node extension host and the browser's web worker run the same file.
  { ...browser, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js' },
  { ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The review panel's script: the webview loads it, and the CLI inlines it into each HTML report.
  { ...browser, entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/panel.js', format: 'iife', target: 'es2020', sourcemap: false },
];
if (!production) {
  builds.push({
    ...shared,
    entryPoints: UNIT_TEST_FOLDERS.flatMap((folder) => listTests(`test/${folder}`)).filter((file) => file.endsWith('.test.ts')),
    outdir: 'out/unit',
    outbase: 'test',
    // esbuild stays a package of its own: its API finds its native binary next to its files.
    external: ['vscode', 'mocha', 'esbuild'],
  });
  builds.push({
    ...shared,
    entryPoints: listTests('test/e2e/suite'),
    outdir: 'out/test/e2e/suite',
    outbase: 'test/e2e/suite',
    external: ['vscode', 'mocha', 'esbuild'],
  });
  // The web suite: one self-contained module (mocha included), since the worker can load nothing else.
  builds.push({ ...browser, entryPoints: ['test/e2e/web/index.ts'], outfile: 'out/test/e2e/web/index.js', plugins: [...browser.plugins, webTestsPlugin, mochaBrowserPlugin] });
  builds.push({ ...shared, entryPoints: listTests('test/eval'), outdir: 'out/eval', outbase: 'test/eval' });
  const bench = listTests('test/bench');
  if (bench.length > 0) {
    // The peer library stays external: it is large and only the benchmark loads it.
    builds.push({ ...shared, entryPoints: bench, outdir: 'out/bench', outbase: 'test/bench', external: ['@microsoft/recognizers-text-suite'] });
  }
}

async function main() {
  // Tests are found by listing files: stale output of a deleted test must not run.
  if (!production) fs.rmSync('out', { recursive: true, force: true });
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  fs.chmodSync('dist/cli.js', 0o755);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { noNodeInBrowserPlugin };
