/**
 * Starts building every site the generator's tests share (tests/helpers/sites.ts), once per run, and
 * returns at once: the unit and content tests run meanwhile, and the generator's test files start
 * once the sites are built (tests/sharedSitesBuilt.ts). The run ends only when the builds have.
 */
import { buildSharedSites, SHARED_SITE_BUILDS } from './helpers/sites.ts';

export default function setup(): () => Promise<unknown> {
  // A failure is written beside the sites, where the waiting test files read it.
  const building = buildSharedSites(Object.keys(SHARED_SITE_BUILDS)).catch((error: unknown) => error);
  return () => building;
}
