/**
 * The Astro content loader: the same reader and checks as `npm run check`, once
 * per file, feeding every collection. A build with any problem fails with the
 * check's own messages; the dev server prints them, shows them in the browser
 * (pages read the `contentStatus` collection and throw), keeps the last good
 * version of a broken file, recovers as soon as the file is fixed, and says so.
 * How it hears of edits, restarts included: ./devWatcher.ts.
 */
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { SectionName } from '../schemas/sections.ts';
import { checkFile, classify, type FileResult, type ValidEntry } from './checkFile.ts';
import { openCheckCache } from './checkCache.ts';
import { contentRoots } from './contentFolder.ts';
import { onContentChange } from './devWatcher.ts';
import { SCHEMA_FOLDER, writeEditorManifest } from './editorManifest.ts';
import { checkGroupFolder, groupMembers } from './group.ts';
import { resolveSettings } from './settings.ts';
import { formatProblem, isError, problemSummary, type Problem } from './problems.ts';
import type { ContentFile } from './readTree.ts';

interface Snapshot {
  readonly problems: readonly Problem[];
  /** Valid entries by section. */
  readonly entries: ReadonlyMap<string, readonly ValidEntry[]>;
  /** Content digest of each file, by path: unchanged files are not stored or rendered again. */
  readonly digests: ReadonlyMap<string, string>;
  /** The folder as messages name it. */
  readonly shownRoot: string;
  /** The public folder of the group (key "") and of each member (key "ada/"), for their portraits. */
  readonly publicDirs: ReadonlyMap<string, string>;
}

/** What the pages read to know what exists and whether the content is valid. */
export interface ContentStatus {
  /** Error lines exactly as `npm run check` prints them; empty when the content is valid. */
  readonly problems: readonly string[];
  /** Entries per section (publications), a group's members' under their id (ada/publications); a section with none is not read (Astro warns about empty collections). */
  readonly counts: Readonly<Record<string, number>>;
}

/** The content and public folders of the build (or dev server) that took the current snapshot. */
let roots = contentRoots();
/** How the data store recognises a path to import as an image (Astro's own marker, as its image() schema writes it). */
const IMAGE_MARKER = '__ASTRO_IMAGE_';
/** Per-file results by path and content digest: the dev server re-checks only files that changed. */
const checked = new Map<string, { digest: string; result: FileResult }>();
/** Results of earlier builds: a build checks only files that changed since. */
const checkCache = openCheckCache(process.cwd());
let current: Snapshot | undefined;
/** The configuration of the build the snapshot is of: a process that builds several sites (the tests' shared sites) reads each one's folders anew. */
let snapshotOf: LoaderContext['config'] | undefined;
/** Each collection's loader context, to update every store after a change in dev. */
const contexts = new Map<string, { context: LoaderContext; sync: (context: LoaderContext) => Promise<void> }>();

function takeSnapshot(digestOf: (bytes: Uint8Array) => string): Snapshot {
  const digests = new Map<string, string>();
  /** Checks a file of the folder shown as `prefix` in the group's (empty for the group's own). */
  const checkOne =
    (prefix: string) =>
    (file: ContentFile): FileResult => {
      const path = `${prefix}${file.path}`;
      const digest = digestOf(file.bytes);
      digests.set(path, digest);
      const cached = checked.get(path);
      if (cached?.digest === digest) return cached.result;
      let result = checkCache.get(path, digest);
      if (!result) {
        result = checkFile(file);
        checkCache.set(path, digest, result);
      }
      checked.set(path, { digest, result });
      return result;
    };
  const folder = checkGroupFolder(roots.content, { publicDir: roots.public, checkOne });
  checkCache.save();
  if ('error' in folder) {
    return { problems: [{ file: '.', message: folder.error }], entries: new Map(), digests, shownRoot: relative(process.cwd(), roots.content), publicDirs: new Map() };
  }
  const entries = new Map<string, ValidEntry[]>();
  for (const entry of folder.entries) {
    const list = entries.get(entry.section);
    if (list) list.push(entry);
    else entries.set(entry.section, [entry]);
  }
  return { problems: folder.problems, entries, digests, shownRoot: folder.shownRoot, publicDirs: folder.publicDirs };
}

function snapshot(context: LoaderContext): Snapshot {
  if (snapshotOf !== context.config) {
    snapshotOf = context.config;
    roots = contentRoots();
    current = undefined;
    reported = undefined;
  }
  if (current === undefined) {
    current = takeSnapshot((bytes) => context.generateDigest(Buffer.from(bytes).toString('latin1')));
    // While the owner edits: the editor's front-matter help follows files as they come and go.
    if (context.watcher) writeEditorManifest(fileURLToPath(context.config.root), roots.content, join(process.cwd(), SCHEMA_FOLDER));
  }
  return current;
}

/** The lines printed for a snapshot's problems (warnings included). */
const reportLines = (snap: Snapshot) => snap.problems.map((problem) => formatProblem(problem, snap.shownRoot));

let reported: Snapshot | undefined;

/** Prints a snapshot's problems once, however many collections read it, and that they are gone once they are; in a build, errors stop it. */
function report(snap: Snapshot, context: LoaderContext): void {
  if (reported === snap) return;
  const hadErrors = reported?.problems.some(isError) ?? false;
  reported = snap;
  for (const line of reportLines(snap)) (line.includes(': warning: ') ? context.logger.warn : context.logger.error).call(context.logger, line);
  const errors = snap.problems.filter(isError);
  if (errors.length === 0) {
    if (hadErrors) context.logger.info('content ok again: the pages show the fixed files.');
    return;
  }
  if (context.watcher) {
    context.logger.error(`${problemSummary(errors)}; the pages show these messages until the files are fixed.`);
    return;
  }
  // The messages above say everything; a stack trace into the loader would only bury them.
  const error = new Error(`${problemSummary(errors)}; nothing was built.`);
  error.stack = '';
  throw error;
}

/** Ids of the section whose files currently have errors: their last good version stays in the store. */
function brokenIds(snap: Snapshot, section: string): Set<string> {
  const ids = new Set<string>();
  for (const problem of snap.problems.filter(isError)) {
    const place = classify(problem.file);
    if (!('error' in place) && place.section === section) ids.add(place.id);
  }
  return ids;
}

async function syncSection(section: SectionName | 'metrics' | 'orcid', context: LoaderContext): Promise<void> {
  const snap = snapshot(context);
  report(snap, context);
  const { store } = context;
  const keep = brokenIds(snap, section);
  const entries = snap.entries.get(section) ?? [];
  const present = new Set(entries.map((entry) => entry.id));
  for (const id of store.keys()) if (!present.has(id) && !keep.has(id)) store.delete(id);
  for (const entry of entries) {
    // The checked data joins the file's digest: an upgrade of vita that reads a file differently (a new default) stores it anew.
    const digest = context.generateDigest(`${snap.digests.get(entry.file)!}${JSON.stringify(entry.data)}${JSON.stringify(entry.translations ?? '')}`);
    if (store.get(entry.id)?.digest === digest) continue;
    // A body that starts with "---" is no front matter: the empty block in front keeps Astro's renderer from reading it as one.
    const render = (markdown: string) => context.renderMarkdown(`---\n---\n${markdown}`);
    const rendered = entry.body === '' ? undefined : await render(entry.body);
    // What the entry carries in other languages joins its fields, each text rendered like the body (src/model/content.ts, Translated).
    const translations = entry.translations && {
      fields: entry.translations.fields,
      bodies: Object.fromEntries(
        await Promise.all(Object.entries(entry.translations.bodies).map(async ([language, markdown]) => [language, { html: (await render(markdown)).html, markdown }])),
      ),
    };
    store.set({
      id: entry.id,
      data: translations ? { ...entry.data, translations } : entry.data,
      body: entry.body,
      digest,
      filePath: relative(process.cwd(), `${roots.content}/${entry.file}`),
      ...(rendered ? { rendered } : {}),
    });
  }
}

/**
 * The portraits as images Astro's pipeline resizes and converts (AVIF, WebP, 1x and 2x): the
 * profile's (`portrait`) and those of content/people/ (`person:<id>`), each under its member's
 * prefix on a group's site (`ada/portrait`). The data store resolves
 * a value marked as an image into an import of the file.
 */
async function syncPortrait(context: LoaderContext): Promise<void> {
  const snap = snapshot(context);
  const owners = (snap.entries.get('profile') ?? []).map((entry) => ({ entry, id: 'portrait' }));
  for (const entry of snap.entries.get('people') ?? []) owners.push({ entry, id: `person:${entry.id.slice(entry.id.lastIndexOf('/') + 1)}` });
  context.store.clear();
  for (const { entry, id } of owners) {
    const portrait = entry.data['portrait'];
    if (typeof portrait !== 'string') continue;
    // The group's entries have ids without a member ("profile", "grace"), a member's "ada/profile", "ada/grace".
    const member = entry.id.slice(0, entry.id.lastIndexOf('/') + 1);
    const file = join(snap.publicDirs.get(member) ?? roots.public, portrait);
    context.store.set({
      id: `${member}${id}`,
      data: { image: `${IMAGE_MARKER}${file}`, alt: String(entry.data['portraitAlt']) },
      digest: context.generateDigest({ file, digest: snap.digests.get(entry.file) ?? '' }),
      // Named after the image itself, the import is the same for every build of one portrait: builds side by side share .astro/content-assets.mjs.
      filePath: relative(process.cwd(), file),
    });
  }
}

async function syncStatus(context: LoaderContext): Promise<void> {
  const snap = snapshot(context);
  // Counts per section: the group's by section (publications), each member's under its id (ada/publications).
  const counts: Record<string, number> = {};
  for (const [section, entries] of snap.entries) {
    for (const entry of entries) {
      const member = entry.id.slice(0, entry.id.lastIndexOf('/') + 1);
      counts[`${member}${section}`] = (counts[`${member}${section}`] ?? 0) + 1;
      // The portraits of the profile and of content/people/ (syncPortrait).
      if ((section === 'profile' || section === 'people') && typeof entry.data['portrait'] === 'string') counts[`${member}portrait`] = (counts[`${member}portrait`] ?? 0) + 1;
    }
  }
  const status: ContentStatus = { problems: reportLines(snap).filter((line) => !line.includes(': warning: ')), counts };
  context.store.set({ id: 'status', data: { ...status }, digest: context.generateDigest({ ...status }) });
}

let pending: ReturnType<typeof setTimeout> | undefined;

/** In dev: after a burst of file events, check the tree once and update every collection. */
function scheduleResync(): void {
  clearTimeout(pending);
  pending = setTimeout(() => {
    current = undefined;
    for (const { context, sync } of contexts.values()) {
      sync(context).catch((error: unknown) => context.logger.error(String(error)));
    }
  }, 50);
}

function makeLoader(key: string, sync: (context: LoaderContext) => Promise<void>): Loader {
  return {
    name: 'vita-content',
    load: async (context) => {
      contexts.set(key, { context, sync });
      await sync(context);
      // In dev (Astro gives a watcher then), not through context.watcher, which a restart leaves closed.
      // A group's members' folders, outside the group's, too.
      if (context.watcher) onContentChange([roots.content, ...groupMembers(roots.content, resolveSettings(roots.content)).map((member) => member.folder)], scheduleResync);
    },
  };
}

/** The loader of one section's collection (or of the citation counts, a collection of one entry). */
export const sectionLoader = (section: SectionName | 'metrics' | 'orcid'): Loader => makeLoader(section, (context) => syncSection(section, context));

/** The loader of the `portrait` collection: the profile's portrait as an image to optimise, when there is one. */
export const portraitLoader = (): Loader => makeLoader('portrait', syncPortrait);

/** The loader of the `contentStatus` collection: problems and entry counts. */
export const statusLoader = (): Loader => makeLoader('contentStatus', syncStatus);
