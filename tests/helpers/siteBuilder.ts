/**
 * A Node process that builds shared sites one after another through Astro's `build()` (tests/helpers/sites.ts
 * starts one per core and sends it the sites): what `npm run build` builds, with the configuration it hands
 * Astro (astro.config.ts, evaluated anew for each site, as it reads the content folder when loaded) and its
 * working files in a folder of their own, without loading Astro and vita anew for every site (about a
 * CPU-second each). npm run build's lock and swap are tested on builds of their own (buildLock, malformed).
 * Each message is a site, { outDir, env }: the environment it is built in, as a process of its own would have
 * it (VITA_WORK_DIR there: Astro's working files kept in that folder); the answer is { error } or {}.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'astro';
import { removeServerBundle } from '../../tooling/build/outputFolder.ts';
import { createWorkFolder, moveSite, type WorkFolder } from '../../tooling/build/workFolder.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CONFIG = pathToFileURL(join(ROOT, 'astro.config.ts')).href;

export interface SiteToBuild {
  readonly outDir: string;
  readonly env: Record<string, string | undefined>;
}

/** Astro's working files where the environment names a folder for them (kept, as `astro build` keeps them there), else a folder of the build's own. */
function workFolder(env: SiteToBuild['env']): WorkFolder {
  const root = env['VITA_WORK_DIR'];
  if (root === undefined) return createWorkFolder(ROOT);
  mkdirSync(root, { recursive: true });
  return { root, site: join(root, 'site'), remove: () => {} };
}

let builds = 0;
async function buildOne({ outDir, env }: SiteToBuild): Promise<void> {
  const work = workFolder(env);
  try {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, env, { VITA_WORK_DIR: work.root });
    const { default: config } = (await import(`${CONFIG}?build=${++builds}`)) as { default: Record<string, unknown> };
    await build({ ...config, configFile: false, outDir: work.site });
    removeServerBundle(work.site, outDir);
    mkdirSync(outDir, { recursive: true });
    moveSite(work.site, outDir);
  } finally {
    work.remove();
  }
}

// Done when the setup lets go (whatever Astro left open).
process.on('disconnect', () => process.exit());
process.on('message', (site: SiteToBuild) => {
  buildOne(site).then(
    () => process.send!({}),
    (error: unknown) => process.send!({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
