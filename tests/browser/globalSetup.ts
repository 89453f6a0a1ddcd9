/** Builds the shared sites the browser tests read (tests/helpers/sites.ts): the shipped CV at / and under /vita/, and the complete fixture. */
import { buildSharedSites } from '../helpers/sites.ts';

export default (): Promise<void> => buildSharedSites(['shipped', 'shipped-vita', 'complete']);
