/**
 * `npm run new`: starts a site for a new person. Writes a profile, the settings
 * with every default written out, and one example per section under _examples/,
 * in the site's language. Asks for what is missing when run in a terminal. Refuses
 * a folder that already has files unless --force, which first moves it aside
 * (nothing is deleted).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CommandError, commandOf, runCommandLine } from '../tooling/commandLine.ts';

import { contentRoots } from '../src/pipeline/contentFolder.ts';
import { SCHEMA_FOLDER, writeEditorManifest } from '../src/pipeline/editorManifest.ts';
import { EXAMPLES_FOLDER, newSiteFiles, newSiteProblems, STARTER_LANGUAGES, type NewSite } from '../tooling/starter/newSite.ts';

const USAGE = `usage: npm run new -- --name "Ada Lovelace" --email ada@example.org [--role "…"] [--affiliation "…"] [--language en] [--into folder] [--force]

Writes a new content folder: profile.md with your name and e-mail, settings.yaml with every
setting and its default, and one example file per section in ${EXAMPLES_FOLDER}/ to copy from.
In a terminal, asks for what is missing.
  --language tag  the site's language, for the settings, the placeholder bio and the examples:
                  ${STARTER_LANGUAGES.join(', ')}, optionally with a region such as en-GB or de-AT (default: en)
  --into folder   where to write (default: $VITA_CONTENT, else content)
  --force         use a folder that already has files: it is first renamed to <folder>.backup-<date>`;

function fail(message: string): never {
  throw new CommandError(message);
}

/** What the flags or the prompts gave, each possibly missing. */
type Answers = { [K in keyof NewSite]: string | undefined };

/** Asks in a terminal for the fields not given as flags; Ctrl+D or Ctrl+C at a question stops, writing nothing. */
async function completed(given: Answers): Promise<Answers> {
  if ((given.name && given.email) || !process.stdin.isTTY) return given;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (question: string, value: string | undefined) => value ?? ((await prompt.question(question)).trim() || undefined);
  try {
    return {
      name: await ask('Your name, as it should appear on the site: ', given.name),
      email: await ask('Your e-mail address: ', given.email),
      role: await ask('Your position, e.g. PhD student (optional): ', given.role),
      affiliation: await ask('Your institution (optional): ', given.affiliation),
      language: await ask(`The site's language, ${STARTER_LANGUAGES.join(' or ')} (Enter for en): `, given.language),
    };
  } catch (error) {
    if ((error as Error).name === 'AbortError') fail('\nStopped; nothing was written.');
    throw error;
  } finally {
    prompt.close();
  }
}

const project = join(import.meta.dirname, '..');

/** `npm run new` as a function (tests run it in their own process). */
export const newCommand = commandOf({
  name: 'new',
  help: USAGE,
  usage: 'usage: npm run new -- --name "Ada Lovelace" --email ada@example.org [--role "…"] [--affiliation "…"] [--language en] [--into folder] [--force]',
  options: {
    name: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    affiliation: { type: 'string' },
    language: { type: 'string' },
    into: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  run: async (values, { cwd, env }) => {
    const site = await completed({ name: values.name, email: values.email, role: values.role, affiliation: values.affiliation, language: values.language });
    const problems = newSiteProblems(site);
    if (problems.length > 0) fail(`${problems.join('\n')}\nNothing was written (npm run new -- --help shows the options).`);

    const folder = resolve(cwd, values.into ?? env['VITA_CONTENT'] ?? 'content');
    const shown = relative(cwd, folder) || '.';
    const hasFiles = existsSync(folder) && readdirSync(folder).some((name) => !name.startsWith('.'));
    if (hasFiles && !values.force) {
      fail(`${shown} already has files; nothing was written. Use another folder with --into, or --force to move ${shown} aside first.`);
    }
    let movedTo: string | undefined;
    if (hasFiles) {
      movedTo = `${folder}.backup-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
      renameSync(folder, movedTo);
    }

    const schemas = join(project, SCHEMA_FOLDER);
    const files = newSiteFiles({ ...site, language: site.language ?? 'en', schemaFolder: relative(folder, schemas).split(sep).join('/') } as NewSite);
    const written: string[] = [];
    try {
      for (const file of files) {
        const path = join(folder, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.text, { flag: 'wx' });
        written.push(path);
      }
    } catch (error) {
      for (const path of written) rmSync(path, { force: true });
      if (movedTo) renameSync(movedTo, folder);
      fail(`${shown}: could not write the new site (${(error as Error).message}); nothing was kept.`);
    }

    // The folder vita works on, in the project the editor opens, gets front-matter help at once; npm run dev keeps it current (and starts it for a folder elsewhere).
    if (folder === contentRoots(env, cwd).content && !relative(project, folder).startsWith('..')) writeEditorManifest(project, folder, schemas);

    console.log(`Wrote ${shown}/profile.md, ${shown}/settings.yaml and ${files.length - 2} examples in ${shown}/${EXAMPLES_FOLDER}/.`);
    if (movedTo) console.log(`The previous ${shown} is now ${relative(cwd, movedTo)}.`);
    console.log(
      `Next: edit ${shown}/profile.md, copy what you need from ${shown}/${EXAMPLES_FOLDER}/ into the section folders, set url in ${shown}/settings.yaml, then npm run dev.`,
    );
    return 0;
  },
});

if (import.meta.main) await runCommandLine(newCommand);
