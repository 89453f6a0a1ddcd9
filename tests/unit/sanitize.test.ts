/**
 * Markup injection: every field that accepts inline markup renders attack
 * payloads as harmless text or strips them, and the content check warns with
 * the file and field. URL fields refuse javascript: outright.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { INLINE_TAGS } from '../../src/lib/markdown/inlineTags.ts';
import { bodyProcessor, createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { sections } from '../../src/schemas/sections.ts';
import { md, problemsOf } from '../helpers/check.ts';

const render = await createInlineRenderer();
const body = await bodyProcessor.createRenderer({ syntaxHighlight: false });
const renderBody = async (markdown: string) => (await body.render(markdown)).code;

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">click</a>',
  '<span lang="de" onclick="alert(1)">Förderpreis</span>',
  '<svg onload=alert(1)></svg>',
  '<iframe src="https://evil.example/"></iframe>',
  'Bold <b onmouseover="alert(1)">claim</b>',
  '<style>body{display:none}</style>',
];

/** Elements and attributes in rendered HTML that are not on the allowlist. */
function unsafeParts(html: string): string[] {
  const $ = cheerio.load(`<body>${html}</body>`);
  return $('body *')
    .toArray()
    .flatMap((element) => {
      const attributes = Object.keys(element.attribs).filter((name) => !(element.tagName === 'span' && name === 'lang'));
      const tagAllowed = (INLINE_TAGS as readonly string[]).includes(element.tagName);
      return [...(tagAllowed ? [] : [`<${element.tagName}>`]), ...attributes.map((name) => `${element.tagName}[${name}]`)];
    });
}

describe.each(PAYLOADS)('payload %s', (payload) => {
  it('renders without any element or attribute outside the allowlist', async () => {
    const html = await render(`A title ${payload}`);
    expect(unsafeParts(html)).toEqual([]);
    expect(html).not.toMatch(/javascript:|onerror=|onclick=|onload=|onmouseover=/);
  });
});

const MINIMAL: Record<string, string> = {
  publications: 'kind: journal-article\ntitle: "T"\nauthors: [Lapuschkin S]\nyear: 2020\nvenue: "V"',
  talks: 'title: "T"\ndate: 2022-10-21\nevent: E',
  lectures: 'title: "T"\ndate: 2022-10-21\nevent: E',
  awards: 'name: N\nyear: 2020\ndescription: "D"',
  teaching: 'title: "T"\ninstitution: I\nterms: [2021-WS]',
  supervision: 'name: N\nlevel: phd\ntitle: "T"\nstart: 2021',
  news: 'date: 2024-06-12\ntitle: "T"',
};
const markupFields = Object.entries(sections).flatMap(([name, section]) => section.markupFields.map((field) => [name, field] as const));

describe.each(markupFields)('%s.%s', (section, field) => {
  it('is warned about, with file, line and field, when it holds disallowed markup', () => {
    const base = MINIMAL[section]!;
    const withPayload = base.replace(new RegExp(`^${field}: ".*"$`, 'm'), `${field}: '${PAYLOADS[0]}'`);
    expect(withPayload).not.toBe(base);
    const line = withPayload.split('\n').findIndex((text) => text.startsWith(`${field}:`)) + 2;
    expect(problemsOf(`${section}/a.md`, md(withPayload, 'Text.'))).toEqual([
      `content/${section}/a.md:${line} ${field}: warning: markup that will be removed: <img src=x onerror=alert(1)>; allowed are <sup> <sub> <i> <em> <b> <strong> <span> <code> and <span lang>`,
    ]);
  });

  it('raises no warning for allowed markup', () => {
    const base = MINIMAL[section]!.replace(new RegExp(`^${field}: ".*"$`, 'm'), `${field}: 'ECQ<sup>X</sup> <span lang="de">Preis</span>'`);
    expect(problemsOf(`${section}/a.md`, md(base, 'Text.'))).toEqual([]);
  });
});

describe('URL fields', () => {
  it.each([
    [
      'projects/a.md',
      'acronym: A\ntitle: T\nstart: 2020-01\nurl: "javascript:alert(1)"',
      'content/projects/a.md:5 url: expected an absolute http(s) URL such as https://example.org/page; found "javascript:alert(1)"',
    ],
    [
      'talks/a.md',
      'title: T\ndate: 2022-10-21\nevent: E\nlinks:\n  - kind: slides\n    url: "data:text/html,<script>alert(1)</script>"',
      'content/talks/a.md:7 links[0].url: expected an absolute http(s) URL such as https://example.org/page, a file under public/ such as /files/paper.pdf, or a file beside this one such as paper.pdf; found "data:text/html,<script>alert(1)</script>"',
    ],
  ])('%s refuses a script URL', (path, frontMatter, expected) => {
    expect(problemsOf(path, md(frontMatter))).toEqual([expected]);
  });
});

describe('inline rendering', () => {
  it.each([
    ['Plain title, no markup', 'Plain title, no markup'],
    ['Gait & Posture', 'Gait &#x26; Posture'],
    ['Müller & "Sons"', 'Müller &#x26; "Sons"'],
    ['A "quoted" title', 'A &quot;quoted&quot; title'],
    ['ECQ<sup>X</sup>: Explainability', 'ECQ<sup>X</sup>: Explainability'],
    ['Title with *emphasis*', 'Title with <em>emphasis</em>'],
    ['1. Not a list', '1. Not a list'],
  ])('renders %s as %s', async (text, expected) => {
    expect(await render(text)).toBe(expected);
  });
});

describe('bodies', () => {
  it('G20: a <style> block is dropped with its CSS, never shown as text', async () => {
    const html = await renderBody('Before.\n\n<style>body{display:none} .x{color:red}</style>\n\nAfter.');
    expect(html).not.toContain('display:none');
    expect(cheerio.load(html).text().replace(/\s+/g, ' ').trim()).toBe('Before. After.');
  });
});

describe('G18: formulas cannot resize the page', () => {
  /** The attributes of each MathML element that has any, in document order, without the TeX annotation. */
  const mathAttributes = (html: string) => {
    const $ = cheerio.load(html);
    return $('math, math *')
      .toArray()
      .filter((element) => element.tagName !== 'annotation' && Object.keys(element.attribs).length > 0)
      .map(
        (element) =>
          `${element.tagName} ${Object.entries(element.attribs)
            .map(([name, value]) => `${name}=${value}`)
            .join(' ')}`,
      );
  };

  it.each([
    ['$\\kern{2000em}x$', ['mspace width=10em']],
    ['$\\kern{2000pt}x$', ['mspace width=120pt']],
    ['$\\raisebox{-40em}{SPOOF}$', ['mpadded voffset=-3em', 'mstyle scriptlevel=0 displaystyle=false']],
    ['$\\rule[-50em]{100em}{100em}$', ['mpadded height=-3em depth=+3em voffset=-3em', 'mspace width=10em height=3em']],
    ['$\\genfrac{(}{)}{200em}{0}{a}{b}$', ['mstyle displaystyle=true scriptlevel=0', 'mo fence=true', 'mfrac linethickness=3em', 'mo fence=true']],
    // Real formulas keep their lengths: \quad, \qquad, \Bigg, \mathrlap.
    ['$\\quad\\qquad\\Bigg( x$', ['mspace width=1em', 'mspace width=2em', 'mo fence=false symmetric=true minsize=3em maxsize=3em']],
    ['$\\mathrlap{x}y$', ['mpadded width=0.1px']],
  ])('in a title, %s keeps its lengths small', async (title, expected) => {
    expect(mathAttributes(await render(title))).toEqual(expected);
  });

  it('clamps lengths written as MathML in a body, and drops what is no length or a font scaled 40 levels up', async () => {
    const html = await renderBody(
      '<math><mstyle scriptlevel="-40"><mspace width="100000px" depth="1in"/><mpadded voffset="-40em" height="thickmathspace"><mi>x</mi></mpadded><mo maxsize="900%">(</mo></mstyle></math>',
    );
    expect(mathAttributes(html)).toEqual(['mspace width=160px depth=0.5in', 'mpadded voffset=-3em']);
  });
});
