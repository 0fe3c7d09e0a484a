import { describe, expect, it } from 'vitest';
import { buildPack, packToJson, type BuildFile } from '@/utils/pack/build';
import { formatBuildIssue } from '@/utils/pack/build-inputs';
import { parsePack } from '@/utils/pack/validate';

const now = new Date('2026-11-22T01:30:00Z');
const REPLIES = [
  'id,group,title,text,keywords,shortcut,questions,shops,platforms',
  'r-fh,物流,发货时间,"亲，48 小时内发货哦～",发货|几天发,fh,什么时候发货,,',
  'r-th,售后,退货地址,亲，退货地址请看订单详情～,退货,th,,acme-jd,京东｜拼多多',
  'r-pdd,售前,拼单,亲，拼单成功后发货～,拼单,pd,,acme-pdd,pdd',
].join('\r\n');

function files(overrides: Record<string, string | null> = {}): BuildFile[] {
  const base: Record<string, string> = {
    'team/pack.json': '{ "id": "acme-cs-team", "title": "ACME 客服团队", "version": "2026.11.22-1" }',
    'team/replies.csv': REPLIES,
    'team/shops.csv': 'id,name,platform\nacme-jd,ACME京东旗舰店,京东\nacme-pdd,ACME拼多多店,pdd\n',
    'team/charts.csv': 'chart,size,height_min,height_max,waist_min,waist_max,matchwords,shops\n女裤,S,150,160,60,66,裤|牛仔裤,acme-pdd\n女裤,M,158,168,64,70,,\n女裤,L,165,,68,,,\n',
    'team/rules.json': JSON.stringify([{
      id: 'rule-7d', platform: 'law', topic: '售后', title: '七日无理由退货', summary: '七日内可退。', body: '……', keywords: [],
      sourceRef: '', checkedAt: '2026-11-01', replyIds: ['r-th'], shops: [],
    }]),
    'team/forbidden-words.json': '[{ "category": "offplatform", "terms": ["加微信"] }]',
    'team/profiles.json': '[{ "id": "jd-dongdong", "insertion": "paste" }]',
    'team/README.md': '# notes',
  };
  const merged = { ...base, ...overrides };
  return Object.entries(merged).filter((e): e is [string, string] => e[1] !== null).map(([name, text]) => ({ name, text }));
}

const messages = (fs: BuildFile[], options = {}) => {
  const result = buildPack(fs, { now, ...options });
  if (result.ok) throw new Error('expected errors');
  return result.errors.map(formatBuildIssue);
};

describe('buildPack', () => {
  it('builds one valid pack from CSV and JSON files', () => {
    const result = buildPack(files(), { now });
    if (!result.ok) throw new Error(result.errors.map(formatBuildIssue).join('\n'));
    expect(result.ignored).toEqual(['team/README.md']);
    const [pack] = result.packs;
    expect(pack).toMatchObject({ format: 'kuaida-pack', formatVersion: 1, id: 'acme-cs-team', version: '2026.11.22-1', publishedAt: now.toISOString() });
    expect(pack!.shops).toEqual([{ id: 'acme-jd', name: 'ACME京东旗舰店', platform: 'jd' }, { id: 'acme-pdd', name: 'ACME拼多多店', platform: 'pdd' }]);
    expect(pack!.replies.map((r) => [r.id, r.shops, r.platforms, r.questions])).toEqual([
      ['r-fh', [], [], ['什么时候发货']], ['r-th', ['acme-jd'], ['jd', 'pdd'], []], ['r-pdd', ['acme-pdd'], ['pdd'], []],
    ]);
    expect(pack!.sizeCharts[0]).toMatchObject({ id: 'chart-女裤', matchWords: ['裤', '牛仔裤'], shops: ['acme-pdd'] });
    expect(pack!.sizeCharts[0]!.rows[2]).toEqual({ size: 'L', height: [165, Infinity], waist: [68, Infinity] });
    // The written file is a valid pack: open ranges are null there.
    const text = packToJson(pack!);
    expect(text).toContain('"height": [\n            165,\n            null\n          ]');
    expect(parsePack(text).ok).toBe(true);
  });

  it('lets options override pack.json and defaults the version to the build time', () => {
    const result = buildPack(files({ 'team/pack.json': '{ "id": "acme" }' }), { now, title: '新标题' });
    expect(result.ok && result.packs[0]).toMatchObject({ id: 'acme', title: '新标题', version: '2026.11.22-013000' });
  });

  it('builds one pack per shop with its own and the shared entries', () => {
    const result = buildPack(files(), { now, perShop: true });
    if (!result.ok) throw new Error(result.errors.map(formatBuildIssue).join('\n'));
    expect(result.packs.map((p) => [p.id, p.title, p.shops.map((s) => s.id), p.replies.map((r) => r.id), p.sizeCharts.length])).toEqual([
      ['acme-cs-team.acme-jd', 'ACME 客服团队 · ACME京东旗舰店', ['acme-jd'], ['r-fh', 'r-th'], 0],
      ['acme-cs-team.acme-pdd', 'ACME 客服团队 · ACME拼多多店', ['acme-pdd'], ['r-fh', 'r-pdd'], 1],
    ]);
    expect(messages(files({ 'team/shops.csv': null }), { perShop: true })).toEqual(['shops.json：按店铺分包需要店铺列表：请提供 shops.json 或 shops.csv']);
  });

  it('reports every problem with file, row and column, and builds nothing', () => {
    const bad = [
      'id,group,title,text,keywords,shortcut,shops,platforms',
      'r-1,物流,发货,,发货,,,',
      'r-2,物流,发货2,有货,发货,x y,acme-jd,微信',
      'r-fh,物流,发货3,有货,发货,,,',
    ].join('\n');
    expect(messages(files({
      'team/replies-extra.csv': bad,
      'team/rules.json': '[{ "id": "rule-1" }',
      'team/profiles.json': '[{ "id": "jd-dongdong", "insertion": "typing" }]',
      'team/pack.json': '{ "id": "acme", "ver": 2 }',
    }))).toEqual([
      'team/pack.json ver：未知字段，pack.json 只能写 id、version、title、publisher',
      'team/profiles.json [0].insertion（id：jd-dongdong）：应为以下之一：execCommand、nativeSetter、paste',
      'team/replies-extra.csv 第 2 行「text」为空',
      'team/replies-extra.csv 第 3 行「platforms」（id：r-2）：应为以下之一：jd、pdd、douyin、kuaishou、taobao、law',
      'team/replies-extra.csv 第 3 行「shortcut」（id：r-2）：不能含空格',
      'team/replies-extra.csv 第 4 行「id」（id：r-fh）：话术 id「r-fh」重复：与 team/replies.csv 第 2 行相同',
      expect.stringMatching(/^team\/rules\.json 第 1 行第 20 列 JSON 格式错误：内容不完整，可能少了 \] 或 \}/),
    ]);
  });

  it('maps size chart problems to the chart CSV row and column', () => {
    const charts = 'chart,size,height_min,height_max\n女裤,S,150,160\n女裤,M,158,168\n';
    const long = `${'很'.repeat(101)}`;
    expect(messages(files({ 'team/charts.csv': charts.replace(/女裤/g, long) }))).toEqual([
      `team/charts.csv 第 2 行「chart」（id：chart-${long}）：格式不对：应为 1–64 个字符，不能有空格、| 或控制字符`,
      `team/charts.csv 第 2 行「chart」（id：chart-${long}）：太长：最多 100 个字符（现有 101）`,
    ]);
    expect(messages(files({ 'team/charts.csv': charts.replace('168', '600') }))).toEqual([
      'team/charts.csv 第 3 行「height_max」（id：chart-女裤）：不能大于 500',
    ]);
  });

  it('asks for a pack id and refuses a built pack as metadata', () => {
    expect(messages(files({ 'team/pack.json': null }))).toEqual(['pack.json：缺少数据包 id：请在 pack.json 中写 "id"，或用 --id 指定']);
    expect(messages(files({ 'team/pack.json': '{ "format": "kuaida-pack" }' }), { id: 'x' })[0]).toMatch(/这是已生成的数据包，不是元数据文件/);
    expect(messages(files(), { id: 'a b' })).toEqual(['命令行 --id：格式不对：应为 1–64 个字符，不能有空格、| 或控制字符']);
  });
});
