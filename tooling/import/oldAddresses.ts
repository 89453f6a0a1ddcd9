/**
 * `--old-site`: which old addresses an import may write. An old address is
 * dropped, with a notice on its entry, when it is the place of a page or file
 * the new site has (its home page, the CV, a publication's page: the build
 * would put a redirect there), when the settings or another entry already has
 * it, or when it is no path a static host can serve. The content check refuses
 * the same, so an import never writes a file the check refuses for this.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { oldAddressFile } from '../../src/lib/redirects.ts';
import { checkFile, type ValidEntry } from '../../src/pipeline/checkFile.ts';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { siteIndex } from '../../src/pipeline/siteIndex.ts';
import type { Outcome } from './plan.ts';
import { publicationFile } from './publicationFile.ts';
import type { SourceEntry } from './sourceEntry.ts';

type Taken = (file: string) => string | undefined;

/** The new site as far as an import knows it: the pages and files of a content folder's valid entries, and the old addresses they have. */
export class ImportedSite {
  readonly #entries: readonly ValidEntry[];
  readonly #root: string | undefined;
  readonly #taken: Taken;
  /** Output file (lower case) → the file that has the old address written there. */
  readonly #claimed = new Map<string, string>();

  /** The site of the content folder holding `publicationsFolder` (content/publications, or a folder inside it); an empty one when it is in none. */
  static around(publicationsFolder: string): ImportedSite {
    let folder = resolve(publicationsFolder);
    while (basename(folder) !== 'publications' && dirname(folder) !== folder) folder = dirname(folder);
    if (basename(folder) !== 'publications') return new ImportedSite([], undefined);
    const root = dirname(folder);
    const checked = checkContentFolder(root, { publicDir: join(root, '..', 'public') });
    return new ImportedSite('error' in checked ? [] : checked.entries, root);
  }

  constructor(entries: readonly ValidEntry[], root: string | undefined) {
    this.#entries = entries;
    this.#root = root;
    this.#taken = siteIndex(entries).taken;
    const settings = entries.find((entry) => entry.section === 'settings');
    const claim = (path: string, owner: string) => {
      const place = oldAddressFile(path);
      if (!('error' in place)) this.#claimed.set(place.file.toLowerCase(), owner);
    };
    for (const path of Object.keys((settings?.data['redirects'] ?? {}) as Record<string, string>)) claim(path, 'content/settings.yaml');
    for (const entry of entries) for (const path of (entry.data['redirectFrom'] as string[] | undefined) ?? []) claim(path, `content/${entry.file}`);
  }

  /** A file as the content check names it: content/publications/x.md. */
  #shown(file: string): string {
    const inside = this.#root === undefined ? undefined : relative(this.#root, file);
    return inside === undefined || inside.startsWith('..') ? file : `content/${inside.split(sep).join('/')}`;
  }

  /**
   * The entry with only the old addresses the site can give it, written to `file`; the others are said in its
   * notices. Each one kept is claimed, so no later entry of the import gets it too.
   */
  keepFree(entry: SourceEntry, file: string, taken: Taken = this.#taken): SourceEntry {
    const paths = entry.data.redirectFrom ?? [];
    if (paths.length === 0) return entry;
    const owner = this.#shown(file);
    const reason = (path: string): string | undefined => {
      const place = oldAddressFile(path);
      if ('error' in place) return place.error;
      const what = taken(place.file);
      if (what !== undefined) return `it is the address of ${what}`;
      const first = this.#claimed.get(place.file.toLowerCase());
      if (first !== undefined && first !== owner) return `it is already an old address of ${first}`;
      this.#claimed.set(place.file.toLowerCase(), owner);
      return undefined;
    };
    const notices: string[] = [];
    const kept = paths.filter((path) => {
      const why = reason(path);
      if (why !== undefined) notices.push(`old address "${path}" not kept: ${why}`);
      return why === undefined;
    });
    if (notices.length === 0) return entry;
    return { ...entry, data: { ...entry.data, redirectFrom: kept.length > 0 ? kept : undefined }, notices: [...entry.notices, ...notices] };
  }

  /**
   * The planned new publications in `folder` with only the old addresses the site can give them, judged
   * against the site with those publications in it (an old address of one may be another's new page); an
   * entry that loses one has its file text written again.
   */
  keepFreeInPlan(outcomes: readonly Outcome[], folder: string, siteLanguage: string): Outcome[] {
    const added = outcomes.flatMap((outcome) => {
      if (outcome.status !== 'new') return [];
      const { entry } = checkFile({ path: `publications/${outcome.id}.md`, bytes: new TextEncoder().encode(outcome.fileText) });
      return entry ? [entry] : [];
    });
    const { taken } = siteIndex([...this.#entries, ...added]);
    return outcomes.map((outcome) => {
      if (outcome.status !== 'new') return outcome;
      const entry = this.keepFree(outcome.entry, join(folder, `${outcome.id}.md`), taken);
      return entry === outcome.entry ? outcome : { ...outcome, entry, fileText: publicationFile(entry.data, entry.body, siteLanguage) };
    });
  }
}
