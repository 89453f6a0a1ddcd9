/** Choices for the home page: which publications, talks and projects to feature. */

/** The owner's `selected` publications, or else the most recent ones. Input is newest first. */
export function homePublications<T extends { selected: boolean }>(publications: readonly T[], recent: number) {
  const selected = publications.filter((publication) => publication.selected);
  return selected.length > 0 ? { selected: true, items: selected } : { selected: false, items: publications.slice(0, recent) };
}

/**
 * Projects running in `month` (YYYY-MM), or, when none is, the `recent` that ended last.
 * Input is ordered newest first.
 */
export function currentProjects<T extends { start: string; end?: string | undefined }>(projects: readonly T[], month: string, recent: number) {
  const running = projects.filter((project) => project.start <= month && (project.end === undefined || project.end >= month));
  return running.length > 0 ? { current: true, items: running } : { current: false, items: projects.slice(0, recent) };
}
