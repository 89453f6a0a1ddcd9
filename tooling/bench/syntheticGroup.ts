/**
 * A synthetic group's site for benchmarks and scale tests: the group's content folder (group/:
 * settings naming every member, a profile, news, a free page) and one content folder per member
 * (members/m001/ …: profile, positions, degree, talks, publications). `publications` works are shared
 * out among the members; about a third are co-authored by two or three members, each of whom lists
 * the work in their own folder under their own id (with its DOI in another case, or its title in
 * another case), so the group's combined list has each work once. Deterministic: the same sizes give
 * the same files. The result passes the check.
 */
import { ascii, CONFERENCES, FAMILIES, INITIALS, JOURNALS, quote, seeded, WORDS } from './syntheticContent.ts';

/** Given names with distinct initials: with the families, 300 members whose author-list forms differ. */
const GIVEN = ['Ada', 'Ben', 'Cyd', 'Dana', 'Emil', 'Farah', 'Goran', 'Hana', 'Ines', 'Jun'];

/** The folder of the group's own content in the tree; members' folders are members/<id>/. */
export const GROUP_FOLDER = 'group';

interface Member {
  readonly id: string;
  readonly name: string;
  /** The author-list form of their name. */
  readonly alias: string;
}

/** path → text of every file of a group of `memberCount` members and `publicationCount` works. */
export function syntheticGroup(memberCount: number, publicationCount: number): Map<string, string> {
  const { random, pick, between } = seeded(0x9e0);
  const files = new Map<string, string>();
  const write = (path: string, frontMatter: string[], body = '') => files.set(path, `---\n${frontMatter.join('\n')}\n---\n${body}`);
  const members: Member[] = Array.from({ length: memberCount }, (_, i) => {
    const family = FAMILIES[i % FAMILIES.length]!;
    const given = GIVEN[Math.floor(i / FAMILIES.length) % GIVEN.length]!;
    return { id: `m${String(i + 1).padStart(3, '0')}`, name: `${given} ${family}`, alias: `${family} ${given[0]}` };
  });

  files.set(
    `${GROUP_FOLDER}/settings.yaml`,
    ['url: https://group.example.org', 'members:', ...members.map((member) => `  - { id: ${member.id}, folder: ../members/${member.id} }`), ''].join('\n'),
  );
  write(
    `${GROUP_FOLDER}/profile.md`,
    ['name: Example Research Group', 'aliases: [Example Research Group]', 'role: Research group', 'affiliation: Example University'],
    'The Example Research Group works on interpretable machine learning.\n',
  );
  write(`${GROUP_FOLDER}/pages/join.md`, ['title: Join us'], 'We welcome applications for doctoral and postdoctoral positions.\n');
  for (let i = 0; i < 10; i++)
    write(`${GROUP_FOLDER}/news/news-${i}.md`, [`date: "${2016 + i}-0${1 + (i % 9)}-15"`, `title: ${quote(`Group news ${i}`)}`], 'A new grant, a new member, a new paper.\n');

  // Each work: a first member (spread evenly), and for about a third one or two more.
  const worksOf = new Map<string, string[]>(members.map((member) => [member.id, []]));
  const taken = new Map<string, Set<string>>(members.map((member) => [member.id, new Set()]));
  for (let w = 0; w < publicationCount; w++) {
    const owners = [members[w % memberCount]!];
    if (memberCount > 1 && random() < 0.35) {
      for (let extra = between(1, 2); extra > 0; extra--) {
        const other = pick(members);
        if (!owners.includes(other)) owners.push(other);
      }
    }
    const kind = pick(['journal-article', 'journal-article', 'conference-paper', 'conference-paper', 'preprint'] as const);
    const year = between(2005, 2025);
    const title = Array.from({ length: between(4, 11) }, () => pick(WORDS)).join(' ');
    const authors = Array.from({ length: between(1, 12) }, () => `${pick(FAMILIES)} ${pick(INITIALS)}`);
    for (const owner of owners) authors.splice(between(0, authors.length), 0, owner.alias);
    const identifier = kind === 'preprint' ? 'arxiv' : random() < 0.6 ? 'doi' : 'title';
    const doi = `10.5555/group.${w}`;
    const arxiv = `${String(year).slice(2)}${String(between(1, 12)).padStart(2, '0')}.${String(w).padStart(5, '0')}`;
    const venue = kind === 'journal-article' ? pick(JOURNALS) : kind === 'conference-paper' ? pick(CONFERENCES) : 'CoRR';
    owners.forEach((owner, copy) => {
      // Each member names the file their own way; a second copy writes the DOI or the title in another case, as imports do.
      const own = taken.get(owner.id)!;
      let id = `${ascii(owner.alias.split(' ')[0]!)}${year}${ascii(title.split(' ')[0]!)}`;
      for (let n = 2; own.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      own.add(id);
      const lines = [
        `kind: ${kind}`,
        `title: ${quote(copy > 0 && identifier === 'title' ? title.toLowerCase() : title)}`,
        'authors:',
        ...authors.map((author) => `  - ${author}`),
        `year: ${year}`,
        `venue: ${quote(venue)}`,
      ];
      if (identifier === 'arxiv') lines.push(`arxiv: "${arxiv}"`);
      if (identifier === 'doi') lines.push(`doi: "${copy > 0 ? doi.toUpperCase() : doi}"`);
      if (kind === 'journal-article') lines.push(`volume: ${between(1, 120)}`);
      write(`members/${owner.id}/publications/${id}.md`, lines);
      worksOf.get(owner.id)!.push(id);
    });
  }

  for (const member of members) {
    const root = `members/${member.id}`;
    write(
      `${root}/profile.md`,
      [`name: ${quote(member.name)}`, `aliases: [${quote(member.alias)}]`, 'role: Researcher', 'affiliation: Example University'],
      `${member.name} works in the group.\n`,
    );
    files.set(`${root}/settings.yaml`, 'lists:\n  homePublications: 3\n');
    for (let i = 0; i < 2; i++) {
      write(`${root}/experience/position-${i}.md`, [
        `organization: ${quote(`Institute ${i}`)}`,
        'location: "Berlin, Germany"',
        `role: ${quote(`Researcher ${i}`)}`,
        `start: "${2010 + i * 5}-01"`,
        ...(i === 0 ? ['end: "2014-12"'] : []),
      ]);
    }
    write(`${root}/education/degree.md`, ['institution: "Example University"', 'location: "Berlin, Germany"', 'degree: PhD', 'start: 2005', 'end: 2009']);
    const talks = Math.ceil(worksOf.get(member.id)!.length / 4);
    for (let i = 0; i < talks; i++) {
      const date = `${between(2005, 2025)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
      write(`${root}/talks/${date}-talk-${i}.md`, [
        `title: ${quote(Array.from({ length: between(3, 8) }, () => pick(WORDS)).join(' '))}`,
        `date: "${date}"`,
        `event: ${quote(`Workshop ${i}`)}`,
        'kind: talk',
      ]);
    }
  }
  return files;
}
