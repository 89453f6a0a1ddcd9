/**
 * `npm run build`: the content check, then `astro build` into a scratch folder
 * that replaces dist/ only once it is complete. A failed build (bad content or
 * an error half-way) leaves the previous dist/ exactly as it was.
 *
 * Usage: node scripts/build.ts [--outDir folder]   (default: dist)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--outDir');
const outDir = resolve(root, outIndex >= 0 ? process.argv[outIndex + 1]! : 'dist');
const building = `${outDir}.building`;
const previous = `${outDir}.previous`;

const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const checked = run([join(root, 'scripts', 'check-content.ts')]);
if (checked !== 0) process.exit(checked);

rmSync(building, { recursive: true, force: true });
const built = run([join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', building]);
if (built !== 0) {
  rmSync(building, { recursive: true, force: true });
  console.error(`\nBuild failed; ${outDir} was left as it was.`);
  process.exit(built);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(building, outDir);
rmSync(previous, { recursive: true, force: true });
