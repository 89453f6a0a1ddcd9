/**
 * `node scripts/bench-import.ts`: how long `npm run import` takes on a large
 * bibliography. Generates a synthetic .bib (default 10,000 entries, about 5 MB),
 * times reading and planning in this process, then the whole command
 * (`--dry-run`) as an owner runs it, and prints the numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readBibtex } from '../tooling/import/bibtex.ts';
import { planImport } from '../tooling/import/plan.ts';
import { syntheticBibtex } from '../tooling/import/syntheticBibtex.ts';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '10000' }, help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  console.log('usage: npm run bench:import -- [--entries 10000]\nTimes readBibtex, planImport and `npm run import -- refs.bib --dry-run` on a synthetic bibliography.');
  process.exit(0);
}
const count = Number(values.entries);
if (!Number.isInteger(count) || count < 1) {
  console.error(`--entries: "${values.entries}" is not a positive whole number`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'vita-bench-import-'));
try {
  const source = join(scratch, 'refs.bib');
  writeFileSync(source, syntheticBibtex(count));
  const into = join(scratch, 'publications');
  mkdirSync(into);
  const seconds = (start: number) => ((performance.now() - start) / 1000).toFixed(2);

  let start = performance.now();
  const { entries, syntaxErrors } = readBibtex(syntheticBibtex(count));
  const read = seconds(start);
  start = performance.now();
  const outcomes = planImport(entries, []);
  const plan = seconds(start);
  start = performance.now();
  const command = spawnSync(process.execPath, [join(import.meta.dirname, 'import.ts'), source, '--dry-run', '--into', into], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const whole = seconds(start);

  console.log(
    `${count} entries, ${(statSync(source).size / 1e6).toFixed(1)} MB, ${syntaxErrors.length} syntax errors, ${outcomes.filter((outcome) => outcome.status === 'new').length} new`,
  );
  console.log(`readBibtex ${read} s, planImport ${plan} s, npm run import --dry-run ${whole} s (exit ${command.status})`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
