/**
 * Reads the content folder safely: regular files only (named pipes, sockets and
 * devices are reported, never opened), symbolic links followed only within the
 * folder and never in a loop, oversized files reported without being read.
 * Hidden entries (.git, .DS_Store), the files tools leave beside content (see
 * IGNORED) and top-level folders starting with "_" (examples, drafts) are skipped.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from './problems.ts';

export interface ContentFile {
  /** Path relative to the content folder, with forward slashes: `publications/foo.md`. */
  readonly path: string;
  /** Raw file contents. */
  readonly bytes: Uint8Array;
}

/**
 * Files an entry may link to from beside it (a PDF, slides, a poster, a data set): never read
 * here and never checked as content, only published when an entry links to them.
 */
export const ATTACHMENT = /\.(?:pdf|png|jpe?g|gif|webp|avif|svg|pptx?|odp|key|zip|gz|tgz|csv|tsv|xlsx?|ods|mp4|webm|mp3|ipynb|bib|ris)$/i;

/**
 * Names that are never content, in any folder: hidden files (.DS_Store, .gitkeep, Emacs's .#lock files), a README,
 * Windows' Thumbs.db and desktop.ini, and editor backups (name~, .swp, .bak, #autosave#).
 */
export const IGNORED = /^(?:\..*|readme\.md|thumbs\.db|desktop\.ini|#.*#|.*~|.*\.(?:swp|swo|bak))$/i;

/** Content files above this size are refused: no CV entry is that long, and it protects the build. */
export const MAX_FILE_BYTES = 1024 * 1024;

export const tooLarge = (bytes: number): string => `file is ${(bytes / 1024 / 1024).toFixed(1)} MB; expected a content file under 1 MB`;

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

const isInside = (folder: string, path: string) => path === folder || path.startsWith(`${folder}${sep}`);

/** Every content file with its bytes, the attachments in section folders (paths only), and a problem for each entry that cannot be one. */
export function readContentTree(root: string): { files: ContentFile[]; attachments: string[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const attachments: string[] = [];
  const problems: Problem[] = [];
  const realRoot = realpathSync(root);
  const shown = (path: string) => relative(root, path).split(sep).join('/');

  const visit = (folder: string, realFolder: string, visited: ReadonlySet<string>) => {
    for (const item of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (IGNORED.test(item.name) || (folder === root && item.name.startsWith('_'))) continue;
      const path = join(folder, item.name);
      const file = shown(path);
      let stats = lstatSync(path);
      let real = join(realFolder, item.name);
      if (stats.isSymbolicLink()) {
        try {
          real = realpathSync(path);
          stats = statSync(path);
        } catch {
          problems.push({ file, message: 'broken symbolic link (its target does not exist); remove it or point it at a file' });
          continue;
        }
        if (!isInside(realRoot, real)) {
          problems.push({ file, message: 'symbolic link to something outside the content folder; copy the file into content/ instead' });
          continue;
        }
      }
      if (stats.isDirectory()) {
        if (visited.has(real)) {
          problems.push({ file, message: 'symbolic link loop (a folder that contains itself); remove the link' });
          continue;
        }
        visit(path, real, new Set([...visited, real]));
      } else if (!stats.isFile()) {
        problems.push({ file, message: `${kindOf(stats)}, not a file; remove it from the content folder` });
      } else if (folder !== root && ATTACHMENT.test(item.name)) {
        attachments.push(file);
      } else if (stats.size > MAX_FILE_BYTES) {
        problems.push({ file, message: tooLarge(stats.size) });
      } else {
        files.push({ path: file, bytes: readFileSync(path) });
      }
    }
  };
  visit(root, realRoot, new Set([realRoot]));
  return { files, attachments, problems };
}
