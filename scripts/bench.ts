/**
 * `npm run bench`: how fast vita builds and how light its pages are, from the
 * shipped CV to 5,000 generated publications, against the floor any Astro site
 * pays: a bare Astro site with one trivial Markdown page per page of vita's.
 * Both are timed as the user runs them (`npm run build`, a whole process tree),
 * in alternating runs on the same machine, so the ratios hold on a noisy one.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { median, timed, writeBareSite, type Run } from '../tooling/bench/process.ts';
import { syntheticContent, writeContent } from '../tooling/bench/syntheticContent.ts';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, 'tmp', 'bench');
const SHIPPED = join(ROOT, 'tests', 'fixtures', 'sites', 'lapuschkin');
const USAGE = `usage: npm run bench -- [--sizes seed,500,2000,5000] [--runs 3] [--out tmp/bench/results.json] [--lighthouse]

For each size: vita's \`npm run build\` and a bare Astro site's \`npm run build\`, alternating, --runs times
each, with Astro's content store cleared before every build (preview images and the PDF stay cached, as
the deploy workflow keeps the images); medians, their ratio and peak memory. Also: the seed built once
with no cached preview images or PDF, page weights, how fast \`npm run dev\` shows an edit, and with --lighthouse the Lighthouse
scores of the seed site (installs Lighthouse into tooling/bench/lighthouse/ on first use).`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'seed,500,2000,5000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(WORK, 'results.json') },
    lighthouse: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(values.runs);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const SOURCE_DATE_EPOCH = '1796083200';

function contentFor(size: string): string {
  if (size === 'seed') return SHIPPED;
  const folder = join(WORK, `content-${size}`);
  writeContent(folder, syntheticContent(Number(size)));
  return folder;
}

const files = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name));

/** A page's own HTML plus the stylesheets and scripts it links, raw and gzipped. */
function pageWeight(dist: string, path: string) {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1]!.replace(/^\//, ''))));
  const bytes = (buffers: Buffer[]) => ({
    raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
    gzip: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
  });
  return { html: bytes([html]), css: bytes(linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)), js: bytes(linked(/<script[^>]+src="([^"]+)"/g)) };
}

interface SizeResult {
  readonly size: string;
  readonly publications: number;
  readonly pages: number;
  readonly vita: readonly Run[];
  readonly bare: readonly Run[];
  readonly ratio: number;
  readonly memoryRatio: number | undefined;
  readonly distBytes: number;
}

const clearContentStore = (...folders: string[]) => {
  for (const folder of folders) for (const cache of ['.astro', join('node_modules', '.astro')]) rmSync(join(folder, cache), { recursive: true, force: true });
};
const peak = (list: readonly Run[]) => (list.every((run) => run.peakMb !== undefined) ? Math.max(...list.map((run) => run.peakMb!)) : undefined);

mkdirSync(WORK, { recursive: true });
const results: SizeResult[] = [];
let coldSeed: Run | undefined;
for (const size of values.sizes.split(',')) {
  const content = contentFor(size);
  const dist = join(WORK, `dist-${size}`);
  const env = { VITA_CONTENT: content, SOURCE_DATE_EPOCH };
  const vitaBuild = () => timed(npm, ['run', '--silent', 'build', '--', '--outDir', dist], { cwd: ROOT, env });
  if (size === 'seed') {
    // Once with nothing cached at all: what a first deploy pays, preview images included.
    clearContentStore(ROOT);
    for (const cache of ['cards', 'pdf']) rmSync(join(ROOT, '.cache', cache), { recursive: true, force: true });
    coldSeed = vitaBuild();
  } else vitaBuild();
  const pages = files(dist).filter((file) => file.endsWith('.html')).length;
  const bare = join(WORK, `bare-${size}`);
  writeBareSite(bare, pages);
  const series: { vita: Run[]; bare: Run[] } = { vita: [], bare: [] };
  for (let run = 0; run < runs; run++) {
    clearContentStore(ROOT, bare);
    series.vita.push(vitaBuild());
    series.bare.push(timed(npm, ['run', '--silent', 'build'], { cwd: bare, env: {} }));
  }
  const vitaPeak = peak(series.vita);
  const barePeak = peak(series.bare);
  const result: SizeResult = {
    size,
    publications: readdirSync(join(content, 'publications')).length,
    pages,
    ...series,
    ratio: median(series.vita.map((run) => run.seconds)) / median(series.bare.map((run) => run.seconds)),
    memoryRatio: vitaPeak && barePeak ? vitaPeak / barePeak : undefined,
    distBytes: files(dist).reduce((sum, file) => sum + statSync(file).size, 0),
  };
  results.push(result);
  console.error(
    `${size}: vita ${median(series.vita.map((r) => r.seconds)).toFixed(2)} s, bare ${median(series.bare.map((r) => r.seconds)).toFixed(2)} s, ratio ${result.ratio.toFixed(2)}`,
  );
}

/** Seconds from saving an edited publication to `npm run dev` serving the new title (on a copy of the shipped CV). */
async function devReloadSeconds(): Promise<number> {
  const content = join(WORK, 'content-dev');
  rmSync(content, { recursive: true, force: true });
  cpSync(SHIPPED, content, { recursive: true });
  const port = 4700 + Math.floor(Math.random() * 200);
  const dev = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], VITA_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const page = `http://127.0.0.1:${port}/publications/lapuschkin2019unmasking/`;
  const fetchText = () =>
    fetch(page).then(
      (response) => response.text(),
      () => '',
    );
  try {
    for (let tries = 0; !(await fetchText()).includes('Unmasking'); tries++) {
      if (tries > 600) throw new Error('npm run dev did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const file = join(content, 'publications', 'lapuschkin2019unmasking.md');
    const start = process.hrtime.bigint();
    writeFileSync(file, readFileSync(file, 'utf8').replace('Unmasking Clever Hans', 'Edited Clever Hans'));
    while (!(await fetchText()).includes('Edited Clever Hans')) await new Promise((resolve) => setTimeout(resolve, 20));
    return Number(process.hrtime.bigint() - start) / 1e9;
  } finally {
    dev.kill();
  }
}
const devReload = await devReloadSeconds();

/** Lighthouse lives in its own folder, installed on first use, so vita's own install stays lean. */
function lighthouseScores(dist: string): Record<string, Record<string, number>> {
  const folder = join(ROOT, 'tooling', 'bench', 'lighthouse');
  if (!existsSync(join(folder, 'node_modules', 'lighthouse'))) {
    console.error('Installing Lighthouse into tooling/bench/lighthouse/ (once)…');
    const install = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm ci in tooling/bench/lighthouse failed');
  }
  const audit = spawnSync(process.execPath, [join(folder, 'lighthouse.ts'), dist], { cwd: ROOT, encoding: 'utf8' });
  if (audit.status !== 0) throw new Error(audit.stderr);
  return JSON.parse(audit.stdout);
}
const lighthouse = values.lighthouse && existsSync(join(WORK, 'dist-seed')) ? lighthouseScores(join(WORK, 'dist-seed')) : undefined;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (list: readonly Run[]) => `${median(list.map((run) => run.seconds)).toFixed(2)} s`;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const header = ['size', 'publications', 'pages', 'vita npm run build', 'bare Astro', 'ratio', 'peak memory vita / bare', 'dist'];
const rows = results.map((result) => [
  result.size,
  String(result.publications),
  String(result.pages),
  seconds(result.vita),
  seconds(result.bare),
  `${result.ratio.toFixed(2)}×`,
  `${peak(result.vita) ?? 'n/a'} / ${peak(result.bare) ?? 'n/a'} MB${result.memoryRatio ? ` (${result.memoryRatio.toFixed(2)}×)` : ''}`,
  `${(result.distBytes / 2 ** 20).toFixed(1)} MB`,
]);
const table = [header, ...rows].map((row) => `| ${row.join(' | ')} |`);
table.splice(1, 0, `|${header.map(() => ' --- ').join('|')}|`);
console.log(`vita benchmark on ${machine}; medians of ${runs} alternating runs, Astro's content store cleared before each\n`);
console.log(table.join('\n'));
if (coldSeed) console.log(`\nseed with nothing cached (content store, preview images, PDF): ${coldSeed.seconds.toFixed(2)} s`);
console.log(`npm run dev: an edited publication shows after ${devReload.toFixed(2)} s`);
if (existsSync(join(WORK, 'dist-seed'))) {
  console.log('\nPage weight of the shipped site (raw / gzip):');
  for (const [name, path] of [
    ['home', ''],
    ['publications', 'publications'],
    ['cv', 'cv'],
  ] as const) {
    const weight = pageWeight(join(WORK, 'dist-seed'), path);
    console.log(`  ${name.padEnd(13)} HTML ${kb(weight.html.raw)} / ${kb(weight.html.gzip)}, CSS ${kb(weight.css.raw)} / ${kb(weight.css.gzip)}, JS ${kb(weight.js.raw)}`);
  }
}
if (lighthouse) {
  console.log('\nLighthouse (mobile):');
  for (const [page, scores] of Object.entries(lighthouse))
    console.log(
      `  ${page.padEnd(13)} ${Object.entries(scores)
        .map(([name, score]) => `${name} ${score}`)
        .join(', ')}`,
    );
}
mkdirSync(join(values.out, '..'), { recursive: true });
writeFileSync(values.out, `${JSON.stringify({ machine, runs, results, coldSeed, devReloadSeconds: devReload, lighthouse }, null, 2)}\n`);
console.log(`\nJSON: ${values.out}`);
