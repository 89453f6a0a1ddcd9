/**
 * BibTeX from the structured publication data (never hand-written): entry type
 * by kind, LaTeX-safe escaping of special and non-ASCII characters, titles in
 * double braces so styles keep their case, inline markup as LaTeX commands.
 *
 * No value can end its field or entry early: every field's braces are balanced
 * (a literal brace is written {\textbraceleft}, since BibTeX counts even an
 * escaped \{), control characters go and line breaks become spaces, and the
 * identifiers (DOI, arXiv id) carry what could break them percent-encoded, as
 * in a URL. The schemas refuse most of these; the export does not rely on them.
 */
import type { Contributor } from '../../schemas/common.ts';
import { isPublished, type Publication } from '../../schemas/publication.ts';
import { kindOf, THESIS_EXPORTS } from '../../schemas/publicationKinds.ts';
import { decodeEntities } from '../text/entities.ts';
import { citationName } from '../names.ts';
import { htmlMathToTex } from '../markdown/math.ts';
import { singleLine } from '../text/singleLine.ts';

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
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  // In TeX's default font encoding these print as ¡ ¿ and —; BibTeX readers read them the same way.
  '<': '{\\textless}',
  '>': '{\\textgreater}',
  '|': '{\\textbar}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

/** Character pairs TeX joins into one glyph ("--" into –, "''" into ”): written apart when the text has them apart. */
const LIGATURES = new Set(['--', '``', "''", ',,', '?`', '!`']);

/**
 * One character with its combining marks as LaTeX: an ASCII letter with one accent LaTeX has a
 * command for as {\"u}, {\v{c}}; any other letter as it is, in braces (stacked accents too,
 * which readers compose unreliably); a special character escaped, its marks kept after it.
 */
function latexCharacter(cluster: string): string {
  // Most of a text: one ASCII character, which is itself or a special (and needs no normalising).
  if (cluster.length === 1 && cluster.charCodeAt(0) < 128) return SPECIALS[cluster] ?? cluster;
  const composed = cluster.normalize('NFC');
  if (LETTERS[composed]) return LETTERS[composed];
  // By code point: an emoji is two UTF-16 units, neither of them a character of its own.
  const [base, ...marks] = [...cluster.normalize('NFD')] as [string, ...string[]];
  const escaped = SPECIALS[base] ?? (base.charCodeAt(0) < 128 ? base : `{${base}}`);
  if (marks.length === 0) return escaped;
  const accent = marks.length === 1 && /^[A-Za-z]$/.test(base) ? ACCENTS[marks[0]!] : undefined;
  // {\'i}, not {\'\i}: LaTeX's current encodings typeset both as í, and readers read only the first back as í.
  if (accent) return `{\\${accent}${/^[a-z]/i.test(accent) ? `{${base}}` : base}}`;
  return /^\p{L}$/u.test(base) ? `{${composed}}` : `${escaped}{${marks.join('')}}`;
}

/** Printable ASCII without a special character or a backtick: most names and titles, LaTeX as they stand unless they hold a ligature pair. */
const PLAIN_ASCII = /^[ !"'()*+,\-./0-9:;=?@A-Z[\]a-z]*$/;
const LIGATURE_PAIR = /--|''|,,/;

/** Plain text to LaTeX: specials escaped, accented letters as {\"u}, {\v{c}}, other letters as macros; one line. */
export function latexEscape(text: string): string {
  // Every name and title of an export passes here: most need no change, and the cluster loop below costs microseconds each.
  if (PLAIN_ASCII.test(text) && !LIGATURE_PAIR.test(text)) return text;
  let out = '';
  // A combining mark with no letter before it is a cluster of its own, kept as it is. Clusters are
  // taken from the composed text: decomposed, a Hangul syllable would fall apart into its jamo.
  for (const cluster of singleLine(text)
    .normalize('NFC')
    .match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const latex = latexCharacter(cluster);
    out += (LIGATURES.has(`${out.slice(-1)}${latex[0]}`) ? '{}' : '') + latex;
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

/**
 * Sanitised inline HTML (from the inline renderer) to LaTeX: math goes back to its TeX source
 * between dollars; the groups balance even if the tags do not.
 */
export function htmlToLatex(html: string): string {
  let out = '';
  let open = 0;
  for (const token of htmlMathToTex(html, (tex) => `\uE000${tex}\uE001`).split(/(\uE000[^\uE001]*\uE001|<\/?[a-z]+[^>]*>)/)) {
    if (token.startsWith('\uE000')) {
      out += `$${token.slice(1, -1)}$`;
      continue;
    }
    const tag = /^<(\/?)([a-z]+)/.exec(token);
    if (!tag) out += latexEscape(decodeEntities(token));
    else if (!tag[1]) {
      out += `${TAG_COMMANDS[tag[2]!] ?? ''}{`;
      open++;
    } else if (open > 0) {
      out += '}';
      open--;
    }
  }
  return out + '}'.repeat(open);
}

/** Words BibTeX reads as list structure: "and" separates names, a lone "others" means "et al.". */
const STRUCTURE_WORDS = /(^|\s)and(\s|$)|^others$/i;

/**
 * "Müller K-R" → "M{\"u}ller, K.-R."; "Lovelace, Ada" → "Lovelace, Ada"; an organisation braced
 * whole: "{The ATLAS Collaboration}". A part BibTeX would
 * misread is braced, so it stays one part: one with "and" or a lone "others", given names with
 * a comma (the start of a "Jr" part), a family name with spaces and no given names (which
 * BibTeX would read as "Given Family", as for a corporate author).
 */
export function bibtexName(contributor: Contributor | string): string {
  if (typeof contributor !== 'string' && contributor.organization) return `{${latexEscape(singleLine(contributor.name))}}`;
  const { family, given } = citationName(singleLine(typeof contributor === 'string' ? contributor : contributor.name));
  const familyLatex = latexEscape(family);
  const givenLatex = latexEscape(given);
  const braced = (latex: string, alsoWhen: boolean) => (latex && (alsoWhen || STRUCTURE_WORDS.test(latex)) ? `{${latex}}` : latex);
  if (!givenLatex) return braced(familyLatex, /\s/.test(familyLatex));
  return `${braced(familyLatex, false)}, ${braced(givenLatex, givenLatex.includes(','))}`;
}

/** Characters written as %XX, as in a URL. */
function percentEncoded(text: string, unsafe: RegExp): string {
  return singleLine(text).replace(unsafe, (character) => [...new TextEncoder().encode(character)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

/** A DOI as written (readers keep it verbatim), except what could end its field or open math: braces, backslashes, $, spaces. */
const doiField = (doi: string) => percentEncoded(doi, /[{}\\$\s]/g);

/** An arXiv id has only letters, digits and . / - (as in hep-th/9901001v2); anything else is percent-encoded. */
const eprintField = (arxiv: string) => percentEncoded(arxiv, /[^A-Za-z0-9./-]/gu);

/** An entry key every BibTeX reader accepts (ASCII letters, digits, _ : . + -); any other character becomes a hyphen. */
function entryKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_:.+-]/gu, '-');
}

/** biblatex's language names (`origlanguage`) of the languages CVs translate from most; other languages are written as their tag. */
export const BIBLATEX_LANGUAGES: Readonly<Record<string, string>> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  it: 'italian',
  es: 'spanish',
  pt: 'portuguese',
  nl: 'dutch',
  la: 'latin',
  el: 'greek',
  ru: 'russian',
  pl: 'polish',
  cs: 'czech',
  sv: 'swedish',
  da: 'danish',
};

/** biblatex's `pubstate` for work not yet published. */
export const PUBSTATE: Readonly<Record<Publication['status'], string | undefined>> = {
  submitted: 'submitted',
  'under-review': 'submitted',
  accepted: 'forthcoming',
  'in-press': 'inpress',
  published: undefined,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * One BibTeX entry. `titleHtml` and `venueHtml` are the sanitised inline renderings of title and
 * venue, whose markup becomes LaTeX; without `venueHtml` the venue is taken as plain text.
 */
export function toBibtex(publication: Publication, key: string, titleHtml: string, venueHtml?: string): string {
  const kind = kindOf(publication.kind);
  // The first hyphen of a range is the en dash (written "--"); any other stays a hyphen.
  const pages = publication.pages?.replace('-', '–') ?? publication.articleNumber;
  const venue = venueHtml === undefined ? publication.venue && latexEscape(publication.venue) : htmlToLatex(venueHtml);
  // A thesis's type decides its entry type (@mastersthesis, @phdthesis) and, where classic BibTeX has none, its `type`.
  const thesis = publication.thesisType && THESIS_EXPORTS[publication.thesisType];
  const names = (people: readonly Contributor[]) => people.map(bibtexName).filter(Boolean).join(' and ') || undefined;
  const escaped = (value: string | undefined) => value && latexEscape(value);
  const fields: [string, string | undefined][] = [
    ['title', `{${htmlToLatex(titleHtml)}}`],
    // A translation of the title in brackets, as biblatex prints titleaddon after the title (its language has no field).
    ['titleaddon', publication.translatedTitle && `[${latexEscape(publication.translatedTitle.title)}]`],
    [kind.creators, [...publication.authors.map(bibtexName).filter(Boolean), ...(publication.etAl ? ['others'] : [])].join(' and ')],
    // The editors of the book or proceedings a work is in (an edited volume's are its creators above), and biblatex's translators.
    ['editor', kind.creators === 'editor' ? undefined : names(publication.editors)],
    ['translator', names(publication.translators)],
    [kind.bibtexVenue, venue],
    ['journal', publication.journal && latexEscape(publication.journal)],
    ['type', thesis ? thesis.bibtexType : kind.bibtexSubtype],
    ['series', escaped(publication.series)],
    ['edition', escaped(publication.edition)],
    ['year', String(publication.year)],
    ['month', publication.month ? MONTHS[publication.month - 1] : undefined],
    ['volume', escaped(publication.volume)],
    // biblatex's `number` is the issue of a journal and the number in the series of a book.
    ['number', escaped(publication.issue ?? publication.seriesNumber)],
    ['pages', pages && latexEscape(pages)],
    // Article numbers go in eid (biblatex, and a lossless round trip) and, lacking pages, in pages for classic styles.
    ['eid', publication.articleNumber && latexEscape(publication.articleNumber)],
    ['publisher', publication.publisher && latexEscape(publication.publisher)],
    ['address', publication.publisherPlace && latexEscape(publication.publisherPlace)],
    ['isbn', escaped(publication.isbn)],
    ['issn', escaped(publication.issn)],
    ['version', escaped(publication.version)],
    ['doi', publication.doi && doiField(publication.doi)],
    ['eprint', publication.arxiv && eprintField(publication.arxiv)],
    ['archiveprefix', publication.arxiv ? 'arXiv' : undefined],
    // PubMed ids as JabRef and BibDesk write them (biblatex's eprint holds the arXiv id).
    ['pmid', publication.pmid],
    ['pmcid', publication.pmcid],
    ['origtitle', escaped(publication.originalTitle)],
    ['origlanguage', publication.originalLanguage && (BIBLATEX_LANGUAGES[publication.originalLanguage] ?? publication.originalLanguage)],
    ['pubstate', isPublished(publication) ? undefined : PUBSTATE[publication.status]],
    ['note', publication.note && latexEscape(publication.note)],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${thesis?.bibtex ?? kind.bibtex}{${entryKey(key)},\n${body}\n}`;
}

/** The entries of a file written by this module (entries separated by blank lines), by key. */
export function splitBibtexFile(text: string): { key: string; entry: string }[] {
  return text
    .split(/\n\n(?=@)/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => ({ key: /^@\w+\{([^,]+),/.exec(entry)![1]!, entry: `${entry}\n` }));
}
