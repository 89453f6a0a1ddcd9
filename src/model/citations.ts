/**
 * The reference of a publication in a CSL style (the `citationStyle` setting): citeproc-js formats
 * it, and the model gives it back what a style knows nothing of: the owner in bold, the marks of
 * co-first, co-senior and corresponding authors, the title linked to the publication's page, and
 * formulas as formulas. Invisible format characters, which citeproc passes through untouched, mark
 * the owner's (and marked authors') family names and each formula in the item; the style's HTML
 * is parsed into runs once (src/model/parse.ts) and the marks are read back there. The title is
 * found again by its text (a marker before it would keep a style from capitalising its first word).
 */
import type { Locale } from '../i18n/index.ts';
import { toCsl, type CslItem } from '../lib/formats/csl.ts';
import type { ThesisType } from '../schemas/publicationKinds.ts';
import { citationGiven, initialsOf } from '../lib/names.ts';
import type { Author } from './authors.ts';
import { runsFromHtml } from './parse.ts';
import type { PublicationView } from './publications.ts';
import { escapeHtml } from '../lib/text/entities.ts';
import { merge, text, type Inline, type Rich, type Style } from './rich.ts';

/** Formats CSL items into HTML, one entry each, in order (the build's binding caches what it formatted before). */
export type CitationFormatter = (items: readonly CslItem[]) => string[];

const NAME_START = '\u2060';
const NAME_INDEX = '\u2061';
const NAME_END = '\u2063';
const FORMULA = '\u2062';
const MARKERS = new RegExp(`[${NAME_START}${NAME_INDEX}${NAME_END}${FORMULA}]`, 'gu');
const MARKER = new RegExp(`^[${NAME_START}${NAME_INDEX}${NAME_END}${FORMULA}]$`, 'u');

/** A title as the markup citeproc reads (<i>, <b>, <sup>, <sub>), each formula a numbered placeholder. */
function titleMarkup(runs: Rich, formulas: Inline[]): string {
  return runs
    .map((run) => {
      if (run.math) return `${FORMULA}${formulas.push(run) - 1}${FORMULA}`;
      let markup = escapeHtml(run.text);
      if (run.script) markup = `<${run.script}>${markup}</${run.script}>`;
      if (run.italic) markup = `<i>${markup}</i>`;
      if (run.bold) markup = `<b>${markup}</b>`;
      return markup;
    })
    .join('');
}

/** The people a reference names, in the item's lists, and whether the model must find them again. */
interface Marked {
  readonly author: Author;
  readonly given: string;
}

/**
 * The item citeproc formats: the export's CSL (without the page's URL: the title links to it) with markers,
 * and a thesis's genre in the page's language (`thesisTypes`, the catalogue's: "Dissertation", not "PhD thesis").
 */
export function styledItem(view: PublicationView, thesisTypes: Readonly<Record<ThesisType, string>>): { item: CslItem; marked: Marked[]; formulas: Inline[] } {
  const formulas: Inline[] = [];
  const marked: Marked[] = [];
  const { URL: _url, note: _note, ...item } = toCsl(view);
  const mark = (names: CslItem['author'], people: readonly Author[]) =>
    names?.map((name, i) => {
      const author = people[i];
      if (author === undefined || (!author.isOwner && author.member === undefined && author.marks === '')) return name;
      const index = NAME_INDEX.repeat(marked.push({ author, given: 'given' in name ? (name.given ?? '') : '' }));
      return 'literal' in name ? { literal: `${NAME_START}${index}${name.literal}${NAME_END}` } : { ...name, family: `${NAME_START}${index}${name.family}${NAME_END}` };
    });
  const creators = view.authorList.people;
  return {
    item: {
      ...item,
      title: titleMarkup(view.titleRuns, formulas),
      ...(view.thesisType ? { genre: thesisTypes[view.thesisType] } : {}),
      ...(item.author ? { author: mark(item.author, creators) } : {}),
      ...(item.editor ? { editor: mark(item.editor, item.author ? view.people.editors : creators) } : {}),
      ...(item.translator ? { translator: mark(item.translator, view.people.translators) } : {}),
    } as CslItem,
    marked,
    formulas,
  };
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a style may print given names: as written, or as initials with or without dots and spaces. */
function givenForms(given: string): string[] {
  const initials = initialsOf(given);
  const hyphenated = citationGiven(given);
  const forms = new Set([given, hyphenated, `${initials.join('. ')}.`, `${initials.join('.')}.`, initials.join(' '), initials.join(''), hyphenated.replaceAll('.', '')]);
  return [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** One character of the styled text with the style it has. */
interface Character {
  readonly value: string;
  style: Style;
  readonly math?: Inline;
}

/** Text as compared when finding the title again: case and the style's quotation marks do not count. */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟«»]/g, '"');

/**
 * Runs of a styled reference with the markers read back: formulas restored, the owner's name
 * (family and given, as the style printed them) in bold, the marks after each marked name, and the
 * title (`title`, its plain text) linked to `href`.
 */
export function styledRuns(html: string, marked: readonly Marked[], formulas: readonly Inline[], title: string, href: string | undefined): Rich {
  const characters: Character[] = [];
  for (const run of runsFromHtml(html)) {
    const { text: value, math, ...style } = run;
    if (math) characters.push({ value, style, math: run });
    // A formula's placeholder becomes the formula, in the style around it.
    else
      for (const piece of value.split(new RegExp(`(${FORMULA}\\d+${FORMULA})`, 'u'))) {
        const formula = piece.startsWith(FORMULA) ? formulas[Number(piece.slice(1, -1))] : undefined;
        if (formula) characters.push({ value: formula.text, style, math: { ...formula, ...style, math: formula.math! } });
        else characters.push(...[...piece].map((character) => ({ value: character, style })));
      }
  }
  const at = (i: number) => characters[i]?.value;
  const textOf = (from: number, to: number) =>
    characters
      .slice(from, to)
      .map((character) => character.value)
      .join('');

  // Names: the family name between the markers, widened by the given names the style printed before or after it.
  const marks = new Map<number, Inline>();
  for (let i = 0; i < characters.length; i++) {
    if (at(i) !== NAME_START) continue;
    let j = i + 1;
    while (at(j) === NAME_INDEX) j++;
    const person = marked[j - i - 2];
    let end = j;
    while (end < characters.length && at(end) !== NAME_END) end++;
    if (person === undefined || end >= characters.length) continue;
    const forms = givenForms(person.given).map(escapeRegExp).join('|');
    let from = i;
    let to = end + 1;
    if (forms) {
      const after = new RegExp(`^(?:,?[\\s\\u00A0]+)(?:${forms})(?![\\p{L}])`, 'u').exec(textOf(to, to + 80));
      const before = new RegExp(`(?:${forms})[\\s\\u00A0]+$`, 'u').exec(textOf(Math.max(0, i - 80), i));
      if (after) to += after[0].length;
      else if (before) from -= before[0].length;
    }
    const emphasis = person.author.isOwner ? 'bold' : person.author.member;
    if (emphasis) for (let k = from; k < to; k++) characters[k]!.style = { ...characters[k]!.style, [emphasis]: true };
    if (person.author.marks) marks.set(to - 1, text(person.author.marks, { script: 'sup' }));
    i = end;
  }

  // The title, found by its text (the style may have changed its case or quotation marks): linked to the publication's page, in the text's colour.
  const shown = characters.map((character) => (MARKER.test(character.value) ? '\u0000' : character.value));
  const start = href === undefined || title === '' ? -1 : comparable(shown.join('')).indexOf(comparable(title));
  if (start >= 0) {
    // Characters, not code units: find where the title starts among them.
    let offset = 0;
    let first = 0;
    while (offset < start) offset += shown[first++]!.length;
    for (let i = first, length = 0; length < title.length && i < characters.length; length += shown[i]!.length, i++) {
      characters[i]!.style = { ...characters[i]!.style, link: href!, subtle: true };
    }
  }

  const runs: Inline[] = [];
  characters.forEach((character, i) => {
    runs.push(character.math ?? text(character.value.replace(MARKERS, ''), character.style));
    const mark = marks.get(i);
    if (mark) runs.push(mark);
  });
  return merge(runs);
}

/** The references of every publication in the style, as runs; `hrefOf` gives the page a title links to; a thesis's genre in the locale's words. */
export function styledReferences(views: readonly PublicationView[], format: CitationFormatter, hrefOf: (view: PublicationView) => string | undefined, locale: Locale): Rich[] {
  const prepared = views.map((view) => styledItem(view, locale.t.reference.thesisTypes));
  const html = format(prepared.map((entry) => entry.item));
  return prepared.map((entry, i) => styledRuns(html[i] ?? '', entry.marked, entry.formulas, views[i]!.titleText, hrefOf(views[i]!)));
}
