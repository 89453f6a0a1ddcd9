/** Before each of the generator's test files: the shared sites are built (tests/globalSetup.ts), or the file fails with the build's failure. */
import { sharedSitesBuilt } from './helpers/sites.ts';

await sharedSitesBuilt();
