/** Builds the shipped site once for every test that reads build output: at / and under the base path /vita/. */
import { rmSync } from 'node:fs';
import { buildSite, DIST, DIST_UNDER_BASE, PROJECT_PAGE } from './helpers/build.ts';

export default function setup(): void {
  rmSync(DIST, { recursive: true, force: true });
  rmSync(DIST_UNDER_BASE, { recursive: true, force: true });
  buildSite(DIST);
  buildSite(DIST_UNDER_BASE, PROJECT_PAGE);
}
