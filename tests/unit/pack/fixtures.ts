import type { PackInput } from '@/utils/pack/schema';

/** A pack using every section and every optional field, as a lead would publish it. */
export function fullPack(): PackInput {
  return {
    $schema: './pack.schema.json',
    format: 'kuaida-pack',
    formatVersion: 1,
    id: 'acme-cs-team',
    version: '2026.11.22-1',
    publishedAt: '2026-11-22T09:30:00+08:00',
    title: 'ACME 客服团队',
    publisher: '张组长',
    shops: [
      { id: 'acme-jd', name: 'ACME京东旗舰店', platform: 'jd' },
      { id: 'ACME拼多多店', name: 'ACME拼多多店', platform: 'pdd' },
    ],
    replies: [
      {
        id: 'r-fh', group: '物流', title: '发货时间', text: '亲，{买家}，48 小时内发货哦～', keywords: ['发货', '几天发'],
        shortcut: 'fh', questions: ['什么时候发货'], shops: [], platforms: [],
      },
      // questions left out: optional in the file.
      { id: 'r-th', group: '售后', title: '退货地址', text: '亲，退货地址请看订单详情～', keywords: [], shortcut: '/th', shops: ['acme-jd'], platforms: ['jd'] },
    ],
    sizeCharts: [
      {
        id: 'chart-女裤', name: '女裤', matchWords: ['裤', '牛仔裤'], shops: ['ACME拼多多店'],
        rows: [
          { size: 'S', height: [150, 160], weight: [40, 47.5], waist: [60, 66] },
          { size: 'XL', height: [165, null], waist: [72, null] },
        ],
      },
    ],
    rules: [
      {
        id: 'rule-7d', platform: 'law', topic: '售后', title: '七日无理由退货', summary: '收货七日内可无理由退货。', body: '经营者……',
        keywords: ['七天无理由'], sourceRef: '《消费者权益保护法》第二十五条', checkedAt: '2026-11-01', replyIds: ['r-th'], shops: [],
      },
    ],
    forbiddenWords: [
      { category: 'absolute', terms: ['最', '第一'], allow: ['最近'] },
      { category: 'offplatform', terms: ['加微信', 'vx'] },
    ],
    profiles: [
      { id: 'jd-dongdong', input: '.new-editor[contenteditable=true]', insertion: 'paste' },
      {
        id: 'acme-erp', platform: 'taobao', name: '自建客服台', urls: ['https://cs.acme.example/*'], messageList: '#list', message: '.msg',
        direction: { buyer: '.left', agent: '.right', system: '.sys' }, text: '.content',
        conversationId: { selector: '.conv', attribute: 'data-id', pattern: '^c_(.+)$' }, buyerNick: { selector: '.nick', strip: ['.badge'] },
        input: null, note: '只读的聊天记录',
      },
    ],
  };
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The same value with object keys in reverse order, at every depth. */
export function reversed<T>(x: T): T {
  if (Array.isArray(x)) return x.map(reversed) as T;
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).reverse().map(([k, v]) => [k, reversed(v)])) as T;
  return x;
}
