/**
 * A stand-in for Astro's command line, for the tests of the lock and the swap (scripts/build.ts
 * runs it when VITA_ASTRO_BIN names it): `build --outDir folder` writes a two-page site with the
 * owner's public e-mail address, and the server bundle Astro leaves in the output (.prerender/),
 * which carries every field, a `hidden` phone number included. With VITA_STUB_HOLD set, it first
 * waits until that file exists, so that a test decides when the build ends, however busy the machine.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

/** What the stand-in's server bundle carries and the published site must not. */
export const STUB_HIDDEN_VALUE = '5550199';
/** The contact detail its pages publish. */
export const STUB_PUBLIC_EMAIL = 'ada@example.org';

if (import.meta.main) {
  const { values } = parseArgs({ allowPositionals: true, options: { outDir: { type: 'string' }, config: { type: 'string' } } });
  const hold = process.env['VITA_STUB_HOLD'];
  while (hold !== undefined && !existsSync(hold)) await sleep(20);
  const outDir = values.outDir!;
  mkdirSync(join(outDir, 'cv'), { recursive: true });
  mkdirSync(join(outDir, '.prerender', 'chunks'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), `<h1>Ada Example</h1><a href="mailto:${STUB_PUBLIC_EMAIL}">${STUB_PUBLIC_EMAIL}</a>\n`);
  writeFileSync(join(outDir, 'cv', 'index.html'), '<h1>CV</h1>\n');
  writeFileSync(join(outDir, '.prerender', 'chunks', '_astro_data-layer-content_x.mjs'), `export default { phone: "+49 30 ${STUB_HIDDEN_VALUE}" };\n`);
}
