import type { KuaidaDB } from '../database';

export async function getSetting<T>(db: KuaidaDB, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return row === undefined ? fallback : (row.value as T);
}

export async function setSetting(db: KuaidaDB, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
