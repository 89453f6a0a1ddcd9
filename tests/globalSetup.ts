/**
 * Starts building every site the generator's tests share (tests/helpers/sites.ts), once per run, and
 * returns at once: the unit and content tests run meanwhile, and the generator's test files start
 * once the sites are built (tests/sharedSitesBuilt.ts). One builder then stays, for the sites test
 * files make and build (buildOnSharedBuilders). The run ends only when the builds have.
 */
import type { TestProject } from 'vitest/node';
import { BUILD_SERVICE, buildService, buildSharedSites, SHARED_SITE_BUILDS, siteBuilders } from './helpers/sites.ts';

export default async function setup(project: TestProject): Promise<() => Promise<unknown>> {
  const builders = siteBuilders();
  // A failure is written beside the sites, where the waiting test files read it.
  const building = buildSharedSites(Object.keys(SHARED_SITE_BUILDS), builders)
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
