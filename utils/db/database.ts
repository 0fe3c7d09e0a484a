import Dexie, { type EntityTable } from 'dexie';
import type { LearnedExampleRow, PlatformRule, Reply, Setting, Shop, SizeChart } from '../library/types';
import { applyMigrations, MIGRATIONS, type Migration } from './migrations';

export const DATABASE_NAME = 'kuaida';

/** The extension's IndexedDB. Only the background opens it; other contexts ask it through messages. */
export class KuaidaDB extends Dexie {
  replies!: EntityTable<Reply, 'id'>;
  sizeCharts!: EntityTable<SizeChart, 'id'>;
  rules!: EntityTable<PlatformRule, 'id'>;
  shops!: EntityTable<Shop, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  learnedExamples!: EntityTable<LearnedExampleRow, 'id'>;

  constructor(name = DATABASE_NAME, migrations: Migration[] = MIGRATIONS) {
    super(name);
    applyMigrations(this, migrations);
  }
}

let shared: KuaidaDB | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): KuaidaDB {
  shared ??= new KuaidaDB();
  return shared;
}
