import type { KuaidaDB } from '../database';
import type { Reply } from '../../library/types';

export function allReplies(db: KuaidaDB): Promise<Reply[]> {
  return db.replies.toArray();
}

/** Counts an insertion of the reply: the usage prior of the ranking. */
export async function recordReplyUse(db: KuaidaDB, id: string): Promise<void> {
  await db.replies.where('id').equals(id).modify((r) => {
    r.useCount += 1;
  });
}
