import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KuaidaDB } from '@/utils/db/database';
import { applyMigrations, MIGRATIONS, type Migration } from '@/utils/db/migrations';
import { migration001 } from '@/utils/db/migrations/001-initial';
import { migration002 } from '@/utils/db/migrations/002-learned-examples';
import type { Reply } from '@/utils/library/types';

const names: string[] = [];
function dbName(): string {
  const name = `test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

const reply = (id: string): Reply => ({
  id, group: '物流', title: '发货时间', text: '亲，今天下单48小时内发货哦', keywords: ['发货'], shortcut: 'fh',
  questions: [], shops: [], platforms: [], source: 'personal', useCount: 2, updatedAt: 1,
});

describe('current schema', () => {
  it('creates every table the extension needs', async () => {
    const db = new KuaidaDB(dbName());
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['learnedExamples', 'replies', 'rules', 'settings', 'shops', 'sizeCharts']);
    await db.replies.put(reply('a'));
    expect(await db.replies.where('source').equals('personal').count()).toBe(1);
    db.close();
  });

  it('lists migrations in order and refuses a list out of order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2, 3]);
    expect(() => applyMigrations(new Dexie(dbName()), [migration001, { ...migration001 }])).toThrow(/out of order/);
  });
});

describe('002: learned examples', () => {
  it('upgrades a version 1 database, keeping the library and adding the learned examples table', async () => {
    const name = dbName();
    const v1 = new KuaidaDB(name, [migration001]);
    await v1.replies.put(reply('a'));
    v1.close();
    const v2 = new KuaidaDB(name, [migration001, migration002]);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.replies.get('a')).toMatchObject({ id: 'a', useCount: 2 });
    await v2.learnedExamples.add({ replyId: 'a', shop: '', text: '啥时候发货', key: '什么时候发货', createdAt: 1 });
    expect(await v2.learnedExamples.where('[shop+replyId+key]').equals(['', 'a', '什么时候发货']).count()).toBe(1);
    v2.close();
  });
});

describe('003: lean reply indexes', () => {
  it('drops the unqueried reply indexes and keeps every row', async () => {
    const name = dbName();
    const v2 = new KuaidaDB(name, [migration001, migration002]);
    await v2.replies.bulkPut([reply('a'), { ...reply('b'), source: 'team' }]);
    expect(await v2.replies.where('keywords').equals('发货').count()).toBe(2);
    v2.close();
    const v3 = new KuaidaDB(name);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(v3.replies.schema.indexes.map((i) => i.name)).toEqual(['source']);
    expect(await v3.replies.where('source').equals('team').primaryKeys()).toEqual(['b']);
    expect(await v3.replies.count()).toBe(2);
    v3.close();
  });
});

describe('migration path to later versions', () => {
  // A later version adds an index and rewrites rows; data written before must survive.
  const migrationNext: Migration = {
    version: 4,
    stores: { replies: 'id, group, source, shortcut, *keywords, *shops, updatedAt, useCount' },
    upgrade: async (tx) => {
      await tx.table('replies').toCollection().modify((r: Reply) => {
        r.title = r.title.trim();
        r.useCount = r.useCount * 10;
      });
    },
  };

  it('upgrades the current database in place, keeping its rows', async () => {
    const name = dbName();
    const v1 = new KuaidaDB(name);
    await v1.replies.bulkPut([{ ...reply('a'), title: ' 发货时间 ' }, reply('b')]);
    await v1.settings.put({ key: 'k', value: 42 });
    v1.close();

    const v2 = new KuaidaDB(name, [...MIGRATIONS, migrationNext]);
    await v2.open();
    expect(v2.verno).toBe(4);
    expect((await v2.replies.get('a'))?.title).toBe('发货时间');
    expect(await v2.replies.where('useCount').equals(20).count()).toBe(2);
    expect((await v2.settings.get('k'))?.value).toBe(42);
    v2.close();
  });
});
