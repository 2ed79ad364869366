// The package as the Marketplace and VS Code read it: metadata, icon, walkthrough, the files vsce
// packs, and a packaging run without warnings. (That package.json's %keys% exist in every
// package.nls file is l10n.test.ts's job.)
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../support/helpers';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}
interface Manifest {
  version: string;
  license: string;
  icon: string;
  galleryBanner: { color: string; theme: string };
  categories: string[];
  keywords: string[];
  homepage: string;
  bugs: { url: string };
  repository: { type: string; url: string };
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: { commandPalette: Array<{ command: string; when?: string }> };
    walkthroughs: Array<{ id: string; title: string; description: string; steps: Step[] }>;
  };
}

const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const NLS_FILES = ['package.nls.json', 'package.nls.zh-tw.json', 'package.nls.zh-cn.json'];
const nls = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8'));
/** VS Code's own commands that the walkthrough links to. */
const BUILT_IN_COMMANDS = ['outline.focus', 'workbench.actions.view.problems', 'editor.action.quickFix'];
const VSCE = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');

const key = (placeholder: string): string => /^%(.+)%$/.exec(placeholder)?.[1] ?? assert.fail(`"${placeholder}" is not a %key%`);
const commandIds = (): string[] => manifest.contributes.commands.map((command) => command.command);

/** Width and height from a PNG's signature and IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  assert.ok(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is not a PNG`);
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** `command:ID` links (with their decoded JSON arguments) in a walkthrough text. */
function commandLinks(text: string): Array<{ id: string; args: unknown[] }> {
  return [...text.matchAll(/\(command:([\w.]+)(?:\?([^)\s]+))?\)/g)].map(([, id, query]) => {
    const args: unknown = query ? JSON.parse(decodeURIComponent(query)) : [];
    return { id, args: Array.isArray(args) ? args : [args] };
  });
}

/** Runs vsce in the repository; its output is stdout and stderr together (warnings go to either). */
function runVsce(args: string[]): string {
  // No terminal: a question from vsce (a missing repository field) gets end of input and fails.
  const run = spawnSync(process.execPath, [VSCE, ...args], { cwd: REPO, encoding: 'utf8', input: '', timeout: 60_000 });
  const output = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 0, `vsce ${args.join(' ')} failed: ${run.error?.message ?? output}`);
  return output;
}

describe('package manifest', () => {
  it('has a 128×128 PNG icon', () => {
    assert.match(manifest.icon, /\.png$/);
    assert.deepEqual(pngSize(path.join(REPO, manifest.icon)), { width: 128, height: 128 });
  });

  it('has a gallery banner, categories, a few keywords and one repository address for every link', () => {
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme), manifest.galleryBanner.theme);
    assert.ok(manifest.categories.length > 0);
    // The Marketplace takes at most 30 tags, and vsce adds its own from the contributions.
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 20, `${manifest.keywords.length} keywords`);
    assert.equal(new Set(manifest.keywords.map((word) => word.toLowerCase())).size, manifest.keywords.length, 'duplicate keywords');
    const base = manifest.repository.url.replace(/\.git$/, '');
    assert.match(base, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    assert.ok(manifest.homepage.startsWith(base), manifest.homepage);
    assert.ok(manifest.bugs.url.startsWith(base), manifest.bugs.url);
  });

  it('ships a LICENSE matching the license field and a CHANGELOG entry for this version', () => {
    assert.equal(manifest.license, 'MIT');
    assert.match(fs.readFileSync(path.join(REPO, 'LICENSE'), 'utf8'), /^MIT License/);
    const changelog = fs.readFileSync(path.join(REPO, 'CHANGELOG.md'), 'utf8');
    assert.ok(changelog.includes(`## ${manifest.version}`), `no "## ${manifest.version}" heading in CHANGELOG.md`);
  });

  it('gives every command a localised title and the Transcript Review category; Open Sample Transcript is always in the palette', () => {
    for (const command of manifest.contributes.commands) {
      key(command.title);
      assert.equal(command.category, 'Transcript Review', command.command);
    }
    assert.ok(commandIds().includes('transcriptReview.openSample'));
    const hidden = manifest.contributes.menus.commandPalette.filter((entry) => entry.command === 'transcriptReview.openSample' && entry.when !== undefined);
    assert.deepEqual(hidden, [], 'Open Sample Transcript must not depend on an open transcript');
  });

  it('translates every command and walkthrough string into both Chinese scripts', () => {
    const english = nls('package.nls.json');
    for (const file of NLS_FILES.slice(1)) {
      for (const [name, text] of Object.entries(nls(file))) {
        assert.notEqual(text, english[name], `${file}: "${name}" is the English text`);
        assert.match(text, /[\u4e00-\u9fff]/, `${file}: "${name}" has no Chinese`);
      }
    }
  });

  describe('walkthrough', () => {
    const walkthroughs = manifest.contributes.walkthroughs;
    const steps = walkthroughs.flatMap((walkthrough) => walkthrough.steps);

    it('has localised titles and descriptions and at least five steps with unique ids', () => {
      assert.equal(walkthroughs.length, 1);
      for (const text of [walkthroughs[0].title, walkthroughs[0].description]) key(text);
      assert.ok(steps.length >= 5, `${steps.length} steps`);
      assert.equal(new Set(steps.map((step) => step.id)).size, steps.length, 'duplicate step ids');
      for (const step of steps) {
        key(step.title);
        key(step.description);
      }
    });

    it('has a Markdown file for each step in English, Traditional and Simplified Chinese', () => {
      for (const step of steps) {
        const markdown = step.media.markdown;
        assert.ok(markdown, `step ${step.id} has no Markdown media`);
        for (const file of [markdown, markdown.replace(/\.md$/, '.nls.zh-tw.md'), markdown.replace(/\.md$/, '.nls.zh-cn.md')]) {
          assert.ok(fs.existsSync(path.join(REPO, file)), `missing ${file}`);
          assert.ok(fs.readFileSync(path.join(REPO, file), 'utf8').trim().length > 0, `${file} is empty`);
        }
      }
    });

    it('completes each step on an event, naming only commands that exist', () => {
      const known = [...commandIds(), ...BUILT_IN_COMMANDS];
      for (const step of steps) {
        assert.ok(step.completionEvents && step.completionEvents.length > 0, `step ${step.id} has no completion event`);
        for (const event of step.completionEvents) {
          const [kind, target] = event.split(/:(.*)/s);
          assert.ok(['onCommand', 'onView', 'onContext', 'onSettingChanged', 'onLink', 'onStepSelected', 'extensionInstalled'].includes(kind), event);
          if (kind === 'onCommand') assert.ok(known.includes(target), `${step.id}: unknown command ${target}`);
        }
      }
    });

    it('links the same commands in every language, to commands that exist and samples that are bundled', () => {
      const known = [...commandIds(), ...BUILT_IN_COMMANDS];
      const english = nls('package.nls.json');
      let samples = 0;
      for (const file of NLS_FILES) {
        const texts = nls(file);
        for (const step of steps) {
          const name = key(step.description);
          const links = commandLinks(texts[name]);
          assert.deepEqual(links, commandLinks(english[name]), `${file}: links of ${name}`);
          for (const { id, args } of links) {
            assert.ok(known.includes(id), `${file}: ${name} links to unknown command ${id}`);
            if (id !== 'transcriptReview.openSample') continue;
            samples++;
            for (const sample of args) assert.ok(typeof sample === 'string' && fs.existsSync(path.join(REPO, 'seeds', sample)), `no bundled sample ${String(sample)}`);
          }
        }
      }
      assert.ok(samples >= NLS_FILES.length, 'the walkthrough opens a sample');
    });
  });

  describe('vsce', function () {
    // vsce reads the built bundle: `npm run build` (part of `npm test`) comes first.
    this.timeout(60_000);

    it('packs only what the installed extension reads', () => {
      const files = runVsce(['ls', '--no-dependencies']).split('\n').filter(Boolean);
      const walkthroughMedia = manifest.contributes.walkthroughs.flatMap((w) => w.steps).map((step) => step.media.markdown!);
      const required = ['package.json', ...NLS_FILES, 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', manifest.icon,
        'dist/webview/panel.js', 'media/panel.css', 'seeds/000_fc229bb68bbd6b60.txt', 'seeds/002_f7a40acd86bfc4bc.txt', ...walkthroughMedia];
      assert.deepEqual(required.filter((file) => !files.includes(file)), [], 'missing from the package');
      const unwanted = files.filter((file) => /^(src|test|out|docs|scripts|node_modules|\.vscode-test)\/|\.(map|ts|svg|vsix)$/.test(file));
      assert.deepEqual(unwanted, [], 'should not be packaged');
    });

    it('packages without a warning', () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'transcript-vsix-'));
      try {
        const vsix = path.join(folder, 'test.vsix');
        const output = runVsce(['package', '--no-dependencies', '--out', vsix]);
        assert.doesNotMatch(output, /\bWARNING\b|\bERROR\b/);
        assert.ok(fs.statSync(vsix).size > 0);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
  });
});
