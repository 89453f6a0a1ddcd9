/**
 * Portuguese as Portugal's universities write it (licenciatura, doutoramento, agregação,
 * investigação, bolseiro; prémio, académico): the Brazilian catalogue (pt.ts) with the words
 * that differ replaced. A site with `language: pt-PT` gets it; dates follow pt-PT too.
 */
import type { UIStrings } from './en.ts';
import { pt } from './pt.ts';

const NBSP = '\u00A0';

/** «A» inside a quotation is “A”. */
const innerEuropean = (text: string) => text.replace(/[«“"]([^«»“”"]*)[»”"]/g, '“$1”');

export const ptPT: UIStrings = {
  ...pt,
  quote: (text) => `«${innerEuropean(text)}»`,
  innerQuotes: (text) => innerEuropean(text),
  skipLink: 'Saltar para o conteúdo',
  notFound: { ...pt.notFound, lede: 'Não há nenhuma página neste endereço. Pode ter sido movida, ou o endereço pode estar mal escrito.' },
  breadcrumb: 'Localização',
  footer: { ...pt.footer, colophon: 'Feito com vita: sem rastreio, sem JavaScript.', colophonSearch: 'Feito com vita: sem rastreio.' },
  home: { ...pt.home, currentProjects: 'Projetos em curso' },
  links: { ...pt.links, slides: 'Diapositivos' },
  cv: {
    ...pt.cv,
    sectionsNavigation: 'Secções do currículo',
    downloads: 'Descarregar:',
    languages: 'Línguas',
    sections: {
      ...pt.cv.sections,
      experience: 'Percurso profissional',
      education: 'Formação académica',
      projects: 'Projetos de investigação',
      grants: 'Financiamentos',
      awards: 'Prémios e distinções',
    },
    sectionLinks: { ...pt.cv.sectionLinks, experience: 'Percurso', grants: 'Financiamentos', awards: 'Prémios' },
  },
  entries: { ...pt.entries, thesisOf: { bachelor: 'Projeto de licenciatura:', master: 'Dissertação:', phd: 'Tese:', habilitation: 'Trabalho de agregação:' } },
  publications: {
    ...pt.publications,
    downloadAll: 'Descarregar tudo:',
    filters: { ...pt.publications.filters, shown: (total) => `A mostrar {shown} de ${total}` },
  },
  publication: {
    ...pt.publication,
    download: (file) => `Descarregar ${file}`,
    number: (number) => `n.º${NBSP}${number}`,
    inOrcid: 'registado no ORCID',
    orcidKey: (record, date) => `Registado no perfil ORCID ${record} (em ${date})`,
  },
  reference: {
    ...pt.reference,
    series: (series, number) => (number === undefined ? series : `${series}, vol.${NBSP}${number}`),
    edition: (edition) => (/^\d+$/.test(edition) ? `${edition}.ª ed.` : `ed. ${edition}`),
    thesisTypes: { bachelor: 'Projeto de licenciatura', master: 'Dissertação de mestrado', phd: 'Tese de doutoramento', habilitation: 'Trabalho de agregação' },
  },
  works: {
    ...pt.works,
    status: { ...pt.works.status, accepted: 'Aceite' },
    coSeniorAuthor: 'autoria sénior partilhada',
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
  talks: {
    ...pt.talks,
    kinds: { ...pt.talks.kinds, 'paper-presentation': 'Comunicação oral' },
    roles: { ...pt.talks.roles, speaker: 'Orador', moderator: 'Moderação', discussant: 'Comentador' },
  },
  patents: { ...pt.patents, espacenet: 'Cada número leva ao seu registo no Espacenet.', documentsOf: (title) => `Documentos da família «${title}»` },
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
    review: { ...pt.publicationKinds.review, heading: 'Recensões', count: { one: '# recensão', many: '# de recensões', other: '# recensões' }, singular: 'Recensão' },
    report: {
      ...pt.publicationKinds.report,
      heading: 'Relatórios técnicos e documentos de trabalho',
      count: { one: '# relatório ou documento de trabalho', many: '# de relatórios e documentos de trabalho', other: '# relatórios e documentos de trabalho' },
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
  grants: {
    ...pt.grants,
    roles: { ...pt.grants.roles, pi: 'Investigador responsável', 'co-pi': 'Coinvestigador responsável', 'co-investigator': 'Investigador participante', fellow: 'Bolseiro' },
    number: (number) => `ref.ª ${number}`,
  },
  teaching: {
    ...pt.teaching,
    levels: {
      ...pt.teaching.levels,
      undergraduate: 'Licenciatura',
      graduate: 'Mestrado',
      doctoral: 'Doutoramento',
      'continuing-education': 'Formação contínua',
      school: 'Ensino básico e secundário',
    },
    roles: { ...pt.teaching.roles, instructor: 'Regente', 'co-instructor': 'Docente', 'teaching-assistant': 'Assistente' },
    types: {
      ...pt.teaching.types,
      lecture: 'Aulas teóricas',
      exercise: 'Aulas práticas',
      colloquium: 'Seminário de investigação',
      lab: 'Aulas laboratoriais',
      tutorial: 'Orientação tutorial',
    },
    terms: {
      ...pt.teaching.terms,
      Q1: (years) => `1.º trimestre de ${years}`,
      Q2: (years) => `2.º trimestre de ${years}`,
      Q3: (years) => `3.º trimestre de ${years}`,
      Q4: (years) => `4.º trimestre de ${years}`,
    },
    links: { ...pt.teaching.links, syllabus: 'Programa da unidade curricular' },
  },
  supervision: {
    ...pt.supervision,
    levels: { ...pt.supervision.levels, postdoc: 'Pós-doutoramento', phd: 'Doutoramento', bachelor: 'Licenciatura' },
    status: { ...pt.supervision.status, ongoing: 'em curso' },
  },
  search: {
    ...pt.search,
    title: 'Pesquisa',
    description: (name) => `Pesquisa nas publicações, palestras e páginas de ${name}.`,
    label: 'Pesquisar em publicações, palestras e páginas',
    needsScript: 'A pesquisa precisa de JavaScript, que está desativado neste navegador. As publicações podem ser filtradas sem ele:',
  },
  service: { ...pt.service, kinds: { ...pt.service.kinds, 'programme-committee': 'Comissão de programa', reviewer: 'Revisão científica (arbitragem)' } },
  languageLevels: { ...pt.languageLevels, bilingual: 'bilingue' },
  news: { ...pt.news, related: 'Ver:' },
  pages: { ...pt.pages, people: 'Equipa' },
  people: {
    ...pt.people,
    roles: {
      ...pt.people.roles,
      'principal-investigator': 'Investigador responsável',
      'research-scientist': 'Investigador',
      postdoc: 'Investigador de pós-doutoramento',
      'research-engineer': 'Engenheiro de investigação',
      'bachelors-student': 'Estudante de licenciatura',
      'research-assistant': 'Bolseiro de investigação',
      'visiting-researcher': 'Investigador visitante',
    },
    roleGroups: {
      ...pt.people.roleGroups,
      'principal-investigator': 'Investigadores responsáveis',
      'research-scientist': 'Investigadores',
      postdoc: 'Investigadores de pós-doutoramento',
      'research-engineer': 'Engenheiros de investigação',
      'bachelors-student': 'Estudantes de licenciatura',
      'research-assistant': 'Bolseiros de investigação',
      'visiting-researcher': 'Investigadores visitantes',
    },
  },
};
