import type { PlatformRule, Reply, SizeChart } from '../types';
import replies from './replies.json';
import rules from './rules.json';
// JSON is typed loosely by TypeScript; tests/unit/library/default-library.test.ts checks its shape.
import sizeCharts from './size-charts.json';

type Generated = 'source' | 'useCount' | 'updatedAt' | 'shops' | 'platforms' | 'questions' | 'replyIds';
type Seed<T> = Omit<T, Generated> & Partial<T>;

/** Bump when the bundled content changes, so installed copies refresh their default entries. */
export const DEFAULT_LIBRARY_VERSION = 1;

export function defaultReplies(now = Date.now()): Reply[] {
  return (replies as unknown as Seed<Reply>[]).map((r) => ({
    shops: [],
    platforms: [],
    questions: [],
    ...r,
    source: 'default',
    useCount: 0,
    updatedAt: now,
  }));
}

export function defaultRules(now = Date.now()): PlatformRule[] {
  return (rules as unknown as Seed<PlatformRule>[]).map((r) => ({
    replyIds: [],
    shops: [],
    ...r,
    source: 'default',
    updatedAt: now,
  }));
}

export function defaultSizeCharts(now = Date.now()): SizeChart[] {
  return (sizeCharts as unknown as Seed<SizeChart>[]).map((c) => ({
    shops: [],
    ...c,
    source: 'default',
    updatedAt: now,
  }));
}
