import { resolve, join } from 'node:path';
import { buildPack, packToJson, type BuildOptions } from '../pack/build';
import { formatBuildIssue } from '../pack/build-inputs';
import { diffPacks } from '../pack/diff';
import { formatDiff } from '../pack/format-diff';
import { MAX_PACK_BYTES } from '../pack/limits';
import type { Pack } from '../pack/schema';
import { EXIT, kilobytes, loadPack, readInputs, say, shown, UsageError, warn, writeText } from './io';

export interface BuildArgs extends Omit<BuildOptions, 'now'> {
  out?: string;
}

const summary = (p: Pack) =>
  `话术 ${p.replies.length}，尺码表 ${p.sizeCharts.length}，规则 ${p.rules.length}，违规词 ${p.forbiddenWords.length} 类，`
  + `平台配置 ${p.profiles.length}，店铺 ${p.shops.length}`;

/** Ids may hold `/` or `:` (shop names): not in a file name. */
const fileName = (id: string) => `${id.replace(/[\\/:*?"<>]/g, '_')}.json`;

/** build: every input problem listed with file, row and column; nothing written unless all are fixed. */
export function build(inputs: string[], args: BuildArgs): number {
  if (!inputs.length) throw new UsageError('请指定数据文件夹或文件 (missing <folder|files…>)');
  const { files, absolute } = readInputs(inputs);
  const result = buildPack(files, args);
  for (const w of result.warnings) warn(`! ${formatBuildIssue(w)}`);
  if (!result.ok) {
    warn(`✗ 有 ${result.errors.length} 处问题，未生成数据包 (nothing written)：`);
    for (const e of result.errors) warn(`  ${formatBuildIssue(e)}`);
    return EXIT.failed;
  }
  if (result.ignored.length) warn(`! 未识别、已忽略的文件 (ignored): ${result.ignored.join(', ')}`);

  const outputs = result.packs.map((pack) => ({
    pack,
    path: args.perShop ? join(args.out ?? 'packs', fileName(pack.id)) : (args.out ?? 'pack.json'),
    text: packToJson(pack),
  }));
  for (const o of outputs) {
    // The metadata file is also called pack.json: building inside the folder must not eat it.
    if (absolute.includes(resolve(o.path))) throw new UsageError(`输出会覆盖输入文件 ${shown(o.path)}，请用 --out 指定别的位置`);
    if (Buffer.byteLength(o.text, 'utf8') > MAX_PACK_BYTES) {
      warn(`✗ ${o.pack.id} 有 ${kilobytes(o.text)}，超过 20 MB 上限：扩展会拒绝 (over the 20 MB limit)。请按店铺分包 (--per-shop) 或精简内容。`);
      return EXIT.failed;
    }
  }
  for (const o of outputs) {
    writeText(o.path, o.text);
    say(`✓ 已生成 ${shown(o.path)}（${o.pack.id} 版本 ${o.pack.version}，${kilobytes(o.text)}）：${summary(o.pack)}`);
  }
  const first = outputs.length === 1 ? shown(outputs[0]!.path) : '<每个文件 each file>';
  say(`下一步 next: kuaida pack sign ${first} --key kuaida-private.key`);
  return EXIT.ok;
}

export function validate(file: string): number {
  const loaded = loadPack(file);
  if (!loaded.ok) return EXIT.failed;
  const p = loaded.pack;
  say(`✓ 有效的数据包 valid pack: ${shown(file)}`);
  say(`  ${p.id} 版本 ${p.version}，发布于 ${p.publishedAt}${p.title ? `，${p.title}` : ''}`);
  say(`  ${summary(p)}`);
  say(p.signature
    ? `  已签名（keyId ${p.signature.keyId ?? '未注明'}），验证签名请用 kuaida pack verify ${shown(file)} --pubkey <公钥>`
    : '  未签名 (unsigned)：发布前请用 kuaida pack sign 签名');
  return EXIT.ok;
}

export function diff(oldFile: string, newFile: string): number {
  const before = loadPack(oldFile);
  const after = loadPack(newFile);
  if (!before.ok || !after.ok) return EXIT.failed;
  say(`${shown(oldFile)} → ${shown(newFile)}`);
  say(formatDiff(diffPacks(before.pack, after.pack)));
  return EXIT.ok;
}
