import type { Migration } from './types';

/** Version 1: the library (replies, size charts, rules), shops and settings. */
export const migration001: Migration = {
  version: 1,
  stores: {
    replies: 'id, group, source, shortcut, *keywords, *shops, updatedAt',
    sizeCharts: 'id, name, source, *shops',
    rules: 'id, platform, topic, source, *shops',
    shops: 'id, name',
    settings: 'key',
  },
};
