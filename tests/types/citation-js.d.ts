/** The small part of citation-js the export tests use (the packages ship no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
    format(style: 'bibliography', options: Record<string, unknown>): unknown;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
