/** The shipped content is the complete seed CV, and every file of it validates. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../helpers/contentFolder.ts';

const content = loadContent();
/** An entry's fields with its authors as the names written in the file. */
const byId = (section: string, id: string) => {
  const data = content.byId(section, id);
  return Array.isArray(data['authors']) ? { ...data, authors: (data['authors'] as { name: string }[]).map((author) => author.name) } : data;
};

describe('shipped content', () => {
  it('has no problems', () => {
    expect(content.problems).toEqual([]);
  });

  it.each([
    ['publications', 51],
    ['talks', 16],
    ['lectures', 7],
    ['patents', 3],
    ['projects', 6],
    ['awards', 5],
    ['experience', 6],
    ['education', 4],
    ['profile', 1],
    ['skills', 1],
  ])('has every %s entry of the CV (%i)', (section, count) => {
    expect(content.bySection(section)).toHaveLength(count);
  });

  it('splits the publications by kind as the CV does', () => {
    const kinds: Record<string, number> = {};
    for (const entry of content.bySection('publications')) {
      const kind = String(entry.data['kind']);
      kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    expect(kinds).toEqual({ 'journal-article': 21, 'conference-paper': 17, 'book-chapter': 4, preprint: 9 });
  });

  it('has 12 patent documents in 3 families', () => {
    const members = content.bySection('patents').flatMap((entry) => entry.data['members'] as { office: string; number: string }[]);
    expect(members.map((member) => `${member.office} ${member.number}`).sort()).toEqual([
      'BR 112017019821',
      'CA 2979579',
      'CN 107636693',
      'EP 3271863',
      'EP 3991102',
      'EP 4001902',
      'JP 6725547',
      'KR 102130162',
      'RU 2703343',
      'US 20180018553',
      'US 2022/0114455',
      'WO 2020/260656',
    ]);
  });

  it('lists the owner under the former name "Bach S" before 2016 only', () => {
    const asBach = content
      .bySection('publications')
      .filter((entry) => (entry.data['authors'] as { name: string }[]).some((author) => author.name === 'Bach S'))
      .map((entry) => entry.data['year']);
    expect(asBach.sort()).toEqual([2014, 2015, 2016, 2016, 2016, 2016]);
  });
});

describe('spot checks, field by field against the CV', () => {
  it('Nature Communications 10:1069 (2019)', () => {
    expect(byId('publications', 'lapuschkin2019unmasking')).toEqual({
      kind: 'journal-article',
      title: 'Unmasking Clever Hans Predictors and Assessing what Machines Really Learn',
      authors: ['Lapuschkin S', 'Wäldchen S', 'Binder A', 'Montavon G', 'Samek W', 'Müller K-R'],
      editors: [],
      translators: [],
      year: 2019,
      venue: 'Nature Communications',
      volume: '10',
      articleNumber: '1069',
      links: [],
      selected: true,
      etAl: false,
      status: 'published',
      topics: [],
      redirectFrom: [],
    });
  });

  it('the award-winning Pattern Recognition paper', () => {
    expect(byId('publications', 'montavon2017explaining')).toMatchObject({
      venue: 'Pattern Recognition',
      volume: '65',
      pages: '211-222',
      award: 'Pattern Recognition Best Paper Award and Pattern Recognition Medal',
    });
  });

  it('ACM TOCH 3(2):14:1-27 with its repository', () => {
    expect(byId('publications', 'slijepcevic2022explaining')).toMatchObject({
      volume: '3',
      issue: '2',
      articleNumber: '14',
      pages: '1-27',
      links: [{ kind: 'code', url: 'https://github.com/sebastian-lapuschkin/explaining-deep-clinical-gait-classification' }],
    });
  });

  it('the ECQ<sup>X</sup> chapter keeps its inline markup', () => {
    expect(byId('publications', 'becking2022ecqx')).toMatchObject({
      kind: 'book-chapter',
      title: 'ECQ<sup>X</sup>: Explainability-Driven Quantization for Low-Bit and Sparse DNNs',
      venue: 'xxAI – Beyond Explainable AI',
      pages: '271-296',
      publisher: 'Springer',
      publisherPlace: 'Cham',
    });
  });

  it('CoRR preprints carry their arXiv id', () => {
    expect(byId('publications', 'pahde2022optimizing')).toMatchObject({
      venue: 'CoRR',
      arxiv: '2211.17174',
      authors: ['Pahde F', 'Yolcu GÜ', 'Binder A', 'Samek W', 'Lapuschkin S'],
    });
  });

  it('a multi-day lecture series in Girona', () => {
    expect(content.byId('lectures', '2021-12-13-explainable-ai')).toMatchObject({
      title: 'Explainable AI',
      date: { dates: ['2021-12-13', '2021-12-14', '2021-12-16'], precision: 'day' },
      kind: 'lecture-series',
    });
  });

  it('German titles are tagged as German', () => {
    const german = [...content.bySection('talks'), ...content.bySection('lectures'), ...content.bySection('patents')]
      .filter((entry) => entry.data['language'] === 'de')
      .map((entry) => entry.data['title']);
    expect(german.sort()).toEqual([
      'Neuronale Netze mit LRP (richtig) erklären',
      'Verfahren und System zur Simulation eines optischen Bildes eines Fotonischen und/oder Elektronischen Artikels',
      'Zukünftige Trends in der KI und Einsatzmöglichkeiten im Bauwesen',
    ]);
  });

  it('the current position is open-ended with its responsibilities', () => {
    const head = content.byId('experience', 'hhi-head-xai');
    expect(head).toMatchObject({ role: 'Head of Explainable Artificial Intelligence', start: '2021-01' });
    expect(head['end']).toBeUndefined();
    expect(head['responsibilities']).toHaveLength(2);
  });

  it('the PhD with distinction, thesis and supervisor', () => {
    expect(content.byId('education', 'tub-phd')).toMatchObject({
      degree: 'PhD',
      start: 2013,
      end: 2018,
      grade: 'with distinction (summa cum laude)',
      thesis: 'Opening the machine learning black box with Layer-wise Relevance Propagation',
      supervisors: ['Prof. Dr. Klaus-Robert Müller'],
    });
  });

  it('projects led by the owner', () => {
    const led = content
      .bySection('projects')
      .filter((entry) => entry.data['role'] === 'lead')
      .map((entry) => entry.data['acronym']);
    expect(led.sort()).toEqual(['TEMA', 'TraMeExCo', 'iToBoS']);
  });

  it('the Best Paper Award points at the paper it honours', () => {
    expect(content.byId('awards', 'pattern-recognition-best-paper-2020')).toMatchObject({ year: 2020, publication: 'montavon2017explaining' });
  });

  it('contact details: email public, phone and address on the printable CV only', () => {
    const profile = content.byId('profile', 'profile') as { contact: Record<string, { visibility: string }>; aliases: string[] };
    expect(profile.contact['email']).toEqual({ value: 'sebastian@lapuschkin.com', visibility: 'web' });
    expect(profile.contact['phone']?.visibility).toBe('cv');
    expect(profile.contact['address']?.visibility).toBe('cv');
    expect(profile.aliases).toContain('Bach S');
  });
});
