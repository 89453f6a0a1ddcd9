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
  /** The profile field it comes from: website, scholar, orcid, … */
  readonly network: keyof Profile['links'];
  readonly label: string;
  readonly url: string;
}

/** "@ada@mathstodon.xyz" → https://mathstodon.xyz/@ada. */
const mastodonUrl = (account: string): string => {
  const [, user, instance] = account.split('@');
  return `https://${instance}/@${user}`;
};

/** Handles and ids turned into profile URLs, in a fixed order; service names are names, not words to translate. */
export function profileLinks(links: Profile['links']): ProfileLink[] {
  const all: (ProfileLink | undefined)[] = [
    links.website ? { network: 'website', label: new URL(links.website).hostname.replace(/^www\./, ''), url: links.website } : undefined,
    links.scholar ? { network: 'scholar', label: 'Google Scholar', url: `https://scholar.google.com/citations?user=${links.scholar}` } : undefined,
    links.orcid ? { network: 'orcid', label: `ORCID ${links.orcid}`, url: `https://orcid.org/${links.orcid}` } : undefined,
    links.github ? { network: 'github', label: `GitHub: ${links.github}`, url: `https://github.com/${links.github}` } : undefined,
    links.linkedin ? { network: 'linkedin', label: 'LinkedIn', url: `https://www.linkedin.com/in/${links.linkedin}` } : undefined,
    links.dblp ? { network: 'dblp', label: 'DBLP', url: `https://dblp.org/pid/${links.dblp}.html` } : undefined,
    links.semanticScholar ? { network: 'semanticScholar', label: 'Semantic Scholar', url: `https://www.semanticscholar.org/author/${links.semanticScholar}` } : undefined,
    links.openreview ? { network: 'openreview', label: 'OpenReview', url: `https://openreview.net/profile?id=${encodeURIComponent(links.openreview)}` } : undefined,
    links.researchgate ? { network: 'researchgate', label: 'ResearchGate', url: `https://www.researchgate.net/profile/${links.researchgate}` } : undefined,
    links.mastodon ? { network: 'mastodon', label: `Mastodon: ${links.mastodon}`, url: mastodonUrl(links.mastodon) } : undefined,
    links.bluesky ? { network: 'bluesky', label: `Bluesky: @${links.bluesky}`, url: `https://bsky.app/profile/${links.bluesky}` } : undefined,
    links.x ? { network: 'x', label: `X: @${links.x}`, url: `https://x.com/${links.x}` } : undefined,
  ];
  return all.filter((link): link is ProfileLink => link !== undefined);
}
