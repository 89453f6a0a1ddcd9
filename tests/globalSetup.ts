/** Builds the shipped CV fixture once for every test that reads build output: at /, under /vita/, and in German (for an Apache server). */
import { rmSync } from 'node:fs';
import { buildSiteAsync, DIST, DIST_GERMAN, DIST_UNDER_BASE, fixtureCopy, GERMAN_SETTINGS, inBatches, PROJECT_PAGE, SHIPPED } from './helpers/build.ts';

export default async function setup(): Promise<void> {
  for (const folder of [DIST, DIST_UNDER_BASE, DIST_GERMAN]) rmSync(folder, { recursive: true, force: true });
  const german = fixtureCopy(SHIPPED, { 'settings.yaml': GERMAN_SETTINGS });
  await inBatches([() => buildSiteAsync(DIST), () => buildSiteAsync(DIST_UNDER_BASE, { env: PROJECT_PAGE }), () => buildSiteAsync(DIST_GERMAN, { content: german })]);
}
