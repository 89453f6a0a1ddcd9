/** Builds every site the generator's tests share (tests/helpers/sites.ts), once per run. */
import { buildSharedSites, SHARED_SITE_BUILDS } from './helpers/sites.ts';

export default (): Promise<void> => buildSharedSites(Object.keys(SHARED_SITE_BUILDS));
