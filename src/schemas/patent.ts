/** A patent family: one file per invention in `content/patents/`, listing each national/regional document. */
import { z } from 'zod';
import { isoDay, languageTag, localized, text } from './common.ts';

/** Patent offices with a known number format; others are accepted with a generic check. */
const NUMBER_FORMATS: Record<string, RegExp> = {
  EP: /^\d{7}$/,
  US: /^(\d{4}\/?\d{7}|\d{7,8}|RE\d{5})$/,
  WO: /^\d{4}\/\d{6}$/,
  CN: /^\d{9}(\.\d)?$|^\d{12,13}(\.\d)?$/,
  JP: /^\d{7}$|^\d{4}-\d{6}$/,
  KR: /^\d{9,13}$/,
  CA: /^\d{7}$/,
  RU: /^\d{7}$/,
  BR: /^\d{12}(-\d)?$|^[A-Z]{2}\d{7}(-\d)?$/,
  DE: /^\d{9,12}(\.\d)?$/,
};

/** Two-letter WIPO ST.3 code of the office (EP, US, WO, CN, JP …). */
export const patentOffice = z.string().regex(/^[A-Z]{2}$/, { error: 'expected a two-letter office code such as EP, US or WO' });

/** One published document of the family. */
export const patentMember = z
  .strictObject({
    /** Office or jurisdiction (WIPO ST.3 code). */
    office: patentOffice,
    /** Publication or patent number as the office prints it, without the office code. */
    number: z.union([z.int().positive(), text]).transform(String),
    /** Kind code such as A1 or B1, when known. */
    kindCode: z
      .string()
      .regex(/^[A-Z]\d?$/, { error: 'expected a kind code such as A1 or B1' })
      .optional(),
    /** Whether the document is a published application or a granted patent. */
    status: z.enum(['published', 'granted']),
    /** Date of publication or grant. */
    date: isoDay,
    /** Title of this document when it differs from the family title. */
    title: text.optional(),
  })
  .superRefine((member, ctx) => {
    const format = NUMBER_FORMATS[member.office] ?? /^[A-Z0-9][A-Z0-9/.\- ]{3,}$/;
    if (!format.test(member.number)) {
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: `expected a ${member.office} number matching ${format.source}`,
        input: member.number,
      });
    }
  });
export type PatentMember = z.infer<typeof patentMember>;

export const patentSchema = z.strictObject({
  /** Title of the invention, in its own language. */
  title: localized,
  /** Language of the title when it is not the site's language, e.g. de. */
  language: languageTag.optional(),
  /** Inventors in the order the documents list them, when known. */
  inventors: z.array(text).default([]),
  /** The documents of the family: applications and grants in each office. */
  members: z.array(patentMember).min(1, { error: 'expected at least one patent document' }),
});
export type Patent = z.infer<typeof patentSchema>;
