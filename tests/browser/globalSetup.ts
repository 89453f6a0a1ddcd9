/** Builds the shared sites the browser tests read (tests/helpers/sites.ts): the shipped CV, and the complete fixture at / and under /vita/. */
import { buildSharedSites } from '../helpers/sites.ts';

export default (): Promise<void> => buildSharedSites(['shipped', 'complete', 'complete-de-vita']);
