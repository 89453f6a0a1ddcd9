/**
 * The search page's script, served as /search.js (no inline script, so the CSP stays strict).
 * The page holds everything it says: the box, the status line with its words per count (data-one,
 * data-other, "#" for the number) and, for browsers without JavaScript, a note that this script
 * hides. Pagefind's reader is loaded on the first keystroke, from the address the page names
 * (under the base path), and asked for results; each result is a link with Pagefind's excerpt.
 */
const box = document.querySelector('search[data-index]');
const input = box?.querySelector('input');
const statusLine = document.getElementById('search-status');
const list = document.getElementById('search-results');

if (box instanceof HTMLElement && input && statusLine && list) {
  for (const note of document.querySelectorAll('.search-needs-script')) note.setAttribute('hidden', '');
  box.removeAttribute('hidden');
  const plural = new Intl.PluralRules(document.documentElement.lang);
  const number = new Intl.NumberFormat(document.documentElement.lang);
  const counted = (count) => (plural.select(count) === 'one' ? box.dataset.one : box.dataset.other).replace('#', number.format(count));
  let reader;

  async function show(query) {
    if (query.trim() === '') {
      list.replaceChildren();
      statusLine.textContent = '';
      return;
    }
    reader ??= import(box.dataset.index).then(async (pagefind) => {
      await pagefind.options({ baseUrl: box.dataset.base });
      return pagefind;
    });
    const pagefind = await reader;
    const search = await pagefind.debouncedSearch(query, {}, 200);
    // null: a later keystroke superseded this search.
    if (search === null) return;
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is the page's text, escaped, with the matches in <mark>.
        excerpt.innerHTML = result.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
    statusLine.textContent = counted(search.results.length);
  }

  input.addEventListener('input', () => void show(input.value));
  if (input.value) void show(input.value);
}
