/** Builds the shared sites the browser tests read (tests/helpers/sites.ts): the shipped CV, the complete fixture at / and under /vita/, and the group fixture. */
import { buildSharedSites, siteBuilders } from '../helpers/sites.ts';

export default async (): Promise<void> => {
  const builders = siteBuilders();
  try {
    await buildSharedSites(['shipped', 'complete', 'complete-de-vita', 'group'], builders);
  } finally {
    builders.stop();
  }
};
