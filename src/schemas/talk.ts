/** A talk or lecture: one file per event in `content/talks/` or `content/lectures/`. */
import { z } from 'zod';
import { eventDate, httpUrl, languageTag, link, redirectFrom, text, topicIds } from './common.ts';

/** How the presentation was given. */
export const talkKind = z.enum(['talk', 'keynote', 'invited-talk', 'paper-presentation', 'lecture', 'lecture-series', 'webinar']);
export type TalkKind = z.infer<typeof talkKind>;

/** The owner's part in the event; `speaker`, the default, is not shown. */
export const talkRole = z.enum(['speaker', 'panellist', 'chair', 'organiser', 'moderator', 'discussant']);
export type TalkRole = z.infer<typeof talkRole>;

export const talkSchema = z.strictObject({
  /** Title of the talk, in its own language. */
  title: text,
  /** Day `2022-10-21`, month `2020-08`, or several days `2021-12-13/14/16`. */
  date: eventDate,
  /** Event or series it was given at, e.g. "CD-MAKE 2022". */
  event: text,
  /** Hosting institution when it is not part of the event name, e.g. "Universität Potsdam". */
  host: text.optional(),
  /** City the talk was given in, e.g. "Montréal"; leave out for an online talk. */
  city: text.optional(),
  /** Country, e.g. "Canada". */
  country: text.optional(),
  /** Web page of the event, e.g. https://ismb.example.org (the event's name links to it). */
  eventUrl: httpUrl.optional(),
  /** Kind of presentation. */
  kind: talkKind.default('talk'),
  /** The owner's part: speaker (the default, not shown), panellist, chair, organiser, moderator or discussant. */
  role: talkRole.default('speaker'),
  /** Remark as on the CV, e.g. "ICML 2020 Workshop" or "with press interview". */
  note: text.optional(),
  /** Language of the title when it is not the site's language, e.g. de. */
  language: languageTag.optional(),
  /** Slides, video or stream. */
  links: z.array(link).default([]),
  /** Id of the publication this talk presents, if any. */
  publication: text.optional(),
  /** Topics from the settings' `topics`. */
  topics: topicIds,
  /** Old addresses of this talk on a previous site: each redirects to its entry on the talks page. */
  redirectFrom,
});
export type Talk = z.infer<typeof talkSchema>;
