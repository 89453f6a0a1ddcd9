/**
 * The citation style of the settings' `citationStyle`: vita's own (no CSL), one of the styles
 * bundled in src/csl/styles/, or a `.csl` file in the content folder. A style file is checked like
 * any content file (well-formed XML, a CSL style with a bibliography, a locale vita has, a style
 * citeproc-js reads), each problem with the file, the line where the XML parser gives one, and the
 * reason. The build's formatter keeps what it formatted in .cache/references/, so an unchanged
 * publication costs a lookup (see src/buildCache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { buildCacheFolder, CACHE_LIFETIME_MS, installedVersion, markUsed, pruneUnused, writeToCache } from '../buildCache.ts';
import type { CslItem } from '../lib/formats/csl.ts';
import { type ReferenceFormatter, referenceFormatter, styleLocale } from '../lib/formats/citeproc.ts';
import { cached } from '../lib/cached.ts';
import type { CitationFormatter } from '../model/citations.ts';
import { BUNDLED_STYLES, VITA_STYLE } from '../schemas/settings.ts';
import type { Problem } from './problems.ts';

/** The bundled styles and locales, under the project (where src/ is). */
const cslFolder = (root: string) => join(root, 'src', 'csl');

/** The CSL locales vita has, by name (en-US): the bundled files. */
export function bundledLocales(root: string): Record<string, string> {
  const folder = join(cslFolder(root), 'locales');
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => /^locales-.+\.xml$/.test(name))
      .map((name) => [name.slice('locales-'.length, -'.xml'.length), readFileSync(join(folder, name), 'utf8')]),
  );
}

/** The CSL locale for a site language: its own when bundled (de-AT), else its language's first (de → de-DE, en → en-US). */
export function localeForLanguage(language: string, locales: readonly string[]): string {
  if (locales.includes(language)) return language;
  const base = language.split('-')[0]!;
  return (
    locales.find((locale) => locale === `${base}-${base.toUpperCase()}`) ??
    locales.find((locale) => locale === 'en-US' && base === 'en') ??
    locales.find((locale) => locale.startsWith(`${base}-`)) ??
    'en-US'
  );
}

/** Why a style file cannot be used, as problems of `file` (all at once, the XML parser's line where it gives one). */
export function styleProblems(file: string, xml: string, locales: Readonly<Record<string, string>>): Problem[] {
  const at = (message: string, line?: number): Problem => ({ file, message, ...(line === undefined ? {} : { line }) });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [at(`not well-formed XML: ${valid.err.msg}; expected a CSL style as the Zotero style repository offers it`, valid.err.line)];
  const root = /<([A-Za-z][\w:.-]*)\b[^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''));
  if (root?.[1] !== 'style' || !/xmlns="http:\/\/purl\.org\/net\/xbiblio\/csl"/.test(root[0])) {
    return [at(`not a CSL style: its root element is <${root?.[1] ?? '?'}>; expected <style xmlns="http://purl.org/net/xbiblio/csl">`)];
  }
  if (!/<bibliography\b/.test(xml)) {
    const parent = /<link\b[^>]*rel="independent-parent"[^>]*href="([^"]+)"|<link\b[^>]*href="([^"]+)"[^>]*rel="independent-parent"/.exec(xml);
    return [
      at(
        parent
          ? `a dependent style (it only names its parent, ${parent[1] ?? parent[2]}); expected an independent style: download the parent's .csl instead`
          : 'the style has no <bibliography>: it formats footnotes only; expected a style with a bibliography',
      ),
    ];
  }
  if (!/<bibliography\b[^>]*>[\s\S]*<layout\b[\s\S]*<\/bibliography>/.test(xml)) {
    return [at("the style's <bibliography> has no <layout>, so it formats nothing; expected a complete CSL style")];
  }
  const locale = /<style\b[^>]*\bdefault-locale="([^"]+)"/.exec(xml)?.[1];
  if (locale !== undefined && locales[locale] === undefined) {
    return [at(`the style asks for the locale ${locale}, which vita does not have; expected a style without default-locale or with one of ${Object.keys(locales).join(', ')}`)];
  }
  try {
    referenceFormatter(xml, locales, 'en-US').format({
      id: 'check',
      type: 'book',
      title: 'Title',
      author: [{ family: 'Family', given: 'Given' }],
      issued: { 'date-parts': [[2020]] },
    });
  } catch (error) {
    return [at(`citeproc cannot read the style: ${String((error as Error).message ?? error).split('\n', 1)[0]}; expected a valid CSL 1.0 style`)];
  }
  return [];
}

/** The XML of the style the settings name: a bundled one, or a file in the content folder; undefined for vita's own. */
export function styleSource(style: string, roots: { readonly project: string; readonly content: string }): { file: string; xml: string } | undefined {
  if (style === VITA_STYLE) return undefined;
  const file = (BUNDLED_STYLES as readonly string[]).includes(style) ? join(cslFolder(roots.project), 'styles', `${style}.csl`) : join(roots.content, style);
  return existsSync(file) ? { file, xml: readFileSync(file, 'utf8') } : undefined;
}

/** citeproc-js's engines by locale and style, made when first needed: reading a style costs it a second or more, and a group's members and languages may share one. */
const engines = new Map<string, ReferenceFormatter>();

/**
 * The build's formatter for a style (none for vita's own): citeproc-js in the style's locale (the
 * style's own, else the site language's), with what it formatted before read from and written to
 * `.cache/references/` under a key of the style, the locale and citeproc's version.
 */
export function citationFormatter(style: string, language: string, roots: { readonly project: string; readonly content: string }, cache = true): CitationFormatter | undefined {
  const source = styleSource(style, roots);
  if (source === undefined) return undefined;
  const locales = bundledLocales(roots.project);
  const locale = styleLocale(source.xml, localeForLanguage(language, Object.keys(locales)));
  // The engine looked up once, when the first item needs it (the key holds the whole style).
  let engine: ReferenceFormatter | undefined;
  const format = (item: CslItem) => (engine ??= cached(engines, `${locale}\u0000${source.xml}`, () => referenceFormatter(source.xml, locales, locale))).format(item);
  if (!cache) return (items) => items.map(format);
  const folder = buildCacheFolder(roots.project, 'references');
  // Per content folder too: each of a group's members formats their own list in the same style, and would
  // otherwise replace the others' references with theirs, so that the next build formatted them all again.
  const key = createHash('sha256')
    .update(`citeproc@${installedVersion(roots.project, 'citeproc')}\u0000${locale}\u0000${source.xml}\u0000${roots.content}`)
    .digest('hex')
    .slice(0, 32);
  const path = join(folder, `${key}.json`);
  return (items) => {
    let known: Record<string, string> = {};
    try {
      known = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
      markUsed(path);
    } catch {
      // None yet, or unreadable: format everything.
    }
    const hashes = items.map((item) =>
      createHash('sha256')
        .update(JSON.stringify({ ...item, id: '' }))
        .digest('base64url')
        .slice(0, 22),
    );
    let formatted = 0;
    const html = items.map((item, i) => {
      const stored = known[hashes[i]!];
      if (stored !== undefined) return stored;
      formatted++;
      return format(item);
    });
    // Only this build's references are kept: a style's file does not grow with every edit.
    if (formatted > 0) {
      writeToCache(path, JSON.stringify(Object.fromEntries(hashes.map((hash, i) => [hash, html[i]!]))));
      pruneUnused(folder, Date.now() - CACHE_LIFETIME_MS);
    }
    return html;
  };
}
