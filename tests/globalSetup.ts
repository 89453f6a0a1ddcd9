/**
 * Starts building the sites the generator's tests share (tests/helpers/sites.ts), once per run, and
 * returns at once: the unit and content tests run meanwhile, and the generator's test files start
 * once the sites are built (tests/sharedSitesBuilt.ts). One builder then stays, for the sites test
 * files make and build (buildOnSharedBuilders). The run ends only when the builds have.
 */
import type { TestProject } from 'vitest/node';
import { BUILD_SERVICE, buildService, buildSharedSites, SHARED_SITE_BUILDS, siteBuilders, sitesNamedIn } from './helpers/sites.ts';

/**
 * The shared sites this run needs: every one, unless the run is of some test files only (`npx vitest run tests/build/x`)
 * and does not watch for changes (a watching run may go on to others): then those the selected files name.
 */
async function sitesOfRun(project: TestProject): Promise<string[]> {
  // Vitest's file filters of the run (undefined for a whole run): not in its public API, so without them every site is built.
  const filters = (project.vitest as { filenamePattern?: string[] }).filenamePattern;
  if (!filters || project.vitest.config.watch) return Object.keys(SHARED_SITE_BUILDS);
  return sitesNamedIn((await project.globTestFiles(filters)).testFiles);
}

export default async function setup(project: TestProject): Promise<() => Promise<unknown>> {
  const builders = siteBuilders();
  // A failure is written beside the sites, where the waiting test files read it.
  const building = buildSharedSites(await sitesOfRun(project), builders)
    .finally(() => builders.keepOne())
    .catch((error: unknown) => error);
  const service = await buildService(builders);
  project.provide(BUILD_SERVICE, service.address);
  return async () => {
    const done = await building;
    service.close();
    builders.stop();
    return done;
  };
}
