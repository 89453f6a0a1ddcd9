/**
 * The complete fixture (tests/fixtures/sites/complete) built once in each interface language,
 * to look at what each catalogue gives: every kind of page, the PDF CV and the preview cards.
 * Not part of `npm test` (eight builds take minutes); run it after changing a catalogue, the
 * layout of right-to-left pages or the PDF, then take screenshots of a language with
 * `npm run screenshots -- --dist tmp/languages/<tag> --out tmp/languages/<tag>-screenshots`.
 *
 * Usage: npm run build:languages -- [tag…]   (default: every catalogue language)
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CATALOGUE_LANGUAGES } from '../src/i18n/index.ts';
import { siteLanguage } from '../src/schemas/settings.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'sites', 'complete');
const OUT = join(ROOT, 'tmp', 'languages');

const tags = process.argv.slice(2);
const invalid = tags.filter((tag) => !siteLanguage.safeParse(tag).success);
if (invalid.length > 0) {
  console.error(
    `expected language tags vita has a catalogue for (${CATALOGUE_LANGUAGES.join(', ')}, optionally with a region); found ${invalid.map((tag) => `"${tag}"`).join(', ')}`,
  );
  process.exit(1);
}

/** The fixture's content with `language: <tag>` in its settings, in a scratch folder. */
function contentIn(tag: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), `vita-language-${tag}-`)), 'content');
  cpSync(FIXTURE, folder, { recursive: true });
  const settings = join(folder, 'settings.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^language: .*$/m, `language: ${tag}`));
  return folder;
}

/** `npm run build` of one language; resolves with its seconds, or rejects with the build's output. */
function build(tag: string): Promise<number> {
  const content = contentIn(tag);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', relative(ROOT, join(OUT, tag))], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', VITA_CONTENT: content, VITA_PUBLIC: join(ROOT, 'tests', 'fixtures', 'public') },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => {
      rmSync(join(content, '..'), { recursive: true, force: true });
      if (status === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`the build in ${tag} failed:\n${output}`));
    });
  });
}

/** The pages (index.html files) a build wrote. */
const pages = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html')).length;

let failed = false;
// One at a time: a build takes both cores of a small machine.
for (const tag of tags.length > 0 ? tags : CATALOGUE_LANGUAGES) {
  try {
    const seconds = await build(tag);
    const dist = join(OUT, tag);
    console.log(`${tag}: ${pages(dist)} pages, cv.pdf ${Math.round(statSync(join(dist, 'cv.pdf')).size / 1024)} KiB, ${seconds.toFixed(0)} s → ${relative(ROOT, dist)}`);
  } catch (error) {
    console.error((error as Error).message);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
