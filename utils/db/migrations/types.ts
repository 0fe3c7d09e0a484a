import type { Transaction } from 'dexie';

/** One numbered schema step. Dexie keeps every declared version; upgrades run in order. */
export interface Migration {
  version: number;
  /** Dexie store declarations for this version (only tables that change need listing). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}
