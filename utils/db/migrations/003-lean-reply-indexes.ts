import type { Migration } from './types';

/**
 * Version 3: replies keep only the indexes that are queried (by source). Search runs on the
 * in-memory engine, so indexes on group, shortcut, keywords and shops only slowed bulk writes
 * (a 10,000-row import wrote about twice as long with them).
 */
export const migration003: Migration = {
  version: 3,
  stores: {
    replies: 'id, source',
  },
};
