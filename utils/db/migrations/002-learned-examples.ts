import type { Migration } from './types';

/** Version 2: buyer messages remembered as example questions of the reply the agent chose. */
export const migration002: Migration = {
  version: 2,
  stores: {
    learnedExamples: '++id, replyId, shop, &[shop+replyId+key], createdAt',
  },
};
