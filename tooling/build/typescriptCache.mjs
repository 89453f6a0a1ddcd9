/**
 * Node strips the types of every TypeScript module it loads, in WebAssembly, on every run: for
 * `npm run build` that is astro.config.ts and the 80-odd modules it imports (≈0.2 CPU-s of a seed
 * build, issue 21 §2). This hook, which `npm run build` hands to Astro's process (`--import`),
 * keeps each stripped module in VITA_TYPESCRIPT_CACHE under the hash of its source and Node's
 * version, so a build strips only what changed (Node's own compile cache keeps compiled code, not
 * stripped TypeScript). It is JavaScript because it runs before Node can load TypeScript cheaply.
 * A cached module is marked as used (npm run build prunes unused ones, src/buildCache.ts); a cache
 * that cannot be read or written only costs the time it would save.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

const folder = process.env['VITA_TYPESCRIPT_CACHE'];

/** The module's JavaScript: from the cache, else stripped (Node's own way, without its "experimental" note) and stored. */
function stripped(source) {
  const file = join(folder, `${hash('sha1', `${process.version}\n${source}`)}.js`);
  try {
    const cached = readFileSync(file, 'utf8');
    const now = new Date();
    utimesSync(file, now, now);
    return cached;
  } catch {
    // Not cached yet.
  }
  const warn = process.emitWarning;
  process.emitWarning = () => {};
  let code;
  try {
    code = stripTypeScriptTypes(source);
  } finally {
    process.emitWarning = warn;
  }
  try {
    mkdirSync(folder, { recursive: true });
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written: the next build strips it again.
  }
  return code;
}

// Node before 22.15 has no in-thread hooks: it strips the types itself, as without this file.
if (folder && registerHooks && stripTypeScriptTypes) {
  registerHooks({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (loaded.format !== 'module-typescript' || url.includes('/node_modules/')) return loaded;
      return { ...loaded, format: 'module', source: stripped(String(loaded.source)) };
    },
  });
}
