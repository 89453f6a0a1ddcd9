/**
 * How the content loader hears of edits in `npm run dev`. Vite replaces its file watcher when
 * the dev server restarts (a change to content/settings.yaml restarts it), and Astro 7 keeps
 * handing the loaders the closed one and does not run them again: every content edit after a
 * settings change went unseen (O1). So the vita integration hands each new watcher over here
 * (astro:server:setup), the loader follows the content folder on whichever watcher is current,
 * and after a restart it checks the tree again. The integration and the loader live in separate
 * module graphs; globalThis is what they share.
 */
import { relative, resolve, sep } from 'node:path';
import type { FSWatcher } from 'vite';

interface ContentWatch {
  /** The dev server's current watcher. */
  watcher: FSWatcher | undefined;
  /** The content folders (a group's with its members'), and what to do on a change in one: the loader that loaded last. */
  subscriber: { readonly folders: readonly string[]; readonly onChange: () => void } | undefined;
  /** The one listener on the current watcher, kept to take it off when the watcher is replaced. */
  readonly listener: (path: string) => void;
}

const SHARED = Symbol.for('vita.contentWatch');
const EVENTS = ['add', 'change', 'unlink'] as const;

function shared(): ContentWatch {
  const global = globalThis as typeof globalThis & { [SHARED]?: ContentWatch };
  global[SHARED] ??= {
    watcher: undefined,
    subscriber: undefined,
    listener: (path) => {
      const subscriber = global[SHARED]!.subscriber;
      if (subscriber?.folders.some((folder) => !relative(folder, path).startsWith('..'))) subscriber.onChange();
    },
  };
  return global[SHARED];
}

/** Follows the content folder on `watcher`, the dev server's watcher; true when it replaces an earlier one (the server restarted). */
export function followWatcher(watcher: FSWatcher): boolean {
  const state = shared();
  const previous = state.watcher;
  if (previous === watcher) return false;
  for (const event of EVENTS) {
    previous?.off(event, state.listener);
    watcher.on(event, state.listener);
  }
  state.watcher = watcher;
  if (state.subscriber) watcher.add([...state.subscriber.folders]);
  return previous !== undefined;
}

/** Calls `onChange` after every change under one of `folders` in the dev server, instead of whatever it called before. */
export function onContentChange(folders: readonly string[], onChange: () => void): void {
  const state = shared();
  state.subscriber = { folders, onChange };
  state.watcher?.add([...folders]);
}

/** Has the loader check the content again, as after an edit. */
export function recheckContent(): void {
  shared().subscriber?.onChange();
}

/**
 * What the dev server's watcher leaves out (Vite's `server.watch.ignored`): the `generated` folders that builds, the bench and
 * the tests write into the project, but never a `kept` folder (content, public) inside one, nor a folder on the way to it.
 * Vite watches the whole project, and walking a 5,000-publication site's dist/ and .cache/ (or the tests' tmp/) at every start
 * took seconds of stat calls before the first page.
 */
export function unwatched(generated: readonly string[], kept: readonly string[]): (path: string) => boolean {
  const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}${sep}`);
  const [leftOut, watched] = [generated.map((folder) => resolve(folder)), kept.map((folder) => resolve(folder))];
  return (path) => {
    const absolute = resolve(path);
    return leftOut.some((folder) => inside(absolute, folder)) && !watched.some((folder) => inside(absolute, folder) || inside(folder, absolute));
  };
}
