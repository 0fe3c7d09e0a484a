import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { PACK_FORMAT_VERSION } from '../pack/limits';
import { EXIT, say, UsageError, warn } from './io';
import { keygen, sign, verify } from './keys';
import { build, diff, validate } from './pack-commands';

/*
 * kuaida: the team lead's tool for packs. Works offline; reads and writes local files only.
 * Run through utils/cli/kuaida.mjs (npx kuaida …) or `npx tsx utils/cli/kuaida.ts …`.
 */

export const HELP = `快答 Kuaida 团队数据包工具 (team pack tool)，数据包格式版本 formatVersion ${PACK_FORMAT_VERSION}

用法 Usage:
  kuaida keygen [--out <文件夹>] [--force]
      生成签名密钥对：kuaida-private.key（权限 600，切勿外传）和 kuaida-public.key。
      Create a signing key pair; prints the public key to paste into the extension.
  kuaida pack build <文件夹|文件…> [--out pack.json] [--per-shop] [--id <id>] [--version <版本>]
                    [--title <标题>] [--publisher <发布者>]
      由 replies*.csv、charts*.csv 或 size-charts.json、shops.csv 或 shops.json、rules.json、
      forbidden-words.json、profiles.json、pack.json（元数据）生成数据包；--per-shop 按店铺各生成一个（--out 为文件夹，默认 packs/）。
      Build a pack from a folder of CSV/JSON files; any error → nothing written.
  kuaida pack sign <pack.json> --key <kuaida-private.key> [--out <文件>] [--key-id <id>]
      签名（默认写回原文件）。Sign the pack (in place unless --out).
  kuaida pack verify <pack.json> --pubkey <kuaida-public.key|公钥base64>
      验证签名：有效退出码 0，否则 1。Verify the signature: exit 0 if valid, else 1.
  kuaida pack diff <旧.json> <新.json>
      列出新增、删除、修改的条目，供发布前核对。Show what changed, for review before publishing.
  kuaida pack validate <pack.json>
      检查格式，列出每处错误的位置。Check a pack against the format.
  kuaida --help | --version

退出码 Exit codes: 0 成功 ok · 1 校验/验证未通过 check failed · 2 用法错误 usage error
格式说明 Format: docs/pack-format.md`;

type Values = Record<string, string | boolean | undefined>;

const OPTIONS = {
  out: { type: 'string' }, force: { type: 'boolean' }, key: { type: 'string' }, 'key-id': { type: 'string' },
  pubkey: { type: 'string' }, 'per-shop': { type: 'boolean' }, id: { type: 'string' }, version: { type: 'string' },
  title: { type: 'string' }, publisher: { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Which options each command takes: anything else is a usage error, not silently ignored. */
const ALLOWED: Record<string, string[]> = {
  keygen: ['out', 'force'],
  'pack build': ['out', 'per-shop', 'id', 'version', 'title', 'publisher'],
  'pack sign': ['key', 'out', 'key-id'],
  'pack verify': ['pubkey'],
  'pack diff': [],
  'pack validate': [],
};

const str = (v: Values, k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);

function exactly(n: number, positionals: string[], usage: string): string[] {
  if (positionals.length !== n) throw new UsageError(`参数个数不对 (wrong number of arguments)。用法 usage: ${usage}`);
  return positionals;
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0) {
    warn(HELP);
    return EXIT.usage;
  }
  // Before parseArgs: there --version is `pack build`'s option and would demand a value.
  if (argv.length === 1 && argv[0] === '--version') {
    say(`kuaida (formatVersion ${PACK_FORMAT_VERSION})`);
    return EXIT.ok;
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const v = values as Values;
    if (v.help || positionals[0] === 'help') {
      say(HELP);
      return EXIT.ok;
    }
    const [group, sub, ...rest] = positionals;
    const command = group === 'pack' ? `pack ${sub ?? ''}` : (group ?? '');
    const allowed = ALLOWED[command];
    if (!allowed) throw new UsageError(group ? `未知命令 unknown command: ${command.trim()}` : '缺少命令 (missing command)');
    const extra = Object.keys(v).filter((k) => !allowed.includes(k));
    if (extra.length) throw new UsageError(`${command} 不接受选项 does not take: ${extra.map((k) => `--${k}`).join(' ')}`);
    const args = group === 'pack' ? rest : [sub, ...rest].filter((x): x is string => x !== undefined);

    switch (command) {
      case 'keygen':
        exactly(0, args, 'kuaida keygen [--out <文件夹>]');
        return await keygen({ out: str(v, 'out'), force: v.force === true });
      case 'pack build':
        return build(args, {
          out: str(v, 'out'), perShop: v['per-shop'] === true, id: str(v, 'id'), version: str(v, 'version'),
          title: str(v, 'title'), publisher: str(v, 'publisher'),
        });
      case 'pack sign':
        return await sign(exactly(1, args, 'kuaida pack sign <pack.json> --key <private.key>')[0]!, { key: str(v, 'key'), out: str(v, 'out'), keyId: str(v, 'key-id') });
      case 'pack verify':
        return await verify(exactly(1, args, 'kuaida pack verify <pack.json> --pubkey <public.key>')[0]!, { pubkey: str(v, 'pubkey') });
      case 'pack diff': {
        const [a, b] = exactly(2, args, 'kuaida pack diff <旧.json> <新.json>');
        return diff(a!, b!);
      }
      default: // 'pack validate', the last entry of ALLOWED
        return validate(exactly(1, args, 'kuaida pack validate <pack.json>')[0]!);
    }
  } catch (e) {
    // parseArgs reports unknown options and missing values with an ERR_PARSE_ARGS_* code.
    const usage = e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!usage) throw e;
    warn(`✗ ${(e as Error).message}`);
    warn('用法见 kuaida --help (see kuaida --help)');
    return EXIT.usage;
  }
}

// Direct run (`npx tsx utils/cli/kuaida.ts …`); the .mjs launcher imports main instead.
const invokedAs = process.argv[1] ? safeRealpath(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return '';
  }
}
