/**
 * The English starter of `npm run new`: the placeholder bio and the words of the example
 * files. An example under ../examples/ names each of its words as {{key}}; a language is one
 * table of this shape (`StarterTexts`, see de.ts), listed in ../newSite.ts. Field names, ids,
 * names of people and places stay as they are: they show the format, not a language.
 */

/** What the bio is made from: the flags or answers of `npm run new`. */
export interface BioParts {
  readonly name: string;
  readonly role?: string | undefined;
  readonly affiliation?: string | undefined;
}

export const en = {
  /** The first sentence of the profile's body. */
  bio: ({ name, role, affiliation }: BioParts) =>
    `This is the website of ${name}${role && affiliation ? `, ${role} at ${affiliation}` : role || affiliation ? `, ${role ?? affiliation}` : ''}.`,
  /** An HTML comment below it (not shown on the site). */
  replaceBio: 'Replace this with a few sentences about your work, in Markdown.',
  /** The words of the example files, by the {{key}} they use. */
  examples: {
    awardName: 'Best Paper Award',
    awardRank: '1st place',
    awardDescription: 'For a compiler that reads like <i>English</i>',
    educationLocation: 'New Haven, United States',
    degree: 'PhD',
    educationField: 'Mathematics',
    grade: 'with distinction',
    thesis: 'New types of irreducibility criteria',
    unit: 'Department of Mathematics',
    workLocation: 'Poughkeepsie, United States',
    role: 'Senior Lecturer in Computer Science',
    positionSummary: 'Teaching and research on compilers.',
    responsibility: 'Curriculum design for the first-year programming course',
    positionBody: 'The body describes the position in Markdown.',
    projectTitle: 'English-like languages for data processing',
    grantBody: 'What the grant pays for, in Markdown. The amount shows on the printable CV only (visibility cv); write hidden to keep it off the site.',
    lectureTitle: 'Einführung in die Programmierung',
    /** The language of the example lecture: one other than the site's, to show the field. */
    lectureLanguage: 'de',
    newsTitle: 'Our compiler paper won the Best Paper Award',
    newsBody:
      'One short paragraph in Markdown. Link to entries as kind:id, e.g. [the paper](publication:hopper2021compiler), or to pages of the site, e.g. [all publications](/publications/).',
    pageTitle: 'Research',
    pageDescription: 'Programming languages that read like English.',
    pageBody:
      'A page of its own at /research/, in Markdown. Links to entries are written as kind:id, e.g. [our compiler](publication:hopper2021compiler) or [the course](course:compilers), and to pages of the site as paths, e.g. [the CV](/cv/); vita checks them and adds the base path.',
    patentTitle: 'Method for translating English-like statements into machine code',
    portraitAlt: 'Grace Hopper at her desk',
    birthPlace: 'New York City',
    nationality: 'American',
    country: 'United States',
    profileBody: 'Grace Hopper works on programming languages that read like English. *Markdown* works here: [links](https://example.org), lists and emphasis.',
    projectBody: 'What the project is about, in Markdown.',
    publicationTitle: 'A compiler for <i>business</i> data processing',
    slidesLabel: 'Talk slides',
    publicationNote: 'Invited paper',
    publicationBody: "The abstract, in Markdown, with formulas in TeX such as $O(n \\log n)$. It is shown on the publication's page.",
    serviceRole: 'Reviewer for the research track',
    skillGroup: 'Programming',
    skillLead: 'Languages and tools, e.g.,',
    firstLanguage: 'English',
    secondLanguage: 'German',
    thesisTitle: 'Notes on the <i>Analytical Engine</i>',
    nextPosition: 'Postdoc at the University of London',
    supervisionBody: 'What the project was about, in Markdown. Write name: instead of person: for someone not in content/people/.',
    talkTitle: 'Compilers for everyone',
    talkCountry: 'United Kingdom',
    talkNote: 'with a live demonstration',
    courseTitle: 'Compilers and <i>translators</i>',
    notesLabel: 'Lecture notes',
    courseBody: 'What the course covers, in Markdown. Terms: 2021-WS and 2022-SS (semesters), 2023-spring, -summer, -fall, -winter, 2023-Q1 to Q4, or a year.',
  },
};

export type StarterTexts = typeof en;
