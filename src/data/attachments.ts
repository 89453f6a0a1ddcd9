/**
 * Files beside entries that entries link to (a PDF next to its publication):
 * the content check has turned each such link into a site path mirroring the
 * content folder (/publications/x.pdf), and the build copies the file there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoots } from '../pipeline/contentFolder.ts';
import { getCv } from './cv.ts';

export interface Attachment {
  /** Site path without the leading slash: "publications/x.pdf". */
  readonly path: string;
  /** The file in the content folder. */
  readonly file: string;
}

/** Every linked file of the content folder, once, in path order. */
export async function attachments(): Promise<Attachment[]> {
  const cv = await getCv();
  const root = contentRoots().content;
  const linked = [...cv.publications, ...cv.talks, ...cv.lectures].flatMap((entry) => entry.links.map((link) => link.url));
  return [...new Set(linked.filter((url) => url.startsWith('/')))].sort().flatMap((url) => {
    const file = join(root, decodeURIComponent(url));
    // A path under public/ is Astro's to copy; only files of the content folder are ours.
    return existsSync(file) ? [{ path: url.slice(1), file }] : [];
  });
}
