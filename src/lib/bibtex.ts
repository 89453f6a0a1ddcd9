/**
 * BibTeX from the structured publication data (never hand-written): entry type
 * by kind, LaTeX-safe escaping of special and non-ASCII characters, titles in
 * double braces so styles keep their case, inline markup as LaTeX commands.
 */
import type { Contributor } from '../schemas/common.ts';
import { isPublished, type Publication } from '../schemas/publication.ts';
import { kindOf } from '../schemas/publicationKinds.ts';
import { decodeEntities } from './entities.ts';
import { citationName } from './names.ts';
import { htmlMathToTex } from './math.ts';

const ACCENTS: Readonly<Record<string, string>> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030A': 'r',
  '\u030B': 'H',
  '\u030C': 'v',
  '\u0327': 'c',
  '\u0328': 'k',
};
const LETTERS: Readonly<Record<string, string>> = {
  ø: '{\\o}',
  Ø: '{\\O}',
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  å: '{\\aa}',
  Å: '{\\AA}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
  '–': '--',
  '—': '---',
  '“': '``',
  '”': "''",
  '‘': '{\\textquoteleft}',
  '’': '{\\textquoteright}',
  '…': '{\\ldots}',
  '\u00A0': '~',
};
const SPECIALS: Readonly<Record<string, string>> = {
  '\\': '{\\textbackslash}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

/** Plain text to LaTeX: specials escaped, accented letters as {\"u}, {\v{c}}, other letters as macros. */
export function latexEscape(text: string): string {
  let out = '';
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*/gu) ?? []) {
    const base = cluster[0]!;
    const marks = cluster.slice(1);
    const composed = cluster.normalize('NFC');
    if (LETTERS[composed]) out += LETTERS[composed];
    else if (SPECIALS[base] && !marks) out += SPECIALS[base];
    else if (!marks) out += base.charCodeAt(0) < 128 ? base : `{${composed}}`;
    else {
      const letter = base === 'i' ? '\\i' : base;
      out += [...marks].reduceRight((inner, mark) => (ACCENTS[mark] ? `{\\${ACCENTS[mark]}${/^[a-z]/i.test(ACCENTS[mark]!) ? `{${inner}}` : inner}}` : inner), letter);
    }
  }
  return out;
}

const TAG_COMMANDS: Readonly<Record<string, string>> = {
  sup: '\\textsuperscript',
  sub: '\\textsubscript',
  i: '\\emph',
  em: '\\emph',
  b: '\\textbf',
  strong: '\\textbf',
  code: '\\texttt',
  span: '',
};

/** Sanitised inline HTML (from the inline renderer) to LaTeX; math goes back to its TeX source between dollars. */
export function htmlToLatex(html: string): string {
  let out = '';
  for (const token of htmlMathToTex(html, (tex) => `\uE000${tex}\uE001`).split(/(\uE000[^\uE001]*\uE001|<\/?[a-z]+[^>]*>)/)) {
    if (token.startsWith('\uE000')) {
      out += `$${token.slice(1, -1)}$`;
      continue;
    }
    const tag = /^<(\/?)([a-z]+)/.exec(token);
    if (!tag) out += latexEscape(decodeEntities(token));
    else if (tag[1]) out += '}';
    else out += `${TAG_COMMANDS[tag[2]!] ?? ''}{`;
  }
  return out;
}

/** "Müller K-R" → "M{\\"u}ller, K.-R."; "Lovelace, Ada" → "Lovelace, Ada"; an organisation braced whole: "{The ATLAS Collaboration}". */
export function bibtexName(contributor: Contributor | string): string {
  if (typeof contributor !== 'string' && contributor.organization) return `{${latexEscape(contributor.name)}}`;
  const { family, given } = citationName(typeof contributor === 'string' ? contributor : contributor.name);
  return latexEscape(given ? `${family}, ${given}` : family);
}

/** biblatex's `pubstate` for work not yet published. */
const PUBSTATE: Readonly<Record<Publication['status'], string | undefined>> = {
  submitted: 'submitted',
  'under-review': 'submitted',
  accepted: 'forthcoming',
  'in-press': 'inpress',
  published: undefined,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One BibTeX entry; `titleHtml` is the sanitised inline rendering of the title (and venue, when it has markup). */
export function toBibtex(publication: Publication, key: string, titleHtml: string): string {
  const kind = kindOf(publication.kind);
  const pages = publication.pages?.replace('-', '--') ?? publication.articleNumber;
  const fields: [string, string | undefined][] = [
    ['title', `{${htmlToLatex(titleHtml)}}`],
    [kind.creators, [...publication.authors.map(bibtexName), ...(publication.etAl ? ['others'] : [])].join(' and ')],
    [kind.bibtexVenue, publication.venue && latexEscape(publication.venue)],
    ['type', kind.bibtexSubtype],
    ['series', publication.series && latexEscape(publication.series)],
    ['year', String(publication.year)],
    ['month', publication.month ? MONTHS[publication.month - 1] : undefined],
    ['volume', publication.volume && latexEscape(publication.volume)],
    ['number', publication.issue && latexEscape(publication.issue)],
    ['pages', pages && latexEscape(pages)],
    // Article numbers go in eid (biblatex, and a lossless round trip) and, lacking pages, in pages for classic styles.
    ['eid', publication.articleNumber && latexEscape(publication.articleNumber)],
    ['publisher', publication.publisher && latexEscape(publication.publisher)],
    ['address', publication.publisherPlace && latexEscape(publication.publisherPlace)],
    ['doi', publication.doi],
    ['eprint', publication.arxiv],
    ['archiveprefix', publication.arxiv ? 'arXiv' : undefined],
    ['pubstate', isPublished(publication) ? undefined : PUBSTATE[publication.status]],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${kind.bibtex}{${key},\n${body}\n}`;
}

/** The entries of a file written by this module (entries separated by blank lines), by key. */
export function splitBibtexFile(text: string): { key: string; entry: string }[] {
  return text
    .split(/\n\n(?=@)/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => ({ key: /^@\w+\{([^,]+),/.exec(entry)![1]!, entry: `${entry}\n` }));
}
