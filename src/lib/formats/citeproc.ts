/**
 * References formatted by a CSL style with citeproc-js, one publication at a time (a CV's list is
 * no bibliography: no shared numbering, no "2019a", no "———" for a repeated author). Pure: the
 * style's and the locales' XML in, HTML out; reading the files is the caller's.
 */
import CSL, { type StyleNode } from 'citeproc';
import type { CslItem } from './csl.ts';

/**
 * citeproc-js finds a macro by walking the whole style at each place the style calls it
 * (`CSL.expandMacro` → `getNodesByName`): a quarter to almost half of the second or two it takes to read
 * APA or Chicago.
 * CSL allows `<macro>` only as a child of `<style>`, so looking among the style's children finds
 * the same nodes.
 */
const findNodes = CSL.XmlJSON.prototype.getNodesByName;
CSL.XmlJSON.prototype.getNodesByName = function (node, name, nameAttribute, found) {
  if (name === 'macro' && nameAttribute !== undefined && found === undefined && node?.name === 'style') {
    return node.children.filter((child): child is StyleNode => typeof child === 'object' && child.name === 'macro' && child.attrs.name === nameAttribute);
  }
  return findNodes.call(this, node, name, nameAttribute, found);
};

/** Formats one item at a time; `html` is citeproc's HTML of the entry without its wrapper or number. */
export interface ReferenceFormatter {
  /** The locale the style formats in (its own default locale, else the site's). */
  readonly locale: string;
  format(item: CslItem): string;
}

/** The locale a style formats in: its `default-locale`, else the site language's (de → de-DE). */
export function styleLocale(style: string, siteLocale: string): string {
  return /<style\b[^>]*\bdefault-locale="([^"]+)"/.exec(style)?.[1] ?? siteLocale;
}

/**
 * A formatter for `style`; `locales` maps a locale (en-US) to its XML. citeproc asks for the
 * style's locale and for en-US, its fallback; any other it asks for and does not get it formats
 * without, which the caller rules out by checking the style first. Throws citeproc's error for a
 * style it cannot read.
 */
export function referenceFormatter(style: string, locales: Readonly<Record<string, string>>, siteLocale: string): ReferenceFormatter {
  let current: CslItem | undefined;
  const locale = styleLocale(style, siteLocale);
  const engine = new CSL.Engine({ retrieveLocale: (language) => locales[language], retrieveItem: () => current }, style, locale, false);
  // DOIs and URLs as links.
  engine.opt.development_extensions['wrap_url_and_doi'] = true;
  engine.setOutputFormat('html');
  let count = 0;
  return {
    locale,
    format(item) {
      // A fresh id each time: citeproc keeps what it read of an id.
      current = { ...item, id: `item${count++}` };
      engine.updateItems([current.id]);
      const result = engine.makeBibliography();
      const html = result === false ? '' : (result[1][0] ?? '');
      // A numeric style's "[1]" is the number in a bibliography this list is not.
      return html
        .replace(/<div class="csl-left-margin">[\s\S]*?<\/div>/, '')
        .replace(/<\/?div[^>]*>/g, '')
        .trim();
    },
  };
}
