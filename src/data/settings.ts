/** The site settings and the language's text and formats, resolved once per build (see src/integrations/vita.ts). */
import resolved from 'virtual:vita/settings';
import { localeFor } from '../i18n/index.ts';

export const settings = resolved;
export const locale = localeFor(settings.language);
/** The interface text of the site language. */
export const t = locale.t;

/**
 * The `lang` attribute for a title in `language`: only when it differs from the
 * site's language (so screen readers switch voice), never for the same one.
 */
export function langAttribute(language: string | undefined): string | undefined {
  if (language === undefined) return undefined;
  return language.split('-')[0] === settings.language.split('-')[0] ? undefined : language;
}
