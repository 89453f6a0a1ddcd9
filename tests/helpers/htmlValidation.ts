/** html-validate's recommended rules, one message list per page. */
import { type ConfigData, HtmlValidate, type Report, type ResolvedConfig, StaticConfigLoader } from 'html-validate';
import { pageFile } from './build.ts';

/**
 * A loader that resolves the configuration once. html-validate's static loader resolves it anew for every page,
 * building and schema-checking its table of HTML elements each time: more than half of the time a page took.
 * Its command line keeps one resolved configuration per folder the same way.
 */
class ResolvedOnce extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override !== undefined) return super.getConfigFor(handle, override);
    return (this.#resolved ??= super.getConfigFor(handle));
  }
}

const validator = new HtmlValidate(new ResolvedOnce({ extends: ['html-validate:recommended'] }));

const problems = (report: Report) =>
  report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));

/** "line:column rule: message" for every problem of a built page. */
export async function htmlProblems(root: string, page: string): Promise<string[]> {
  return problems(await validator.validateFile(pageFile(page, root)));
}

/** The same for a page's HTML. */
export async function htmlTextProblems(html: string): Promise<string[]> {
  return problems(await validator.validateString(html));
}
