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
  footer: { ...pt.footer, colophon: 'Feito com vita: sem rastreio, sem JavaScript.', colophonSearch: 'Feito com vita: sem rastreio.' },
  home: { ...pt.home, currentProjects: 'Projetos em curso' },
  links: { ...pt.links, slides: 'Diapositivos' },
  cv: {
    ...pt.cv,
    downloads: 'Descarregar:',
    sections: { ...pt.cv.sections, education: 'Formação académica', projects: 'Projetos de investigação', awards: 'Prémios e distinções' },
    sectionLinks: { ...pt.cv.sectionLinks, awards: 'Prémios' },
  },
  entries: { ...pt.entries, thesisOf: { bachelor: 'Projeto de licenciatura:', master: 'Dissertação:', phd: 'Tese:', habilitation: 'Trabalho de agregação:' } },
  publications: {
    ...pt.publications,
    downloadAll: 'Descarregar tudo:',
    filters: { ...pt.publications.filters, shown: (total) => `A mostrar {shown} de ${total}` },
  },
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
  impact: {
    ...pt.impact,
    elsewhere: 'Noutro local',
    access: {
      ...pt.impact.access,
      diamond: 'Diamante (revista aberta, sem taxas)',
      gold: 'Dourado (revista aberta)',
      hybrid: 'Híbrido (aberto numa revista por assinatura)',
      green: 'Verde (cópia livre num repositório)',
      bronze: 'Bronze (leitura livre no sítio da editora)',
    },
    linksNote:
      'Altmetric (menções em notícias, documentos de políticas públicas e redes sociais) e Dimensions (citações no próprio índice) estão ligados pelo DOI e podem não ter nada sobre um trabalho; nada é carregado deles a menos que siga uma ligação.',
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
  funders: {
    ...pt.funders,
    dfg: {
      ...pt.funders.dfg,
      career: 'Percurso académico',
      qualifications: 'Habilitações',
      categoryA: 'A. Artigos em revistas e outros meios de publicação com revisão por pares, livros e capítulos em obras coletivas',
      engagement: 'Participação no sistema de investigação',
    },
    erc: { ...pt.funders.erc, education: 'Formação e principais habilitações', achievements: 'Resultados de investigação e reconhecimento pelos pares' },
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
  search: {
    ...pt.search,
    title: 'Pesquisa',
    description: (name) => `Pesquisa nas publicações, palestras e páginas de ${name}.`,
    label: 'Pesquisar em publicações, palestras e páginas',
    needsScript: 'A pesquisa precisa de JavaScript, que está desativado neste navegador. As publicações podem ser filtradas sem ele:',
  },
  service: { ...pt.service, kinds: { ...pt.service.kinds, 'programme-committee': 'Comité de programa' } },
};
