/** Builds the shipped CV fixture once for every test that reads build output: at /, under /vita/, and in German. */
import { rmSync } from 'node:fs';
import { buildSiteAsync, DIST, DIST_GERMAN, DIST_UNDER_BASE, fixtureCopy, inBatches, PROJECT_PAGE, SHIPPED } from './helpers/build.ts';

export default async function setup(): Promise<void> {
  for (const folder of [DIST, DIST_UNDER_BASE, DIST_GERMAN]) rmSync(folder, { recursive: true, force: true });
  const german = fixtureCopy(SHIPPED, { 'settings.yaml': 'language: de\nurl: https://lapuschkin.com\n' });
  await inBatches([() => buildSiteAsync(DIST), () => buildSiteAsync(DIST_UNDER_BASE, { env: PROJECT_PAGE }), () => buildSiteAsync(DIST_GERMAN, { content: german })]);
}
