/**
 * A synthetic bibliography for measuring the importer: `count` @article entries
 * of about 500 bytes each (four authors with non-ASCII names, a DOI, an
 * abstract), like the adversarial test's F6 input. Deterministic.
 */
const FAMILIES = ['Müller', 'Ekstrøm', 'Marinč', 'Weiß', 'Doe', 'Łukasiewicz', 'García', 'Nguyễn'];
const WORDS = ['explaining', 'relevance', 'propagation', 'neural', 'networks', 'concepts', 'pruning', 'quantization', 'attribution', 'models'];

export function syntheticBibtex(count: number): string {
  const entries: string[] = [];
  for (let index = 0; index < count; index++) {
    const word = (offset: number) => WORDS[(index * 7 + offset) % WORDS.length]!;
    const authors = [0, 1, 2, 3].map((offset) => `${FAMILIES[(index + offset) % FAMILIES.length]}, ${String.fromCharCode(65 + ((index + offset) % 26))}.`).join(' and ');
    entries.push(`@article{entry${index},
  title = {On ${word(0)} ${word(1)} and ${word(2)}: study ${index}},
  author = {${authors}},
  journal = {Journal of Synthetic Results},
  year = {${2000 + (index % 25)}},
  volume = {${1 + (index % 40)}},
  pages = {${index % 900}--${(index % 900) + 12}},
  doi = {10.5555/synthetic.${index}},
  abstract = {We study ${word(3)} ${word(4)} with ${word(5)}; the results for p < 0.05 hold in ${index % 17} of 17 settings and improve ${word(6)} ${word(7)} over the baselines of earlier work, as the experiments show.}
}`);
  }
  return `${entries.join('\n\n')}\n`;
}
