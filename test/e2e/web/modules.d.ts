// Modules of the web suite that TypeScript cannot see on its own.

/** mocha's browser build (a UMD script): the `mocha` object that `<script src="mocha.js">` would define. */
declare module 'mocha/mocha.js' {
  const mocha: BrowserMocha;
  export default mocha;
}

/** Made by esbuild.js: loads every `*.test.ts` of this folder (after `mocha.setup`, which defines `describe`). */
declare module 'web-e2e-tests' {
  const loadTests: () => void;
  export default loadTests;
}
