/** The site settings and the language's text and formats, resolved once per build (see src/integrations/vita.ts). */
import resolved from 'virtual:vita/settings';
import { localeFor } from '../i18n/index.ts';
import { langAttribute as pageLang } from '../model/context.ts';

export const settings = resolved;
export const locale = localeFor(settings.language);
/** The interface text of the site language. */
export const t = locale.t;

/** The `lang` attribute for a text in `language` on this site's pages: only when it differs from the site's language. */
export const langAttribute = (language: string | undefined): string | undefined => pageLang(language, settings.language);
