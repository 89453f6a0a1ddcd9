/** What of the owner's profile each audience may see, and profile handles as links. */
import type { Profile } from '../schemas/profile.ts';
import type { Visibility } from '../schemas/common.ts';

export interface VisibleDetail {
  readonly value: string;
  /** Shown only when the CV is printed (visibility `cv`). */
  readonly printOnly: boolean;
}

/** `web` details everywhere, `cv` details on the printed CV only, `hidden` never. */
export function visible(detail: { value: string; visibility: Visibility } | undefined): VisibleDetail | undefined {
  if (!detail || detail.visibility === 'hidden') return undefined;
  return { value: detail.value, printOnly: detail.visibility === 'cv' };
}

/** "+49 (177) 483-2754" → "+491774832754" for tel: links. */
export function telUri(phone: string): string {
  return phone.replace(/[^\d+]/g, '');
}

/** Contact and personal details, each dropped or marked print-only according to its visibility. */
export function visibleContact(profile: Profile) {
  const { email, phone, address } = profile.contact;
  const postal = address && {
    value: [address.value.street, `${address.value.postalCode} ${address.value.city}`, address.value.country].join(', '),
    visibility: address.visibility,
  };
  // Non-breaking spaces and hyphens keep a phone number on one line.
  const phoneDetail = visible(phone && { ...phone, value: phone.value.replaceAll(' ', '\u00A0').replaceAll('-', '\u2011') });
  return {
    email: email && visible(email),
    phone: phoneDetail && { ...phoneDetail, tel: telUri(phoneDetail.value) },
    address: visible(postal),
    birthDate: visible(profile.birthDate),
    birthPlace: visible(profile.birthPlace),
    nationality: visible(profile.nationality),
  };
}

export interface ProfileLink {
  readonly label: string;
  readonly url: string;
}

/** Handles and ids turned into profile URLs, in a fixed order. */
export function profileLinks(links: Profile['links']): ProfileLink[] {
  const all: (ProfileLink | undefined)[] = [
    links.website ? { label: new URL(links.website).hostname.replace(/^www\./, ''), url: links.website } : undefined,
    links.scholar ? { label: 'Google Scholar', url: `https://scholar.google.com/citations?user=${links.scholar}` } : undefined,
    links.orcid ? { label: `ORCID ${links.orcid}`, url: `https://orcid.org/${links.orcid}` } : undefined,
    links.github ? { label: `GitHub: ${links.github}`, url: `https://github.com/${links.github}` } : undefined,
    links.linkedin ? { label: 'LinkedIn', url: `https://www.linkedin.com/in/${links.linkedin}` } : undefined,
  ];
  return all.filter((link): link is ProfileLink => link !== undefined);
}
