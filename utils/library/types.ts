/** Where an entry came from. Team entries come from a subscribed pack, personal ones from the agent. */
export type EntrySource = 'default' | 'team' | 'personal';

/** Platform ids used everywhere: profiles, rule cheat-sheets and reply scopes. */
export type PlatformId = 'jd' | 'pdd' | 'douyin' | 'kuaishou' | 'taobao' | 'law';

export const REPLY_GROUPS = [
  '售前', '物流', '售后', '发票', '优惠', '尺码', '质量问题', '安装维修', '支付', '投诉安抚', '评价', '通用',
] as const;

export interface Reply {
  /** For team entries: the subscription the entry came from. */
  origin?: string;
  id: string;
  group: string;
  title: string;
  /** The text inserted into the chat. May contain variables such as {买家}. */
  text: string;
  keywords: string[];
  /** Typed in the search box to find this reply at once, e.g. "fh" or "/fh". Empty when none. */
  shortcut: string;
  /** Example buyer questions (相似问法). */
  questions: string[];
  /** Shop ids this reply is limited to; empty = every shop. */
  shops: string[];
  /** Platforms this reply is limited to; empty = every platform. */
  platforms: PlatformId[];
  source: EntrySource;
  useCount: number;
  updatedAt: number;
}

/** One row of a size chart. Ranges are inclusive; undefined = unconstrained. cm and kg. */
export interface SizeRow {
  size: string;
  height?: [number, number];
  weight?: [number, number];
  bust?: [number, number];
  waist?: [number, number];
  hip?: [number, number];
}

export interface SizeChart {
  /** For team entries: the subscription the entry came from. */
  origin?: string;
  id: string;
  name: string;
  /** Product title words that select this chart from the chat's product card. */
  matchWords: string[];
  rows: SizeRow[];
  shops: string[];
  source: EntrySource;
  updatedAt: number;
}

export interface PlatformRule {
  /** For team entries: the subscription the entry came from. */
  origin?: string;
  id: string;
  platform: PlatformId;
  /** e.g. 售后, 发货, 评价, 宣传用语, 交易安全 */
  topic: string;
  title: string;
  summary: string;
  body: string;
  keywords: string[];
  /** Where the rule comes from, e.g. "《消费者权益保护法》第二十五条". */
  sourceRef: string;
  /** ISO date (YYYY-MM-DD) the rule was last checked against its source. */
  checkedAt: string;
  /** Reply ids that apply this rule. */
  replyIds: string[];
  shops: string[];
  source: EntrySource;
  updatedAt: number;
}

export interface Shop {
  id: string;
  name: string;
  platform?: PlatformId;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** A buyer message remembered as an example question of the reply the agent chose for it. */
export interface LearnedExampleRow {
  id?: number;
  replyId: string;
  /** Shop the message came from; '' when the console did not say. */
  shop: string;
  text: string;
  /** Normalised text: two messages with the same key are the same example. */
  key: string;
  createdAt: number;
}
