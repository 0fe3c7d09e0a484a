import { describe, expect, it } from 'vitest';
import { diffPacks } from '@/utils/pack/diff';
import { formatDiff } from '@/utils/pack/format-diff';
import type { Pack, PackInput } from '@/utils/pack/schema';
import { validatePack } from '@/utils/pack/validate';
import { clone, fullPack, reversed } from './fixtures';

const valid = (input: PackInput): Pack => {
  const result = validatePack(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
};

function edited(edit: (p: PackInput) => void): Pack {
  const p = clone(fullPack());
  edit(p);
  return valid(p);
}

describe('diffPacks', () => {
  const before = valid(fullPack());

  it('finds nothing between a pack and itself with a new version and key order', () => {
    const after = edited((p) => {
      p.version = '2026.11.23-1';
      p.publishedAt = '2026-11-23T09:00:00+08:00';
    });
    after.replies[1]!.questions = []; // left out before: the same
    const diff = diffPacks(before, reversed(after));
    expect(diff.same).toBe(true);
    expect(diff.meta.map((m) => m.field)).toEqual(['version', 'publishedAt']);
    expect(formatDiff(diff)).toContain('内容相同');
  });

  it('lists added, removed and changed entries with the changed fields', () => {
    const after = edited((p) => {
      p.replies[0]!.text = '亲，24 小时内发货哦～';
      p.replies[0]!.keywords = ['发货', '多久发'];
      p.replies.splice(1, 1);
      p.replies.push({ id: 'r-new', group: '售前', title: '现货', text: '有现货～', keywords: [], shortcut: '', shops: [], platforms: [] });
      p.sizeCharts[0]!.rows[1]!.height = [165, 175];
      p.forbiddenWords[0]!.terms.push('顶级');
      p.title = 'ACME 客服';
    });
    const diff = diffPacks(before, after);
    expect(diff.same).toBe(false);
    expect(diff.sections.replies).toEqual({
      added: [{ id: 'r-new', label: '现货' }],
      removed: [{ id: 'r-th', label: '退货地址' }],
      changed: [expect.objectContaining({ id: 'r-fh', label: '发货时间', fields: ['text', 'keywords'] })],
    });
    expect(diff.sections.sizeCharts.changed[0]).toMatchObject({ id: 'chart-女裤', fields: ['rows'] });
    expect(diff.sections.forbiddenWords.changed[0]).toMatchObject({ id: 'absolute', label: '绝对化用语', fields: ['terms'] });
    expect(diff.sections.rules).toEqual({ added: [], removed: [], changed: [] });

    const text = formatDiff(diff);
    expect(text).toContain('title：「ACME 客服团队」→「ACME 客服」');
    expect(text).toContain('话术 (replies)：新增 1，删除 1，修改 1');
    expect(text).toContain('  + r-new「现货」');
    expect(text).toContain('  - r-th「退货地址」');
    expect(text).toContain('  ~ r-fh「发货时间」：text, keywords');
    expect(text).toContain('text：「亲，{买家}，48 小时内发货哦～」→「亲，24 小时内发货哦～」');
    expect(text).toContain('keywords：+多久发 -几天发');
    expect(text).toContain('terms：+顶级');
    expect(text).toContain('规则 (rules)：无变化');
  });

  it('counts what it does not list', () => {
    const after = edited((p) => {
      for (let i = 0; i < 5; i++) p.shops.push({ id: `s${i}`, name: `店${i}` });
    });
    const text = formatDiff(diffPacks(before, after), { maxEntries: 2 });
    expect(text).toContain('店铺 (shops)：新增 5，删除 0，修改 0');
    expect(text).toContain('…还有 3 条');
  });
});
