/**
 * The ORCID marks in the built complete fixture (orcid.json lists three works, orcidMarks: true),
 * in English at / and in German on a project page (/vita/): each listed work carries ORCID's iD with its words for
 * screen readers, the list has one key linking the record, the publication page says it, an unlisted
 * work has none, and print leaves them out.
 */
import { describe, expect, it } from 'vitest';
import { loadPage } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';

const LISTED = ['bianchi2019spatial', 'rossi2022spatial', 'rossi2023cellstate'];
const RECORD = 'https://orcid.org/0000-0002-1825-0097';

describe.each([
  ['English', sharedSite('complete'), 'listed in ORCID', 'Listed in the ORCID record 0000-0002-1825-0097 (as of Nov 28, 2026)'],
  ['German', sharedSite('complete-de-vita'), 'im ORCID-Profil verzeichnet', 'Im ORCID-Profil 0000-0002-1825-0097 verzeichnet (Stand: 28. Nov. 2026)'],
])('the ORCID marks in %s', (_, root, label, key) => {
  const page = (path: string) => loadPage(path, root);

  it('mark each listed work in the publication list, with its words for screen readers, and give the key once', () => {
    const $ = page('/publications/index.html');
    const marked = $('.publication-list > li.publication')
      .filter((_, item) => $(item).find('.orcid-mark').length > 0)
      .map((_, item) => $(item).attr('id'))
      .get();
    // The impact panel's most-cited list marks them too; the key stays one for the page.
    expect([...new Set(marked.map((id) => id.replace(/^most-cited-/, '')))].sort()).toEqual(LISTED);
    $('li.publication .orcid-mark').each((_, mark) => {
      expect($(mark).find('[aria-hidden="true"]').text()).toBe('iD');
      expect($(mark).find('.visually-hidden').text()).toBe(label);
      expect($(mark).hasClass('no-print')).toBe(true);
    });
    const keys = $('.orcid-key');
    expect(keys.length).toBe(1);
    expect(keys.text().replace(/\s+/g, ' ').trim()).toBe(`iD ${key}`);
    expect(keys.find('a').attr('href')).toBe(RECORD);
  });

  it('say it on the page of a listed work, and not on the page of another', () => {
    const listed = page('/publications/rossi2022spatial/index.html');
    expect(listed('.orcid-key').text().replace(/\s+/g, ' ').trim()).toBe(`iD ${key}`);
    expect(page('/publications/rossi2025sparse/index.html')('.orcid-key, .orcid-mark').length).toBe(0);
  });
});
