import type { PlatformId } from '../library/types';
import type { InsertionStrategy } from '../profiles/types';

/** The pack format this code reads and writes. Bumped only for changes an older reader would misread. */
export const PACK_FORMAT = 'kuaida-pack';
export const PACK_FORMAT_VERSION = 1;

/**
 * The extension refuses bodies above this before parsing (see utils/subscriptions/fetch-pack.ts,
 * which enforces the same number while downloading); the CLI refuses to write larger packs.
 */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/**
 * Ids: 1–64 characters of any script and punctuation, because shop ids are often the shop's name as
 * the console shows it and chart ids are made from chart names ("chart-T恤(男)"). Excluded: spaces
 * and `|`/`｜` (ids are listed in CSV cells separated by `|`) and control or invisible characters
 * (an id that looks equal to another but is not).
 */
export const ID_PATTERN = /^[^\s|｜\p{C}]{1,64}$/u;

export const PLATFORM_IDS = ['jd', 'pdd', 'douyin', 'kuaishou', 'taobao', 'law'] as const satisfies readonly PlatformId[];
export const INSERTION_STRATEGIES = ['execCommand', 'nativeSetter', 'paste'] as const satisfies readonly InsertionStrategy[];
export const FORBIDDEN_CATEGORIES = ['absolute', 'offplatform', 'inducement', 'promise', 'negative'] as const;
export type ForbiddenCategory = (typeof FORBIDDEN_CATEGORIES)[number];

/** The sections whose entries carry ids, in file order. */
export const ID_SECTIONS = ['shops', 'replies', 'sizeCharts', 'rules', 'profiles'] as const;
export type IdSection = (typeof ID_SECTIONS)[number];

/** Chinese names of the compliance word categories, for messages and the diff. */
export const FORBIDDEN_CATEGORY_NAMES: Record<ForbiddenCategory, string> = {
  absolute: '绝对化用语',
  offplatform: '引导站外交易',
  inducement: '诱导好评/返现',
  promise: '无法兑现的承诺',
  negative: '辱骂/负面用语',
};

/**
 * Upper bounds. Generous for real teams, tight enough that a runaway export (a whole chat log
 * pasted into one cell) is caught at build time rather than slowing every agent's search index.
 */
export const LIMITS = {
  title: 100,
  publisher: 100,
  version: 64,
  shops: 1000,
  shopName: 100,
  replies: 50_000,
  group: 32,
  replyTitle: 100,
  replyText: 2000,
  keywords: 50,
  keyword: 50,
  shortcut: 20,
  questions: 200,
  question: 200,
  scopeIds: 1000,
  sizeCharts: 1000,
  chartName: 100,
  matchWords: 200,
  chartRows: 50,
  sizeLabel: 20,
  /** cm and kg: anything above is a typo (mm instead of cm, jin instead of kg is still below). */
  measure: 500,
  rules: 5000,
  topic: 32,
  ruleTitle: 100,
  summary: 500,
  body: 10_000,
  sourceRef: 200,
  replyIds: 200,
  terms: 5000,
  term: 50,
  profiles: 100,
  selector: 1000,
  urls: 50,
  note: 500,
} as const;
