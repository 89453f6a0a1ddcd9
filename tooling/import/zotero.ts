/**
 * Import a Zotero library through the Zotero Web API v3: the library's top-level
 * items (notes and attachments are children, so they stay out) as CSL-JSON,
 * 100 at a time (`/users/<id>/items/top?format=csljson`), read by the CSL-JSON
 * import. A public library needs no key; a private one reads the key from
 * ZOTERO_API_KEY (never from a file in the repository), sent as `Zotero-API-Key`.
 */
import type { HttpClient } from '../net/http.ts';
import { isCslItem, readCslItem } from './cslJson.ts';
import { shownValue, type KindMap, type SourceEntry } from './sourceEntry.ts';

export const DEFAULT_ZOTERO_ENDPOINT = 'https://api.zotero.org';

/** Zotero answers at most 100 items a request. */
const LIMIT = 100;
/** 100 pages of 100: a large library; past that, the rest is reported. */
const MAX_PAGES = 100;

/** A library as typed: "users/123456", "groups/987", or a zotero.org/groups/… address; an error names what was given. */
export function readZoteroArgument(value: string): { zotero: string } | { error: string } {
  const match = /^(?:https?:\/\/(?:www\.|api\.)?zotero\.org\/)?(users|groups)\/(\d+)(?:\/[^/]*)?\/?$/i.exec(value.trim());
  return match
    ? { zotero: `${match[1]!.toLowerCase()}/${match[2]}` }
    : { error: `${value}: not a Zotero library; expected users/<user id> (zotero.org/settings/keys shows it) or groups/<group id>` };
}

/** Every top-level item of the library, or the failures, one line each. */
export async function fetchZotero(
  library: string,
  context: { client: HttpClient; endpoint: string; apiKey: string | undefined; kindMap: KindMap },
): Promise<{ entries: SourceEntry[]; errors: string[] }> {
  const entries: SourceEntry[] = [];
  const headers = { 'Zotero-API-Version': '3', ...(context.apiKey ? { 'Zotero-API-Key': context.apiKey } : {}) };
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = `${context.endpoint.replace(/\/+$/, '')}/${library}/items/top?${new URLSearchParams({ format: 'csljson', limit: String(LIMIT), start: String(page * LIMIT) })}`;
    const answer = await context.client.get({ url, identifier: `Zotero ${library}`, accept: 'application/json', headers });
    if (!answer.ok) {
      const advice =
        answer.status === 403
          ? context.apiKey
            ? '; the key in ZOTERO_API_KEY cannot read this library'
            : '; a private library needs a key in ZOTERO_API_KEY (zotero.org/settings/keys)'
          : '';
      return { entries, errors: [`${answer.message}${advice}`] };
    }
    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      json = undefined;
    }
    const items = (json as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items)) return { entries, errors: [`Zotero ${library}: ${new URL(url).host} answered with something that is not CSL-JSON ({"items": […]})`] };
    for (const [index, item] of items.entries()) {
      const position = page * LIMIT + index;
      if (isCslItem(item)) {
        const entry = readCslItem(item, position, context.kindMap);
        entries.push({ ...entry, origin: `Zotero ${library} ${entry.key}` });
      } else
        entries.push({
          key: `item ${position + 1}`,
          type: 'unknown',
          origin: `Zotero ${library} item ${position + 1}`,
          data: {},
          body: '',
          notImported: [],
          notices: [],
          errors: [`not a CSL item (no "type"): ${shownValue(item)}`],
        });
    }
    if (items.length < LIMIT) return { entries, errors: [] };
  }
  return { entries, errors: [`Zotero ${library}: more than ${MAX_PAGES * LIMIT} items; the first ${MAX_PAGES * LIMIT} were read`] };
}
