/**
 * Reads the content folder safely: regular files only (named pipes, sockets and
 * devices are reported, never opened), symbolic links followed only within the
 * folder and never in a loop, oversized files reported without being read.
 * Hidden entries (.git, .DS_Store), the files tools leave beside content (see
 * IGNORED) and top-level folders starting with "_" (examples, drafts) are skipped.
 */
import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unlinkableName } from '../schemas/atoms.ts';
import type { Problem } from './problems.ts';

export interface ContentFile {
  /** Path relative to the content folder, with forward slashes: `publications/foo.md`. */
  readonly path: string;
  /** Raw file contents. */
  readonly bytes: Uint8Array;
}

/**
 * Files an entry may link to from beside it, by extension, with the media type a host serves them as: documents,
 * images, slides, data, audio and video, which a browser shows, plays or downloads. None can run script on the
 * site's address. They are never read as content, only published when an entry links to them.
 */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odp: 'application/vnd.oasis.opendocument.presentation',
  key: 'application/vnd.apple.keynote',
  zip: 'application/zip',
  gz: 'application/gzip',
  tgz: 'application/gzip',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  ipynb: 'application/x-ipynb+json',
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  mp3: 'audio/mpeg',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/** The extension of a file name, lowercase ("Paper.PDF" → "pdf"). */
export const extensionOf = (name: string): string => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

/** Types a browser runs script in when they are opened from the site's own address, and what to publish instead. */
const SCRIPTABLE: readonly [RegExp, string, string][] = [
  [/^svgz?$/, 'an SVG image', 'convert it to PNG or PDF'],
  [/^(?:html?|xhtml?|xht|mht(?:ml)?|shtml)$/, 'a web page', 'make it a free page (content/pages/) or a PDF'],
  [/^(?:xml|xslt?|m?js|cjs|swf)$/, 'a file a browser may run', 'put it in a .zip to publish it as data'],
];

/** The first bytes of a file, as Latin-1 text. */
function firstBytes(path: string): string {
  const start = Buffer.alloc(512);
  const descriptor = openSync(path, 'r');
  try {
    return start.subarray(0, readSync(descriptor, start, 0, start.length, 0)).toString('latin1');
  } finally {
    closeSync(descriptor);
  }
}

const ALLOWED = 'files beside entries are PDFs, images (PNG, JPEG, GIF, WebP, AVIF), slides, data, audio and video';

/**
 * A file in a section folder that is no Markdown: a file to publish beside its entry, or why it cannot be one
 * (a type or a beginning a browser could run as a web page on the site's own address, which hosts such as
 * GitHub Pages send no header to forbid; a name that cannot be part of an address). Undefined for other
 * files, which the content check names.
 */
function besideEntry(file: string, path: string, size: number): { attachment: AttachmentFile } | { problem: Problem } | undefined {
  const extension = extensionOf(file);
  const refused = SCRIPTABLE.find(([pattern]) => pattern.test(extension));
  if (refused)
    return {
      problem: { file, message: `${refused[1]} can run script in a visitor's browser when opened from the site's own address, so it is not published; ${ALLOWED}: ${refused[2]}` },
    };
  if (!(extension in ATTACHMENT_TYPES)) return undefined;
  let start: string;
  try {
    start = firstBytes(path);
  } catch (error) {
    return { problem: { file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); make it readable or remove it` } };
  }
  // A browser told no type reads a file starting with "<" as HTML or XML (the WHATWG sniffing rules).
  if (/^[\t\n\f\r ]*</.test(start)) {
    return {
      problem: {
        file,
        message: `it begins like a web page ("${start.trim().slice(0, 12)}…"), which a browser may run as one when the host does not say the file's type, so it is not published; ${ALLOWED}, each in its own format`,
      },
    };
  }
  const unlinkable = file.split('/').map(unlinkableName).find(Boolean);
  if (unlinkable) return { problem: { file, severity: 'warning', message: `${unlinkable}; until then no entry can link it` } };
  return { attachment: { path: file, size } };
}

/** A file beside an entry, which an entry may link to. */
export interface AttachmentFile {
  /** Path relative to the content folder, with forward slashes: `publications/paper.pdf`. */
  readonly path: string;
  /** Its size in bytes. */
  readonly size: number;
}

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

/**
 * Every content file with its bytes, the files beside entries in section folders (never read, but for their first
 * bytes), and a problem for each entry that cannot be one.
 */
export function readContentTree(root: string): { files: ContentFile[]; attachments: AttachmentFile[]; problems: Problem[] } {
  const files: ContentFile[] = [];
  const attachments: AttachmentFile[] = [];
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
      } else {
        const beside = folder === root || item.name.endsWith('.md') ? undefined : besideEntry(file, path, stats.size);
        if (beside && 'problem' in beside) problems.push(beside.problem);
        else if (beside) attachments.push(beside.attachment);
        else if (stats.size > MAX_FILE_BYTES) problems.push({ file, message: tooLarge(stats.size) });
        else files.push({ path: file, bytes: readFileSync(path) });
      }
    }
  };
  visit(root, realRoot, new Set([realRoot]));
  return { files, attachments, problems };
}
