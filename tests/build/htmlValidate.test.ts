/** Every built page passes html-validate's recommended rules with zero errors. */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/build.ts';
import { htmlPages } from '../helpers/dist.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('html-validate', () => {
  it.each(htmlPages())('%s', async (page) => {
    const report = await validator.validateFile(join(DIST, page.endsWith('/') ? `${page}index.html` : page));
    const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
    expect(messages).toEqual([]);
  });
});
