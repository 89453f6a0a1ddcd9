/**
 * Timing what the user runs: a whole command (npm, its scripts, Astro) as one
 * process tree, its wall time and its peak memory, and the floor to compare it
 * with, a bare Astro site of the same page count.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface Run {
  readonly seconds: number;
  /** User + system CPU time of the whole process tree, in seconds (GNU time), when it can be read. */
  readonly cpuSeconds: number | undefined;
  /** Peak resident memory of the largest process of the tree, in MB (GNU time), when it can be read. */
  readonly peakMb: number | undefined;
  /** The machine's 1-minute load average when the command started. */
  readonly load: number;
}

/** Runs a command to completion, timed as a whole; throws with its output when it fails. */
export function timed(command: string, args: readonly string[], options: { cwd: string; env: Record<string, string> }): Run {
  const withTime = existsSync(GNU_TIME);
  const load = loadavg()[0]!;
  const start = process.hrtime.bigint();
  const result = spawnSync(withTime ? GNU_TIME : command, withTime ? ['-f', 'bench-time %U %S %M', command, ...args] : [...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    maxBuffer: 2 ** 28,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const measured = /bench-time ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  return {
    seconds,
    cpuSeconds: measured ? Number(measured[1]) + Number(measured[2]) : undefined,
    peakMb: measured ? Math.round(Number(measured[3]) / 1024) : undefined,
    load,
  };
}

/**
 * Moves `folder` to `aside` until the returned function puts it back, replacing whatever is at `folder` then.
 * A folder an earlier run left aside (it was killed before putting it back) is put back first.
 */
export function setAside(folder: string, aside: string): () => void {
  const putBack = () => {
    if (!existsSync(aside)) return;
    rmSync(folder, { recursive: true, force: true });
    renameSync(aside, folder);
  };
  putBack();
  if (existsSync(folder)) {
    mkdirSync(dirname(aside), { recursive: true });
    renameSync(folder, aside);
  }
  return putBack;
}

export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The files of a bare Astro site with `pages` pages, the floor any Astro site of that size pays,
 * built the way such a site is: a content collection (Markdown with front matter, a zod schema)
 * through one dynamic route that renders each entry's body and a few meta tags. Paths are
 * relative to the site's folder.
 */
export function bareSiteFiles(pages: number): Map<string, string> {
  const files = new Map<string, string>([
    ['package.json', `${JSON.stringify({ name: 'bare-astro', private: true, type: 'module', scripts: { build: 'astro build', dev: 'astro dev --host 127.0.0.1' } }, null, 2)}\n`],
    ['astro.config.mjs', "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ site: 'https://example.org' });\n"],
    [
      'src/content.config.ts',
      `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '*.md', base: './entries' }),
    schema: z.object({ title: z.string(), description: z.string(), date: z.coerce.date(), tags: z.array(z.string()).default([]) }),
  }),
};
`,
    ],
    [
      'src/pages/[id].astro',
      `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{entry.data.title}</title>
    <meta name="description" content={entry.data.description} />
    <meta property="og:title" content={entry.data.title} />
    <link rel="canonical" href={new URL(Astro.url.pathname, Astro.site)} />
  </head>
  <body>
    <h1>{entry.data.title}</h1>
    <time datetime={entry.data.date.toISOString()}>{entry.data.date.toDateString()}</time>
    <Content />
  </body>
</html>
`,
    ],
  ]);
  for (let i = 0; i < pages; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    files.set(
      `entries/entry-${i}.md`,
      `---\ntitle: Entry ${i}\ndescription: What entry ${i} is about, in one sentence.\ndate: 2024-01-${day}\ntags: [bench, entry-${i % 10}]\n---\n\nThe body of entry ${i}, with *emphasis* and a [link](https://example.org/${i}).\n\n- one point\n- another point\n`,
    );
  }
  return files;
}

/** Writes the bare site of `pages` pages (bareSiteFiles) into `folder`, inside the project so that it uses the project's Astro. */
export function writeBareSite(folder: string, pages: number): void {
  rmSync(folder, { recursive: true, force: true });
  for (const [path, text] of bareSiteFiles(pages)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}
