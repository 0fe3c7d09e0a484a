import { describe, expect, it } from 'vitest';
import { defaultReplies, defaultRules } from '@/utils/library/default';
import type { Reply } from '@/utils/library/types';
import { LibraryIndex } from '@/utils/search/engine';
import { normalize } from '@/utils/search/normalize';

const reply = (id: string, title: string, keywords: string[], extra: Partial<Reply> = {}): Reply => ({
  id, group: '通用', title, text: `${title}的回复`, keywords, shortcut: '', questions: [], shops: [], platforms: [],
  source: 'team', useCount: 0, updatedAt: 0, ...extra,
});

describe('normalizeText', () => {
  it('folds width, case, traditional characters, emoticon codes and repeats; punctuation separates', () => {
    expect(normalizeText('ＡＢＣ， 包郵嗎？？[微笑]好好好好')).toBe('abc 包邮吗 好');
  });
});

describe('LibraryIndex', () => {
  const index = new LibraryIndex(
    [
      reply('ship', '发货时间', ['发货', '什么时候发'], { shortcut: 'fhsj' }),
      reply('invoice', '开发票', ['发票', '开票'], { shortcut: 'fp' }),
      reply('free', '包邮', ['包邮', '运费'], { shortcut: 'by' }),
    ],
    [],
  );

  it('ranks the reply whose keywords the buyer used first, with the matched words as reason', () => {
    const [top] = index.suggest('亲，这个包邮吗？');
    expect(top).toMatchObject({ id: 'free', kind: 'reply' });
    expect(top!.reason).toContain('包邮');
    expect(index.suggest('能开票吗')[0]?.id).toBe('invoice');
  });

  it('suggests nothing for a message that matches nothing', () => {
    expect(index.suggest('哈哈哈哈')).toEqual([]);
    expect(index.suggest('  ')).toEqual([]);
  });

  it('finds shortcut codes exactly and by prefix in the search box', () => {
    expect(index.search('fhsj')[0]?.id).toBe('ship');
    expect(index.search('/fh')[0]?.id).toBe('ship');
    expect(index.search('fp')[0]?.id).toBe('invoice');
  });

  it('finds titles by fuzzy search', () => {
    expect(index.search('发票').map((s) => s.id)).toContain('invoice');
  });

  it('surfaces platform rules as rules on the default library', () => {
    const full = new LibraryIndex(defaultReplies(), defaultRules());
    const out = full.suggest('我想七天无理由退货');
    expect(out.length).toBeGreaterThan(0);
    expect(out.some((s) => s.kind === 'rule')).toBe(true);
    expect(out.find((s) => s.kind === 'reply')?.group).toBe('售后');
  });
});
