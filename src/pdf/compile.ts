/**
 * Typesets a CV document into PDF bytes with the Typst compiler, in-process.
 * The text face (Libertinus Serif) ships inside the compiler package, fonts for
 * other scripts come from npm packages when the document has characters of them
 * (src/pdf/fonts.ts); the creation date comes from the document, so the same
 * document gives the same bytes.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { CvDocument } from './cvDocument.ts';
import { type FallbackFonts, fallbackFonts } from './fonts.ts';
import { type Place, sectionRoom } from './pageLimit.ts';
import { TEMPLATE_PATH, typstSource } from './typst.ts';

export interface CompiledPdf {
  readonly bytes: Uint8Array<ArrayBuffer>;
  readonly pages: number;
  /** How many pages each section takes, in the document's order (its heading to the next one's). */
  readonly room: readonly number[];
}

/** A virtual workspace: the template is mapped into it, nothing is read from disk. */
const WORKSPACE = '/vita-pdf';

/** The compiler of the last document, kept while the next one needs the same fonts (fonts are given when it is made). */
let compiler: { readonly fonts: string; readonly instance: NodeCompiler } | undefined;

function compilerFor(fonts: FallbackFonts): NodeCompiler {
  const key = fonts.families.map((font) => font.family).join('\n');
  if (compiler?.fonts !== key) {
    const files = fonts.files();
    compiler = {
      fonts: key,
      instance: NodeCompiler.create({ workspace: WORKSPACE, ...(files.length > 0 ? { fontArgs: [{ fontBlobs: files.map((file) => Buffer.from(file)) }] } : {}) }),
    };
  }
  return compiler.instance;
}

interface Diagnostic {
  readonly message: string;
  readonly path?: string;
  /** Zero-based positions. */
  readonly range?: { readonly start: { readonly line: number; readonly character: number } } | null;
}

/** "src/pdf/cv.typ:49:31: unknown variable: nope" for each of Typst's messages. */
function describe(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const file = diagnostic.path?.startsWith(`${WORKSPACE}${TEMPLATE_PATH}`) ? 'src/pdf/cv.typ' : 'the generated entry file';
      const at = diagnostic.range ? `:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}` : '';
      return `  ${file}${at}: ${diagnostic.message}`;
    })
    .join('\n');
}

/** Where the text ends on the last page, as a share of the page's height, past which a last page holds enough to stand. */
const SPARSE_LAST_PAGE = 0.3;
/** How many typesettings back a memoised layout stays unless used again (Typst's cache age). */
const KEPT_COMPILATIONS = 3;
/** The spacing tried when the last page holds less: a tenth less space between entries and lines. */
const TIGHTER = 0.9;

/**
 * The PDF of `doc`, laid out by `template` (the text of src/pdf/cv.typ), with `files` (the
 * portrait) at their paths in the workspace. When the last page would hold only a few lines,
 * it is typeset again with a little less space between entries, and that is kept if it saves
 * the page. Throws with Typst's messages when the template does not compile.
 */
export function compilePdf(doc: CvDocument, template: string, files: ReadonlyMap<string, Uint8Array> = new Map()): CompiledPdf {
  const fonts = fallbackFonts(JSON.stringify(doc));
  const compiler = compilerFor(fonts);
  compiler.resetShadow();
  compiler.mapShadow(`${WORKSPACE}${TEMPLATE_PATH}`, Buffer.from(template));
  for (const [path, bytes] of files) compiler.mapShadow(`${WORKSPACE}${path}`, Buffer.from(bytes));
  try {
    const layout = (spacing: number) => {
      const result = compiler.compile({ mainFileContent: typstSource(doc, { fonts: fonts.families, spacing }) });
      const document = result.result;
      const error = result.takeError();
      if (!document || error) {
        const diagnostics = error ? (compiler.fetchDiagnostics(error) as Diagnostic[]) : [];
        throw new Error(`The PDF CV could not be typeset:\n${describe(diagnostics) || '  (Typst gave no message)'}`);
      }
      return document;
    };
    let document = layout(1);
    const [end] = compiler.query(document, { selector: '<vita-end>', field: 'value' }) as { page: number; y: number }[];
    if (end !== undefined && end.page > 1 && end.y < SPARSE_LAST_PAGE) {
      const tighter = layout(TIGHTER);
      if (tighter.numOfPages < document.numOfPages) document = tighter;
    }
    const starts = compiler.query(document, { selector: '<vita-section>', field: 'value' }) as Place[];
    const [last] = compiler.query(document, { selector: '<vita-end>', field: 'value' }) as Place[];
    return { bytes: new Uint8Array(compiler.pdf(document)), pages: document.numOfPages, room: last ? sectionRoom(starts, last) : [] };
  } finally {
    // The compiler memoises layouts across calls. A build typesets the CV and then its variants,
    // which share most of it (template, fonts, many entries): keeping what the last few used
    // saves half of each variant's time (seed: 1.0 → 0.5 CPU-s for five variants), and the
    // bound keeps a group's dozens of PDFs from piling up.
    compiler.evictCache(KEPT_COMPILATIONS);
  }
}
