/** html-validate's recommended rules, one message list per page. */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** "line:column rule: message" for every problem of a built page. */
export async function htmlProblems(root: string, page: string): Promise<string[]> {
  const report = await validator.validateFile(join(root, page.endsWith('/') ? `${page}index.html` : page));
  return report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
}
