import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// End to end through the same launcher `npx kuaida` runs, in a temp folder, as a lead would.
const launcher = fileURLToPath(new URL('../../../utils/cli/kuaida.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kuaida-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kuaida(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [launcher, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function writeTeamFolder(): void {
  const team = join(dir, 'team');
  mkdirSync(team, { recursive: true });
  const files: Record<string, string> = {
    'pack.json': JSON.stringify({ id: 'acme-cs-team', title: 'ACME 客服团队', publisher: '张组长', version: '2026.11.22-1' }),
    'replies.csv': [
      'id,group,title,text,keywords,shortcut,questions,shops,platforms',
      'r-fh,物流,发货时间,"亲，48 小时内发货哦～",发货|几天发,fh,什么时候发货|多久发,,',
      'r-th,售后,退货地址,亲，退货地址请看订单详情～,退货,th,退到哪,acme-jd,京东',
    ].join('\r\n'),
    'shops.csv': 'id,name,platform\nacme-jd,ACME京东旗舰店,jd\nacme-pdd,ACME拼多多店,pdd\n',
    'size-charts.json': JSON.stringify([{ id: 'chart-top', name: '上衣', matchWords: ['T恤'], rows: [{ size: 'M', height: [160, 170] }], shops: [] }]),
    'rules.json': JSON.stringify([{
      id: 'rule-7d', platform: 'law', topic: '售后', title: '七日无理由退货', summary: '七日内可退。', body: '……', keywords: [],
      sourceRef: '《消费者权益保护法》第二十五条', checkedAt: '2026-11-01', replyIds: ['r-th'], shops: [],
    }]),
    'forbidden-words.json': JSON.stringify([{ category: 'absolute', terms: ['最', '第一'], allow: ['最近'] }]),
    'profiles.json': JSON.stringify([{ id: 'jd-dongdong', insertion: 'paste' }]),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(team, name), text);
}

describe('kuaida CLI', { timeout: 120_000 }, () => {
  it('keygen → build → sign → verify → edit → verify fails → diff shows the change', () => {
    const keygen = kuaida('keygen');
    expect(keygen.code).toBe(0);
    const publicKey = readFileSync(join(dir, 'kuaida-public.key'), 'utf8').trim().split('\n').at(-1)!;
    expect(keygen.out).toContain(publicKey);
    expect(statSync(join(dir, 'kuaida-private.key')).mode & 0o777).toBe(0o600);
    expect(kuaida('keygen').code).toBe(2); // never overwrites a private key silently

    writeTeamFolder();
    const build = kuaida('pack', 'build', 'team', '--out', 'out/pack.json');
    expect(build.err).toBe('');
    expect(build.code).toBe(0);
    expect(build.out).toContain('话术 2，尺码表 1，规则 1，违规词 1 类，平台配置 1，店铺 2');
    expect(kuaida('pack', 'validate', 'out/pack.json')).toMatchObject({ code: 0, out: expect.stringContaining('未签名') });
    expect(kuaida('pack', 'verify', 'out/pack.json', '--pubkey', 'kuaida-public.key')).toMatchObject({ code: 1, err: expect.stringContaining('未签名') });

    const sign = kuaida('pack', 'sign', 'out/pack.json', '--key', 'kuaida-private.key');
    expect(sign.code).toBe(0);
    expect(kuaida('pack', 'verify', 'out/pack.json', '--pubkey', 'kuaida-public.key')).toMatchObject({ code: 0, out: expect.stringContaining('签名有效') });
    expect(kuaida('pack', 'verify', 'out/pack.json', '--pubkey', publicKey).code).toBe(0);

    const edited = readFileSync(join(dir, 'out/pack.json'), 'utf8').replace('48 小时内发货', '24 小时内发货');
    writeFileSync(join(dir, 'out/edited.json'), edited);
    const tampered = kuaida('pack', 'verify', 'out/edited.json', '--pubkey', 'kuaida-public.key');
    expect(tampered.code).toBe(1);
    expect(tampered.err).toContain('签名无效');

    const diff = kuaida('pack', 'diff', 'out/pack.json', 'out/edited.json');
    expect(diff.code).toBe(0);
    expect(diff.out).toContain('话术 (replies)：新增 0，删除 0，修改 1');
    expect(diff.out).toContain('~ r-fh「发货时间」：text');
    expect(diff.out).toContain('「亲，48 小时内发货哦～」→「亲，24 小时内发货哦～」');

    // A second key: its public key does not verify the first key's signature.
    expect(kuaida('keygen', '--out', 'other').code).toBe(0);
    const wrongKey = kuaida('pack', 'verify', 'out/pack.json', '--pubkey', 'other/kuaida-public.key');
    expect(wrongKey).toMatchObject({ code: 1, err: expect.stringContaining('另一把密钥') });
  });

  it('writes nothing when an input has errors and names file, row and column', () => {
    writeTeamFolder();
    writeFileSync(join(dir, 'team', 'replies-bad.csv'), 'id,title,text,platforms\nr-x,标题,,\nr-y,标题,正文,wechat\n');
    const build = kuaida('pack', 'build', 'team', '--out', 'out/bad.json');
    expect(build.code).toBe(1);
    expect(build.err).toContain('team/replies-bad.csv 第 2 行「text」为空');
    expect(build.err).toContain('team/replies-bad.csv 第 3 行「platforms」（id：r-y）：应为以下之一');
    expect(existsSync(join(dir, 'out/bad.json'))).toBe(false);
    rmSync(join(dir, 'team', 'replies-bad.csv'));
  });

  it('exits 1 for an invalid pack and 2 for a wrong command line', () => {
    writeFileSync(join(dir, 'broken.json'), '{ "format": "kuaida-pack", "formatVersion": 1 }');
    expect(kuaida('pack', 'validate', 'broken.json')).toMatchObject({ code: 1, err: expect.stringContaining('id：缺少必填字段') });
    expect(kuaida('--help')).toMatchObject({ code: 0, out: expect.stringContaining('用法 Usage') });
    expect(kuaida().code).toBe(2);
    expect(kuaida('pack', 'frobnicate').code).toBe(2);
    expect(kuaida('pack', 'verify', 'broken.json').code).toBe(2); // no --pubkey
    expect(kuaida('pack', 'validate', 'missing.json').code).toBe(2);
    expect(kuaida('pack', 'diff', 'broken.json').code).toBe(2);
    expect(kuaida('pack', 'build', 'team', '--bogus').code).toBe(2);
    // Building inside the folder must not overwrite its pack.json metadata.
    const inside = spawnSync(process.execPath, [launcher, 'pack', 'build', '.'], { cwd: join(dir, 'team'), encoding: 'utf8' });
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain('输出会覆盖输入文件');
  });
});
