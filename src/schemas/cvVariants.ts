/**
 * The vocabulary of CV variants (`cv.variants` in settings.yaml, whose fields are in
 * settings.ts): the formats, presets and the kinds each section can filter on.
 */
import { publicationKind } from './publication.ts';
import { serviceKind } from './service.ts';
import { supervisionLevel } from './supervision.ts';
import { talkKind } from './talk.ts';

/** The sections a variant may list (the CV's own, see settings.ts), and the kinds each can filter on. */
export const VARIANT_KINDS = {
  publications: publicationKind.options,
  talks: talkKind.options,
  lectures: talkKind.options,
  service: serviceKind.options,
  supervision: supervisionLevel.options,
} as const satisfies Record<string, readonly string[]>;

/** What a variant is typeset as. */
export const VARIANT_FORMATS = ['cv', 'biography', 'dfg', 'erc', 'r4ri', 'nsf-coa'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

/** Starting points a variant may name (`preset`), defined in src/model/variants.ts. */
export const VARIANT_PRESETS = ['academic-two-page', 'short', 'biography', 'dfg', 'erc', 'r4ri', 'nsf-coa'] as const;
export type VariantPreset = (typeof VARIANT_PRESETS)[number];

/** Which entries `max` keeps: the newest, or the `selected` publications first and then the newest. */
export const VARIANT_PREFER = ['newest', 'selected'] as const;
