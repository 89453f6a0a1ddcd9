/** The owner (`content/profile.md`): identity, contact and profile links; the body is the short bio. */
import { z } from 'zod';
import { country, httpUrl, isoDay, localized, text, withVisibility } from './common.ts';

/** Path of a portrait under public/, e.g. "/portrait.jpg". */
export const portraitPath = z.string().regex(/^\/(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.(?:jpe?g|png|webp|avif)$/, {
  error: 'expected the path of an image in public/ such as /portrait.jpg (a file of this site: no other host, no "..")',
});

/** A profile identifier pasted as its page's address: the identifier part of it, else the text unchanged. */
const fromUrl = (pattern: RegExp) => (value: string) => pattern.exec(value.trim())?.[1] ?? value.trim();

/** ORCID iD with its ISO 7064 MOD 11-2 check digit verified; a pasted https://orcid.org/… address is reduced to the iD. */
export const orcid = z
  .string()
  .transform(fromUrl(/^(?:https?:\/\/)?(?:www\.)?orcid\.org\/(\S+?)\/?$/i))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { error: 'expected an ORCID iD such as 0000-0002-1825-0097', abort: true })
      .refine(
        (id) => {
          const digits = id.replaceAll('-', '');
          let total = 0;
          for (const digit of digits.slice(0, -1)) total = (total + Number(digit)) * 2;
          const check = (12 - (total % 11)) % 11;
          return digits.at(-1) === (check === 10 ? 'X' : String(check));
        },
        { error: 'expected an ORCID iD whose check digit is right (a typo?)' },
      ),
  );

/** A phone number in international form, e.g. "+49 (177) 483-2754". */
export const phone = z.string().regex(/^\+\d[\d\s()./-]{5,}\d$/, { error: 'expected an international phone number starting with +, e.g. +49 30 1234567' });

/** A postal address, structured so the CV and JSON Resume can both use it. */
export const postalAddress = z.strictObject({
  /** Street and number. */
  street: text,
  /** Postal code (kept as text: leading zeros matter). */
  postalCode: z.union([z.int(), text]).transform(String),
  /** City. */
  city: localized,
  /** State or region. */
  region: localized.optional(),
  /** Country: an ISO 3166 code such as DE (named in each page's language) or its name. */
  country,
});

/** Profile identifiers: handles and ids, turned into URLs by the site. */
export const profileLinks = z.strictObject({
  /** Personal website. */
  website: httpUrl.optional(),
  /** Google Scholar user id (the `user=` value, 12 characters); a pasted profile address works too. */
  scholar: z
    .string()
    .transform(fromUrl(/^https?:\/\/scholar\.google\.[a-z.]+\/citations\?(?:.*&)?user=([^&#\s]+)/i))
    .pipe(z.string().regex(/^[A-Za-z0-9_-]{12}$/, { error: 'expected the 12-character Google Scholar user id from ?user=…' }))
    .optional(),
  /** GitHub user name; a pasted https://github.com/… address works too. */
  github: z
    .string()
    .transform(fromUrl(/^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/?#\s]+)\/?$/i))
    .pipe(z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, { error: 'expected a GitHub user name' }))
    .optional(),
  /** LinkedIn profile name (the part after linkedin.com/in/); a pasted address works too. */
  linkedin: z
    .string()
    .transform(fromUrl(/^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/([^/?#\s]+)\/?$/i))
    .pipe(z.string().regex(/^[A-Za-z0-9-]{3,100}$/, { error: 'expected a LinkedIn profile name' }))
    .optional(),
  /** ORCID iD. */
  orcid: orcid.optional(),
  /** DBLP person id (the part after dblp.org/pid/, e.g. 123/4567); a pasted profile address works too. */
  dblp: z
    .string()
    .transform(fromUrl(/^(?:https?:\/\/)?(?:www\.)?dblp\.(?:org|uni-trier\.de)\/pid\/([^?#\s]+?)(?:\.html)?\/?$/i))
    .pipe(z.string().regex(/^(?:[a-z]\/[A-Za-z0-9_=-]+|\d+\/\d+(?:-\d+)?)$/, { error: 'expected a DBLP person id such as 123/4567 (from dblp.org/pid/123/4567)' }))
    .optional(),
  /** Semantic Scholar author id (digits); a pasted profile address works too. */
  semanticScholar: z
    .union([z.int().positive().transform(String), z.string()])
    .transform(fromUrl(/^(?:https?:\/\/)?(?:www\.)?semanticscholar\.org\/author\/(?:[^/?#\s]+\/)?(\d+)\/?(?:[?#].*)?$/i))
    .pipe(z.string().regex(/^\d{1,12}$/, { error: 'expected a Semantic Scholar author id such as 1234567 (from semanticscholar.org/author/…/1234567)' }))
    .optional(),
  /** OpenReview profile id (~Ada_Lovelace1); a pasted profile address works too. */
  openreview: z
    .string()
    .transform(fromUrl(/^(?:https?:\/\/)?openreview\.net\/profile\?id=(~[^&#\s]+)$/i))
    .pipe(z.string().regex(/^~[\p{L}\p{N}_.-]+\d+$/u, { error: 'expected an OpenReview profile id such as ~Ada_Lovelace1' }))
    .optional(),
  /** ResearchGate profile name (the part after researchgate.net/profile/); a pasted address works too. */
  researchgate: z
    .string()
    .transform(fromUrl(/^(?:https?:\/\/)?(?:www\.)?researchgate\.net\/profile\/([^/?#\s]+)\/?$/i))
    .pipe(z.string().regex(/^[\p{L}\p{N}_-]{2,100}$/u, { error: 'expected a ResearchGate profile name such as Ada-Lovelace' }))
    .optional(),
  /** Mastodon (or any fediverse) account as @user@instance.social; a pasted https://instance.social/@user address works too. */
  mastodon: z
    .string()
    .transform((value) => {
      const page = /^https?:\/\/([a-z0-9.-]+\.[a-z]{2,})\/@([A-Za-z0-9_]+)\/?$/i.exec(value.trim());
      return page ? `@${page[2]}@${page[1]!.toLowerCase()}` : value.trim();
    })
    .pipe(z.string().regex(/^@[A-Za-z0-9_]{1,30}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/, { error: 'expected a Mastodon account such as @ada@mathstodon.xyz' }))
    .optional(),
  /** Bluesky handle, e.g. ada.bsky.social or your own domain; a pasted bsky.app/profile/… address works too. */
  bluesky: z
    .string()
    .transform(fromUrl(/^(?:https?:\/\/)?bsky\.app\/profile\/([^/?#\s]+)\/?$/i))
    .transform((handle) => handle.replace(/^@/, '').toLowerCase())
    .pipe(z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, { error: 'expected a Bluesky handle such as ada.bsky.social' }))
    .optional(),
  /** X (Twitter) handle without @; a pasted x.com or twitter.com address works too. */
  x: z
    .string()
    .transform(fromUrl(/^(?:https?:\/\/)?(?:www\.)?(?:x|twitter)\.com\/([^/?#\s]+)\/?$/i))
    .transform((handle) => handle.replace(/^@/, ''))
    .pipe(z.string().regex(/^[A-Za-z0-9_]{1,15}$/, { error: 'expected an X handle such as ada_lovelace (letters, digits, _; at most 15)' }))
    .optional(),
});

export const profileSchema = z
  .strictObject({
    /** Name as it should appear in headings, e.g. "Ada Lovelace". */
    name: text,
    /** Academic title shown before the name, e.g. "Dr." or "Prof. Dr.". */
    honorific: text.optional(),
    /** Earlier names, e.g. a birth name ("Ada Byron"). */
    formerNames: z.array(text).default([]),
    /** Every form of the name used in author lists ("Lovelace A", "A. Byron"); emphasised wherever they appear. */
    aliases: z.array(text).min(1, { error: 'expected at least one author-list form of your name' }),
    /** Current job title, e.g. "Professor of Mathematics". */
    role: localized.optional(),
    /** Current institution. */
    affiliation: localized.optional(),
    /** Path of a portrait under public/, e.g. "/portrait.jpg". */
    portrait: portraitPath.optional(),
    /** What the portrait shows, for people who cannot see it (required with a portrait). */
    portraitAlt: localized.optional(),
    /** Date of birth (shown on the printable CV only unless set otherwise). */
    birthDate: withVisibility(isoDay, 'cv').optional(),
    /** Place of birth, e.g. Sevilla. */
    birthPlace: withVisibility(localized, 'cv').optional(),
    /** Country of birth: an ISO 3166 code such as ES (named in each page's language) or its name; shown after the place. */
    birthCountry: withVisibility(country, 'cv').optional(),
    /** Nationality: an ISO 3166 code such as DE (each page names the country in its language) or as written, e.g. German. */
    nationality: withVisibility(country, 'cv').optional(),
    /** Contact details, each with a visibility. */
    contact: z
      .strictObject({
        /** E-mail address (public by default). */
        email: withVisibility(z.email({ error: 'expected an e-mail address' }), 'web').optional(),
        /** Phone number (printable CV only by default). */
        phone: withVisibility(phone, 'cv').optional(),
        /** Postal address (printable CV only by default). */
        address: withVisibility(postalAddress, 'cv').optional(),
      })
      .default({}),
    /** Profiles elsewhere. */
    links: profileLinks.default({}),
  })
  .superRefine((profile, ctx) => {
    if (profile.portrait !== undefined && profile.portraitAlt === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['portraitAlt'],
        message: 'expected a description of the portrait for people who cannot see it, e.g. "Ada Lovelace at her desk"',
        input: undefined,
      });
    }
  });
export type Profile = z.infer<typeof profileSchema>;
