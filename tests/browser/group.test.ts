import { describe, expect, it } from 'vitest';
import { axeOnPages, chromiumServing } from '../helpers/browser.ts';
import { htmlPages } from '../helpers/dist.ts';
import { sharedSite } from '../helpers/sites.ts';

const dist = sharedSite('group');
const chromium = chromiumServing(dist);

describe.each(['light', 'dark'] as const)('axe-core, %s mode', (colorScheme) => {
  it('finds no violation on the People page and the pages of people', async () => {
    const pages = htmlPages(dist).filter((page) => page.startsWith('/people/') || page === '/publications/');
    expect(pages.length).toBe(10);
    expect(await axeOnPages(chromium.browser, chromium.origin, pages, colorScheme)).toEqual([]);
  });
});
