/**
 * Building sites from the tests: always from a fixture content tree under
 * tests/fixtures/sites/ (never from content/, which belongs to the owner), into
 * a scratch folder, with a fixed date so output is reproducible, and with
 * `npm run build` (scripts/build.ts), as an owner builds.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SITES = join(ROOT, 'tests', 'fixtures', 'sites');
/** The public folder of the fixture sites (a portrait; no favicon, so the generated one is built): tests never read the owner's public/ either. */
export const FIXTURE_PUBLIC = join(ROOT, 'tests', 'fixtures', 'public');
/** The shipped CV, kept as a fixture: the generator's tests read this copy, never content/. */
export const SHIPPED = join(SITES, 'lapuschkin');
/** A fictional postdoc with a few entries in every section. */
export const COMPLETE = join(SITES, 'complete');
/** A research group's own folder: members of every status, two with portraits (in GROUP_PUBLIC), and their publications. */
export const GROUP = join(SITES, 'group');
/** The public folder of the group fixture: its members' portraits. */
export const GROUP_PUBLIC = join(ROOT, 'tests', 'fixtures', 'public-group');
/** A profile and nothing else. */
export const MINIMAL = join(SITES, 'minimal');

/** Where tests/globalSetup.ts builds the sites the generator's tests share (tests/helpers/sites.ts lists them). */
export const SHARED_SITES = join(ROOT, 'tmp', 'test-sites');
/** The shipped CV at / and in German. */
export const DIST = join(SHARED_SITES, 'shipped');
export const DIST_GERMAN = join(SHARED_SITES, 'shipped-de');
/** The settings of the German build, which is also the one for an Apache web server. */
export const GERMAN_SETTINGS = 'language: de\nurl: https://lapuschkin.com\ndeploy:\n  htaccess: true\n';
/** A GitHub project page: what SITE_URL and BASE_PATH say when a site is deployed there. */
export const PROJECT_PAGE = { SITE_URL: 'https://example.github.io', BASE_PATH: '/vita/' } as const;
/** The shipped CV's own address (content/settings.yaml). */
export const SHIPPED_SITE = 'https://lapuschkin.com';
/** 2026-12-01: the projects running then are "current" in every test build. */
export const SOURCE_DATE_EPOCH = '1796083200';

/** The file of a built page, by URL path ("/cv/" → <root>/cv/index.html, "/404.html" → <root>/404.html). */
export const pageFile = (path: string, root: string): string => join(root, path.endsWith('/') ? `${path}index.html` : path);

export interface BuildOptions {
  /** The content folder; default: the shipped CV fixture. */
  readonly content?: string;
  /** More environment: SITE_URL, BASE_PATH, LIST_LIMIT, VITA_PUBLIC. */
  readonly env?: Record<string, string>;
}

/** A test build's environment: its content, the fixtures' public folder, the fixed date, no colours. */
export const environment = ({ content = SHIPPED, env = {} }: BuildOptions) => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_COLOR: '1',
  SOURCE_DATE_EPOCH,
  VITA_CONTENT: content,
  VITA_PUBLIC: FIXTURE_PUBLIC,
  ...env,
});

function command(outDir: string, options: BuildOptions) {
  return {
    args: [join(ROOT, 'scripts', 'build.ts'), '--outDir', outDir],
    // Each build keeps Astro's working files apart (scripts/build.ts), so builds run side by side.
    options: { cwd: ROOT, env: environment(options) },
  };
}

/** A scratch folder for build output inside the project (tmp/). */
export function scratchDist(name: string): string {
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  return mkdtempSync(join(ROOT, 'tmp', `${name}-`));
}

/** Runs `npm run build` into `outDir`; throws with its output when it fails. */
export function buildSite(outDir: string, options: BuildOptions = {}): void {
  const { args, options: spawnOptions } = command(outDir, options);
  const result = spawnSync(process.execPath, args, { ...spawnOptions, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build of ${options.content ?? SHIPPED} failed:\n${result.stdout}\n${result.stderr}`);
}

/** The same as buildSite, without blocking: several builds can share the machine's cores. */
export function buildSiteAsync(outDir: string, options: BuildOptions = {}): Promise<string> {
  const { args, options: spawnOptions } = command(outDir, options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, spawnOptions);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => (status === 0 ? resolve(output) : reject(new Error(`npm run build of ${options.content ?? SHIPPED} failed:\n${output}`))));
  });
}

/** A scratch copy of a fixture tree, optionally with files replaced ("settings.yaml" → text). */
export function fixtureCopy(fixture: string, changes: Record<string, string> = {}): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'vita-fixture-')), 'content');
  cpSync(fixture, folder, { recursive: true });
  for (const [path, text] of Object.entries(changes)) writeFileSync(join(folder, path), text);
  return folder;
}
