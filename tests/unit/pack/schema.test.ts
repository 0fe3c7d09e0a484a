import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PlatformRule, Reply, Shop, SizeChart } from '@/utils/library/types';
import type { PlatformProfile } from '@/utils/profiles/types';
import { formatPackIssue } from '@/utils/pack/issues';
import type { Pack, PackProfile, PackReply, PackRule, PackShop, PackSizeChart } from '@/utils/pack/schema';
import { parsePack, validatePack } from '@/utils/pack/validate';
import { clone, fullPack } from './fixtures';

type Mutable = Record<string, any>;

/** Validates a copy of the full pack after `edit`, expecting failure; returns `path：message` lines. */
function errorsAfter(edit: (p: Mutable) => void): string[] {
  const pack = clone(fullPack()) as Mutable;
  edit(pack);
  const result = validatePack(pack);
  if (result.ok) throw new Error('expected the pack to be invalid');
  return result.errors.map((e) => `${e.path}：${e.message}`);
}

describe('validatePack', () => {
  it('accepts a full pack and gives it back as written', () => {
    const result = validatePack(fullPack());
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.replies[1]).not.toHaveProperty('questions');
    // An open upper end is null in the file and Infinity for the size advisor.
    expect(result.pack.sizeCharts[0]!.rows[1]!.height).toEqual([165, Infinity]);
  });

  it('names the path of a missing, mistyped, blank, too long or unknown field', () => {
    expect(errorsAfter((p) => { delete p.replies[0].title; })).toEqual(['replies[0].title：缺少必填字段 (required)']);
    expect(errorsAfter((p) => { p.replies[1].keywords = '发货'; })).toEqual(['replies[1].keywords：应为列表 […]']);
    expect(errorsAfter((p) => { p.replies[0].text = '  '; })).toEqual(['replies[0].text：不能为空']);
    expect(errorsAfter((p) => { p.replies[0].text = '亲'.repeat(2001); })).toEqual(['replies[0].text：太长：最多 2000 个字符（现有 2001）']);
    expect(errorsAfter((p) => { p.replies[0].shorcut = 'x'; })).toEqual([
      'replies[0].shorcut：未知字段（拼写是否有误？可用的字段见 docs/pack-format.md）',
    ]);
    expect(errorsAfter((p) => { p.comment = 'x'; })[0]).toMatch(/^comment：未知字段/);
  });

  it('checks ids, enumerations, dates, versions, ranges and expressions', () => {
    expect(errorsAfter((p) => { p.shops[0].id = 'acme jd'; })).toEqual(['shops[0].id：格式不对：应为 1–64 个字符，不能有空格、| 或控制字符']);
    expect(errorsAfter((p) => { p.replies[1].platforms = ['wechat']; })).toEqual(['replies[1].platforms[0]：应为以下之一：jd、pdd、douyin、kuaishou、taobao、law']);
    expect(errorsAfter((p) => { p.rules[0].checkedAt = '2026/11/01'; })).toEqual(['rules[0].checkedAt：应为日期，格式 YYYY-MM-DD，如 2026-11-22']);
    expect(errorsAfter((p) => { p.publishedAt = 'yesterday'; })).toEqual(['publishedAt：应为 ISO 8601 日期时间，如 2026-11-22T09:30:00+08:00']);
    expect(errorsAfter((p) => { p.version = { major: 1 }; })).toEqual(['version：应为文本或数字']);
    expect(errorsAfter((p) => { p.sizeCharts[0].rows[0].waist = [70, 60]; })).toEqual(['sizeCharts[0].rows[0].waist：下限 70 大于上限 60']);
    expect(errorsAfter((p) => { p.sizeCharts[0].rows[0].height = [150, 1600]; })).toEqual(['sizeCharts[0].rows[0].height[1]：不能大于 500']);
    expect(errorsAfter((p) => { p.profiles[1].conversationId.pattern = '(c_'; })[0]).toMatch(/^profiles\[1\]\.conversationId\.pattern：不是有效的正则表达式/);
    expect(errorsAfter((p) => { p.profiles[1].urls = ['cs.acme.example']; })[0]).toMatch(/^profiles\[1\]\.urls\[0\]：不是有效的网址匹配模式/);
    expect(errorsAfter((p) => { p.forbiddenWords[0].category = 'rude'; })[0]).toMatch(/^forbiddenWords\[0\]\.category：应为以下之一/);
    expect(errorsAfter((p) => { p.signature = { alg: 'Ed25519', value: 'abc' }; })).toEqual(['signature.value：应为 64 字节签名的 base64']);
  });

  it('reports duplicate ids in every section, and duplicate word categories', () => {
    expect(errorsAfter((p) => { p.replies[1].id = 'r-fh'; })).toEqual(['replies[1].id：话术 id「r-fh」重复：与 replies[0] 相同']);
    expect(errorsAfter((p) => { p.shops.push(clone(p.shops[0])); })).toEqual(['shops[2].id：店铺 id「acme-jd」重复：与 shops[0] 相同']);
    expect(errorsAfter((p) => { p.sizeCharts.push(clone(p.sizeCharts[0])); })).toHaveLength(1);
    expect(errorsAfter((p) => { p.rules.push(clone(p.rules[0])); })).toHaveLength(1);
    expect(errorsAfter((p) => { p.profiles[1].id = 'jd-dongdong'; })).toEqual(['profiles[1].id：平台配置 id「jd-dongdong」重复：与 profiles[0] 相同']);
    expect(errorsAfter((p) => { p.forbiddenWords[1].category = 'absolute'; })).toEqual([
      'forbiddenWords[1].category：类别「绝对化用语」重复：与 forbiddenWords[0] 相同，请合并',
    ]);
  });

  it('lists every problem at once, in file order, with the entry id for searching', () => {
    const pack = clone(fullPack()) as Mutable;
    pack.replies[1].text = '';
    pack.shops[0].name = '';
    pack.replies[0].id = 'r-th';
    const result = validatePack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatPackIssue)).toEqual([
      'shops[0].name（id：acme-jd）：不能为空',
      'replies[1].id（id：r-th）：话术 id「r-th」重复：与 replies[0] 相同',
      'replies[1].text（id：r-th）：不能为空',
    ]);
  });

  it('caps the list of errors of a badly broken pack', () => {
    const pack = clone(fullPack()) as Mutable;
    pack.replies = Array.from({ length: 300 }, (_, i) => ({ id: `r${i}` }));
    const result = validatePack(pack);
    expect(!result.ok && result.errors.length).toBe(201);
    expect(!result.ok && result.errors.at(-1)!.message).toMatch(/^还有 \d+ 处问题未列出/);
  });

  it('refuses more than 50,000 replies', () => {
    const pack = clone(fullPack()) as Mutable;
    const reply = pack.replies[0];
    pack.replies = Array.from({ length: 50_001 }, (_, i) => ({ ...reply, id: `r${i}`, shortcut: '' }));
    expect(errorsAfter((p) => Object.assign(p, pack))).toEqual(['replies：太多：最多 50000 项（现有 50001）']);
  });

  it('warns about references it cannot resolve without refusing the pack', () => {
    const pack = clone(fullPack()) as Mutable;
    pack.replies[0].shops = ['acme-tmall'];
    pack.rules[0].replyIds = ['r-default-1'];
    pack.replies[1].shortcut = 'fh';
    const result = validatePack(pack);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.path)).toEqual(['replies[0].shops[0]', 'replies[1].shortcut', 'rules[0].replyIds[0]']);
  });

  it('says so, and only so, when the file is not a pack or needs a newer extension', () => {
    expect(validatePack([])).toMatchObject({ ok: false, errors: [{ path: '', message: '数据包应为 JSON 对象 {…}' }] });
    expect(validatePack({ format: 'other' })).toMatchObject({ errors: [{ path: 'format' }] });
    const newer = validatePack({ ...fullPack(), formatVersion: 2, newField: [] });
    expect(!newer.ok && newer.errors.map((e) => e.message)).toEqual(['数据包格式版本为 2，此版快答只认识 1：请更新快答扩展或 CLI']);
  });
});

describe('parsePack', () => {
  it('returns the raw JSON beside the validated pack', () => {
    const result = parsePack(JSON.stringify(fullPack()));
    expect(result.ok && result.raw).toEqual(fullPack());
  });
  it('names the line and column of a JSON syntax error', () => {
    const result = parsePack('{\n  "format": "kuaida-pack",\n  "id": "x"\n  "version": 1\n}');
    expect(!result.ok && result.errors[0]!.message).toMatch(/^第 4 行第 3 列：JSON 格式错误：两项之间少了英文逗号/);
  });
  it('refuses a body above 20 MB before parsing it', () => {
    const result = parsePack(`"${'x'.repeat(20 * 1024 * 1024)}"`);
    expect(!result.ok && result.errors[0]!.message).toMatch(/^文件过大/);
  });
});

describe('pack types', () => {
  it('match the library types they feed', () => {
    type Entry<T> = Omit<T, 'source' | 'useCount' | 'updatedAt' | 'origin'>;
    type Flat<T> = { [K in keyof T]: T[K] };
    // `questions` may be left out of a pack; the library fills [] when it stores the reply.
    expectTypeOf<PackReply>().toEqualTypeOf<Flat<Omit<Entry<Reply>, 'questions'> & { questions?: string[] }>>();
    expectTypeOf<PackSizeChart>().toEqualTypeOf<Entry<SizeChart>>();
    expectTypeOf<PackRule>().toEqualTypeOf<Entry<PlatformRule>>();
    expectTypeOf<PackShop>().toEqualTypeOf<Shop>();
    expectTypeOf<PackProfile>().toMatchTypeOf<Partial<PlatformProfile> & { id: string }>();
    expectTypeOf<Pack['profiles']>().toMatchTypeOf<Array<Partial<PlatformProfile> & { id: string }>>();
  });
});
