/** Builds the shipped site once for every test that reads dist/ output. */
import { rmSync } from 'node:fs';
import { buildSite, DIST } from './helpers/build.ts';

export default function setup(): void {
  rmSync(DIST, { recursive: true, force: true });
  buildSite(DIST);
}
