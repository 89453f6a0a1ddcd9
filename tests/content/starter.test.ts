/** `npm run new`: a new person's content folder that passes the check and builds, with examples of every section to copy from, in the site's language. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/pipeline/contentFolder.ts';
import { formatProblem } from '../../src/pipeline/problems.ts';
import { parseYaml } from '../../src/pipeline/yaml.ts';
import { sections } from '../../src/schemas/sections.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { de } from '../../tooling/starter/lang/de.ts';
import { en } from '../../tooling/starter/lang/en.ts';
import { STARTER_LANGUAGES, starterExamples } from '../../tooling/starter/newSite.ts';
import { ROOT } from '../helpers/build.ts';
import { distFiles, loadPage } from '../helpers/dist.ts';
import { newCommand } from '../../scripts/new.ts';
import { runCommand } from '../helpers/command.ts';
import { runScriptSync } from '../helpers/script.ts';
import { NEW_SITE_ARGS, preparedContent, sharedSite } from '../helpers/sites.ts';

const scratch = mkdtempSync(join(tmpdir(), 'vita-new-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `npm run new` in this process; the first site below is made by the script in a process of its own, as an owner runs it. */
const newSite = (args: string[], env: Record<string, string> = {}) => runCommand(newCommand, args, { env });
const problems = (folder: string) => {
  // The files the examples link (a portrait, PDFs) are the owner's to add to public/: taken to exist. No page of
  // public/ stands where the examples' old addresses lead.
  const checked = checkContentFolder(folder, { publicFileExists: (path) => !path.endsWith('.html') });
  if ('error' in checked) throw new Error(checked.error);
  return checked.problems.map((problem) => formatProblem(problem));
};

describe('a new site', () => {
  const folder = join(scratch, 'ada', 'content');
  const result = runScriptSync('new', [...NEW_SITE_ARGS, '--into', folder]);

  it('has a profile with the name, its author-list form and the e-mail, and passes the check', () => {
    expect(result.status, result.stderr).toBe(0);
    const profile = readFileSync(join(folder, 'profile.md'), 'utf8');
    expect(profile).toContain('name: "Ada Lovelace"');
    expect(profile).toContain('  - "Lovelace A"');
    expect(profile).toContain('  email: "ada@example.org"');
    expect(problems(folder)).toEqual([]);
  });

  it('writes the settings with every default spelt out', () => {
    const yaml = parseYaml(readFileSync(join(folder, 'settings.yaml'), 'utf8'));
    expect(yaml.document.errors).toEqual([]);
    expect(settingsSchema.parse(yaml.document.toJS())).toEqual(settingsSchema.parse({}));
  });

  it('has one example per section, each valid where it belongs', () => {
    const examples = join(folder, '_examples');
    for (const [name, section] of Object.entries(sections)) expect(existsSync(join(examples, section.path)), name).toBe(true);
    const copy = join(scratch, 'examples', 'content');
    cpSync(examples, copy, { recursive: true });
    expect(problems(copy)).toEqual([]);
  });

  it('builds into a site of its own, with nothing of the shipped CV', () => {
    // The global setup builds this very site as the first row of the section matrix (tests/helpers/sites.ts).
    // Each settings.yaml names the editor schema by a path relative to where it lies: the two folders lie apart.
    const files = (root: string) => distFiles(root).map((file) => `${file} ${readFileSync(join(root, file), 'utf8').replace(/\$schema=\S*schemas\//, '$schema=…/schemas/')}`);
    expect(files(preparedContent('matrix-0'))).toEqual(files(folder));
    const dist = sharedSite('matrix-0');
    // A folder that no commit has touched changed on the day it is built (the tests fix that day at 1 Dec 2026).
    expect(loadPage('/', dist)('h1').text()).toBe('Ada Lovelace');
    expect(loadPage('/', dist)('a[href="/cv.pdf"]').text()).toBe('CV (PDF, 1 page, updated Dec 1, 2026)');
    const cvPage = JSON.parse(loadPage('/cv/', dist)('script[type="application/ld+json"]').text());
    expect([cvPage['@type'], cvPage.dateModified]).toEqual(['ProfilePage', '2026-12-01']);
    expect(loadPage('/', dist)('main').text()).toContain('This is the website of Ada Lovelace, Analyst at University of London.');
    expect(distFiles(dist).filter((file) => /Lapuschkin|Fraunhofer/.test(readFileSync(join(dist, file), 'latin1')))).toEqual([]);
  });
});

const vogel = join(scratch, 'vogel', 'content');
const vogelMade = await newSite([
  ...['--name', 'Katharina Vogel', '--email', 'vogel@example.org', '--role', 'Juniorprofessorin für Geschichte der Frühen Neuzeit'],
  ...['--affiliation', 'Universität Leipzig', '--language', 'de-AT', '--into', vogel],
]);

describe('a new site in another language', () => {
  const folder = vogel;
  const result = vogelMade;
  const files = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => readFileSync(join(item.parentPath, item.name), 'utf8'));

  it('newcomer: --language de writes the settings’ language and a German placeholder bio', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(settingsSchema.parse(parseYaml(readFileSync(join(folder, 'settings.yaml'), 'utf8')).document.toJS()).language).toBe('de-AT');
    const profile = readFileSync(join(folder, 'profile.md'), 'utf8');
    expect(profile.split('---\n')[2]).toBe(
      'Dies ist die Website von Katharina Vogel (Juniorprofessorin für Geschichte der Frühen Neuzeit, Universität Leipzig).\n\n<!-- Ersetzen Sie dies durch ein paar Sätze über Ihre Arbeit, in Markdown. -->\n',
    );
    expect(problems(folder)).toEqual([]);
  });

  it('newcomer: … and the examples in German, each valid where it belongs, none left in English', () => {
    const examples = join(folder, '_examples');
    const text = files(examples).join('\n');
    for (const value of Object.values(de.examples)) expect(text).toContain(value);
    const keys = Object.keys(en.examples) as (keyof typeof en.examples)[];
    expect(keys.filter((key) => de.examples[key] === en.examples[key])).toEqual([]);
    const copy = join(scratch, 'examples-de', 'content');
    cpSync(examples, copy, { recursive: true });
    expect(problems(copy)).toEqual([]);
  });

  it('newcomer: every language the site can be in has its starter, whose table fills every word of every example and has none unused', () => {
    const templates = readdirSync(join(ROOT, 'tooling', 'starter', 'examples'), { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => readFileSync(join(item.parentPath, item.name), 'utf8'))
      .join('\n');
    const used = new Set([...templates.matchAll(/\{\{(\w+)\}\}/g)].map(([, key]) => key));
    expect([...used].sort()).toEqual(Object.keys(en.examples).sort());
    for (const language of STARTER_LANGUAGES) expect(starterExamples(language).filter((file) => file.text.includes('{{'))).toEqual([]);
  });

  it('writes into $VITA_CONTENT when no --into is given, as check, build and dev read it', async () => {
    const content = join(scratch, 'from-env', 'content');
    expect((await newSite(['--name', 'Ada Lovelace', '--email', 'ada@example.org'], { VITA_CONTENT: content })).status).toBe(0);
    expect(readFileSync(join(content, 'profile.md'), 'utf8')).toContain('name: "Ada Lovelace"');
  });
});

describe('refusals', () => {
  it.each([
    [['--name', '', '--email', 'ada@example.org'], '--name: expected your name as it should appear on the site, e.g. --name "Ada Lovelace"'],
    [['--name', 'Ada Lovelace', '--email', 'ada.example.org'], '--email: expected an e-mail address such as ada@example.org; found "ada.example.org"'],
    [
      ['--name', 'Ada Lovelace', '--email', 'ada@example.org', '--language', 'ja'],
      '--language: expected a language the site can be in: en, de, fr, es, it, pt, nl, ar (optionally with a region, e.g. en-GB, de-AT); found "ja"',
    ],
  ])('%j exits 1 with one line per problem and writes nothing', async (args, message) => {
    const folder = join(scratch, `refused-${args.join('').length}`);
    const refused = await newSite([...args, '--into', folder]);
    expect(refused.status).toBe(1);
    expect(refused.stderr.split('\n')[0]).toBe(message);
    expect(existsSync(folder)).toBe(false);
  });

  it('leaves a folder with files alone, unless --force moves it aside first', async () => {
    const folder = join(scratch, 'taken', 'content');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'profile.md'), 'mine');
    const refused = await newSite(['--name', 'Ada Lovelace', '--email', 'ada@example.org', '--into', folder]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('already has files; nothing was written');
    expect(readFileSync(join(folder, 'profile.md'), 'utf8')).toBe('mine');
    const forced = await newSite(['--name', 'Ada Lovelace', '--email', 'ada@example.org', '--into', folder, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    const [backup] = readdirSync(join(scratch, 'taken')).filter((name) => name.startsWith('content.backup-'));
    expect(readFileSync(join(scratch, 'taken', backup!, 'profile.md'), 'utf8')).toBe('mine');
    expect(readFileSync(join(folder, 'profile.md'), 'utf8')).toContain('Ada Lovelace');
  });
});
