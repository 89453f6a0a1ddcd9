/**
 * `npm run bench`: how fast vita builds and how light its pages are, from the
 * shipped CV to 5,000 generated publications. Prints a table and writes JSON.
 *
 * Usage: node scripts/bench.ts [--sizes seed,500,2000,5000] [--runs 3] [--out file.json] [--lighthouse]
 *
 * For each size: content-check time; cold build time (content check + astro build,
 * caches cleared, median of --runs) and peak RSS of the build; pages and dist/
 * bytes; the bytes of HTML, CSS, JS and fonts of the home, publications and CV
 * pages, raw and gzipped; how long `npm run dev` takes to show an edited
 * publication. --lighthouse also runs Lighthouse (mobile) on those pages of the
 * shipped site in Debian's Chromium.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const WORK = join(ROOT, 'tmp', 'bench');
const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const sizes = option('sizes', 'seed,500,2000,5000').split(',');
const runs = Number(option('runs', '3'));
const out = option('out', join(WORK, 'results.json'));
const GNU_TIME = '/usr/bin/time';

function contentFor(size: string): string {
  if (size === 'seed') return join(ROOT, 'content');
  const folder = join(WORK, `content-${size}`);
  const generated = spawnSync(process.execPath, [join(ROOT, 'scripts', 'generate-content.ts'), size, folder], { encoding: 'utf8' });
  if (generated.status !== 0) throw new Error(generated.stderr);
  return folder;
}

/** Runs a command, returning its wall time in seconds and, where GNU time exists, its peak RSS in MB (children included). */
function measure(args: string[], env: Record<string, string>): { seconds: number; peakMb: number | null } {
  const withTime = existsSync(GNU_TIME);
  const command = withTime ? GNU_TIME : process.execPath;
  const commandArgs = withTime ? ['-f', '%M', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const peakKb = withTime ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, peakMb: Number.isFinite(peakKb) ? Math.round(peakKb / 1024) : null };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function files(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((item) => item.isFile()).map((item) => join(item.parentPath, item.name));
}

/** A page's own HTML plus everything it links: stylesheets, scripts, fonts. */
function pageWeight(dist: string, path: string) {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1]!.replace(/^\//, ''))));
  const css = linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = linked(/<script[^>]+src="([^"]+)"/g);
  const fonts = files(dist).filter((file) => /\.(woff2?|ttf|otf)$/.test(file)).map((file) => readFileSync(file));
  const bytes = (buffers: Buffer[]) => ({ raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0), gzip: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0) });
  return { html: bytes([html]), css: bytes(css), js: bytes(js), fonts: bytes(fonts) };
}

interface SizeResult {
  size: string;
  publications: number;
  checkSeconds: number;
  buildSeconds: number[];
  buildMedianSeconds: number;
  peakRssMb: number | null;
  pages: number;
  distBytes: number;
  largestPage: { path: string; bytes: number };
  weights: Record<string, ReturnType<typeof pageWeight>>;
}

const results: SizeResult[] = [];
mkdirSync(WORK, { recursive: true });
for (const size of sizes) {
  const content = contentFor(size);
  const env = { VITA_CONTENT: content, SOURCE_DATE_EPOCH: '1796083200' };
  const dist = join(WORK, `dist-${size}`);
  const check = measure([join(ROOT, 'scripts', 'check-content.ts')], env);
  const builds: { seconds: number; peakMb: number | null }[] = [];
  for (let run = 0; run < runs; run++) {
    // Cold: Astro's content store and the previous output go first.
    for (const cache of ['.astro', join('node_modules', '.astro'), dist]) rmSync(join(ROOT, cache), { recursive: true, force: true });
    builds.push(measure([join(ROOT, 'scripts', 'build.ts'), '--outDir', dist], env));
  }
  const all = files(dist);
  const html = all.filter((file) => file.endsWith('.html'));
  const largest = html.map((file) => ({ path: file.slice(dist.length), bytes: statSync(file).size })).sort((a, b) => b.bytes - a.bytes)[0]!;
  results.push({
    size,
    publications: readdirSync(join(content, 'publications'), { recursive: true }).filter((name) => String(name).endsWith('.md')).length,
    checkSeconds: check.seconds,
    buildSeconds: builds.map((build) => build.seconds),
    buildMedianSeconds: median(builds.map((build) => build.seconds)),
    peakRssMb: builds.every((build) => build.peakMb !== null) ? Math.max(...builds.map((build) => build.peakMb!)) : null,
    pages: html.length,
    distBytes: all.reduce((sum, file) => sum + statSync(file).size, 0),
    largestPage: largest,
    weights: { home: pageWeight(dist, ''), publications: pageWeight(dist, 'publications'), cv: pageWeight(dist, 'cv') },
  });
  console.error(`${size}: build ${median(builds.map((build) => build.seconds)).toFixed(2)} s`);
}

/** Seconds from saving an edited publication to `astro dev` serving the new title (on a copy of the shipped content). */
async function devReloadSeconds(): Promise<number> {
  const content = join(WORK, 'content-dev');
  rmSync(content, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const port = 4700 + Math.floor(Math.random() * 200);
  const dev = spawn(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, VITA_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const page = `http://127.0.0.1:${port}/publications/lapuschkin2019unmasking/`;
  const fetchText = () => fetch(page).then((response) => response.text(), () => '');
  try {
    for (let tries = 0; !(await fetchText()).includes('Unmasking'); tries++) {
      if (tries > 600) throw new Error('astro dev did not start');
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

const time = (size: string) => results.find((result) => result.size === size)?.buildMedianSeconds;
const scaling = time('5000') && time('500') ? time('5000')! / time('500')! : null;

let lighthouse: Record<string, Record<string, number>> | null = null;
if (process.argv.includes('--lighthouse')) {
  const seedDist = join(WORK, 'dist-seed');
  if (!existsSync(seedDist)) throw new Error('--lighthouse needs the seed size in --sizes');
  const audit = spawnSync(process.execPath, [join(ROOT, 'scripts', 'lighthouse.ts'), seedDist], { cwd: ROOT, encoding: 'utf8' });
  if (audit.status !== 0) throw new Error(audit.stderr);
  lighthouse = JSON.parse(audit.stdout);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const rows = results.map((result) => [
  result.size,
  String(result.publications),
  `${result.checkSeconds.toFixed(2)} s`,
  `${result.buildMedianSeconds.toFixed(2)} s`,
  result.peakRssMb === null ? 'n/a' : `${result.peakRssMb} MB`,
  String(result.pages),
  `${(result.distBytes / 2 ** 20).toFixed(1)} MB`,
  kb(result.largestPage.bytes),
]);
const header = ['size', 'publications', 'check', 'build (median)', 'peak RSS', 'pages', 'dist', 'largest page'];
const table = [header, ...rows].map((row) => `| ${row.join(' | ')} |`);
table.splice(1, 0, `|${header.map(() => ' --- ').join('|')}|`);
console.log(`vita benchmark on ${machine}; ${runs} cold build(s) per size\n`);
console.log(table.join('\n'));
if (scaling) console.log(`\nt(5000)/t(500) = ${scaling.toFixed(1)} (linear scaling ≈ 10)`);
console.log(`npm run dev: an edited publication shows after ${devReload.toFixed(2)} s`);
const seed = results.find((result) => result.size === 'seed');
if (seed) {
  console.log('\nPage weight of the shipped site (raw / gzip):');
  for (const [page, weight] of Object.entries(seed.weights)) {
    console.log(`  ${page.padEnd(13)} HTML ${kb(weight.html.raw)} / ${kb(weight.html.gzip)}, CSS ${kb(weight.css.raw)} / ${kb(weight.css.gzip)}, JS ${kb(weight.js.raw)}, fonts ${kb(weight.fonts.raw)}; HTML+CSS ${kb(weight.html.raw + weight.css.raw)}`);
  }
}
if (lighthouse) {
  console.log('\nLighthouse (mobile):');
  for (const [page, scores] of Object.entries(lighthouse)) console.log(`  ${page.padEnd(13)} ${Object.entries(scores).map(([name, score]) => `${name} ${score}`).join(', ')}`);
}
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify({ machine, runs, results, scaling, devReloadSeconds: devReload, lighthouse }, null, 2)}\n`);
console.log(`\nJSON: ${out}`);
