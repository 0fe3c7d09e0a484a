import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KuaidaDB } from '@/utils/db/database';
import { seedDefaultLibrary } from '@/utils/db/seed';
import { defaultReplies } from '@/utils/library/default';

let db: KuaidaDB;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('default library seeding', () => {
  it('loads replies, rules and size charts on first install, once', async () => {
    db = new KuaidaDB(`seed-${Math.random()}`);
    expect(await seedDefaultLibrary(db)).toBe(true);
    expect(await db.replies.count()).toBeGreaterThanOrEqual(120);
    expect(await db.rules.count()).toBeGreaterThanOrEqual(30);
    expect(await db.sizeCharts.count()).toBeGreaterThanOrEqual(3);
    expect(await seedDefaultLibrary(db)).toBe(false);
  });

  it('does not bring back default entries the agent deleted', async () => {
    db = new KuaidaDB(`seed-${Math.random()}`);
    const [first] = defaultReplies();
    await db.settings.put({ key: 'deletedDefaults', value: [first!.id] });
    await seedDefaultLibrary(db);
    expect(await db.replies.get(first!.id)).toBeUndefined();
  });

  it('keeps team or personal entries that share an id, and usage counts, when refreshing', async () => {
    db = new KuaidaDB(`seed-${Math.random()}`);
    const [first, second] = defaultReplies();
    await db.replies.put({ ...first!, text: '团队版本', source: 'team' });
    await db.replies.put({ ...second!, useCount: 7 });
    await seedDefaultLibrary(db);
    expect((await db.replies.get(first!.id))?.text).toBe('团队版本');
    expect((await db.replies.get(second!.id))?.useCount).toBe(7);
    expect((await db.replies.get(second!.id))?.source).toBe('default');
  });
});
