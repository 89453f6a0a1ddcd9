/**
 * Portuguese as Portugal's universities write it (licenciatura, doutoramento, agregação,
 * investigação, bolseiro; prémio, académico): the Brazilian catalogue (pt.ts) with the words
 * that differ replaced. A site with `language: pt-PT` gets it; dates follow pt-PT too.
 */
import type { UIStrings } from './en.ts';
import { pt } from './pt.ts';

/** «A» inside a quotation is “A”. */
const innerEuropean = (text: string) => text.replace(/[«“"]([^«»“”"]*)[»”"]/g, '“$1”');

export const ptPT: UIStrings = {
  ...pt,
  quote: (text) => `«${innerEuropean(text)}»`,
  innerQuotes: (text) => innerEuropean(text),
  skipLink: 'Saltar para o conteúdo',
  breadcrumb: 'Localização',
  footer: { ...pt.footer, colophon: 'Feito com vita: sem rastreio, sem JavaScript.' },
  home: { ...pt.home, currentProjects: 'Projetos em curso' },
  links: { ...pt.links, slides: 'Diapositivos' },
  cv: {
    ...pt.cv,
    downloads: 'Descarregar:',
    sections: { ...pt.cv.sections, education: 'Formação académica', projects: 'Projetos de investigação', awards: 'Prémios e distinções' },
    sectionLinks: { ...pt.cv.sectionLinks, awards: 'Prémios' },
  },
  entries: { ...pt.entries, thesisOf: { bachelor: 'Projeto de licenciatura:', master: 'Dissertação:', phd: 'Tese:', habilitation: 'Trabalho de agregação:' } },
  publications: { ...pt.publications, downloadAll: 'Descarregar tudo:' },
  publication: { ...pt.publication, download: (file) => `Descarregar ${file}` },
  reference: {
    ...pt.reference,
    thesisTypes: { bachelor: 'Projeto de licenciatura', master: 'Dissertação de mestrado', phd: 'Tese de doutoramento', habilitation: 'Trabalho de agregação' },
  },
  works: {
    ...pt.works,
    status: { ...pt.works.status, accepted: 'Aceite' },
    coSeniorAuthor: 'coautoria sénior',
  },
  talks: { ...pt.talks, roles: { ...pt.talks.roles, speaker: 'Orador', moderator: 'Moderação' } },
  patents: { ...pt.patents, espacenet: 'Cada número leva ao seu registo no Espacenet.' },
  publicationKinds: {
    ...pt.publicationKinds,
    'journal-article': {
      ...pt.publicationKinds['journal-article'],
      heading: 'Artigos em revistas científicas',
      count: { one: '# artigo em revista científica', many: '# de artigos em revistas científicas', other: '# artigos em revistas científicas' },
      singular: 'Artigo em revista científica',
    },
    'conference-paper': {
      ...pt.publicationKinds['conference-paper'],
      heading: 'Comunicações em atas de congressos',
      count: { one: '# comunicação em atas de congresso', many: '# de comunicações em atas de congressos', other: '# comunicações em atas de congressos' },
      singular: 'Comunicação em atas de congresso',
    },
    poster: {
      ...pt.publicationKinds.poster,
      heading: 'Pósteres e resumos',
      count: { one: '# póster ou resumo', many: '# de pósteres e resumos', other: '# pósteres e resumos' },
      singular: 'Póster',
    },
  },
  grants: { ...pt.grants, roles: { ...pt.grants.roles, 'co-investigator': 'Investigador participante', fellow: 'Bolseiro' } },
  teaching: {
    ...pt.teaching,
    levels: { ...pt.teaching.levels, undergraduate: 'Licenciatura', graduate: 'Mestrado', doctoral: 'Doutoramento', school: 'Ensino básico e secundário' },
    roles: { ...pt.teaching.roles, 'teaching-assistant': 'Assistente' },
    types: { ...pt.teaching.types, exercise: 'Aulas práticas', lab: 'Aulas laboratoriais' },
    links: { ...pt.teaching.links, syllabus: 'Programa da unidade curricular' },
  },
  supervision: { ...pt.supervision, levels: { ...pt.supervision.levels, bachelor: 'Estudantes de licenciatura' }, status: { ...pt.supervision.status, ongoing: 'em curso' } },
  service: { ...pt.service, kinds: { ...pt.service.kinds, 'programme-committee': 'Comité de programa' } },
};
