import type { Migration } from 'kysely';
import { initialSchema } from './0001-initial-schema.js';
import { dashboardReadModel } from './0003-dashboard-read-model.js';
import { authSchema } from './0004-auth.js';
import { dropCallListIndexes } from './0005-drop-call-list-indexes.js';
import { utterancesView } from './0006-utterances-view.js';

/** Every migration, in order. A static list (no directory scanning) so bundles and `dist/` behave the same. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0003-dashboard-read-model': dashboardReadModel,
  '0004-auth': authSchema,
  '0005-drop-call-list-indexes': dropCallListIndexes,
  '0006-utterances-view': utterancesView,
};
