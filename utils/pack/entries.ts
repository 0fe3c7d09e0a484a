import * as v from 'valibot';
import {
  FORBIDDEN_CATEGORIES, ID_PATTERN, INSERTION_STRATEGIES, LIMITS as L, PLATFORM_IDS,
} from './limits';

/*
 * The entries of a pack (shops, replies, size charts, rules, word lists, profile overrides), as
 * valibot schemas; schema.ts puts them together. Objects are strict: an unknown field is an error,
 * because a lead who types `shorcut` by hand must hear about it instead of silently losing the
 * shortcut. Only what JSON Schema can express lives here; cross-entry checks are in cross-check.ts.
 */

/** Non-blank text of at most `max` characters (a lone space is a typo, not a value). */
export const text = (max: number) => v.pipe(v.string(), v.regex(/\S/u, '不能为空'), v.maxLength(max));
const optionalText = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
export const id = v.pipe(v.string(), v.regex(ID_PATTERN, '格式不对：应为 1–64 个字符，不能有空格、| 或控制字符'));
const ids = (max: number) => list(id, max);
const platform = v.picklist(PLATFORM_IDS);
export const described = <T extends v.GenericSchema>(schema: T, description: string) => v.pipe(schema, v.description(description));

export const PackShopSchema = v.strictObject({
  id,
  name: text(L.shopName),
  platform: v.optional(platform),
});

export const PackReplySchema = v.strictObject({
  id,
  group: described(text(L.group), '分组，如 售前、物流、售后'),
  title: text(L.replyTitle),
  text: described(text(L.replyText), '插入聊天框的文字，可含 {买家} 等变量'),
  keywords: list(text(L.keyword), L.keywords),
  shortcut: described(v.pipe(v.string(), v.regex(/^\S*$/u, '不能含空格'), v.maxLength(L.shortcut)), '快捷码，如 fh 或 /fh；没有时为空字符串'),
  // Optional without a default: the validated pack equals the file, so a signature checked
  // against either gives the same answer. The library fills [] when it stores the reply.
  questions: described(v.optional(list(text(L.question), L.questions)), '买家的相似问法；不写等于 []'),
  shops: described(ids(L.scopeIds), '限定的店铺 id；空列表 = 所有店铺'),
  platforms: described(list(platform, PLATFORM_IDS.length), '限定的平台；空列表 = 所有平台'),
});

const measure = v.pipe(v.number(), v.minValue(0), v.maxValue(L.measure));
/**
 * [min, max] inclusive, in cm or kg. JSON has no Infinity, so an open upper end ("腰围 96 以上")
 * is written `[96, null]` and becomes Infinity in the validated pack, as utils/size/ expects
 * (an open lower end is 0). min ≤ max is checked in cross-check.ts: JSON Schema cannot say it.
 */
const range = v.pipe(
  v.strictTuple([measure, v.nullable(measure)]),
  v.transform(([min, max]): [number, number] => [min, max ?? Number.POSITIVE_INFINITY]),
);

export const PackSizeRowSchema = v.strictObject({
  size: text(L.sizeLabel),
  height: v.optional(range),
  weight: v.optional(range),
  bust: v.optional(range),
  waist: v.optional(range),
  hip: v.optional(range),
});

export const PackSizeChartSchema = v.strictObject({
  id,
  name: text(L.chartName),
  matchWords: described(list(text(L.keyword), L.matchWords), '商品标题中出现这些词时选用此尺码表'),
  rows: v.pipe(v.array(PackSizeRowSchema), v.minLength(1), v.maxLength(L.chartRows)),
  shops: ids(L.scopeIds),
});

export const PackRuleSchema = v.strictObject({
  id,
  platform,
  topic: text(L.topic),
  title: text(L.ruleTitle),
  summary: text(L.summary),
  body: text(L.body),
  keywords: list(text(L.keyword), L.keywords),
  sourceRef: described(optionalText(L.sourceRef), '出处，如《消费者权益保护法》第二十五条'),
  checkedAt: described(v.pipe(v.string(), v.isoDate()), '最后核对出处的日期 YYYY-MM-DD'),
  replyIds: ids(L.replyIds),
  shops: ids(L.scopeIds),
});

export const PackForbiddenWordsSchema = v.strictObject({
  category: v.picklist(FORBIDDEN_CATEGORIES),
  terms: described(v.pipe(v.array(text(L.term)), v.minLength(1), v.maxLength(L.terms)), '违规词'),
  allow: v.optional(described(list(text(L.term), L.terms), '含违规词但允许的说法，如「最近」之于「最」')),
});

const selector = text(L.selector);
const valueSelector = v.strictObject({
  selector,
  attribute: v.optional(text(L.selector)),
  strip: v.optional(list(selector, 50)),
  pattern: v.optional(described(text(L.selector), '正则表达式，第一个分组为取值')),
});
const matchPattern = v.pipe(
  v.string(),
  v.regex(/^(\*|https?|file|wss?):\/\/(\*|(\*\.)?[^/*\s]+)?\/\S*$/u, '不是有效的网址匹配模式，如 https://example.com/*'),
);

/** Partial<PlatformProfile> & { id }: fields given replace the bundled profile's, field by field. */
export const PackProfileSchema = v.strictObject({
  id,
  platform: v.optional(platform),
  name: v.optional(text(L.shopName)),
  urls: v.optional(list(matchPattern, L.urls)),
  testUrls: v.optional(list(matchPattern, L.urls)),
  messageList: v.optional(selector),
  message: v.optional(selector),
  direction: v.optional(v.strictObject({ buyer: selector, agent: selector, system: selector })),
  text: v.optional(selector),
  conversationId: v.optional(valueSelector),
  buyerNick: v.optional(valueSelector),
  productTitle: v.optional(valueSelector),
  shopName: v.optional(valueSelector),
  input: v.optional(v.nullable(selector)),
  insertion: v.optional(v.picklist(INSERTION_STRATEGIES)),
  note: v.optional(text(L.note)),
});

export const PackSignatureSchema = v.strictObject({
  alg: v.literal('Ed25519'),
  keyId: v.optional(id),
  value: described(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{86}==$/u, '应为 64 字节签名的 base64')), 'Ed25519 签名（base64）'),
});
