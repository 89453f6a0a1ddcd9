/** RIS, the tagged format EndNote, Mendeley and Zotero import. */
import { pageRange, type Citable } from '../citable.ts';
import { invertedName } from '../names.ts';
import { singleLine } from '../text/singleLine.ts';
import { kindOf, THESIS_EXPORTS } from '../../schemas/publicationKinds.ts';

/**
 * One RIS record; lines end in CRLF as the format's specification asks. Every value is one line
 * (a line break in a title could otherwise end the record and start another).
 */
export function toRis(publication: Citable): string {
  const [first, last] = pageRange(publication.pages);
  const kind = kindOf(publication.kind);
  const lines: [string, string | undefined][] = [
    ['TY', kind.ris],
    ['ID', publication.id],
    ['TI', publication.titleText],
    // An edited volume's type (EDBOOK) says its AU are editors. Every value is made one line below.
    ...publication.authors.map((contributor): [string, string] => ['AU', invertedName(contributor)]),
    // The editors of the book a work is in (A2 for a part of a book, A3 for a book), and the translators (A4).
    ...publication.editors.map((contributor): [string, string] => [kind.risEditor, invertedName(contributor)]),
    ...publication.translators.map((contributor): [string, string] => ['A4', invertedName(contributor)]),
    ['PY', String(publication.year)],
    ['DA', publication.month ? `${publication.year}/${String(publication.month).padStart(2, '0')}//` : undefined],
    ['T2', publication.venueText],
    // A conference paper's journal, when the proceedings are an issue of one.
    ['JF', publication.journal],
    ['T3', publication.series],
    [kind.risSeriesNumber ?? 'M1', kind.risSeriesNumber && publication.seriesNumber],
    ['ET', publication.edition ?? publication.version],
    ['M3', publication.thesisType && THESIS_EXPORTS[publication.thesisType].genre],
    ['VL', publication.volume],
    ['IS', publication.issue],
    ['SP', first ?? publication.articleNumber],
    ['EP', last],
    ['M1', publication.pages && publication.articleNumber ? publication.articleNumber : undefined],
    ['PB', publication.publisher],
    ['CY', publication.publisherPlace],
    ['SN', publication.isbn ?? publication.issn],
    ['DO', publication.doi],
    // PubMed's id as the accession number, as PubMed's own RIS export writes it; the PMCID in C2.
    ['AN', publication.pmid],
    ['C2', publication.pmcid],
    ['OP', publication.originalTitle],
    ['TT', publication.translatedTitle?.title],
    ['UR', publication.url],
    ['UR', publication.arxiv ? `https://arxiv.org/abs/${publication.arxiv}` : undefined],
    ['LA', publication.language === 'en' ? undefined : publication.language],
    ['N1', publication.award],
    ['N1', publication.note],
    // RIS has no publication state: a note says it.
    ['N1', publication.status === 'published' ? undefined : publication.status.replace('-', ' ')],
    ['ER', ''],
  ];
  return lines
    .flatMap(([tag, value]) => {
      // Runs of spaces become one: readers split a line at every "  - ", not just the first.
      const text = value === undefined ? '' : singleLine(value).replace(/ {2,}/g, ' ').trim();
      return text || tag === 'ER' ? [`${tag}  - ${text}`.trimEnd()] : [];
    })
    .join('\r\n');
}
