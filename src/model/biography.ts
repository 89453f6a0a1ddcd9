/**
 * The one-paragraph biography of a conference programme or a funder's form: who the owner
 * is (name, role, affiliation), the first paragraph of the profile's own text, and a few
 * selected publications. One paragraph of runs, written out as plain text and as Markdown.
 */
import type { Locale } from '../i18n/index.ts';
import { joinRich, markdown, plain, type Rich, text } from './rich.ts';
import type { SiteData } from './site.ts';

export interface Biography {
  readonly text: string;
  readonly markdown: string;
}

/** The biography of `site` naming the publications `publicationIds` (in the model's order). */
export function biography(site: SiteData, publicationIds: ReadonlySet<string>, locale: Locale): Biography {
  const { t } = locale;
  const { profile } = site;
  const { role, affiliation } = profile;
  const roleAt = role && affiliation ? t.person.roleAt(role, affiliation) : (role ?? affiliation);
  const who: Rich = roleAt ? [text(t.biography.who(profile.fullName, roleAt))] : [text(profile.fullName, { bold: true }), text('.')];
  const own = profile.body.lines.find((line) => !line.bullet)?.runs ?? [];
  const works = site.publications.filter((item) => publicationIds.has(item.id));
  const selected: Rich =
    works.length === 0
      ? []
      : [
          text(`${t.biography.selected} `),
          ...joinRich(
            works.map((item) => [
              ...item.titleRuns.map((run) => ({ ...run, italic: true, ...(item.url ? { link: item.url } : {}) })),
              text(` (${[item.venueRuns ? plain(item.venueRuns) : undefined, locale.numeral(item.year)].filter(Boolean).join(t.comma)})`),
            ]),
            t.semicolon,
          ),
          text('.'),
        ];
  const paragraph = joinRich(
    [who, own, selected].filter((part) => part.length > 0),
    ' ',
  );
  return { text: `${plain(paragraph)}\n`, markdown: `${markdown(paragraph)}\n` };
}
