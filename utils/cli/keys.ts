import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packToJson } from '../pack/build';
import { generateKeyPair, keyFingerprint, publicKeyFromPrivate, signPack, verifyPack } from '../pack/signing';
import { EXIT, loadPack, readKey, say, shown, UsageError, warn, writeText } from './io';

export const PRIVATE_KEY_FILE = 'kuaida-private.key';
export const PUBLIC_KEY_FILE = 'kuaida-public.key';

/** keygen: a new Ed25519 pair. Never overwrites a private key without --force: losing it means re-keying every agent. */
export async function keygen(opts: { out?: string; force?: boolean }): Promise<number> {
  const dir = opts.out ?? '.';
  const privatePath = join(dir, PRIVATE_KEY_FILE);
  const publicPath = join(dir, PUBLIC_KEY_FILE);
  if (existsSync(privatePath) && !opts.force) {
    throw new UsageError(`${shown(privatePath)} 已存在：覆盖会让所有客服都需要换新公钥。确需重新生成请加 --force (exists; use --force)`);
  }
  const { publicKey, privateKey } = await generateKeyPair();
  const keyId = await keyFingerprint(publicKey);
  writeText(privatePath, `# 快答 Kuaida 数据包签名私钥 (Ed25519 private key)，keyId ${keyId}。切勿外传、切勿提交到 git。Keep secret.\n${privateKey}\n`, 0o600);
  writeText(publicPath, `# 快答 Kuaida 数据包公钥 (Ed25519 public key)，keyId ${keyId}。订阅时粘贴到扩展中 (paste into the extension).\n${publicKey}\n`);
  say(`已生成密钥对 (key pair written)，keyId ${keyId}`);
  say(`  私钥 private: ${shown(privatePath)}（权限 600，只有您能读）`);
  say(`  公钥 public:  ${shown(publicPath)}`);
  say('');
  say('公钥（订阅数据包时粘贴到快答扩展中 / paste into the extension when subscribing）：');
  say(publicKey);
  return EXIT.ok;
}

/** sign: signs the file as written (no defaults added), after checking it is a valid pack. */
export async function sign(file: string, opts: { key?: string; out?: string; keyId?: string }): Promise<number> {
  if (!opts.key) throw new UsageError('请用 --key 指定私钥文件 (missing --key <private.key>)');
  const privateKey = readKey(opts.key, false);
  const loaded = loadPack(file);
  if (!loaded.ok) return EXIT.failed;
  let publicKey: string;
  try {
    publicKey = await publicKeyFromPrivate(privateKey);
  } catch (e) {
    warn(`✗ ${(e as Error).message}`);
    return EXIT.usage;
  }
  const keyId = opts.keyId ?? (await keyFingerprint(publicKey));
  const signed = await signPack(loaded.raw as object, privateKey, keyId);
  const out = opts.out ?? file;
  writeText(out, packToJson(signed));
  say(`✓ 已签名 signed: ${shown(out)}（keyId ${keyId}）`);
  say(`  对应公钥 public key: ${publicKey}`);
  return EXIT.ok;
}

/** verify: exit 0 only when the signature matches and the pack is one the extension accepts. */
export async function verify(file: string, opts: { pubkey?: string }): Promise<number> {
  if (!opts.pubkey) throw new UsageError('请用 --pubkey 指定公钥文件或公钥 (missing --pubkey <public.key|base64>)');
  const publicKey = readKey(opts.pubkey, true);
  const loaded = loadPack(file);
  if (!loaded.ok) return EXIT.failed;
  const result = await verifyPack(loaded.raw as object, publicKey);
  if (!result.ok) {
    warn(`✗ ${shown(file)}：${result.reason}`);
    return EXIT.failed;
  }
  const { id, version } = loaded.pack;
  say(`✓ 签名有效 signature valid: ${shown(file)}（${id} 版本 ${version}${result.keyId ? `，keyId ${result.keyId}` : ''}）`);
  return EXIT.ok;
}
