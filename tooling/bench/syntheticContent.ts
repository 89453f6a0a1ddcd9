/**
 * A realistic synthetic content tree for benchmarks and scale tests: N
 * publications of every kind (1–40 authors with non-ASCII names, venues,
 * volumes, pages, DOIs, arXiv ids, links), about one talk per four
 * publications, lectures, a few patent families, and a complete profile.
 * Deterministic: the same N gives the same files. The result passes the check.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FAMILIES = [
  'Müller',
  'Ekstrøm',
  'Marinč',
  'Hägele',
  'Núñez',
  'Šimić',
  'Çelik',
  'Dvořák',
  'Żak',
  'Nguyễn',
  'Kovačević',
  'Gómez',
  'Søndergaard',
  'Björk',
  'Pérez',
  'Smith',
  'Chen',
  'Wang',
  'Okafor',
  'Tanaka',
  'Rossi',
  'Dubois',
  'van der Berg',
  'O’Brien',
  'Schöllhorn',
  'Lefèvre',
  'Jørgensen',
  'Åström',
  'Ibáñez',
  'Kim',
];
export const INITIALS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'W', 'K-R', 'M-C', 'J P', 'A-M'];
export const WORDS = [
  'Explaining',
  'Relevance',
  'Propagation',
  'Deep',
  'Neural',
  'Networks',
  'Concept',
  'Attribution',
  'Robust',
  'Learning',
  'Pruning',
  'Quantization',
  'Medical',
  'Imaging',
  'Transformers',
  'Graph',
  'Spectral',
  'Analysis',
  'Bias',
  'Evaluation',
  'Faithful',
  'Interpretable',
  'Sparse',
  'Models',
  'Time',
  'Series',
  'Counterfactual',
  'Uncertainty',
  'Benchmark',
  'Data',
];
export const JOURNALS = [
  'Nature Communications',
  'Pattern Recognition',
  'Information Fusion',
  'Journal of Machine Learning Research',
  'PLoS ONE',
  'Scientific Reports',
  'IEEE Transactions on Neural Networks and Learning Systems',
  'NeuroImage',
];
export const CONFERENCES = [
  'Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)',
  'Advances in Neural Information Processing Systems (NeurIPS)',
  'International Conference on Machine Learning (ICML)',
  'Proceedings of the IEEE International Conference on Image Processing (ICIP)',
  'XXAI Workshop at ICML',
];
const BOOKS = ['Explainable AI: Interpreting, Explaining and Visualizing Deep Learning', 'xxAI – Beyond Explainable AI', 'Handbook of Trustworthy Machine Learning'];
const KINDS = ['journal-article', 'journal-article', 'conference-paper', 'conference-paper', 'book-chapter', 'preprint'] as const;

export const quote = (text: string): string => JSON.stringify(text);
export const ascii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

/** mulberry32: a tiny seeded generator, so runs are comparable; with picks from a list and whole numbers in a range. */
export function seeded(start: number) {
  let seed = start;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  return { random, pick, between };
}

/** path → text of every file, for `count` publications. */
export function syntheticContent(count: number): Map<string, string> {
  const { random, pick, between } = seeded(0x5eed);
  const files = new Map<string, string>();
  const write = (path: string, frontMatter: string[], body = '') => files.set(path, `---\n${frontMatter.join('\n')}\n---\n${body}`);
  files.set('settings.yaml', 'url: https://ada.example.org\n');
  write(
    'profile.md',
    [
      'name: Ada Example',
      'honorific: Prof. Dr.',
      'formerNames: [Ada Muster]',
      'aliases: [Example A, Muster A]',
      'role: Professor of Machine Learning',
      'affiliation: Example University',
      'contact:',
      '  email: ada@example.org',
      'links:',
      '  github: ada-example',
      '  orcid: 0000-0002-1825-0097',
    ],
    'Ada Example works on interpretable machine learning.\n',
  );
  write('skills.md', ['groups:', '  - name: Technical', '    items: [Python, PyTorch, LaTeX]', 'languages:', '  - name: English', '    level: native']);
  for (let i = 0; i < 6; i++) {
    write(
      `experience/position-${i}.md`,
      [
        `organization: ${quote(`Institute ${i}`)}`,
        'location: "Berlin, Germany"',
        `role: ${quote(`Researcher ${i}`)}`,
        `start: "${2000 + i * 4}-01"`,
        ...(i < 5 ? [`end: "${2003 + i * 4}-12"`] : []),
      ],
      '*Research:* Explaining models.\n',
    );
    write(`projects/project-${i}.md`, [
      `acronym: P${i}`,
      `title: ${quote(`Project number ${i}`)}`,
      `start: "${2015 + i}-01"`,
      `end: "${2018 + i}-12"`,
      `role: ${i % 2 ? 'lead' : 'member'}`,
    ]);
  }
  for (let i = 0; i < 4; i++)
    write(`education/degree-${i}.md`, [
      `institution: ${quote(`University ${i}`)}`,
      'location: "Berlin, Germany"',
      `degree: ${quote(['PhD', 'MSc', 'BSc', 'Abitur'][i]!)}`,
      `start: ${1990 + i * 4}`,
      `end: ${1993 + i * 4}`,
    ]);

  const ids = new Set<string>();
  const publicationIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(KINDS);
    const year = between(2000, 2025);
    const title = Array.from({ length: between(4, 11) }, () => pick(WORDS)).join(' ');
    const authors = Array.from({ length: between(1, 40) }, () => `${pick(FAMILIES)} ${pick(INITIALS)}`);
    if (random() < 0.9) authors[between(0, authors.length - 1)] = year < 2010 ? 'Muster A' : 'Example A';
    let id = `${ascii(authors[0]!.split(' ')[0]!)}${year}${ascii(title.split(' ')[0]!)}`;
    for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    ids.add(id);
    publicationIds.push(id);
    const lines = [`kind: ${kind}`, `title: ${quote(title)}`, 'authors:', ...authors.map((author) => `  - ${author}`), `year: ${year}`];
    if (kind === 'preprint') lines.push('venue: CoRR', `arxiv: "${String(year).slice(2)}${String(between(1, 12)).padStart(2, '0')}.${String(i).padStart(5, '0')}"`);
    else {
      lines.push(`venue: ${quote(kind === 'journal-article' ? pick(JOURNALS) : kind === 'conference-paper' ? pick(CONFERENCES) : pick(BOOKS))}`);
      const first = between(1, 900);
      lines.push(`pages: "${first}-${first + between(5, 20)}"`);
      if (kind === 'journal-article') lines.push(`volume: ${between(1, 120)}`, `issue: ${between(1, 12)}`);
      if (kind === 'book-chapter') lines.push('publisher: Springer', 'publisherPlace: Cham');
      if (random() < 0.6) lines.push(`doi: "10.5555/vita.${i}"`);
    }
    if (random() < 0.3) lines.push('links:', '  - kind: code', `    url: https://github.com/example/repo-${i}`);
    if (random() < 0.01) lines.push('award: Best Paper Award');
    if (i < 5) lines.push('selected: true');
    write(`publications/${id}.md`, lines);
  }

  const talkKinds = ['talk', 'keynote', 'invited-talk', 'paper-presentation', 'webinar'];
  for (let i = 0; i < Math.ceil(count / 4); i++) {
    const date = `${between(2005, 2025)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`;
    write(`talks/${date}-talk-${i}.md`, [
      `title: ${quote(Array.from({ length: between(3, 8) }, () => pick(WORDS)).join(' '))}`,
      `date: "${date}"`,
      `event: ${quote(`Workshop ${i}`)}`,
      `kind: ${pick(talkKinds)}`,
      ...(i % 9 === 0 ? ['language: de'] : []),
    ]);
  }
  for (let i = 0; i < Math.ceil(count / 20); i++) {
    const month = `${between(2005, 2025)}-${String(between(1, 12)).padStart(2, '0')}`;
    write(`lectures/${month}-lecture-${i}.md`, [
      `title: ${quote(`Lecture on ${pick(WORDS)} ${pick(WORDS)}`)}`,
      `date: "${month}"`,
      `event: ${quote(`Summer School ${i}`)}`,
      'kind: lecture',
    ]);
  }
  for (let i = 0; i < 3; i++) {
    write(`patents/family-${i}.md`, [
      `title: ${quote(`Method for ${pick(WORDS)} ${pick(WORDS)}`)}`,
      'members:',
      '  - office: EP',
      `    number: "${3000000 + i}"`,
      '    kindCode: A1',
      '    status: published',
      `    date: "2020-0${i + 1}-15"`,
      '  - office: US',
      `    number: "2021/${String(100000 + i).padStart(7, '0')}"`,
      '    status: granted',
      `    date: "2022-0${i + 1}-15"`,
    ]);
  }
  for (let i = 0; i < 5; i++) write(`awards/award-${i}.md`, [`name: ${quote(`Prize ${i}`)}`, `year: ${2010 + i}`, ...(i === 0 ? [`publication: ${publicationIds[0]}`] : [])]);
  return files;
}

/** Writes the files into `folder`, replacing what was there. */
export function writeContent(folder: string, files: ReadonlyMap<string, string>): void {
  rmSync(folder, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}
