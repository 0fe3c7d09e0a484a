/**
 * Practice rounds: a buyer message (a library reply's example question or one of the bundled practice
 * messages), the right reply and three distractors from other groups, and how a round is scored.
 */
import type { Finding } from '@/utils/compliance';
import { REPLY_GROUPS, type Reply } from '@/utils/library/types';
import practiceSet from './practice-set.json';
import { pick, shuffle, type Rng } from './random';

export type ReplyLite = Pick<Reply, 'id' | 'group' | 'title' | 'text'> & Partial<Pick<Reply, 'questions'>>;

export interface PracticeMessage {
  id: string;
  group: string;
  text: string;
  replyIds: string[];
  angry: boolean;
}

export interface PracticeItem {
  id: string;
  text: string;
  /** The topic progress counts the round under: the practice message's group or the reply's group. */
  group: string;
  /** Every reply that answers it, the main one first. */
  answerIds: string[];
  angry: boolean;
  source: 'library' | 'practice';
}

export interface Round {
  item: PracticeItem;
  /** Four candidates in random order: `correctId` and three from other groups. */
  options: ReplyLite[];
  correctId: string;
}

export const PRACTICE_SET: readonly PracticeMessage[] = practiceSet as PracticeMessage[];

/** Groups never used as distractors: their replies (稍等, 欢迎语) fit almost any message. */
const NEUTRAL_GROUPS = new Set(['通用']);

const key = (text: string) => text.replace(/[\s，。！？!?,.~～]/g, '');

/**
 * Every message a round can show, over the replies the agent can see. Answers the library no longer has
 * are dropped, and a message left without any answer is too. Duplicate texts are kept once.
 */
export function buildPool(replies: readonly ReplyLite[], set: readonly PracticeMessage[] = PRACTICE_SET): PracticeItem[] {
  const ids = new Set(replies.map((r) => r.id));
  const seen = new Set<string>();
  const out: PracticeItem[] = [];
  const add = (item: PracticeItem) => {
    const k = key(item.text);
    if (!k || seen.has(k) || item.answerIds.length === 0) return;
    seen.add(k);
    out.push(item);
  };
  for (const m of set) {
    add({ id: m.id, text: m.text, group: m.group, answerIds: m.replyIds.filter((id) => ids.has(id)), angry: m.angry, source: 'practice' });
  }
  for (const r of replies) {
    (r.questions ?? []).forEach((q, i) =>
      add({ id: `q:${r.id}:${i}`, text: q, group: r.group, answerIds: [r.id], angry: false, source: 'library' }),
    );
  }
  return out;
}

/** Groups present in the pool, in the library's usual order where known. */
export function poolGroups(pool: readonly PracticeItem[]): string[] {
  const order = (g: string) => {
    const i = (REPLY_GROUPS as readonly string[]).indexOf(g);
    return i < 0 ? REPLY_GROUPS.length : i;
  };
  return [...new Set(pool.map((p) => p.group))].sort((a, b) => order(a) - order(b) || a.localeCompare(b, 'zh'));
}

/**
 * Three (or `n`) replies that do not answer the message, each from a group none of its answers belongs to,
 * as many different groups as possible.
 */
export function distractors(replies: readonly ReplyLite[], item: PracticeItem, rng: Rng, n = 3): ReplyLite[] {
  const answerGroups = new Set(replies.filter((r) => item.answerIds.includes(r.id)).map((r) => r.group));
  const eligible = replies.filter((r) => !item.answerIds.includes(r.id) && !answerGroups.has(r.group));
  const preferred = eligible.filter((r) => !NEUTRAL_GROUPS.has(r.group));
  const candidates = shuffle(preferred.length >= n ? preferred : eligible, rng);
  const out: ReplyLite[] = [];
  const groups = new Set<string>();
  for (const r of candidates) {
    if (out.length >= n || groups.has(r.group)) continue;
    groups.add(r.group);
    out.push(r);
  }
  for (const r of candidates) if (out.length < n && !out.includes(r)) out.push(r);
  return out;
}

export interface RoundOptions {
  /** Only messages of this group. */
  group?: string | null;
  /** Item ids shown recently, avoided while others remain. */
  avoid?: ReadonlySet<string>;
}

export function makeRound(pool: readonly PracticeItem[], replies: readonly ReplyLite[], rng: Rng, opts: RoundOptions = {}): Round | null {
  const inGroup = opts.group ? pool.filter((p) => p.group === opts.group) : pool;
  const fresh = inGroup.filter((p) => !opts.avoid?.has(p.id));
  const item = pick(fresh.length ? fresh : inGroup, rng);
  if (!item) return null;
  const correct = replies.find((r) => r.id === item.answerIds[0]);
  if (!correct) return null;
  const others = distractors(replies, item, rng);
  if (others.length < 3) return null;
  return { item, options: shuffle([correct, ...others], rng), correctId: correct.id };
}

/** A pick is right when it is any reply that answers the message. */
export const isCorrectPick = (round: Round, replyId: string): boolean => round.item.answerIds.includes(replyId);

export interface DraftVerdict {
  /** No finding at all. */
  clean: boolean;
  high: number;
  total: number;
}

export function judgeDraft(draft: string, findings: readonly Finding[]): DraftVerdict | null {
  if (!draft.trim()) return null;
  return { clean: findings.length === 0, high: findings.filter((f) => f.severity === 'high').length, total: findings.length };
}
