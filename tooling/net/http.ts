/**
 * The one way vita's command-line tools talk to scholarly APIs: GET with a
 * timeout per request, a few retries with exponential backoff on 429 and 5xx
 * (honouring Retry-After), an identifying User-Agent as the APIs' etiquette asks,
 * and failures as values with a one-line message naming what was looked up and
 * where ("10.1234/x: not found at https://doi.org/10.1234/x (404)"), and a cap on
 * the size of an answer, read as a stream so a huge or endless one costs no more
 * memory than the cap.
 * Never used at build or view time.
 */

/** How a client behaves; tests shorten the waits, the commands take the defaults. */
export interface HttpOptions {
  /** Sent as User-Agent, e.g. "vita/0.1.0 (mailto:you@example.org)". */
  readonly userAgent: string;
  /** Give up on one request after this long. */
  readonly timeoutMs?: number;
  /** Further attempts after a 429, a 5xx or a network error. */
  readonly retries?: number;
  /** The first wait between attempts; it doubles each time. Retry-After, when sent, takes precedence. */
  readonly backoffMs?: number;
  /** Longest Retry-After honoured; a longer one fails the request with its own message. */
  readonly maxRetryAfterMs?: number;
  /** Largest answer read, in bytes; a larger one fails the request with its own message. */
  readonly maxBytes?: number;
  /** Waits; replaceable so tests can count waits without spending them. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface HttpRequest {
  readonly url: string;
  /** What the message names when the lookup fails: a DOI, an arXiv id, an ORCID iD. */
  readonly identifier: string;
  /** Accept header. */
  readonly accept: string;
  /** Further headers an API asks for (Zotero's API version and key). */
  readonly headers?: Readonly<Record<string, string>>;
}

export type HttpResult =
  | { readonly ok: true; readonly status: number; readonly text: string; readonly url: string }
  | { readonly ok: false; readonly status?: number; readonly message: string };

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_RETRIES = 3;
export const DEFAULT_BACKOFF_MS = 1_000;
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
/** A record is a few kilobytes, a long ORCID works list a few megabytes: 20 MB is plenty. */
export const DEFAULT_MAX_ANSWER_BYTES = 20 * 1024 * 1024;

/** An answer that ran past the cap; it is not retried (the next attempt would be as large). */
class TooLarge extends Error {}

/** "20 MB", "512 kB": a size as the message names it. */
function shownSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** The answer's text, read chunk by chunk and given up as soon as it passes `maxBytes`. */
async function boundedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLarge();
  }
  if (response.body === null) return '';
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    if (bytes > maxBytes) throw new TooLarge(); // leaving the loop cancels the stream
    parts.push(decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const REASONS: Readonly<Record<number, string>> = { 404: 'not found', 410: 'gone', 400: 'refused as malformed', 401: 'refused', 403: 'refused', 429: 'rate limited' };

/** The address a message names, so the owner can open it: without NCBI's api_key; a query past 300 characters (a batch of 50 DOIs) as "?…". */
function shownAddress(url: string): string {
  const address = new URL(url);
  if (address.searchParams.has('api_key')) address.searchParams.delete('api_key');
  return address.href.length > 300 ? `${address.origin}${address.pathname}?…` : address.href;
}

/** "not found at https://doi.org/10.1234/x (404)". */
function statusMessage(status: number, url: string): string {
  const reason = REASONS[status] ?? (status >= 500 ? 'server error' : 'unexpected answer');
  return `${reason} at ${shownAddress(url)} (${status})`;
}

const retryable = (status: number) => status === 429 || status >= 500;

/** A client for the options; each `get` makes up to 1 + retries attempts. */
export function createHttpClient(options: HttpOptions) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ANSWER_BYTES;
  const sleep = options.sleep ?? wait;

  async function get(request: HttpRequest): Promise<HttpResult> {
    const host = new URL(request.url).host;
    const fail = (message: string, status?: number): HttpResult => ({ ok: false, message: `${request.identifier}: ${message}`, ...(status === undefined ? {} : { status }) });
    for (let attempt = 0; ; attempt++) {
      const last = attempt === retries;
      const backoff = backoffMs * 2 ** attempt;
      let response: Response;
      try {
        response = await fetch(request.url, {
          headers: { ...request.headers, Accept: request.accept, 'User-Agent': options.userAgent },
          redirect: 'follow',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const cause = (error as Error).name === 'TimeoutError' ? `no answer from ${host} within ${timeoutMs / 1000} s` : `cannot reach ${host} (${causeOf(error)})`;
        if (last) return fail(`${cause}, ${attempt + 1} ${attempt === 0 ? 'attempt' : 'attempts'}`);
        await sleep(backoff);
        continue;
      }
      if (response.ok) {
        try {
          return { ok: true, status: response.status, text: await boundedText(response, maxBytes), url: response.url || request.url };
        } catch (error) {
          if (error instanceof TooLarge) return fail(`answer from ${host} larger than ${shownSize(maxBytes)}; not read`);
          if (last) return fail(`the answer from ${host} broke off (${causeOf(error)})`);
          await sleep(backoff);
          continue;
        }
      }
      await response.body?.cancel();
      if (!retryable(response.status) || last) {
        return fail(`${statusMessage(response.status, request.url)}${retryable(response.status) ? `, ${attempt + 1} attempts` : ''}`, response.status);
      }
      const asked = retryAfterMs(response.headers.get('retry-after'), Date.now());
      if (asked !== undefined && asked > maxRetryAfterMs) {
        return fail(`${statusMessage(response.status, request.url)}; it asks to wait ${Math.ceil(asked / 1000)} s, try again later`, response.status);
      }
      await sleep(asked ?? backoff);
    }
  }

  return { get };
}

export type HttpClient = ReturnType<typeof createHttpClient>;

function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** Progress on stderr, shown only when there are more than a handful of requests. */
export function createProgress(total: number, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`), threshold = 5) {
  let done = 0;
  return {
    /** Reports one finished request. */
    step(label: string): void {
      done++;
      if (total > threshold) write(`[${done}/${total}] ${label}`);
    },
  };
}

/** The User-Agent the APIs ask for: the tool, its version and a contact address when there is one. */
export function userAgent(version: string, mailto: string | undefined): string {
  return `vita/${version} (academic website generator${mailto === undefined ? '' : `; mailto:${mailto}`})`;
}
