/**
 * A group's site from its members' folders (issue 25 §3): the combined publication list without
 * duplicates (src/lib/works.ts), the routes of a member's site, the members the settings name
 * but the build cannot have, and messages that name a member's file from the group's folder.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memberRoutes } from '../../src/integrations/vita.ts';
import { combineWorks } from '../../src/lib/works.ts';
import { checkFile } from '../../src/pipeline/checkFile.ts';
import { groupMembers, memberProblems, type GroupMember } from '../../src/pipeline/group.ts';
import { inLanguage, joinBase } from '../../src/lib/routes.ts';
import { publicFileChecker } from '../../src/pipeline/contentFolder.ts';
import { modelOf, modelOfFiles } from '../helpers/model.ts';
import { createInlineRenderer } from '../../src/lib/markdown/markdown.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { resolveSettings } from '../../src/pipeline/settings.ts';
import { writeContent } from '../../tooling/bench/syntheticContent.ts';
import { GROUP_FOLDER, syntheticGroup } from '../../tooling/bench/syntheticGroup.ts';
import { checkGroupFolder } from '../../src/pipeline/group.ts';
import { PROJECT_PAGE, ROOT, SITES } from '../helpers/build.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

interface Work {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly doi?: string;
  readonly arxiv?: string;
}

const work = (id: string, title: string, year: number, ids: { doi?: string; arxiv?: string } = {}): Work => ({ id, title, year, ...ids });
/** Each combined work as "id: title [members]". */
const shown = (works: readonly (Work & { members: readonly string[] })[]) => works.map((each) => `${each.id}: ${each.title} [${each.members.join(', ')}]`);

describe("a group's combined publication list", () => {
  it('keeps a work two members list once, by DOI whatever its case, with its first record and id and both members', () => {
    const combined = combineWorks([
      { member: 'ada', works: [work('lovelace2024engines', 'Notes on the Analytical Engine', 2024, { doi: '10.5555/engines.2024.001' })] },
      { member: 'ben', works: [work('okafor2024notes', 'Notes on the analytical engine', 2024, { doi: '10.5555/ENGINES.2024.001' })] },
    ]);
    expect(shown(combined)).toEqual(['lovelace2024engines: Notes on the Analytical Engine [ada, ben]']);
  });

  it('finds a work by its arXiv id without the version, then by title and year whatever the markup, case and punctuation', () => {
    const combined = combineWorks([
      { member: 'ada', works: [work('a1', 'Punched cards', 2023, { arxiv: '2401.00001v2' }), work('a2', 'The <i>Engine</i>: a history', 2021)] },
      { member: 'ben', works: [work('b1', 'Punched Cards (preprint)', 2023, { arxiv: '2401.00001' }), work('b2', 'The engine — a History', 2021)] },
    ]);
    expect(shown(combined)).toEqual(['a1: Punched cards [ada, ben]', 'a2: The <i>Engine</i>: a history [ada, ben]']);
  });

  it('keeps works apart that share only a title, or only an id: the later one gets its member in its id', () => {
    const combined = combineWorks([
      { member: 'ada', works: [work('report', 'Annual report', 2022), work('lovelace2020x', 'First', 2020)] },
      { member: 'ben', works: [work('report', 'Annual report', 2023), work('lovelace2020x', 'Second', 2020)] },
    ]);
    expect(shown(combined)).toEqual(['report: Annual report [ada]', 'lovelace2020x: First [ada]', 'report-ben: Annual report [ben]', 'lovelace2020x-ben: Second [ben]']);
  });

  it("lists the group's own record first, without a member, and joins every record's ids: a third record matching only the second's arXiv id is the same work", () => {
    const combined = combineWorks([
      { member: undefined, works: [work('group2024', 'A survey', 2024, { doi: '10.1/x' })] },
      { member: 'ada', works: [work('ada2024', 'A survey', 2024, { doi: '10.1/x', arxiv: '2402.00002' })] },
      { member: 'cyd', works: [work('cyd2024', 'A survey (extended)', 2025, { arxiv: '2402.00002v3' })] },
    ]);
    expect(shown(combined)).toEqual(['group2024: A survey [ada, cyd]']);
  });
});

describe("a member's site", () => {
  it('has every page but the 404 page and the search, its files in a language, and its own exports, under /[member]/ in each language, one route for all members', () => {
    const patterns = memberRoutes(join(ROOT, 'src', 'pages'), ['en', 'de']).map((route) => route.pattern);
    for (const pattern of [
      '/[member]',
      '/[member]/cv',
      '/[member]/publications/[id]',
      '/[member]/cv.pdf',
      '/[member]/[feed].xml',
      '/[member]/publications.bib',
      '/[member]/publications/[filters].css',
      '/[member]/de',
      '/[member]/de/cv',
      '/[member]/de/cv.pdf',
    ]) {
      expect(patterns).toContain(pattern);
    }
    expect(patterns.filter((pattern) => /404|search|robots|\/og\/|site-files|\[icon\]|\[script\]|cv-\[file\]|\/de\/publications\.bib/.test(pattern))).toEqual([]);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it("names the members the build cannot have: an id another page of the group's site has, a folder that is none", () => {
    const group = join(SITES, 'group-folders');
    const settings =
      'languages: [en, de]\nmembers:\n  - { id: cv, folder: _members/ada }\n  - { id: de, folder: _members/ben }\n  - { id: join, folder: _members/cyd }\n  - { id: eve, folder: _members/eve }\n';
    const entries = [
      checkFile({ path: 'settings.yaml', bytes: Buffer.from(settings) }).entry!,
      checkFile({ path: 'pages/join.md', bytes: Buffer.from('---\ntitle: Join us\n---\n\nText.\n') }).entry!,
    ];
    const defaults = resolveSettings(join(group, '_members', 'ada'));
    const member = (id: string, folder: string): GroupMember => ({ id, folder: join(group, folder), shown: folder, publicDir: '', settings: defaults });
    const lines = memberProblems([member('cv', '_members/ada'), member('de', '_members/ben'), member('join', '_members/cyd'), member('eve', '_members/eve')], entries).map(
      (problem) => formatProblem(problem),
    );
    expect(lines).toEqual([
      'content/settings.yaml:3 members[0].id: "cv" is the address of vita\'s own pages (/cv/); expected another id for the member, e.g. their family name',
      'content/settings.yaml:4 members[1].id: "de" is the address of a language of the site; expected another id for the member, e.g. their family name',
      'content/settings.yaml:5 members[2].id: "join" is the address of the free page content/pages/join.md; expected another id for the member, e.g. their family name',
      'content/settings.yaml:6 members[3].folder: "_members/eve" is no folder; expected the member\'s content folder relative to this one (for a git submodule: git submodule update --init)',
    ]);
  });

  it("checks the group's folder and every member's at once, each problem naming the member's file", () => {
    const folder = mkdtempSync(join(tmpdir(), 'vita-group-'));
    try {
      cpSync(join(SITES, 'group-folders'), folder, { recursive: true });
      const paper = join(folder, '_members', 'ben', 'publications', 'okafor2023store.md');
      writeFileSync(paper, readFileSync(paper, 'utf8').replace('year: 2023', 'year: 20x3'));
      writeFileSync(join(folder, 'settings.yaml'), readFileSync(join(folder, 'settings.yaml'), 'utf8').replace('_members/cyd', '_members/cid'));
      const checked = checkGroupFolder(folder, { publicDir: join(folder, '_public') });
      if ('error' in checked) throw new Error(checked.error);
      expect(checked.problems.filter((problem) => problem.severity !== 'warning').map((problem) => formatProblem(problem))).toEqual([
        'content/_members/ben/publications/okafor2023store.md:5 year: expected a year such as 2019; found "20x3"',
        'content/settings.yaml:9 members[2].folder: "_members/cid" is no folder; expected the member\'s content folder relative to this one (for a git submodule: git submodule update --init)',
      ]);
      // Ada's and Ben's entries are there, under their ids.
      expect(checked.entries.filter((entry) => entry.section === 'profile').map((entry) => entry.id)).toEqual(['profile', 'ada/profile', 'ben/profile']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("names a member's file from the group's folder in messages", () => {
    expect(formatProblem({ file: '../ada/publications/x.md', line: 2, field: 'kind', message: 'expected …' }, 'content')).toBe('ada/publications/x.md:2 kind: expected …');
    expect(formatProblem({ file: 'publications/x.md', message: 'expected …' }, 'sites/group')).toBe('sites/group/publications/x.md: expected …');
  });
});

/** The group-folders fixture, its public folder, and its members as the build resolves them on a GitHub project page (/vita/). */
const GROUP_FOLDERS = join(SITES, 'group-folders');
const GROUP_FOLDERS_PUBLIC = join(GROUP_FOLDERS, '_public');
const groupFolderMember = (id: string) => groupMembers(GROUP_FOLDERS, resolveSettings(GROUP_FOLDERS, PROJECT_PAGE)).find((member) => member.id === id)!;
/** A member's model as the build makes it: their settings, the group's public files at the group's base path (src/data/views.ts). */
const memberModel = (id: string, language: string) => {
  const member = groupFolderMember(id);
  const isPublic = publicFileChecker(GROUP_FOLDERS_PUBLIC);
  return modelOf(member.folder, {
    settings: member.settings,
    publicDir: GROUP_FOLDERS_PUBLIC,
    language,
    publicFileUrl: (path) => (isPublic(path) ? joinBase(PROJECT_PAGE.BASE_PATH, path) : undefined),
  });
};
/** The targets of the links of a rendered text, in order. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe("links in a group's and its members' texts", () => {
  it("leads a member's site paths to their pages in the page's language, and a file of the group's public folder to the group's base path", async () => {
    const english = ['/vita/ada/publications/', '/vita/ada/publications/lovelace2024engines/', '/vita/ada/cv.pdf', '/vita/files/engines-report.pdf', 'https://example.org/engines'];
    expect(hrefs((await memberModel('ada', 'en')).profile.html)).toEqual(english);
    const german = await memberModel('ada', 'de');
    expect(hrefs(german.profile.html)).toEqual([
      '/vita/ada/de/publications/',
      '/vita/ada/de/publications/lovelace2024engines/',
      '/vita/ada/de/cv.pdf',
      '/vita/files/engines-report.pdf',
      'https://example.org/engines',
    ]);
    // Her German text, and her role in German.
    expect(german.profile.html).toContain('Ada Lovelace leitet die Analytical Engines Group.');
    expect(german.cv.profile.role).toBe('Gruppenleiterin');
    // A member's publication linking a file of the group's public folder links it there, not under the member's site.
    expect((await memberModel('cyd', 'en')).publications[0]!.links.map((link) => link.url)).toEqual(['/vita/files/cards-slides.pdf']);
  });

  it("leads the group's links to a member's site to the member's pages in the page's language (/ben/ on /de/ → /vita/ben/de/)", async () => {
    const settings = resolveSettings(GROUP_FOLDERS, PROJECT_PAGE);
    const [english, german] = await Promise.all(['en', 'de'].map((language) => modelOf(GROUP_FOLDERS, { settings, publicDir: GROUP_FOLDERS_PUBLIC, language })));
    expect(hrefs(english!.news[0]!.html)).toEqual(['/vita/ben/', '/vita/cyd/cv/']);
    expect(hrefs(german!.news[0]!.html)).toEqual(['/vita/ben/de/', '/vita/cyd/de/cv/']);
    expect(hrefs(german!.freePages.find((page) => page.id === 'join')!.html).filter((href) => href!.startsWith('/'))).toEqual(['/vita/ada/de/publications/']);
    expect(['/ben/', '/ben/cv.pdf', '/ben/publications.bib', '/benjamin/', '/cv/'].map((path) => inLanguage(path, 'de', new Set(['ben'])))).toEqual([
      '/ben/de/',
      '/ben/de/cv.pdf',
      '/ben/publications.bib',
      '/de/benjamin/',
      '/de/cv/',
    ]);
  });

  it("leads a homepage on the group's site (a member's, /ada/) to its page in the page's language; others stay as written", async () => {
    const files = {
      'settings.yaml': 'languages: [en, de]\nmembers:\n  - { id: ada, folder: ../ada }\n',
      'profile.md': '---\nname: Analytical Engines Group\naliases: [Analytical Engines Group]\n---\n\nThe group.\n',
      'people/ada.md': '---\nname: Ada Lovelace\nrole: Group leader\nhomepage: https://example.org/lab/ada/\n---\n',
      'people/ben.md': '---\nname: Ben Okafor\nrole: Doctoral student\nhomepage: https://ben.example.net/\n---\n',
    };
    const homepages = async (language: string) =>
      (await modelOfFiles(files, { language, settings: { site: 'https://example.org', base: '/lab/' } })).persons.map((person) => `${person.id} ${person.homepage}`);
    expect(await homepages('en')).toEqual(['ada https://example.org/lab/ada/', 'ben https://ben.example.net/']);
    expect(await homepages('de')).toEqual(['ada https://example.org/lab/ada/de/', 'ben https://ben.example.net/']);
  });

  it('finds no link to resolve in an inline field (a title, a note): a link written there keeps its words only', async () => {
    const render = await createInlineRenderer();
    expect(await Promise.all(['See [my talks](/talks/) now', 'A <a href="/talks/">link</a>'].map(render))).toEqual(['See my talks now', 'A link']);
  });

  it("resolves the links of a person's text (content/people/) under the base path, as every other text's", async () => {
    const site = await modelOfFiles(
      {
        'profile.md': '---\nname: Ada Lovelace\naliases: [Lovelace A]\n---\n\nBio.\n',
        'people/ben.md': '---\nname: Ben Okafor\nrole: Doctoral student\n---\n\nBen keeps [the home page](/) and [the CV](/cv/#top).\n',
      },
      { settings: { base: '/vita/' } },
    );
    expect(hrefs(site.persons.find((person) => person.id === 'ben')!.html)).toEqual(['/vita/', '/vita/cv/#top']);
  });

  it("checks a member's texts as their site has them (the group's languages, links to the group's public files, not to the member's own), and the group's links into its members' sites", () => {
    const folder = mkdtempSync(join(tmpdir(), 'vita-group-'));
    try {
      cpSync(GROUP_FOLDERS, folder, { recursive: true });
      // Ada's own public folder (beside her content folder) has a file the group's has not: it is not published.
      mkdirSync(join(folder, '_members', 'public', 'files'), { recursive: true });
      writeFileSync(join(folder, '_members', 'public', 'files', 'own.pdf'), '%PDF-1.4\n');
      const profile = join(folder, '_members', 'ada', 'profile.md');
      writeFileSync(profile, `${readFileSync(profile, 'utf8')}\nAlso [her own file](/files/own.pdf).\n`);
      const cards = join(folder, '_members', 'cyd', 'publications', 'marlowe2024cards.md');
      writeFileSync(cards, readFileSync(cards, 'utf8').replace('/files/cards-slides.pdf', '/files/own.pdf'));
      writeFileSync(join(folder, '_members', 'ben', 'profile.fr.md'), 'Ben Okafor travaille sur la mémoire de la machine.\n');
      // The group's texts may link any page and file of a member's site, and only those.
      const joinPage = join(folder, 'pages', 'join.md');
      writeFileSync(
        joinPage,
        `${readFileSync(joinPage, 'utf8')}See [Ben's paper](/ben/publications/okafor2024notes/), [his BibTeX](/ben/publications.bib), [Cyd's talks](/cyd/talks/) and [Ada's talks](/ada/talks/).\n`,
      );
      const checked = checkGroupFolder(folder, { publicDir: join(folder, '_public') });
      if ('error' in checked) throw new Error(checked.error);
      expect(checked.problems.filter((problem) => problem.severity !== 'warning').map((problem) => formatProblem(problem))).toEqual([
        "content/_members/ada/profile.md:12: the link \"/files/own.pdf\" names no page of this site; expected a page of this site (such as /publications/ or /cv/), a file under the group's public/ (a member's own public folder is not published on the group's site), or kind:id",
        'content/_members/ben/profile.fr.md: a translation into French (fr), which is not a language of the site; expected one of: de',
        "content/_members/cyd/publications/marlowe2024cards.md:9 links[0].url: \"/files/own.pdf\" names no file under the group's public/ (a member's own public folder is not published on the group's site); expected a file such as public/files/own.pdf, or a file beside this one written without the leading / (own.pdf)",
        'content/pages/join.md:7: the link "/ada/talks/" names no page of this site; expected a page of this site (such as /publications/ or /cv/), a file under public/, or kind:id',
      ]);
      // Ada's German text is hers on her German pages.
      expect(checked.entries.find((entry) => entry.id === 'ada/profile')!.translations?.bodies['de']).toContain('leitet die Analytical Engines Group');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe("the bench's generated group", () => {
  it('passes the check, its members sharing works the combined list has once each: as many as were generated', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vita-group-'));
    try {
      writeContent(folder, syntheticGroup(6, 80));
      const checked = checkGroupFolder(join(folder, GROUP_FOLDER), { publicDir: join(folder, 'public') });
      if ('error' in checked) throw new Error(checked.error);
      expect(checked.problems.map((problem) => formatProblem(problem))).toEqual([]);
      const records = checked.entries.filter((entry) => entry.section === 'publications');
      const byMember = Map.groupBy(records, (entry) => entry.id.split('/')[0]!);
      expect(byMember.size).toBe(6);
      // About a third of the works are two or three members': more records than works.
      expect(records.length).toBeGreaterThan(90);
      const works = combineWorks(
        [...byMember].map(([member, entries]) => ({
          member,
          works: entries.map((entry) => ({ ...(entry.data as { title: string; year: number; doi?: string; arxiv?: string }), id: entry.id.split('/')[1]! })),
        })),
      );
      expect(works).toHaveLength(80);
      // Every member's record is one member of one work.
      expect(works.reduce((sum, each) => sum + each.members.length, 0)).toBe(records.length);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
