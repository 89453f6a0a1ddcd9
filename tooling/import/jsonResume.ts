/**
 * Reads a JSON Resume (jsonresume.org, v1) as a whole CV: basics → profile,
 * work → experience, education, awards, publications, skills and languages →
 * skills, projects, volunteer → service, and the `x-` sections vita's own export
 * writes. Real files deviate from the schema; what is unambiguous is accepted and
 * reported (a key in another spelling, an empty value, an end date of "present"),
 * what cannot be read is refused with the reason, and every field with no place in
 * vita is listed. vita's own export (its `meta` carries `x-vita`) is read back
 * whole: every field of every entry as the content file wrote it (its `x-` fields),
 * the ids, the Markdown bodies, the settings and the citation counts.
 * Pure: parsed JSON in, drafts out.
 *
 * One row of RESUME_SECTIONS per JSON Resume section; a section vita has no
 * content type for (certificates) is a row with only a reason.
 */
import { CATALOGUE_LANGUAGES, localeFor } from '../../src/i18n/index.ts';
import { EXTENSION_SECTIONS, RESUME_PLACES } from '../../src/lib/formats/jsonResume.ts';
import type { PublicationKind } from '../../src/schemas/publication.ts';
import type { ServiceKind } from '../../src/schemas/service.ts';
import { languageLevel } from '../../src/schemas/skills.ts';
import { sectionFields, sections, type SectionName } from '../../src/schemas/sections.ts';
import { talkKind } from '../../src/schemas/talk.ts';
import { INITIALS } from '../../src/schemas/atoms.ts';
import { defined } from '../../src/lib/defined.ts';
import { cleanText, isRecord, shownValue, type PublicationDraft } from './sourceEntry.ts';

/** One entry to write, read from one item of the resume. */
export interface ResumeDraft {
  readonly section: SectionName;
  /** Where it is in the resume: "work[2]". */
  readonly key: string;
  /** How messages name it: the file and the place in it ("resume.json work[2]"). */
  readonly origin?: string;
  readonly type: string;
  /** Words an id is made from ("Pied Piper 2013-12"); a publication's id comes from its authors, year and title. */
  readonly idWords: string;
  /** An id the resume itself gives (a vita publication page URL). */
  readonly preferredId?: string;
  /** Front-matter fields, before the schema checks them. */
  readonly data: Record<string, unknown>;
  readonly body: string;
  readonly notImported: readonly string[];
  readonly notices: readonly string[];
  readonly errors: readonly string[];
}

export interface ResumeReading {
  /** The site the resume was exported from (its meta.canonical without cv.json), to become the settings' url. */
  readonly siteUrl: string | undefined;
  /** The settings of the site vita's own export was written from (`x-settings`), as settings.yaml holds them. */
  readonly settings: Json | undefined;
  /** The citation counts vita's own export carries (`x-metrics`), as content/metrics.json holds them. */
  readonly metrics: Json | undefined;
  /** The publications its ORCID record lists (`x-orcid`), as content/orcid.json holds them. */
  readonly orcid: Json | undefined;
  readonly drafts: ResumeDraft[];
  /** Whole sections left out, with the reason ("volunteer (1): not imported: no service section yet"). */
  readonly sectionsLeftOut: string[];
}

type Json = Readonly<Record<string, unknown>>;

/** Whether parsed JSON looks like a JSON Resume rather than CSL-JSON. */
export function isJsonResume(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const keys = Object.keys(json);
  return keys.includes('basics') || keys.includes('work') || (typeof (json as Json)['$schema'] === 'string' && /resume/i.test((json as Json)['$schema'] as string));
}

/** The objects of a list (profiles, documents, skills); what is no list, or no object in it, is named in `errors`. */
function objectsIn(name: string, value: unknown, errors: string[]): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${name}: expected a list; found ${shownValue(value)}`);
    return [];
  }
  const objects: Json[] = [];
  for (const [index, item] of value.entries()) {
    if (isRecord(item)) objects.push(item);
    else errors.push(`${name}[${index}]: expected an object; found ${shownValue(item)}`);
  }
  return objects;
}

/** An empty string, null or an empty list: what real resumes write for "nothing". */
const isEmpty = (value: unknown) => value === '' || value === null || (Array.isArray(value) && value.length === 0);

/** "startDate", "start_date", "StartDate", "start-date" all compare equal. */
const spelling = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/**
 * Reads the fields of one resume object: each by its schema name or another
 * spelling of it, empty strings as absent; whatever is left unread is reported.
 */
class Item {
  readonly notices: string[] = [];
  readonly errors: string[] = [];
  readonly #object: Json;
  readonly #read = new Set<string>();
  readonly #empty: string[] = [];

  constructor(object: Json) {
    this.#object = object;
  }

  /** The value under `name`, or under the first of `aliases` present (older resumes write "company" for "name"), in any spelling. */
  raw(name: string, ...aliases: string[]): unknown {
    for (const wanted of [name, ...aliases]) {
      const key = Object.keys(this.#object).find((candidate) => candidate === wanted) ?? Object.keys(this.#object).find((candidate) => spelling(candidate) === spelling(wanted));
      if (key === undefined) continue;
      this.#read.add(key);
      // vita's export writes "x-location" where JSON Resume has no "location": both are this field's own names.
      if (key.replace(/^x-/, '') !== name.replace(/^x-/, '')) this.notices.push(`"${key}" read as "${name}"`);
      const value = this.#object[key];
      if (isEmpty(value)) {
        this.#empty.push(key);
        return undefined;
      }
      return value;
    }
    return undefined;
  }

  /** A one-line text value; numbers are taken as text; anything else is reported. */
  text(name: string, ...aliases: string[]): string | undefined {
    const value = this.raw(name, ...aliases);
    if (value === undefined) return undefined;
    if (typeof value === 'string' || typeof value === 'number') return cleanText(String(value)) || undefined;
    this.errors.push(`${name}: expected text; found ${shownValue(value)}`);
    return undefined;
  }

  /** A multi-paragraph text, paragraphs kept. */
  paragraphs(name: string): string | undefined {
    const value = this.raw(name);
    if (typeof value !== 'string') return value === undefined ? undefined : this.text(name);
    return (
      value
        .replace(/\r\n?/g, '\n')
        .split(/\n\s*\n/)
        .map(cleanText)
        .filter(Boolean)
        .join('\n\n') || undefined
    );
  }

  /** A list of texts; a single text is taken as a list of one. */
  list(name: string, ...aliases: string[]): string[] {
    const value = this.raw(name, ...aliases);
    if (value === undefined) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item) => (typeof item === 'string' || typeof item === 'number' ? [cleanText(String(item))].filter(Boolean) : []));
  }

  /** A list of objects (profiles, documents); anything else in it is reported. */
  objects(name: string): Json[] {
    return objectsIn(name, this.raw(name), this.errors);
  }

  /** Fields present in the source but not read, for the "not imported" list; an empty one carries nothing to lose. */
  unread(): string[] {
    return Object.keys(this.#object).filter((key) => !this.#read.has(key) && !isEmpty(this.#object[key]));
  }

  /** Notices, with the empty values named once. */
  allNotices(): string[] {
    return [...this.notices, ...(this.#empty.length > 0 ? [`empty ${this.#empty.length === 1 ? 'value' : 'values'} left out: ${this.#empty.join(', ')}`] : [])];
  }
}

/** A resume date: year, and month and day when given. */
interface ResumeDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ONGOING = /^(present|current|now|ongoing|today|heute|aktuell)$/i;
const pad = (number: number) => String(number).padStart(2, '0');

/**
 * JSON Resume's date forms (`2019`, `2019-03`, `2019-03-01`) and unambiguous
 * others (`2019/03`, `03/2019`, `March 2019`); `"ongoing"` for "present" and
 * its kin; undefined when absent; an error text when it cannot be read.
 */
export function readResumeDate(value: string | undefined): ResumeDate | 'ongoing' | undefined | { error: string } {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (ONGOING.test(text)) return 'ongoing';
  const valid = (year: number, month?: number, day?: number): ResumeDate | { error: string } => {
    if (month !== undefined && (month < 1 || month > 12)) return { error: `"${value}" has no month ${month}` };
    if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month!, 0)).getUTCDate())) return { error: `"${value}" is not a calendar date` };
    return defined({ year, month, day });
  };
  let match = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:T[\d:.]+Z?)?$/.exec(text);
  if (match) return valid(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  match = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (match) return valid(Number(match[2]), Number(match[1]));
  match = /^([A-Za-z]{3,})\.?\s+(\d{4})$/.exec(text);
  const month = match ? MONTH_NAMES.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1 : 0;
  if (match && month > 0) return valid(Number(match[2]), month);
  return { error: `"${value}" is not a date such as 2019, 2019-03 or 2019-03-01` };
}

/**
 * Reads a date field; problems go to the item. `needs` is what the vita field keeps:
 * a year, a month, a day, or for an event a month or a day as precise as given.
 */
function dateField(item: Item, name: string, needs: 'year' | 'month' | 'month-or-year' | 'day' | 'event', end: boolean, ...aliases: string[]): string | number | undefined {
  const raw = item.text(name, ...aliases);
  const date = readResumeDate(raw);
  if (date === undefined) return undefined;
  if (date === 'ongoing') {
    if (!end) item.errors.push(`${name}: "${raw}" is no start date`);
    else item.notices.push(`${name} "${raw}" read as ongoing (no end)`);
    return undefined;
  }
  if ('error' in date) {
    item.errors.push(`${name}: ${date.error}`);
    return undefined;
  }
  if (needs === 'year' || (needs === 'month-or-year' && date.month === undefined)) return date.year;
  if (needs === 'month-or-year') return `${date.year}-${pad(date.month!)}`;
  if (date.month === undefined && needs !== 'month') {
    item.errors.push(`${name}: "${raw}" needs at least a month (YYYY-MM)`);
    return undefined;
  }
  if (date.month === undefined) {
    // vita keeps months; a year alone is the whole year, so start in January and end in December.
    const month = end ? 12 : 1;
    item.notices.push(`${name} "${raw}" has no month; written as ${date.year}-${pad(month)}`);
    return `${date.year}-${pad(month)}`;
  }
  if (needs === 'month') return `${date.year}-${pad(date.month)}`;
  if (date.day === undefined) {
    if (needs === 'day') item.errors.push(`${name}: "${raw}" needs a day (YYYY-MM-DD)`);
    return `${date.year}-${pad(date.month)}`;
  }
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

interface ReadContext {
  /** The owner's name from basics, for publications listed without authors. */
  readonly ownerName: string | undefined;
  /** Where a vita site put this resume's publication pages, to keep their ids. */
  readonly siteUrl: string | undefined;
  /** The most recent position (the current one, else the latest start), for a label that names no institution. */
  readonly latestEmployer: { readonly key: string; readonly name: string } | undefined;
}

type Reader = (item: Item, context: ReadContext) => Omit<ResumeDraft, 'section' | 'key' | 'type' | 'notImported' | 'notices' | 'errors'> & { notImported?: string[] };

/** Honorifics written before a name, as vita's export writes them ("Dr. Jane Doe"). */
const HONORIFIC = /^((?:(?:Prof\.|Dr\.|PD|Priv\.-Doz\.|Dipl\.-Ing\.|Mag\.|Ing\.)(?:\s+(?:rer\.\s*nat\.|med\.|phil\.|habil\.|h\.\s*c\.|mult\.))*\s+)+)(.+)$/;

/** Networks vita keeps as profile links, and how the handle is found in a profile URL. */
const NETWORKS: readonly { readonly pattern: RegExp; readonly link: string; readonly handle: RegExp }[] = [
  { pattern: /^github$/i, link: 'github', handle: /github\.com\/([^/?#]+)/ },
  { pattern: /^linkedin$/i, link: 'linkedin', handle: /linkedin\.com\/in\/([^/?#]+)/ },
  { pattern: /^orcid$/i, link: 'orcid', handle: /orcid\.org\/([\dX-]{19})/ },
  { pattern: /^(google\s*)?scholar$/i, link: 'scholar', handle: /[?&]user=([A-Za-z0-9_-]{12})/ },
];

/** "Lovelace A" and the full name: the author-list forms vita recognises the owner by. */
function aliasesOf(name: string): string[] {
  const tokens = name.split(' ');
  if (tokens.length < 2) return [name];
  const family = tokens.at(-1)!;
  const initials = tokens.slice(0, -1).map((token) =>
    token
      .split('-')
      .map((part) => part.charAt(0).toUpperCase())
      .join('-'),
  );
  return [`${family} ${initials.join(' ')}`, name];
}

const readBasics: Reader = (item, context) => {
  const written = item.text('name');
  const honorific = written === undefined ? undefined : HONORIFIC.exec(written);
  const name = honorific ? honorific[2]!.trim() : written;
  const label = item.text('label');
  // vita's export writes "role, affiliation"; a label without a comma is a role alone.
  const comma = label?.indexOf(', ') ?? -1;
  const role = comma > 0 ? label!.slice(0, comma) : label;
  const affiliation = comma > 0 ? label!.slice(comma + 2) : undefined;
  let institution = affiliation;
  if (label !== undefined && affiliation === undefined) {
    institution = context.latestEmployer?.name;
    if (institution === undefined) item.errors.push(`label "${label}": vita needs a role and an affiliation; write "Role, Institution"`);
    else item.notices.push(`label "${label}" names no institution: affiliation taken from ${context.latestEmployer!.key} (${institution})`);
  }
  const links: Record<string, string> = {};
  const website = item.text('url', 'website');
  if (website !== undefined && /^https?:\/\//.test(website)) links['website'] = website;
  const notImported: string[] = [];
  for (const profile of item.objects('profiles')) {
    const network = typeof profile['network'] === 'string' ? profile['network'] : '';
    const known = NETWORKS.find((candidate) => candidate.pattern.test(network.trim()));
    const url = typeof profile['url'] === 'string' ? profile['url'] : '';
    const handle = (typeof profile['username'] === 'string' && profile['username'].trim()) || known?.handle.exec(url)?.[1];
    if (known && handle) links[known.link] = handle;
    else {
      notImported.push(`profiles.${network || 'unnamed'}`);
      item.notices.push(`profile "${network}": vita keeps GitHub, LinkedIn, ORCID and Google Scholar handles`);
    }
  }
  const email = item.text('email');
  const phone = item.text('phone');
  const contact = defined({ email, ...(phone !== undefined && /^\+\d/.test(phone) ? { phone } : {}) });
  if (phone !== undefined && contact.phone === undefined) {
    notImported.push('phone');
    item.notices.push(`phone "${phone}" is not in international form (+1 912 555 4321); add it by hand`);
  }
  const location = item.raw('location');
  if (location !== undefined) {
    const address = new Item(isRecord(location) ? location : {});
    const street = address.text('address');
    const postalCode = address.text('postalCode');
    const city = address.text('city');
    const country = address.text('country', 'countryCode');
    if (street && postalCode && city && country) Object.assign(contact, { address: defined({ street, postalCode, city, region: address.text('region'), country }) });
    else {
      notImported.push('location');
      item.notices.push('location: vita keeps a full postal address (street, postal code, city and country)');
    }
  }
  if (typeof item.raw('image') === 'string') {
    notImported.push('image');
    item.notices.push('image: put the portrait in public/ and set portrait: in profile.md');
  }
  return {
    idWords: 'profile',
    data: defined({
      name,
      honorific: honorific ? honorific[1]!.trim() : undefined,
      aliases: name === undefined ? undefined : aliasesOf(name),
      role,
      affiliation: institution,
      contact: Object.keys(contact).length > 0 ? contact : undefined,
      links: Object.keys(links).length > 0 ? links : undefined,
    }),
    body: item.paragraphs('summary') ?? '',
    notImported,
  };
};

const readWork: Reader = (item) => {
  const organization = item.text('name', 'company', 'organization');
  const start = dateField(item, 'startDate', 'month', false);
  return {
    idWords: `${organization ?? 'position'} ${start ?? ''}`,
    data: defined({
      organization,
      unit: item.text('description'),
      location: item.text('location'),
      role: item.text('position'),
      start,
      end: dateField(item, 'endDate', 'month', true),
      responsibilities: item.list('highlights'),
    }),
    body: item.paragraphs('summary') ?? '',
  };
};

const readEducation: Reader = (item) => {
  const institution = item.text('institution');
  const degree = item.text('studyType', 'degree');
  return {
    idWords: `${institution ?? 'education'} ${degree ?? ''}`,
    data: defined({
      institution,
      location: item.text('x-location', 'location'),
      degree,
      field: item.text('area'),
      start: dateField(item, 'startDate', 'year', false),
      end: dateField(item, 'endDate', 'year', true),
      grade: item.text('score', 'gpa'),
      thesis: item.text('x-thesis'),
      supervisors: item.list('x-supervisors'),
    }),
    body: '',
  };
};

/** An award has one year: its date, or where a resume gives a span (al-folio's `startdate`, `enddate`), the first year; the end is reported as not imported. */
const readAward: Reader = (item) => {
  const name = item.text('title', 'name');
  const year = dateField(item, 'date', 'year', false, 'startDate');
  return {
    idWords: `${name ?? 'award'} ${year ?? ''}`,
    data: defined({ name, year, issuer: item.text('awarder', 'issuer'), description: item.paragraphs('summary') }),
    body: '',
  };
};

/** A publication's authors from a summary written as vita's export writes it ("Weber L, Lovelace A"); undefined for any other text. */
function authorList(summary: string | undefined): string[] | undefined {
  if (summary === undefined) return undefined;
  const names = summary.split(', ');
  const cvStyle = (name: string) => {
    const tokens = name.split(' ');
    return tokens.length >= 2 && !INITIALS.test(tokens[0]!) && INITIALS.test(tokens.at(-1)!);
  };
  return names.every(cvStyle) ? names : undefined;
}

const readPublication: Reader = (item, context) => {
  const title = item.text('name', 'title');
  const release = item.text('releaseDate', 'date');
  const date = readResumeDate(release);
  if (date === 'ongoing' || (typeof date === 'object' && 'error' in date)) item.errors.push(`releaseDate: ${typeof date === 'object' ? date.error : `"${release}" is no date`}`);
  const published = typeof date === 'object' && 'year' in date ? date : undefined;
  const url = item.text('url', 'website');
  const page = url !== undefined && context.siteUrl !== undefined && url.startsWith(context.siteUrl) ? /\/publications\/([a-z0-9-]+)\/?$/.exec(url)?.[1] : undefined;
  const summary = item.paragraphs('summary');
  // vita's export ends a cut author list with "et al.".
  const cut = summary?.endsWith(', et al.') ? summary.slice(0, -', et al.'.length) : undefined;
  const etAl = cut !== undefined && authorList(cut) !== undefined;
  const listed = authorList(etAl ? cut : summary);
  const kind = item.text('x-kind');
  const doi = item.text('x-doi', 'doi');
  const arxiv = item.text('x-arxiv', 'arxiv');
  const notices: string[] = [];
  if (listed === undefined && context.ownerName !== undefined) notices.push(`no author list: written with ${context.ownerName} as the only author; add the co-authors`);
  if (kind === undefined) notices.push('JSON Resume has no kind of publication: written as a journal-article; change kind: if it is another');
  const data = defined<PublicationDraft>({
    kind: (kind ?? 'journal-article') as PublicationKind,
    title,
    authors: listed ?? (context.ownerName === undefined ? [] : [context.ownerName]),
    etAl: etAl || undefined,
    year: published?.year,
    month: published?.month,
    status: item.text('x-status') as PublicationDraft['status'],
    venue: item.text('publisher'),
    doi,
    arxiv,
    links: url !== undefined && page === undefined && /^https?:\/\//.test(url) ? [{ kind: 'website', url }] : undefined,
  });
  item.notices.push(...notices);
  return { idWords: title ?? 'publication', ...(page === undefined ? {} : { preferredId: page }), data, body: listed === undefined ? (summary ?? '') : '' };
};

const readProject: Reader = (item) => {
  const acronym = item.text('name');
  const url = item.text('url');
  const notImported: string[] = [];
  if (url !== undefined && !/^https?:\/\//.test(url)) {
    notImported.push('url');
    item.notices.push(`url "${url}" is not an http(s) address`);
  }
  const roles = item.list('roles');
  return {
    idWords: acronym ?? 'project',
    data: defined({
      acronym,
      title: item.text('description') ?? acronym,
      start: dateField(item, 'startDate', 'month', false),
      end: dateField(item, 'endDate', 'month', true),
      role: roles.some((role) => /\blead/i.test(role)) ? 'lead' : undefined,
      funder: item.text('entity'),
      url: url !== undefined && /^https?:\/\//.test(url) ? url : undefined,
    }),
    body: '',
    notImported,
  };
};

/** x-talks and x-lectures, as vita's export writes them. */
const readTalk: Reader = (item) => {
  const title = item.text('title', 'name');
  const date = dateField(item, 'date', 'event', false);
  const kind = item.text('kind');
  if (kind !== undefined && !talkKind.safeParse(kind).success) item.errors.push(`kind: "${kind}" is not one of ${talkKind.options.join(', ')}`);
  return {
    idWords: `${date ?? ''} ${title?.split(' ').slice(0, 3).join(' ') ?? 'talk'}`,
    data: defined({
      title,
      date,
      event: item.text('event'),
      host: item.text('host'),
      city: item.text('city'),
      country: item.text('country'),
      eventUrl: item.text('eventUrl'),
      kind,
      language: item.text('language') === 'en' ? undefined : item.text('language'),
    }),
    body: '',
  };
};

/** "EP 4001902 A1" → office, number, kind code. */
function patentDocument(reference: string): { office: string; number: string; kindCode?: string } | undefined {
  const match = /^([A-Z]{2})\s*(.+?)(?:\s+([A-Z]\d?))?$/.exec(reference.trim());
  return match ? defined({ office: match[1]!, number: match[2]!, kindCode: match[3] }) : undefined;
}

const readPatent: Reader = (item) => {
  const title = item.text('title', 'name');
  const members = item.objects('documents').flatMap((document, index) => {
    const member = new Item(document);
    const number = member.text('number');
    const parsed = number === undefined ? undefined : patentDocument(number);
    if (parsed === undefined) {
      item.errors.push(`documents[${index}].number: "${number ?? ''}" is not a patent number such as "EP 4001902 A1"`);
      return [];
    }
    return [defined({ ...parsed, status: member.text('status'), date: dateField(member, 'date', 'day', false) })];
  });
  return { idWords: members[0] === undefined ? (title ?? 'patent') : `${members[0].office}${members[0].number}`, data: defined({ title, members }), body: '' };
};

/** Common ways of writing a language level, mapped to vita's scale; else a CEFR level named in the text ("IELTS 7.5 (CEFR C1)"). */
const LEVEL_WORDS: readonly [RegExp, string][] = [
  [/^(native|native speaker|mother tongue|muttersprache)$/i, 'native'],
  [/^bilingual$/i, 'bilingual'],
  [/^(fluent|full professional( proficiency)?)$/i, 'full professional proficiency'],
  [/^(professional working( proficiency)?|professional)$/i, 'professional working proficiency'],
  [/^(limited working( proficiency)?|intermediate)$/i, 'limited working proficiency'],
  [/^(elementary( proficiency)?|basic|beginner)$/i, 'elementary proficiency'],
];

/** `skills` and `languages` together make content/skills.md. */
function readSkills(skillsValue: unknown, languagesValue: unknown): ResumeDraft {
  const notices: string[] = [];
  const errors: string[] = [];
  const skills = objectsIn('skills', skillsValue, errors);
  const languages = objectsIn('languages', languagesValue, errors);
  const notImported = new Set<string>();
  const groups = skills.flatMap((group, index) => {
    const item = new Item(group);
    const name = item.text('name');
    const items = item.list('keywords');
    // vita's own export writes the words before the items and whether the list is a selection.
    const lead = item.text('x-lead');
    const partial = item.raw('x-partial') === true || undefined;
    if (item.text('level') !== undefined) notImported.add('skills[].level');
    for (const field of item.unread()) notImported.add(`skills[].${field}`);
    notices.push(...item.allNotices().map((notice) => `skills[${index}]: ${notice}`));
    if (name === undefined) {
      notImported.add(`skills[${index}]`);
      notices.push(`skills[${index}] left out: it has no name`);
      return [];
    }
    return [defined({ name, lead, items: items.length > 0 ? items : [name], partial })];
  });
  const levels = languages.flatMap((language, index) => {
    const item = new Item(language);
    const name = item.text('language', 'name');
    const fluency = item.text('fluency', 'level');
    for (const field of item.unread()) notImported.add(`languages[].${field}`);
    const level =
      fluency === undefined
        ? undefined
        : languageLevel.safeParse(fluency).success
          ? fluency
          : (LEVEL_WORDS.find(([words]) => words.test(fluency))?.[1] ?? /\b([ABC][12])\b/.exec(fluency)?.[1]);
    if (name === undefined || level === undefined) {
      notImported.add(`languages[${index}]`);
      notices.push(`languages[${index}] ${name ?? ''} left out: fluency "${fluency ?? ''}" is not a level vita knows (${languageLevel.options.join(', ')})`);
      return [];
    }
    if (level !== fluency) notices.push(`languages[${index}]: fluency "${fluency}" read as "${level}"`);
    return [{ name, level }];
  });
  return {
    section: 'skills',
    key: 'skills',
    type: 'skills',
    idWords: 'skills',
    data: defined({ groups: groups.length > 0 ? groups : undefined, languages: levels.length > 0 ? levels : undefined }),
    body: '',
    notImported: [...notImported],
    notices,
    errors,
  };
}

/** An id the resume gives (vita's export writes the ids of the career sections). */
const preferred = (id: string | undefined) => (id === undefined ? {} : { preferredId: id });

/** Words in a volunteer position that tell the kind of service, most specific first. */
const SERVICE_WORDS: readonly [RegExp, ServiceKind][] = [
  [/editorial board/i, 'editorial-board'],
  [/\beditor/i, 'editor'],
  [/area chair/i, 'area-chair'],
  [/session chair/i, 'session-chair'],
  [/program(me)? committee|\bpc\b/i, 'programme-committee'],
  [/review/i, 'reviewer'],
  [/organi[sz]/i, 'organiser'],
  [/committee|board|panel|council/i, 'committee-member'],
];

/** `volunteer` → service: vita's export writes the kind (`x-kind`) and the years (`x-years`); other resumes' positions are read for a kind. */
const readService: Reader = (item) => {
  const venue = item.text('organization', 'organisation', 'name', 'company');
  const position = item.text('position');
  const written = item.text('x-kind');
  const kind = written ?? SERVICE_WORDS.find(([words]) => words.test(position ?? ''))?.[1] ?? 'other';
  if (written === undefined) item.notices.push(`kind: read as ${kind} from the position "${position ?? ''}"; change kind: if it is another`);
  const labels = CATALOGUE_LANGUAGES.map((language) => localeFor(language).t.service.kinds[kind as ServiceKind]);
  const listed = item.raw('x-years');
  const start = dateField(item, 'startDate', 'year', false);
  const end = dateField(item, 'endDate', 'year', true);
  if (listed === undefined && start === undefined) item.errors.push('startDate: vita needs the years served; add "startDate" (and "endDate") to this entry');
  if (listed === undefined && start !== undefined && end === undefined) item.notices.push(`no endDate: service years need an end; written as ${start} alone`);
  return {
    idWords: `${venue ?? 'service'} ${kind}`,
    ...preferred(item.text('x-id')),
    data: defined({
      kind,
      venue,
      years: Array.isArray(listed) ? listed : start === undefined ? undefined : end === undefined || end === start ? start : `${start}-${end}`,
      // vita's export writes the kind's name where there is no role.
      role: position !== undefined && !labels.includes(position) ? position : undefined,
      url: item.text('url'),
    }),
    body: '',
  };
};

/** x-teaching, as vita's export writes it. */
const readTeaching: Reader = (item) => {
  const title = item.text('title', 'name');
  return {
    idWords: title ?? 'course',
    ...preferred(item.text('id')),
    data: defined({
      title,
      code: item.text('code'),
      institution: item.text('institution'),
      level: item.text('level'),
      role: item.text('role'),
      terms: item.list('terms'),
      language: item.text('language'),
      links: item.raw('links'),
    }),
    body: item.paragraphs('summary') ?? '',
  };
};

/** x-supervision, as vita's export writes it; a homepage from the people registry is not kept. */
const readSupervision: Reader = (item) => {
  const name = item.text('name');
  const notImported: string[] = [];
  if (item.text('url') !== undefined) {
    notImported.push('url');
    item.notices.push(`url: add ${name ?? 'the person'} to content/people/ with a homepage, and person: with their id`);
  }
  const start = dateField(item, 'startDate', 'month-or-year', false);
  return {
    idWords: `${name ?? 'supervision'} ${item.text('level') ?? ''}`,
    ...preferred(item.text('id')),
    data: defined({
      name,
      level: item.text('level'),
      role: item.text('role'),
      title: item.text('title'),
      institution: item.text('institution'),
      start,
      end: dateField(item, 'endDate', 'month-or-year', true),
      status: item.text('status'),
      next: item.text('next'),
      links: item.raw('links'),
    }),
    body: item.paragraphs('summary') ?? '',
    notImported,
  };
};

/** x-grants, as vita's export writes it: the amount as "value CURRENCY". */
const readGrant: Reader = (item) => {
  const title = item.text('title', 'name');
  const amount = item.raw('amount') as Json | undefined;
  const value = amount?.['value'];
  const currency = amount?.['currency'];
  if (amount !== undefined && (typeof value !== 'number' || typeof currency !== 'string')) item.errors.push('amount: expected { value, currency }');
  return {
    idWords: title ?? 'grant',
    ...preferred(item.text('id')),
    data: defined({
      title,
      funder: item.text('funder'),
      programme: item.text('programme', 'program'),
      number: item.text('number'),
      role: item.text('role'),
      amount: typeof value === 'number' && typeof currency === 'string' ? `${value} ${currency}` : undefined,
      start: dateField(item, 'startDate', 'month-or-year', false),
      end: dateField(item, 'endDate', 'month-or-year', true),
      url: item.text('url'),
    }),
    body: item.paragraphs('summary') ?? '',
  };
};

/**
 * Kinds of entry whose ids an import keeps: the career sections carry theirs, a vita
 * site's publications keep theirs through their page address. Talks, patents,
 * projects, awards and pages are written under new ids, so references to them cannot be kept.
 */
const KEPT_IDS = new Set(['course', 'grant', 'supervision', 'service', 'news']);

/** x-news, as vita's export writes it: the summary is the text. */
const readNews: Reader = (item, context) => {
  const date = dateField(item, 'date', 'day', false);
  const title = item.text('title');
  const about = item.list('about').filter((reference) => {
    const kind = reference.slice(0, reference.indexOf(':'));
    if (KEPT_IDS.has(kind) || (kind === 'publication' && context.siteUrl !== undefined)) return true;
    item.notices.push(`about: ${reference} left out: the resume does not keep the ids of ${kind === 'publication' ? 'publications (no vita site address)' : `${kind}s`}`);
    return false;
  });
  return {
    idWords: `${date ?? ''} ${title ?? item.text('summary')?.split(' ').slice(0, 4).join(' ') ?? 'news'}`,
    ...preferred(item.text('id')),
    data: defined({ date, title, about }),
    body: item.paragraphs('summary') ?? '',
  };
};

/**
 * One row per JSON Resume section: the vita section it becomes and its reader (for resumes
 * not written by vita, and vita's before its extension fields), or why it is left out.
 */
const RESUME_SECTIONS: readonly ({ readonly key: string } & ({ readonly section: SectionName; readonly read?: Reader } | { readonly leftOut: string }))[] = [
  { key: 'work', section: 'experience', read: readWork },
  { key: 'education', section: 'education', read: readEducation },
  { key: 'awards', section: 'awards', read: readAward },
  { key: 'publications', section: 'publications', read: readPublication },
  { key: 'projects', section: 'projects', read: readProject },
  { key: 'x-talks', section: 'talks', read: readTalk },
  { key: 'x-lectures', section: 'lectures', read: readTalk },
  { key: 'x-patents', section: 'patents', read: readPatent },
  { key: 'volunteer', section: 'service', read: readService },
  { key: 'x-teaching', section: 'teaching', read: readTeaching },
  { key: 'x-supervision', section: 'supervision', read: readSupervision },
  { key: 'x-grants', section: 'grants', read: readGrant },
  { key: 'x-news', section: 'news', read: readNews },
  { key: 'x-pages', section: 'pages' },
  { key: 'x-people', section: 'people' },
  { key: 'certificates', leftOut: 'no certificates section' },
  { key: 'interests', leftOut: 'no interests section' },
  { key: 'references', leftOut: 'no references section (and they rarely belong on a public site)' },
];

/** The current position (no end date), else the one that started last: its key and organisation. */
function latestEmployer(work: unknown): ReadContext['latestEmployer'] {
  const positions = (Array.isArray(work) ? work : []).flatMap((position: unknown, index) => {
    if (!isRecord(position)) return [];
    const item = new Item(position);
    return [{ key: `work[${index}]`, name: item.text('name', 'company', 'organization'), start: item.text('startDate') ?? '', end: item.text('endDate') }];
  });
  const ongoing = (end: string | undefined) => end === undefined || ONGOING.test(end);
  const [latest] = positions.filter((position) => position.name !== undefined).sort((a, b) => Number(ongoing(b.end)) - Number(ongoing(a.end)) || b.start.localeCompare(a.start));
  return latest === undefined ? undefined : { key: latest.key, name: latest.name! };
}

/** Top-level keys that carry no CV content. */
const IGNORED_KEYS = new Set(['$schema', 'meta']);

/** Whether vita wrote the resume with its extension fields (`meta["x-vita"]`): then every entry carries its content file whole. */
const isVitaExport = (json: Json) => (json['meta'] as Json | undefined)?.['x-vita'] !== undefined;

/**
 * The files of the old site an entry links or its body shows: a resume carries their addresses, not the
 * files. A link to a file of the old site comes back as the link the content file wrote (a file beside
 * the entry by its name, a file under public/ by its path), and each file is named, to copy into place.
 */
function siteFiles(section: SectionName, data: Json, body: string, siteUrl: string | undefined): { links: Json[] | undefined; notices: string[] } {
  const folder = `${sections[section].path}/`;
  const notices: string[] = [];
  const links = Array.isArray(data['links'])
    ? (data['links'] as Json[]).map((link) => {
        const url = String(link['url']);
        if (url.startsWith('/')) notices.push(`links: ${url} is a file of the old site that the resume cannot carry; copy it under public${url}`);
        if (siteUrl === undefined || !url.startsWith(siteUrl) || !/\.[A-Za-z0-9]+$/.test(url)) return link;
        const path = url.slice(siteUrl.length);
        const beside = path.startsWith(folder) ? path.slice(folder.length) : undefined;
        notices.push(`links: ${url} is a file of the old site; copy it ${beside === undefined ? `to public/${path}` : `beside the entry, to content/${folder}${beside}`}`);
        return { ...link, url: beside ?? `/${path}` };
      })
    : undefined;
  const inBody = [...body.matchAll(/\]\((\/[^)\s]+\.[A-Za-z0-9]+)\)/g)].map((match) => match[1]!);
  return { links, notices: [...notices, ...inBody.map((path) => `body: ${path} is a file of the old site that the resume cannot carry; copy it under public/`)] };
}

/**
 * An entry of vita's own export, read whole: in a JSON Resume section, the fields that
 * have a place there under their JSON Resume names (RESUME_PLACES, shared with the
 * export) and every other field as `x-<field>`, with `x-id` and `x-body`; in an `x-`
 * section, every field under its own name, with `id` and `body`. The JSON Resume fields
 * the export writes for other readers (a title as plain text, authors as a summary) are
 * not read back; an `x-` field vita has no field for is reported.
 */
function readVitaEntry(section: SectionName, object: Json, extension: boolean, siteUrl: string | undefined): Omit<ResumeDraft, 'section' | 'key' | 'type'> {
  const fields = Object.keys(sectionFields(section));
  const prefix = extension ? '' : 'x-';
  const places: Readonly<Record<string, string>> = extension ? {} : (RESUME_PLACES[section] ?? {});
  const keyOf = (field: string) => places[field] ?? `${prefix}${field}`;
  const data: Record<string, unknown> = Object.fromEntries(fields.flatMap((field) => (object[keyOf(field)] === undefined ? [] : [[field, object[keyOf(field)]]])));
  const [idKey, bodyKey] = [`${prefix}id`, `${prefix}body`];
  const known = new Set([idKey, bodyKey, ...fields.map(keyOf)]);
  const notImported = Object.keys(object).filter((key) => key.startsWith(prefix) && !known.has(key));
  const body = typeof object[bodyKey] === 'string' ? (object[bodyKey] as string) : '';
  const files = siteFiles(section, data, body, siteUrl);
  if (files.links !== undefined) data['links'] = files.links;
  const { notices } = files;
  // The portrait is a file under public/ that the resume cannot carry: without it, the check would refuse the profile.
  if (data['portrait'] !== undefined) {
    const image = typeof object['image'] === 'string' ? ` (${object['image']})` : '';
    notices.push(
      `portrait: copy the image${image} to public${String(data['portrait'])}, then add portrait: ${String(data['portrait'])} and portraitAlt: ${JSON.stringify(data['portraitAlt'] ?? '')} to profile.md`,
    );
    notImported.push(`${prefix}portrait`, ...(data['portraitAlt'] === undefined ? [] : [`${prefix}portraitAlt`]));
    delete data['portrait'];
    delete data['portraitAlt'];
  }
  const id = typeof object[idKey] === 'string' ? (object[idKey] as string) : undefined;
  return {
    idWords: id ?? section,
    ...preferred(id),
    data,
    body,
    notImported,
    notices,
    errors: [],
  };
}

/** Every entry of a parsed JSON Resume, in the resume's order, and the sections left out. */
export function readJsonResume(json: Json): ResumeReading {
  const drafts: ResumeDraft[] = [];
  const sectionsLeftOut: string[] = [];
  const top = new Item(json);
  const basics = top.raw('basics');
  const basicsItem = new Item(isRecord(basics) ? basics : {});
  const ownerWritten = basicsItem.text('name');
  const ownerName = ownerWritten === undefined ? undefined : (HONORIFIC.exec(ownerWritten)?.[2] ?? ownerWritten);
  const canonical = ((json['meta'] as Json | undefined)?.['canonical'] as string | undefined) ?? undefined;
  const context: ReadContext = {
    ownerName: ownerName === undefined ? undefined : aliasesOf(ownerName)[0],
    // Only vita's own export names its site this way (https://example.org/cv.json).
    siteUrl: canonical !== undefined && /^https?:\/\/.+\/cv\.json$/.test(canonical) ? canonical.replace(/cv\.json$/, '') : undefined,
    latestEmployer: latestEmployer(json['work']),
  };

  const vita = isVitaExport(json);
  const draft = (section: SectionName, key: string, object: Json, reader: Reader | undefined): ResumeDraft => {
    const type = key.replace(/\[\d+\]$/, '');
    const extension = type in EXTENSION_SECTIONS;
    // vita's own entries carry their id (x-id, or id in its own sections); an entry added by hand is read like any other resume's.
    if (reader === undefined || (vita && (extension || object['x-id'] !== undefined || section === 'profile'))) {
      return { section, key, type, ...readVitaEntry(section, object, extension, context.siteUrl) };
    }
    const item = new Item(object);
    const { notImported = [], ...read } = reader(item, context);
    return { section, key, type, ...read, notImported: [...item.unread(), ...notImported], notices: item.allNotices(), errors: item.errors };
  };
  /** An entry (or a whole section) that is not what JSON Resume says it is: one invalid draft, named. */
  const unreadable = (section: SectionName, key: string, value: unknown, expected: string): ResumeDraft => ({
    section,
    key,
    type: key.replace(/\[\d+\]$/, ''),
    idWords: section,
    data: {},
    body: '',
    notImported: [],
    notices: [],
    errors: [`expected ${expected}; found ${shownValue(value)}`],
  });
  if (basics !== undefined)
    drafts.push(isRecord(basics) ? draft('profile', 'basics', basics, readBasics) : unreadable('profile', 'basics', basics, 'an object with name, label, email …'));
  for (const row of RESUME_SECTIONS) {
    const items = top.raw(row.key);
    if (items === undefined) continue;
    if ('leftOut' in row) {
      sectionsLeftOut.push(`${row.key} (${Array.isArray(items) ? items.length : 1}): not imported: ${row.leftOut}`);
      continue;
    }
    if (!Array.isArray(items)) {
      drafts.push(unreadable(row.section, row.key, items, 'a list of entries'));
      continue;
    }
    for (const [index, object] of items.entries()) {
      const key = `${row.key}[${index}]`;
      drafts.push(isRecord(object) ? draft(row.section, key, object, row.read) : unreadable(row.section, key, object, 'an entry (an object with fields)'));
    }
  }
  const skills = top.raw('skills');
  const languages = top.raw('languages');
  if (skills !== undefined || languages !== undefined) drafts.push(readSkills(skills, languages));
  const settings = top.raw('x-settings') as Json | undefined;
  const metrics = top.raw('x-metrics') as Json | undefined;
  const orcid = top.raw('x-orcid') as Json | undefined;
  for (const key of top.unread()) if (!IGNORED_KEYS.has(key)) sectionsLeftOut.push(`${key}: not imported: not a JSON Resume section vita knows`);
  return { drafts, sectionsLeftOut, siteUrl: context.siteUrl, settings, metrics, orcid };
}
