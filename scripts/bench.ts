/**
 * `npm run bench`: how fast vita builds and serves, and how its pages score, from the shipped
 * CV to 5,000 generated publications, against the floor any Astro site of that size pays: a
 * bare Astro site whose pages come from one content collection through one dynamic route
 * (tooling/bench/process.ts). Both are timed as the user runs them (`npm run build`, a whole
 * process tree), in alternating pairs on the same machine, so the ratios hold on a noisy one.
 * Writes docs/benchmarks.md (tooling/bench/report.ts) and the raw measurements as JSON.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CACHE_FOLDER } from '../src/buildCache.ts';
import { devTimes } from '../tooling/bench/dev.ts';
import { setAside, timed, writeBareSite } from '../tooling/bench/process.ts';
import { benchReport, type BuildSeries, type DevSeries, type LighthousePage, type PageWeight, type Pair } from '../tooling/bench/report.ts';
import { syntheticContent, writeContent } from '../tooling/bench/syntheticContent.ts';
import { GROUP_FOLDER, syntheticGroup } from '../tooling/bench/syntheticGroup.ts';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, 'tmp', 'bench');
const SHIPPED = join(ROOT, 'tests', 'fixtures', 'sites', 'lapuschkin');
const USAGE = `usage: npm run bench -- [--sizes seed,5000,40x2000] [--runs 3] [--no-lighthouse] [--no-dev] [--report docs/benchmarks.md]

For each size (seed: the shipped CV; a number: that many generated publications; <members>x<publications>,
e.g. 40x2000: a generated group's site, every member's site under /<member>/), vita's \`npm run build\`
and the bare site's, alternating, --runs pairs with nothing cached (cold), then --runs pairs of
unchanged content (warm); then \`npm run dev\` of each (first page, an edit shown) and Lighthouse on
the shipped site (installed into tooling/bench/lighthouse/ on first use). Writes the report
(default docs/benchmarks.md) and tmp/bench/results.json.`;

const { values } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: 'seed,5000,40x2000' },
    runs: { type: 'string', default: '3' },
    report: { type: 'string', default: join(ROOT, 'docs', 'benchmarks.md') },
    lighthouse: { type: 'boolean', default: true },
    dev: { type: 'boolean', default: true },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(values.runs);
const SOURCE_DATE_EPOCH = '1796083200';

/** A group's size: <members>x<publications> (40x2000). */
const GROUP_SIZE = /^(\d+)x(\d+)$/;

function contentFor(size: string): string {
  if (size === 'seed') return SHIPPED;
  const folder = join(WORK, `content-${size}`);
  const group = GROUP_SIZE.exec(size);
  if (group) {
    writeContent(folder, syntheticGroup(Number(group[1]), Number(group[2])));
    return join(folder, GROUP_FOLDER);
  }
  writeContent(folder, syntheticContent(Number(size)));
  return folder;
}

const htmlPages = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;

/** Astro's content store of a site, which the bare site keeps between builds (vita's builds each start a fresh one). */
const clearContentStore = (folder: string) => {
  for (const cache of ['.astro', join('node_modules', '.astro')]) rmSync(join(folder, cache), { recursive: true, force: true });
};
/** Everything vita keeps between builds: preview images, the PDF, formatted references. */
const VITA_CACHE = join(ROOT, CACHE_FOLDER);
const clearVitaCache = () => rmSync(VITA_CACHE, { recursive: true, force: true });

const log = (line: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${line}`);

mkdirSync(WORK, { recursive: true });
// The project's own cache is set aside while the bench empties .cache/ and fills it with generated content's images, and put back at the end.
process.on('exit', setAside(VITA_CACHE, join(WORK, 'project-cache')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(128 + constants.signals[signal]));
const builds: BuildSeries[] = [];
const devSites: { size: string; content: string; bare: string }[] = [];
for (const size of values.sizes.split(',')) {
  const content = contentFor(size);
  const dist = join(WORK, `dist-${size}`);
  const bare = join(WORK, `bare-${size}`);
  // The build hands the output it replaced to a process of its own, which deletes it after the build has ended: waited
  // for untimed, so that deleting thousands of files does not slow the bare site's build that follows.
  const vitaBuild = async () => {
    const run = timed('npm', ['run', '--silent', 'build', '--', '--outDir', dist], { cwd: ROOT, env: { VITA_CONTENT: content, SOURCE_DATE_EPOCH } });
    while (readdirSync(WORK).some((name) => name.startsWith('dist-') && name.includes('.removing-'))) await sleep(100);
    return run;
  };
  const bareBuild = () => timed('npm', ['run', '--silent', 'build'], { cwd: bare, env: {} });
  // A first build counts the pages the bare site gets; both sites then replace an output of their own in every timed build, as a user's second build does.
  log(`${size}: first build`);
  await vitaBuild();
  const pages = htmlPages(dist);
  writeBareSite(bare, pages);
  bareBuild();
  for (const cache of ['cold', 'warm'] as const) {
    const pairs: Pair[] = [];
    for (let run = 0; run < runs; run++) {
      if (cache === 'cold') {
        clearVitaCache();
        clearContentStore(bare);
      }
      const pair = { vita: await vitaBuild(), bare: bareBuild() };
      pairs.push(pair);
      log(`${size} ${cache} ${run + 1}/${runs}: vita ${pair.vita.seconds.toFixed(2)} s, bare ${pair.bare.seconds.toFixed(2)} s, load ${pair.vita.load.toFixed(1)}`);
    }
    builds.push({ size, cache, pages, pairs });
  }
  // The dev server's times are a personal site's (a group's member sites are the same pages again).
  if (!GROUP_SIZE.test(size)) devSites.push({ size, content, bare });
}

/** `npm run dev` of vita on a copy of the content (its first publication is edited) and of the bare site, each with a fresh content store. */
async function devSeries(size: string, content: string, bare: string): Promise<DevSeries> {
  const copy = join(WORK, `dev-content-${size}`);
  rmSync(copy, { recursive: true, force: true });
  cpSync(content, copy, { recursive: true });
  const publication = readdirSync(join(copy, 'publications'))
    .filter((name) => name.endsWith('.md'))
    .sort()[0]!;
  clearContentStore(ROOT);
  clearContentStore(bare);
  log(`${size}: npm run dev`);
  return {
    size,
    vita: await devTimes({
      cwd: ROOT,
      env: { VITA_CONTENT: copy },
      page: `/publications/${publication.replace(/\.md$/, '')}/`,
      file: join(copy, 'publications', publication),
    }),
    bare: await devTimes({ cwd: bare, env: {}, page: '/entry-1/', file: join(bare, 'entries', 'entry-1.md') }),
  };
}
const dev: DevSeries[] = [];
if (values.dev) for (const site of devSites) dev.push(await devSeries(site.size, site.content, site.bare));

/** A page's own HTML plus the stylesheets and scripts it links, raw and gzipped. */
function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1]!.replace(/^\//, ''))));
  const bytes = (buffers: Buffer[]) => ({
    raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
    gzip: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
  });
  return { html: bytes([html]), css: bytes(linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)), js: bytes(linked(/<script[^>]+src="([^"]+)"/g)) };
}
const SHOWN_PAGES = { home: '', publications: 'publications', cv: 'cv' } as const;
const seedDist = join(WORK, 'dist-seed');

/** Lighthouse lives in its own folder, installed on first use, so vita's own install stays lean. */
function lighthouse(dist: string): Record<string, LighthousePage> | string {
  if (!existsSync(dist)) return 'Not run: the bench did not build the shipped CV (`--sizes` without `seed`).';
  const folder = join(ROOT, 'tooling', 'bench', 'lighthouse');
  if (!existsSync(join(folder, 'node_modules', 'lighthouse'))) {
    log('installing Lighthouse into tooling/bench/lighthouse/ (once)');
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit' });
    if (install.status !== 0) return 'Not run: `npm ci` in tooling/bench/lighthouse/ failed.';
  }
  log('Lighthouse');
  const audit = spawnSync(process.execPath, [join(folder, 'lighthouse.ts'), dist], { cwd: ROOT, encoding: 'utf8' });
  if (audit.status !== 0) throw new Error(audit.stderr);
  return JSON.parse(audit.stdout) as Record<string, LighthousePage>;
}

const result = {
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  date: new Date().toISOString().slice(0, 10),
  builds,
  dev,
  weights: existsSync(seedDist) ? Object.fromEntries(Object.entries(SHOWN_PAGES).map(([name, path]) => [name, pageWeight(seedDist, path)])) : {},
  lighthouse: values.lighthouse ? lighthouse(seedDist) : 'Not run (`--no-lighthouse`).',
};
const report = benchReport(result);
console.log(report);
mkdirSync(join(values.report, '..'), { recursive: true });
writeFileSync(values.report, report);
writeFileSync(join(WORK, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
log(`written: ${values.report}, ${join(WORK, 'results.json')}`);
