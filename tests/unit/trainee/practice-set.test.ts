import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/utils/compliance';
import { defaultReplies } from '@/utils/library/default';
import { PRACTICE_SET } from '@/utils/trainee/rounds';

const replies = defaultReplies(0);
const byId = new Map(replies.map((r) => [r.id, r]));
const GROUPS = ['物流', '售后', '发票', '优惠', '尺码', '质量问题', '投诉安抚', '支付'];

describe('bundled practice set', () => {
  it('has at least 40 buyer messages over every practice group, 10 of them angry', () => {
    expect(PRACTICE_SET.length).toBeGreaterThanOrEqual(40);
    for (const g of GROUPS) expect(PRACTICE_SET.filter((m) => m.group === g).length, g).toBeGreaterThanOrEqual(4);
    expect(PRACTICE_SET.every((m) => GROUPS.includes(m.group))).toBe(true);
    expect(PRACTICE_SET.filter((m) => m.angry)).toHaveLength(10);
  });

  it('answers each message with replies of the default library, one of its own group first', () => {
    for (const m of PRACTICE_SET) {
      expect(m.replyIds.length, m.id).toBeGreaterThan(0);
      for (const id of m.replyIds) expect(byId.has(id), `${m.id} → ${id}`).toBe(true);
      expect(new Set(m.replyIds).size).toBe(m.replyIds.length);
    }
    const firstInGroup = PRACTICE_SET.filter((m) => byId.get(m.replyIds[0]!)!.group === m.group);
    expect(firstInGroup.length).toBeGreaterThanOrEqual(PRACTICE_SET.length - 2);
  });

  it('is written afresh: unique ids and texts, none copied from the library questions', () => {
    expect(new Set(PRACTICE_SET.map((m) => m.id)).size).toBe(PRACTICE_SET.length);
    expect(new Set(PRACTICE_SET.map((m) => m.text)).size).toBe(PRACTICE_SET.length);
    const questions = new Set(replies.flatMap((r) => r.questions));
    for (const m of PRACTICE_SET) expect(questions.has(m.text), m.text).toBe(false);
  });

  it('has library answers that are themselves compliant', () => {
    const ids = new Set(PRACTICE_SET.flatMap((m) => m.replyIds));
    for (const id of ids) expect(checkDraft(byId.get(id)!.text), id).toEqual([]);
  });
});
