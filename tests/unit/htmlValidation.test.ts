import { describe, expect, it } from 'vitest';
import { htmlTextProblems } from '../helpers/htmlValidation.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;

describe('the HTML validation of the tests (one resolved configuration for every page)', () => {
  it('reports each page its own problems, page after page, and none for a valid one', async () => {
    expect(await htmlTextProblems(page('<main><p>Fine</p></main>'))).toEqual([]);
    expect(await htmlTextProblems(page('<main><p id="x">A</p><p id="x">B</p></main>'))).toEqual(['1:117 no-dup-id: Duplicate ID "x"']);
    expect(await htmlTextProblems(page('<main><img src="a.png"></main>'))).toEqual(['1:96 wcag/h37: <img> is missing required "alt" attribute']);
    expect(await htmlTextProblems(page('<main><p>Fine again</p></main>'))).toEqual([]);
  });
});
