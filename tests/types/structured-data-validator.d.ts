/** The part of @adobe/structured-data-validator the structured-data tests use (the package ships no types). */
declare module '@adobe/structured-data-validator' {
  export default class Validator {
    constructor(vocabulary: unknown);
    validate(data: { jsonld: Record<string, unknown[]>; microdata: object; rdfa: object; errors: unknown[] }): Promise<unknown[]>;
  }
}
