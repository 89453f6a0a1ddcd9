/**
 * The sites the generator's tests share. tests/globalSetup.ts builds each of them once per run,
 * with the configuration `npm run build` gives Astro, in one process per core (tests/helpers/siteBuilder.ts),
 * into tmp/test-sites/<name>/ (content folders it has to
 * prepare go to tmp/test-sites/content/<name>/); tests read them at `sharedSite(name)`.
 * A build costs seconds whatever the content (Astro's start-up), so a test that needs a site reads
 * one of these where it can, and a site that two test files need belongs here.
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { syntheticContent, writeContent } from '../../tooling/bench/syntheticContent.ts';
import { type BuildOptions, COMPLETE, environment, GERMAN_SETTINGS, GROUP, GROUP_PUBLIC, PROJECT_PAGE, ROOT, SHARED_SITES, SHIPPED, SITES } from './build.ts';
import { MATRIX_ROWS, matrixVariant } from './matrix.ts';
import { runCommand } from './command.ts';
import { relativeImports } from './imports.ts';

/** A new person's details, as `npm run new` takes them. */
export const NEW_SITE_ARGS = ['--name', 'Ada Lovelace', '--email', 'ada@example.org', '--role', 'Analyst', '--affiliation', 'University of London'] as const;

/** The folder a shared site is built into. */
export function sharedSite(name: string): string {
  if (!Object.hasOwn(SHARED_SITE_BUILDS, name)) throw new Error(`no shared site "${name}": tests/helpers/sites.ts lists them`);
  const folder = join(SHARED_SITES, name);
  if (existsSync(BUILT) && !existsSync(folder)) {
    throw new Error(`the shared site "${name}" was not built in this run: a run of some test files builds the sites they name (sitesNamedIn), and no file of this run names it`);
  }
  return folder;
}

/** Where the setup prepares the content folder of a shared site that no fixture is as it stands. */
export const preparedContent = (name: string): string => join(SHARED_SITES, 'content', name);

/** Astro's working files (its content store among them) of a shared site whose build keeps them there. */
export const keptWork = (name: string): string => join(SHARED_SITES, 'work', name);

/** A copy of a fixture with some files replaced (path → text). */
function fixtureVariant(name: string, fixture: string, changes: Record<string, string>): string {
  cpSync(fixture, preparedContent(name), { recursive: true });
  for (const [path, text] of Object.entries(changes)) writeFileSync(join(preparedContent(name), path), text);
  return preparedContent(name);
}

/** A settings.yaml (by default the complete fixture's) with some settings replaced. */
const settingsWith = (changes: Record<string, unknown>, file = join(COMPLETE, 'settings.yaml')) => stringifyYaml({ ...parseYaml(readFileSync(file, 'utf8')), ...changes });

export interface SharedSiteBuild {
  /** The content folder, or what prepares it and names it. */
  readonly content: string | (() => string | Promise<string>);
  readonly env?: BuildOptions['env'];
}

/** Rows 2-7 of the section matrix (tests/helpers/matrix.ts); the last one also has per-publication preview cards off (cards.test.ts). */
const matrixRows = MATRIX_ROWS.map((kept, index): [string, SharedSiteBuild] => {
  const name = `matrix-${index + 2}`;
  const prepare = () => {
    const settings = join(matrixVariant(preparedContent(name), kept), 'settings.yaml');
    if (index === MATRIX_ROWS.length - 1) writeFileSync(settings, settingsWith({ previewImages: { publications: false } }, settings));
    return preparedContent(name);
  };
  return [name, { content: prepare }];
});

/** Every shared site by name, the longest builds first, so that the last ones to start are short. */
export const SHARED_SITE_BUILDS: Readonly<Record<string, SharedSiteBuild>> = {
  /** The shipped CV at / (DIST in build.ts) and in German (DIST_GERMAN), the German one also for an Apache web server. */
  shipped: { content: SHIPPED },
  'shipped-de': { content: () => fixtureVariant('shipped-de', SHIPPED, { 'settings.yaml': GERMAN_SETTINGS }) },
  /** 120 publications and 36 talks and lectures, past a list limit of 30; without a card per publication, which an empty cache would draw first. */
  'large-lists': {
    content: () => {
      const files = syntheticContent(120);
      writeContent(preparedContent('large-lists'), files.set('settings.yaml', `${files.get('settings.yaml')}previewImages: { publications: false }\n`));
      return preparedContent('large-lists');
    },
    env: { LIST_LIMIT: '30', SITE_URL: 'https://example.org' },
  },
  /**
   * The complete fixture at / (tests/build/deterministic.test.ts builds it again on the content store its build kept, to
   * compare byte for byte), and in German on a GitHub project page (https://example.github.io/vita/), with free pages in
   * the navigation and a short CV, its PDF on US Letter with the portrait.
   */
  complete: { content: COMPLETE, env: { VITA_WORK_DIR: keptWork('complete') } },
  'complete-de-vita': {
    content: () =>
      fixtureVariant('complete-de-vita', COMPLETE, {
        'settings.yaml': settingsWith({
          language: 'de',
          navigation: ['home', 'research', { page: 'contact', label: 'Kontakt' }, 'news', 'cv'],
          pdf: { paper: 'us-letter', portrait: true },
          cv: { sections: ['publications', 'grants', 'teaching', 'supervision', 'service'], authorship: true },
          coauthorPages: 5,
        }),
      }),
    env: PROJECT_PAGE,
  },
  /** The complete fixture as an Arabic site, right to left (rightToLeft.test.ts). */
  'complete-ar': {
    content: () => fixtureVariant('complete-ar', COMPLETE, { 'settings.yaml': readFileSync(join(COMPLETE, 'settings.yaml'), 'utf8').replace(/^language: en$/m, 'language: ar') }),
  },
  /** The bilingual fixture, English at / and German under /de/ (languages.test.ts). */
  bilingual: { content: join(SITES, 'bilingual') },
  /** A research group's folder: members current and former, two portraits (its own public folder), their publications (groupPeople.test.ts). */
  group: { content: GROUP, env: { VITA_PUBLIC: GROUP_PUBLIC } },
  /** A group's site from four content folders (the group's and three members'), in English and German, on a GitHub project page, its public folder its own (groupSite.test.ts). */
  'group-folders': { content: join(SITES, 'group-folders'), env: { ...PROJECT_PAGE, VITA_PUBLIC: join(SITES, 'group-folders', '_public') } },
  ...Object.fromEntries(matrixRows),
  /** Row 0 of the section matrix (row 1 is `complete`): a new person's site as `npm run new` starts it, the profile alone (starter.test.ts). */
  'matrix-0': {
    content: async () => {
      // Loaded when the site is prepared, last: it loads vita's schemas, which the setup's start need not wait for.
      const { newCommand } = await import('../../scripts/new.ts');
      const made = await runCommand(newCommand, [...NEW_SITE_ARGS, '--into', preparedContent('matrix-0')]);
      if (made.status !== 0) throw new Error(`npm run new failed:\n${made.stderr}`);
      return preparedContent('matrix-0');
    },
  },
};

/** The modules that define the shared sites (and so name them all): not read by sitesNamedIn. */
const DEFINITIONS = new Set(['sites.ts', 'build.ts'].map((file) => join(ROOT, 'tests', 'helpers', file)));

/**
 * The shared sites that test files and the test helpers they import name: `sharedSite('x')`, `preparedContent('x')`,
 * `keptWork('x')` (a name built with `${…}` counts every site it can be), `DIST` (shipped) and `DIST_GERMAN` (shipped-de).
 * For a run of some test files only (tests/globalSetup.ts); sharedSite says so when a file reads one not named.
 */
export function sitesNamedIn(files: readonly string[]): string[] {
  const names = new Set<string>();
  const read = new Set<string>();
  const scan = (file: string) => {
    if (read.has(file) || DEFINITIONS.has(file)) return;
    read.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, name, prefix] of text.matchAll(/\b(?:sharedSite|preparedContent|keptWork)\(\s*(?:'([\w-]+)'|`([\w-]*)\$\{)/g)) {
      for (const site of Object.keys(SHARED_SITE_BUILDS)) if (site === name || (prefix !== undefined && site.startsWith(prefix))) names.add(site);
    }
    if (/\bDIST\b/.test(text)) names.add('shipped');
    if (/\bDIST_GERMAN\b/.test(text)) names.add('shipped-de');
    for (const imported of relativeImports(file, text)) if (imported.startsWith(join(ROOT, 'tests'))) scan(imported);
  };
  for (const file of files) scan(file);
  return Object.keys(SHARED_SITE_BUILDS).filter((site) => names.has(site));
}

/** What tmp/test-sites/ holds once every shared site is built, or once one has failed (its failure). */
const BUILT = join(SHARED_SITES, '.built');
const FAILED = join(SHARED_SITES, '.failed');

/**
 * Processes of tests/helpers/siteBuilder.ts, as many as there are cores, each building one site after another
 * from a queue: the shared sites, then sites the generator's test files make (buildOnSharedBuilders).
 */
export interface SiteBuilders {
  /** Builds a site into `outDir` with the environment of `environment(options)`; rejects with what the build printed. */
  readonly build: (outDir: string, options: BuildOptions) => Promise<void>;
  /** Stops all builders but one, which stays for the sites the tests make (buildOnSharedBuilders). */
  readonly keepOne: () => void;
  readonly stop: () => void;
}

export function siteBuilders(): SiteBuilders {
  const idle: SiteBuilder[] = [];
  const all: SiteBuilder[] = [];
  let limit = availableParallelism();
  const waiting: ((builder: SiteBuilder) => void)[] = [];
  const take = (): Promise<SiteBuilder> => {
    const builder = idle.pop();
    if (builder) return Promise.resolve(builder);
    if (all.length < limit) {
      all.push(siteBuilder());
      return Promise.resolve(all.at(-1)!);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  // A builder whose build failed is let go (Astro may end its process, or leave it unfit to build again): the next build gets a new one.
  const give = (builder: SiteBuilder, failed: boolean) => {
    if (failed || all.length > limit) {
      builder.stop();
      all.splice(all.indexOf(builder), 1);
    } else idle.push(builder);
    const next = waiting.shift();
    if (next) void take().then(next);
  };
  return {
    build: async (outDir, options) => {
      const builder = await take();
      let failed = true;
      try {
        await builder.build(outDir, environment(options), options.content ?? SHIPPED);
        failed = false;
      } finally {
        give(builder, failed);
      }
    },
    keepOne: () => {
      limit = 1;
      while (all.length > limit && idle.length > 0) {
        const builder = idle.pop()!;
        builder.stop();
        all.splice(all.indexOf(builder), 1);
      }
    },
    stop: () => {
      for (const builder of all) builder.stop();
    },
  };
}

/**
 * Builds the named shared sites afresh on `builders` (tmp/test-sites/ holds nothing else afterwards), each
 * builder one site after another, and says so there when they are built or one has failed (see sharedSitesBuilt).
 */
export async function buildSharedSites(names: readonly string[], builders: SiteBuilders): Promise<void> {
  rmSync(SHARED_SITES, { recursive: true, force: true });
  mkdirSync(SHARED_SITES, { recursive: true });
  try {
    // The content is prepared when a builder is free for the site, in the order of SHARED_SITE_BUILDS.
    const sites = [...names];
    const builder = async () => {
      for (let name = sites.shift(); name !== undefined; name = sites.shift()) {
        const { content, env } = SHARED_SITE_BUILDS[name]!;
        const folder = typeof content === 'string' ? content : await content();
        await builders.build(join(SHARED_SITES, name), { content: folder, ...(env ? { env } : {}) });
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), names.length) }, builder));
    writeFileSync(BUILT, '');
  } catch (error) {
    writeFileSync(FAILED, (error as Error).message);
    throw error;
  }
}

interface SiteBuilder {
  /** Builds a site into `outDir` in the environment `env`; rejects with what the build printed. */
  readonly build: (outDir: string, env: NodeJS.ProcessEnv, content: string) => Promise<void>;
  readonly stop: () => void;
}

/** Starts a process of tests/helpers/siteBuilder.ts. */
function siteBuilder(): SiteBuilder {
  const child = fork(join(import.meta.dirname, 'siteBuilder.ts'), { cwd: ROOT, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {
    build: (outDir, env, content) =>
      new Promise((resolve, reject) => {
        output = '';
        const failed = (reason: string) => reject(new Error(`the build of ${content} failed:\n${output}\n${reason}`));
        const exited = (code: number | null) => failed(`(its process exited with ${code})`);
        child.once('exit', exited);
        child.once('message', (answer: { error?: string }) => {
          child.off('exit', exited);
          if (answer.error === undefined) resolve();
          else failed(answer.error);
        });
        child.send({ outDir, env }, (error) => {
          if (error) failed(`(its process could not be reached: ${error.message})`);
        });
      }),
    stop: () => {
      if (child.connected) child.disconnect();
    },
  };
}

/** The name under which tests/globalSetup.ts provides the address where it takes builds for its builder (buildOnSharedBuilders). */
export const BUILD_SERVICE = 'siteBuilders';
declare module 'vitest' {
  export interface ProvidedContext {
    [BUILD_SERVICE]: string;
  }
}

/** Answers POST { outDir, options } with a build on `builders`: 204, or 500 and the build's output. */
export async function buildService(builders: SiteBuilders): Promise<{ readonly address: string; readonly close: () => void }> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { outDir, options } = JSON.parse(body) as { outDir: string; options: BuildOptions };
      builders.build(outDir, options).then(
        () => response.writeHead(204).end(),
        (error: unknown) => response.writeHead(500).end((error as Error).message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { address: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * Builds a site a test made into `outDir` as buildSite does (npm run build's configuration and environment, its work
 * folder, the output moved in place), on the builder the global setup keeps (tests/globalSetup.ts), without an Astro
 * process to start. For the generator's tests that are not about the build command; throws with the build's output.
 */
export async function buildOnSharedBuilders(outDir: string, options: BuildOptions): Promise<void> {
  const response = await fetch(inject(BUILD_SERVICE), { method: 'POST', body: JSON.stringify({ outDir, options }) });
  if (response.status !== 204) throw new Error(`npm run build of ${options.content ?? SHIPPED} failed:\n${await response.text()}`);
}

/** Waits until buildSharedSites has built every site, in this process or another; throws its failure. */
export async function sharedSitesBuilt(): Promise<void> {
  while (!existsSync(BUILT)) {
    if (existsSync(FAILED)) throw new Error(readFileSync(FAILED, 'utf8'));
    await sleep(100);
  }
}
