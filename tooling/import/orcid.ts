/**
 * Import from an ORCID record: the public API's works list. Works already in the
 * folder (same DOI, arXiv id, or title and year) are skipped before any further
 * request; every other work with a DOI comes through the DOI import, the rest
 * from ORCID's own full work records (fetched in bulk, 100 at a time).
 */
import { orcid as orcidSchema } from '../../src/schemas/profile.ts';
import { publicationKind, type PublicationKind } from '../../src/schemas/publication.ts';
import { bareDoi, isLanguageTag } from '../../src/schemas/atoms.ts';
import { defined } from '../../src/lib/defined.ts';
import type { HttpClient } from '../net/http.ts';
import { fetchDoi } from './doi.ts';
import type { WorkIndex } from './plan.ts';
import { arxivIdIn, cleanText, givenFirstName, isRecord, monthNumber, readUrl, shownValue, type KindMap, type PublicationDraft, type SourceEntry } from './sourceEntry.ts';

export const DEFAULT_ORCID_ENDPOINT = 'https://pub.orcid.org/v3.0';
export const ORCID_JSON_TYPE = 'application/json';

/** ORCID's bulk endpoint takes at most this many put-codes. */
const BULK_SIZE = 100;

/** ORCID work types with a publication kind; others need --kind-map. */
const KIND_BY_ORCID_TYPE: ReadonlyMap<string, PublicationKind> = new Map([
  ['journal-article', 'journal-article'],
  ['conference-paper', 'conference-paper'],
  ['book-chapter', 'book-chapter'],
  ['preprint', 'preprint'],
  ['dissertation-thesis', 'thesis'],
  ['dissertation', 'thesis'],
]);

/** An ORCID iD as typed or pasted (https://orcid.org/…) checked; an error names what was given. */
export function readOrcidArgument(value: string): { orcid: string } | { error: string } {
  const orcid = value.trim().replace(/^https?:\/\/(?:www\.)?orcid\.org\//i, '');
  const checked = orcidSchema.safeParse(orcid);
  return checked.success ? { orcid } : { error: `${value}: not an ORCID iD; ${checked.error.issues[0]!.message}` };
}

type Valued = { readonly value?: string | null } | null | undefined;

interface ExternalId {
  readonly 'external-id-type'?: string;
  readonly 'external-id-value'?: string;
  readonly 'external-id-relationship'?: string;
}

/** The fields of a work summary and of a full work record that vita reads. */
interface OrcidWork {
  readonly 'put-code'?: number;
  readonly title?: { readonly title?: Valued; readonly subtitle?: Valued; readonly 'translated-title'?: TranslatedTitle } | null;
  readonly type?: string;
  readonly 'publication-date'?: { readonly year?: Valued; readonly month?: Valued } | null;
  readonly 'journal-title'?: Valued;
  readonly 'external-ids'?: { readonly 'external-id'?: readonly ExternalId[] } | null;
  readonly url?: Valued;
  readonly 'short-description'?: string | null;
  readonly citation?: unknown;
  readonly 'language-code'?: string | null;
  readonly country?: Valued;
  readonly contributors?: { readonly contributor?: readonly Contributor[] } | null;
}

/** ORCID's translated title: the text and the language it is in. */
type TranslatedTitle = { readonly value?: string | null; readonly 'language-code'?: string | null } | null | undefined;

interface Contributor {
  readonly 'credit-name'?: Valued;
  readonly 'contributor-attributes'?: { readonly 'contributor-role'?: string | null } | null;
}

/** A contributor's role; ORCID leaves it out for authors. */
const contributorRole = (contributor: Contributor): string => {
  const role = isRecord(contributor['contributor-attributes']) ? contributor['contributor-attributes']['contributor-role'] : undefined;
  return typeof role === 'string' ? role : 'author';
};

interface WorksList {
  readonly group?: readonly { readonly 'work-summary'?: readonly OrcidWork[] }[];
}

const textOf = (field: Valued) => (isRecord(field) && typeof field.value === 'string' ? cleanText(field.value) || undefined : undefined);

/**
 * The items of a list in a work (`external-ids.external-id`, `contributors.contributor`)
 * that are objects; what is not a list of objects is a problem of the work, in ORCID's words.
 */
function itemsOf<T>(parent: unknown, list: string, parentName: string): { items: T[]; problem?: string } {
  const value = isRecord(parent) ? parent[list] : undefined;
  if (value === undefined || value === null) return { items: [] };
  if (!Array.isArray(value)) return { items: [], problem: `${parentName}.${list}: expected a list; found ${shownValue(value)}` };
  const items = value.filter(isRecord) as T[];
  return items.length === value.length ? { items } : { items, problem: `${parentName}.${list}: expected objects; found ${shownValue(value.find((item) => !isRecord(item)))}` };
}

const externalIds = (work: OrcidWork) => itemsOf<ExternalId>(work['external-ids'], 'external-id', 'external-ids');
const contributors = (work: OrcidWork) => itemsOf<Contributor>(work.contributors, 'contributor', 'contributors');

/** The work's own identifiers (relationship "self"): DOI and arXiv id. */
function identifiersOf(work: OrcidWork): { doi?: string; arxiv?: string } {
  const own = externalIds(work).items.filter((id) => (id['external-id-relationship'] ?? 'self') === 'self');
  const valueFor = (type: string) => {
    const value = own.find((id) => id['external-id-type'] === type)?.['external-id-value'];
    return typeof value === 'string' ? value : undefined;
  };
  const doi = valueFor('doi');
  const arxiv = valueFor('arxiv');
  return defined({ doi: doi === undefined ? undefined : bareDoi(doi), arxiv: arxiv === undefined ? undefined : (arxivIdIn(arxiv) ?? arxivIdIn(`arXiv:${arxiv}`)) });
}

/** ORCID's external-id types that publication fields hold besides DOI and arXiv. */
const OTHER_IDS = { isbn: 'isbn', issn: 'issn', pmid: 'pmid', pmc: 'pmcid' } as const;

/** The work's ISBN, ISSN, PubMed and PubMed Central ids, as ORCID lists them. */
function otherIdentifiersOf(work: OrcidWork): Partial<Record<(typeof OTHER_IDS)[keyof typeof OTHER_IDS], string>> {
  const own = externalIds(work).items.filter((id) => (id['external-id-relationship'] ?? 'self') === 'self');
  return defined(
    Object.fromEntries(Object.entries(OTHER_IDS).map(([type, field]) => [field, own.find((id) => id['external-id-type'] === type)?.['external-id-value']?.trim() || undefined])),
  );
}

/** What a summary tells: enough to recognise the work (title, year, DOI, arXiv id). */
function summaryDraft(work: OrcidWork): PublicationDraft {
  const year = textOf(work['publication-date']?.year);
  return defined<PublicationDraft>({ title: textOf(work.title?.title), year: year === undefined ? undefined : Number(year), ...identifiersOf(work) });
}

/** What a full work record holds that a publication file has no place for, in ORCID's names. */
function orcidNotImported(work: OrcidWork): string[] {
  const otherIds = externalIds(work)
    .items.filter((id) => (id['external-id-relationship'] ?? 'self') === 'self' && !['doi', 'arxiv', ...Object.keys(OTHER_IDS)].includes(id['external-id-type'] ?? ''))
    .map((id) => `external-ids.${id['external-id-type']}`);
  const otherRoles = contributors(work)
    .items.map(contributorRole)
    .filter((role) => role !== 'author' && role !== 'editor')
    .map((role) => `contributors (${role})`);
  const present = (name: string, value: unknown) => (value === undefined || value === null ? [] : [name]);
  return [
    ...new Set([
      ...present('title.subtitle', textOf(work.title?.subtitle)),
      ...present('citation', work.citation),
      ...present('language-code', languageOf(work['language-code']) === undefined ? work['language-code'] : undefined),
      ...present('country', textOf(work.country)),
      ...otherIds,
      ...otherRoles,
    ]),
  ];
}

/** An ORCID language code (ISO 639-1, with a region as in zh_CN) as a language tag; undefined for none or one vita cannot read. */
function languageOf(code: string | null | undefined): string | undefined {
  const tag = typeof code === 'string' ? code.trim().replace('_', '-') : '';
  return isLanguageTag(tag) ? tag : undefined;
}

/** The work's translated title with its language, and the language of its title (ORCID's language-code). */
function titleLanguages(work: OrcidWork): Pick<PublicationDraft, 'language' | 'translatedTitle'> {
  const translated = work.title?.['translated-title'];
  const title = textOf(translated);
  return defined({
    language: languageOf(work['language-code']),
    translatedTitle: title === undefined ? undefined : defined({ title, language: languageOf(isRecord(translated) ? translated['language-code'] : undefined) }),
  });
}

/** A full ORCID work record mapped to publication fields. */
export function readOrcidWork(work: OrcidWork, orcid: string, kindMap: KindMap): SourceEntry {
  const type = typeof work.type === 'string' ? work.type : 'other';
  const kind = kindMap[type] ?? KIND_BY_ORCID_TYPE.get(type);
  const errors = [externalIds(work).problem, contributors(work).problem].filter((problem) => problem !== undefined);
  if (kind === undefined) errors.push(`ORCID type "${type}" has no publication kind; map it with --kind-map ${type}=<kind> (${publicationKind.options.join(', ')})`);
  const people = (role: string) =>
    contributors(work)
      .items.filter((contributor) => contributorRole(contributor) === role)
      .flatMap((contributor) => {
        const name = textOf(contributor['credit-name']);
        return name === undefined ? [] : [givenFirstName(name)];
      });
  const authors = people('author');
  const editors = people('editor');
  if (authors.length === 0) errors.push('ORCID lists no authors for this work; add them to the ORCID record or import it from BibTeX');
  const month = textOf(work['publication-date']?.month);
  const { doi, arxiv } = identifiersOf(work);
  const { links, ...ids } = readUrl(textOf(work.url), { doi, arxiv });
  const data = defined<PublicationDraft>({
    ...summaryDraft(work),
    ...titleLanguages(work),
    kind,
    authors,
    month: month === undefined ? undefined : monthNumber(month),
    venue: textOf(work['journal-title']) ?? (kind === 'preprint' && ids.arxiv !== undefined ? 'arXiv' : undefined),
    ...ids,
    ...otherIdentifiersOf(work),
    editors: editors.length > 0 ? editors : undefined,
    links: links.length > 0 ? links : undefined,
  });
  const code = String(work['put-code'] ?? '?');
  return {
    key: `${orcid}/work/${code}`,
    type,
    origin: `ORCID ${orcid} work ${code}`,
    data,
    body: typeof work['short-description'] === 'string' ? cleanText(work['short-description']) : '',
    notImported: orcidNotImported(work),
    notices: [],
    errors,
  };
}

export interface OrcidImport {
  readonly entries: SourceEntry[];
  /** Lookups that failed, one line each. */
  readonly errors: string[];
}

function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

/** The first summary of each group of a works list; groups that cannot be read, named. */
function worksList(text: string): { summaries: OrcidWork[]; unreadable: string[] } | { error: string } {
  const works = parseJson<WorksList>(text);
  if (!isRecord(works) || !Array.isArray(works.group)) return { error: 'answered with something that is not an ORCID works list' };
  const summaries: OrcidWork[] = [];
  const unreadable: string[] = [];
  for (const [index, group] of works.group.entries()) {
    const summary: unknown = isRecord(group) && Array.isArray(group['work-summary']) ? group['work-summary'][0] : undefined;
    if (isRecord(summary) && typeof summary['put-code'] === 'number') summaries.push(summary as OrcidWork);
    else unreadable.push(`lists a work that vita cannot read (group ${index + 1}: ${shownValue(group)}); left out`);
  }
  return { summaries, unreadable };
}

/** A work of an ORCID works list as a comparison needs it. */
export interface OrcidSummary {
  readonly putCode: number;
  readonly title?: string;
  readonly year?: number;
  readonly doi?: string;
  readonly arxiv?: string;
}

/** What an ORCID works list says of each work: put-code, title, year, DOI, arXiv id. */
export function readOrcidWorkSummaries(text: string): { summaries: OrcidSummary[] } | { error: string } {
  const read = worksList(text);
  if ('error' in read) return read;
  return { summaries: read.summaries.map((work) => ({ putCode: work['put-code']!, ...(summaryDraft(work) as Omit<OrcidSummary, 'putCode'>) })) };
}

/**
 * Every work of an ORCID record as source entries: works already known come back as
 * their summary (the plan marks them duplicates), works with a DOI through the DOI
 * import, the rest from ORCID's full records.
 */
export async function fetchOrcidWorks(
  orcid: string,
  context: { client: HttpClient; endpoints: { orcid: string; doi: string }; known: WorkIndex; kindMap: KindMap; onRequest?: (total: number, label: string) => void },
): Promise<OrcidImport> {
  const { client, endpoints } = context;
  const base = `${endpoints.orcid.replace(/\/+$/, '')}/${orcid}`;
  const host = new URL(base).host;
  const list = await client.get({ url: `${base}/works`, identifier: orcid, accept: ORCID_JSON_TYPE });
  if (!list.ok) return { entries: [], errors: [list.message] };
  const read = worksList(list.text);
  if ('error' in read) return { entries: [], errors: [`${orcid}: ${host} ${read.error}`] };
  const { summaries } = read;
  const errors = read.unreadable.map((group) => `${orcid}: ${host} ${group}`);
  const known = summaries.filter((work) => context.known.find(summaryDraft(work)) !== undefined);
  const withDoi = summaries.filter((work) => !known.includes(work) && identifiersOf(work).doi !== undefined);
  const rest = summaries.filter((work) => !known.includes(work) && !withDoi.includes(work));
  const requests = withDoi.length + Math.ceil(rest.length / BULK_SIZE);
  const entries = new Map<OrcidWork, SourceEntry>();
  for (const work of known) entries.set(work, { ...readOrcidWork(work, orcid, context.kindMap), data: summaryDraft(work), errors: [] });

  const fromOrcid: OrcidWork[] = [...rest];
  const doiFailures = new Map<OrcidWork, string>();
  for (const work of withDoi) {
    const doi = identifiersOf(work).doi!;
    const fetched = await fetchDoi(doi, client, endpoints.doi, context.kindMap);
    context.onRequest?.(requests, `doi ${doi}`);
    // The DOI's record rarely has the translated title the ORCID record gives: it joins the entry.
    const { translatedTitle } = titleLanguages(work);
    if ('entry' in fetched) entries.set(work, translatedTitle === undefined ? fetched.entry : { ...fetched.entry, data: { translatedTitle, ...fetched.entry.data } });
    else {
      doiFailures.set(work, `${fetched.error}; imported from the ORCID record instead`);
      fromOrcid.push(work);
    }
  }
  for (let start = 0; start < fromOrcid.length; start += BULK_SIZE) {
    const batch = fromOrcid.slice(start, start + BULK_SIZE);
    const codes = batch.map((work) => work['put-code']).join(',');
    const answer = await client.get({ url: `${base}/works/${codes}`, identifier: `${orcid} works ${codes}`, accept: ORCID_JSON_TYPE });
    context.onRequest?.(requests, `ORCID works ${codes}`);
    const records: unknown = answer.ok ? parseJson<{ bulk?: unknown }>(answer.text)?.bulk : undefined;
    if (!answer.ok || !Array.isArray(records)) {
      errors.push(answer.ok ? `${orcid}: ${host} answered the works ${codes} with something that is not ORCID JSON` : answer.message);
      continue;
    }
    const works = records.flatMap((record: unknown) => (isRecord(record) && isRecord(record['work']) ? [record['work'] as OrcidWork] : []));
    const byCode = new Map(works.map((work) => [work['put-code'], work] as const));
    for (const work of batch) {
      const full = byCode.get(work['put-code']!);
      if (full === undefined) errors.push(`${orcid}: ${host} has no full record of work ${work['put-code']}`);
      else {
        const entry = readOrcidWork(full, orcid, context.kindMap);
        const failure = doiFailures.get(work);
        entries.set(work, failure === undefined ? entry : { ...entry, notices: [...entry.notices, failure] });
      }
    }
  }
  // Record order, as ORCID lists the works.
  return { entries: summaries.flatMap((work) => entries.get(work) ?? []), errors };
}
