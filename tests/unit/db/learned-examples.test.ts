import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KuaidaDB } from '@/utils/db/database';
import { addLearnedExample, allLearnedExamples, removeLearnedExample } from '@/utils/db/tables/learned-examples';
import { MAX_EXAMPLES_PER_REPLY } from '@/utils/search/questions';

let db: KuaidaDB;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('learned examples table', () => {
  it('deduplicates by normalised text per reply and shop, refreshing the time', async () => {
    db = new KuaidaDB(`learn-${Math.random()}`);
    await addLearnedExample(db, { replyId: 'ship', shop: 'a', text: '今天能发货吗', createdAt: 1 });
    await addLearnedExample(db, { replyId: 'ship', shop: 'a', text: '今天能发货吗？？', createdAt: 5 });
    await addLearnedExample(db, { replyId: 'ship', shop: 'b', text: '今天能发货吗', createdAt: 2 });
    const rows = await allLearnedExamples(db);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.shop === 'a')?.createdAt).toBe(5);
  });

  it('keeps only the newest examples per reply and shop', async () => {
    db = new KuaidaDB(`learn-${Math.random()}`);
    for (let i = 0; i < MAX_EXAMPLES_PER_REPLY + 5; i++) {
      await addLearnedExample(db, { replyId: 'ship', shop: 'a', text: `问题${i}`, createdAt: i });
    }
    const rows = await allLearnedExamples(db);
    expect(rows).toHaveLength(MAX_EXAMPLES_PER_REPLY);
    expect(rows[0]!.text).toBe('问题5');
  });

  it('ignores empty messages and can remove one example', async () => {
    db = new KuaidaDB(`learn-${Math.random()}`);
    expect(await addLearnedExample(db, { replyId: 'ship', shop: '', text: ' [微笑] ' })).toBeNull();
    const row = await addLearnedExample(db, { replyId: 'ship', shop: '', text: '在吗' });
    expect(await removeLearnedExample(db, row!.id!)).toMatchObject({ text: '在吗' });
    expect(await allLearnedExamples(db)).toEqual([]);
  });
});
