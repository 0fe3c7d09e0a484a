import { getDatabase } from '../db/database';
import type { LearnedExampleRow, PlatformRule, Reply, Setting, Shop, SizeChart } from '../library/types';
import { onMessage } from '../messaging/protocol';
import { chartFromMessage } from '../library/size-format';
import { invalidateLibraryIndex } from './library-service';

/** Everything the agent has, for a full backup (file) and restore. */
export interface KuaidaBackup {
  format: 'kuaida-backup';
  formatVersion: 1;
  createdAt: string;
  replies: Reply[];
  rules: PlatformRule[];
  sizeCharts: SizeChart[];
  shops: Shop[];
  settings: Setting[];
  learnedExamples: LearnedExampleRow[];
}

export async function exportBackup(): Promise<KuaidaBackup> {
  const db = getDatabase();
  return db.transaction('r', [db.replies, db.rules, db.sizeCharts, db.shops, db.settings, db.learnedExamples], async () => ({
    format: 'kuaida-backup' as const,
    formatVersion: 1 as const,
    createdAt: new Date().toISOString(),
    replies: await db.replies.toArray(),
    rules: await db.rules.toArray(),
    sizeCharts: await db.sizeCharts.toArray(),
    shops: await db.shops.toArray(),
    settings: await db.settings.toArray(),
    learnedExamples: await db.learnedExamples.toArray(),
  }));
}

const SECTIONS = ['replies', 'rules', 'sizeCharts', 'shops', 'settings', 'learnedExamples'] as const;

/** Checks the shape of a backup file before anything is replaced; says which part is wrong. */
export function checkBackup(data: unknown): KuaidaBackup {
  const b = data as Partial<KuaidaBackup> | null;
  if (!b || typeof b !== 'object' || b.format !== 'kuaida-backup') throw new Error('不是快答备份文件（缺少 format: "kuaida-backup"）');
  if (b.formatVersion !== 1) throw new Error(`不支持的备份版本 ${String(b.formatVersion)}`);
  for (const s of SECTIONS) {
    const rows = b[s];
    if (!Array.isArray(rows)) throw new Error(`备份缺少「${s}」`);
    const key = s === 'settings' ? 'key' : 'id';
    (rows as unknown[]).forEach((row, i) => {
      if (!row || typeof row !== 'object' || (s !== 'learnedExamples' && typeof (row as Record<string, unknown>)[key] !== 'string')) {
        throw new Error(`备份「${s}」第 ${i + 1} 条缺少 ${key}`);
      }
    });
  }
  return b as KuaidaBackup;
}

/** Replaces everything with the backup, in one transaction: a bad file changes nothing. */
export async function restoreBackup(data: unknown): Promise<Record<(typeof SECTIONS)[number], number>> {
  const backup = checkBackup(data);
  const db = getDatabase();
  await db.transaction('rw', [db.replies, db.rules, db.sizeCharts, db.shops, db.settings, db.learnedExamples], async () => {
    await Promise.all([db.replies.clear(), db.rules.clear(), db.sizeCharts.clear(), db.shops.clear(), db.settings.clear(), db.learnedExamples.clear()]);
    await db.replies.bulkPut(backup.replies);
    await db.rules.bulkPut(backup.rules);
    await db.sizeCharts.bulkPut(backup.sizeCharts.map(chartFromMessage)); // JSON turned open bounds into null
    await db.shops.bulkPut(backup.shops);
    await db.settings.bulkPut(backup.settings);
    await db.learnedExamples.bulkPut(backup.learnedExamples);
  });
  invalidateLibraryIndex(); // a restore replaces everything: rebuilding is the honest update
  return Object.fromEntries(SECTIONS.map((s) => [s, backup[s].length])) as Record<(typeof SECTIONS)[number], number>;
}

export function setupBackup(): void {
  onMessage('exportBackup', () => exportBackup());
  onMessage('restoreBackup', ({ data }) => restoreBackup(data.backup));
}
