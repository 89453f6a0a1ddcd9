/**
 * Where the content and public folders are, in a module of its own: `npm run build` reads it
 * before Astro starts without loading the content check (contentFolder.ts re-exports it).
 */
import { resolve } from 'node:path';

/** Where the content and public folders are: $VITA_CONTENT and $VITA_PUBLIC, else ./content and ./public (relative to `cwd`). */
export function contentRoots(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): { content: string; public: string } {
  return { content: resolve(cwd, env['VITA_CONTENT'] ?? 'content'), public: resolve(cwd, env['VITA_PUBLIC'] ?? 'public') };
}
