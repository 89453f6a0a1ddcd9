/**
 * The rest of an ORCID record besides its works: employment (experience/),
 * education (education/), funding (grants/) and peer review (service/), from
 * the public API's summaries (`/<iD>/employments`, `/educations`, `/fundings`,
 * `/peer-reviews`). Each becomes a draft the JSON Resume import's planner checks
 * and writes (resumePlan.ts, entryFile.ts), so duplicates are skipped the same way.
 * What a summary lacks is never made up: an employment with only a year is
 * refused (experience needs a month), a grant's role is left at the default and
 * said so. Pure mapping apart from `fetchOrcidSections`.
 */
import { defined } from '../../src/lib/defined.ts';
import type { SectionName } from '../../src/schemas/sections.ts';
import type { ServiceKind } from '../../src/schemas/service.ts';
import type { HttpClient } from '../net/http.ts';
import type { ResumeDraft } from './jsonResume.ts';
import { ORCID_JSON_TYPE } from './orcid.ts';
import { cleanText, isRecord } from './sourceEntry.ts';

type Json = Readonly<Record<string, unknown>>;
const object = (value: unknown): Json => (isRecord(value) ? value : {});
const items = (value: unknown): Json[] => (Array.isArray(value) ? value.map(object) : []);
/** ORCID writes most texts as `{ value: … }`, some plainly. */
const text = (value: unknown): string | undefined => {
  const raw = typeof value === 'string' ? value : isRecord(value) && typeof value['value'] === 'string' ? value['value'] : undefined;
  return raw === undefined ? undefined : cleanText(raw) || undefined;
};

/** An ORCID fuzzy date: a year, and a month when given. */
function dateOf(value: unknown): { year?: number; month?: number } {
  const date = object(value);
  const year = Number(text(date['year']));
  const month = Number(text(date['month']));
  return defined({ year: Number.isInteger(year) && year > 0 ? year : undefined, month: Number.isInteger(month) && month >= 1 && month <= 12 ? month : undefined });
}

const isoMonth = (date: { year?: number; month?: number }) =>
  date.year === undefined || date.month === undefined ? undefined : `${date.year}-${String(date.month).padStart(2, '0')}`;
const monthOrYear = (date: { year?: number; month?: number }) => isoMonth(date) ?? date.year;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** "Berlin, Germany" from an organisation's address (city and ISO country code). */
function placeOf(organization: Json): string | undefined {
  const address = object(organization['address']);
  const country = text(address['country']);
  let countryName: string | undefined;
  try {
    countryName = country === undefined ? undefined : regionNames.of(country);
  } catch {
    countryName = country;
  }
  const parts = [text(address['city']), countryName].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(', ');
}

interface Draft {
  readonly section: SectionName;
  readonly key: string;
  readonly idWords: string;
  readonly data: Record<string, unknown>;
  readonly notImported?: string[];
  readonly notices?: string[];
  readonly errors?: string[];
}

function draft(orcid: string, { section, key, idWords, data, notImported = [], notices = [], errors = [] }: Draft): ResumeDraft {
  return { section, key, origin: `ORCID ${orcid} ${key}`, type: section, idWords, data: defined(data), body: '', notImported, notices, errors };
}

/** The summaries of an affiliation list (`affiliation-group[].summaries[].<kind>-summary`). */
const affiliations = (list: unknown, kind: string) =>
  items(object(list)['affiliation-group']).flatMap((group) => items(group['summaries']).map((summary) => object(summary[`${kind}-summary`])));

/** An employment as an experience entry: organisation, department, role, months, place. */
export function readEmployment(summary: Json, orcid: string): ResumeDraft {
  const organization = object(summary['organization']);
  const start = dateOf(summary['start-date']);
  const end = dateOf(summary['end-date']);
  const errors = [
    ...(text(summary['role-title']) === undefined ? ['role-title: ORCID gives no role; add it to the ORCID record or write the entry by hand'] : []),
    ...(isoMonth(start) === undefined
      ? [`start-date: ORCID gives ${start.year === undefined ? 'no start' : `only the year ${start.year}`}; an experience entry needs the month`]
      : []),
    ...(end.year !== undefined && isoMonth(end) === undefined ? [`end-date: ORCID gives only the year ${end.year}; an experience entry needs the month`] : []),
  ];
  const data = {
    organization: text(organization['name']),
    unit: text(summary['department-name']),
    location: placeOf(organization),
    role: text(summary['role-title']),
    start: isoMonth(start),
    end: isoMonth(end),
  };
  return draft(orcid, { section: 'experience', key: `employment ${summary['put-code'] ?? '?'}`, idWords: `${data.organization ?? ''} ${data.start ?? ''}`, data, errors });
}

/** An education as an education entry: institution, degree (ORCID's role title), years, place; the department is reported. */
export function readEducation(summary: Json, orcid: string): ResumeDraft {
  const organization = object(summary['organization']);
  const start = dateOf(summary['start-date']);
  const data = {
    institution: text(organization['name']),
    location: placeOf(organization),
    degree: text(summary['role-title']),
    start: start.year,
    end: dateOf(summary['end-date']).year,
  };
  const errors = [
    ...(data.degree === undefined ? ['role-title: ORCID gives no degree; add it to the ORCID record or write the entry by hand'] : []),
    ...(start.year === undefined ? ['start-date: ORCID gives no start year'] : []),
  ];
  const notImported = text(summary['department-name']) === undefined ? [] : ['department-name'];
  return draft(orcid, {
    section: 'education',
    key: `education ${summary['put-code'] ?? '?'}`,
    idWords: `${data.institution ?? ''} ${data.degree ?? ''}`,
    data,
    notImported,
    errors,
  });
}

/** A funding as a grant: title, funder, grant number, months or years, address. The summary does not say the owner's part or the amount. */
export function readFunding(summary: Json, orcid: string): ResumeDraft {
  const numbers = items(object(summary['external-ids'])['external-id']).filter((id) => id['external-id-type'] === 'grant_number');
  const start = dateOf(summary['start-date']);
  const data = {
    title: text(object(summary['title'])['title']),
    funder: text(object(summary['organization'])['name']),
    number: text(numbers[0]?.['external-id-value']),
    role: summary['type'] === 'salary-award' ? 'fellow' : undefined,
    start: monthOrYear(start),
    end: monthOrYear(dateOf(summary['end-date'])),
    url: text(summary['url']),
  };
  const notices = data.role === undefined ? ['role: ORCID does not say your part in it; written as the default, pi: correct it if you were not the principal investigator'] : [];
  const errors = start.year === undefined ? ['start-date: ORCID gives no start'] : [];
  return draft(orcid, {
    section: 'grants',
    key: `funding ${summary['put-code'] ?? '?'}`,
    idWords: `${data.funder ?? ''} ${data.title ?? ''}`,
    data,
    notImported: ['amount (in the full funding record)'],
    notices,
    errors,
  });
}

const SERVICE_KIND: Readonly<Record<string, ServiceKind>> = {
  reviewer: 'reviewer',
  editor: 'editor',
  organizer: 'organiser',
  member: 'committee-member',
  chair: 'committee-member',
};

/** Peer reviews, one service entry per role and convening organisation, with the years of the reviews. */
export function readPeerReviews(list: unknown, orcid: string): ResumeDraft[] {
  const summaries = items(object(list)['group']).flatMap((group) => items(group['peer-review-group']).flatMap((inner) => items(inner['peer-review-summary'])));
  const byVenue = new Map<string, { kind: ServiceKind; role: string; venue: string | undefined; years: Set<number>; codes: string[] }>();
  for (const summary of summaries) {
    const role = typeof summary['reviewer-role'] === 'string' ? summary['reviewer-role'] : 'reviewer';
    const venue = text(object(summary['convening-organization'])['name']);
    const key = `${role}\u0000${venue ?? ''}`;
    const entry = byVenue.get(key) ?? byVenue.set(key, { kind: SERVICE_KIND[role] ?? 'other', role, venue, years: new Set(), codes: [] }).get(key)!;
    const year = dateOf(summary['completion-date']).year;
    if (year !== undefined) entry.years.add(year);
    entry.codes.push(String(summary['put-code'] ?? '?'));
  }
  return [...byVenue.values()].map(({ kind, role, venue, years, codes }) => {
    const sorted = [...years].sort((a, b) => a - b);
    const errors = [
      ...(venue === undefined ? ['convening-organization: ORCID names no organisation for these reviews'] : []),
      ...(sorted.length === 0 ? ['completion-date: ORCID gives no year for these reviews'] : []),
    ];
    const data = { kind, venue, years: sorted.length === 1 ? sorted[0] : sorted, role: kind === 'committee-member' && role === 'chair' ? 'Chair' : undefined };
    return draft(orcid, {
      section: 'service',
      key: `peer review ${codes.join(',')}`,
      idWords: `${kind} ${venue ?? ''}`,
      data,
      notImported: ['review-group-id', 'review-url'],
      errors,
    });
  });
}

/** The record's employment, education, funding and peer review as drafts; failed requests as one line each. */
export async function fetchOrcidSections(orcid: string, context: { client: HttpClient; endpoint: string }): Promise<{ drafts: ResumeDraft[]; errors: string[] }> {
  const base = `${context.endpoint.replace(/\/+$/, '')}/${orcid}`;
  const drafts: ResumeDraft[] = [];
  const errors: string[] = [];
  const readers: [string, (json: unknown) => ResumeDraft[]][] = [
    ['employments', (json) => affiliations(json, 'employment').map((summary) => readEmployment(summary, orcid))],
    ['educations', (json) => affiliations(json, 'education').map((summary) => readEducation(summary, orcid))],
    [
      'fundings',
      (json) =>
        items(object(json)['group']).flatMap((group) =>
          items(group['funding-summary'])
            .slice(0, 1)
            .map((summary) => readFunding(summary, orcid)),
        ),
    ],
    ['peer-reviews', (json) => readPeerReviews(json, orcid)],
  ];
  for (const [list, read] of readers) {
    const answer = await context.client.get({ url: `${base}/${list}`, identifier: `${orcid} ${list}`, accept: ORCID_JSON_TYPE });
    if (!answer.ok) {
      errors.push(answer.message);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      errors.push(`${orcid} ${list}: ${new URL(base).host} answered with something that is not JSON`);
      continue;
    }
    drafts.push(...read(json));
  }
  return { drafts, errors };
}
