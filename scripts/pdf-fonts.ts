/**
 * `npm run pdf-fonts`: writes src/pdf/builtinCoverage.ts, the characters the PDF's text face
 * covers, from the fonts built into the installed Typst compiler. Run it after updating
 * @myriaddreamin/typst-ts-node-compiler.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedVersion } from '../src/buildCache.ts';
import { builtinRanges, COVERAGE_FILE, coverageModule } from '../tooling/fonts/builtinCoverage.ts';

const root = join(import.meta.dirname, '..');
const path = join(root, COVERAGE_FILE);
const text = coverageModule(builtinRanges(root), installedVersion(root, '@myriaddreamin/typst-ts-node-compiler'));
if (readFileSync(path, { encoding: 'utf8', flag: 'a+' }) === text) console.log(`${COVERAGE_FILE}: up to date`);
else {
  writeFileSync(path, text);
  console.log(`${COVERAGE_FILE}: written`);
}
