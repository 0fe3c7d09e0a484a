import type { PlatformId } from '../library/types';

export type EntryKind = 'reply' | 'rule';

export interface SearchOptions {
  limit?: number;
  kinds?: EntryKind[];
  /** The shop the agent serves now: entries scoped to other shops are left out. */
  shop?: string | null;
  /** The console's platform: entries scoped to other platforms are left out. */
  platform?: PlatformId | null;
}

/** A buyer message the agent answered with a reply: matched as an example question next time. */
export interface LearnedExample {
  replyId: string;
  text: string;
  /** Shop the message came from; '' when unknown. */
  shop: string;
  createdAt: number;
}
