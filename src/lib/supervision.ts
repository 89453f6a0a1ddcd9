/** Supervision entries as the CV shows them: the state of each, grouped by stage. */
import type { SupervisionStatus } from '../schemas/supervision.ts';

/** The status as written, else ongoing while there is no end and completed after it. */
export const supervisionState = (entry: { readonly status?: SupervisionStatus | undefined; readonly end?: unknown }): SupervisionStatus =>
  entry.status ?? (entry.end === undefined ? 'ongoing' : 'completed');
