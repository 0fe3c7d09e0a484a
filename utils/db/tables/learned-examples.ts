import Dexie from 'dexie';
import type { KuaidaDB } from '../database';
import type { LearnedExampleRow } from '../../library/types';
import { compact } from '../../search/normalize';
import { MAX_EXAMPLES_PER_REPLY } from '../../search/questions';

/**
 * Remembers a buyer message for a reply and shop: a repeat refreshes its time instead of
 * adding a copy, and only the newest MAX_EXAMPLES_PER_REPLY are kept per reply and shop.
 */
export async function addLearnedExample(
  db: KuaidaDB,
  example: { replyId: string; shop: string; text: string; createdAt?: number },
): Promise<LearnedExampleRow | null> {
  const text = example.text.trim().slice(0, 200);
  const key = compact(text);
  if (!key) return null;
  const row: LearnedExampleRow = { replyId: example.replyId, shop: example.shop, text, key, createdAt: example.createdAt ?? Date.now() };
  return db.transaction('rw', db.learnedExamples, async () => {
    const same = await db.learnedExamples.where('[shop+replyId+key]').equals([row.shop, row.replyId, key]).first();
    if (same) {
      await db.learnedExamples.update(same.id!, { createdAt: row.createdAt, text });
      return { ...same, text, createdAt: row.createdAt };
    }
    row.id = await db.learnedExamples.add(row);
    const all = await db.learnedExamples
      .where('[shop+replyId+key]')
      .between([row.shop, row.replyId, Dexie.minKey], [row.shop, row.replyId, Dexie.maxKey])
      .sortBy('createdAt');
    const excess = all.length - MAX_EXAMPLES_PER_REPLY;
    if (excess > 0) await db.learnedExamples.bulkDelete(all.slice(0, excess).map((r) => r.id!));
    return row;
  });
}

export function allLearnedExamples(db: KuaidaDB): Promise<LearnedExampleRow[]> {
  return db.learnedExamples.orderBy('createdAt').toArray();
}

export async function removeLearnedExample(db: KuaidaDB, id: number): Promise<LearnedExampleRow | undefined> {
  const row = await db.learnedExamples.get(id);
  if (row) await db.learnedExamples.delete(id);
  return row;
}
