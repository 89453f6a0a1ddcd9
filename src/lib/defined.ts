/** Drops undefined fields, so optional fields are absent rather than undefined (in JSON and under exactOptionalPropertyTypes). */
export function defined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
