/** Builds the shared sites the browser tests read (tests/helpers/sites.ts): the shipped CV, the complete fixture at / and under /vita/, and the group fixture. */
import { buildSharedSites } from '../helpers/sites.ts';

export default (): Promise<void> => buildSharedSites(['shipped', 'complete', 'complete-de-vita', 'group']);
