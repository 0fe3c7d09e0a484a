import type Dexie from 'dexie';
import { migration001 } from './001-initial';
import { migration002 } from './002-learned-examples';
import { migration003 } from './003-lean-reply-indexes';
import type { Migration } from './types';

/** Every schema version, oldest first. Add a new numbered file for each change; never edit a shipped one. */
export const MIGRATIONS: Migration[] = [migration001, migration002, migration003];

export function applyMigrations(db: Dexie, migrations: Migration[] = MIGRATIONS): void {
  let last = 0;
  for (const m of migrations) {
    if (m.version <= last) throw new Error(`Migrations out of order: ${m.version} after ${last}`);
    last = m.version;
    const version = db.version(m.version).stores(m.stores);
    if (m.upgrade) version.upgrade(m.upgrade);
  }
}

export type { Migration };
