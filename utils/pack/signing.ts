import * as ed from '@noble/ed25519';
import { asWritten, packSigningBytes } from './canonical';
import type { PackSignature } from './schema';

/*
 * Ed25519 over the pack's canonical JSON (canonical.ts). Only the async API of @noble/ed25519 is
 * used: it hashes with WebCrypto's SHA-512, present in Node 20, service workers and pages alike,
 * so no hash library is bundled. Keys travel as base64 of the raw 32 bytes (the private key is
 * RFC 8032's seed), short enough to paste into the extension's subscribe form.
 */

export interface KeyPair {
  publicKey: string;
  privateKey: string;
}

export type VerifyFailure = 'unsigned' | 'bad-public-key' | 'malformed-signature' | 'unsupported-alg' | 'wrong-key' | 'bad-signature';
export type VerifyResult = { ok: true; keyId?: string } | { ok: false; code: VerifyFailure; reason: string };

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Strict: returns null unless `b64` is canonical base64 of exactly `length` bytes. */
export function base64ToBytes(b64: string, length: number): Uint8Array<ArrayBuffer> | null {
  const clean = b64.trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length !== Math.ceil(length / 3) * 4) return null;
  try {
    const bin = atob(clean);
    return bin.length === length ? Uint8Array.from(bin, (c) => c.charCodeAt(0)) : null;
  } catch {
    return null;
  }
}

export async function generateKeyPair(): Promise<KeyPair> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { publicKey: bytesToBase64(publicKey), privateKey: bytesToBase64(secretKey) };
}

function privateKeyBytes(privateKeyB64: string): Uint8Array {
  const key = base64ToBytes(privateKeyB64, 32);
  if (!key) throw new Error('私钥格式错误：应为 32 字节的 base64（44 个字符），即 kuaida keygen 生成的 kuaida-private.key');
  return key;
}

export async function publicKeyFromPrivate(privateKeyB64: string): Promise<string> {
  return bytesToBase64(await ed.getPublicKeyAsync(privateKeyBytes(privateKeyB64)));
}

/**
 * A short, stable name for a public key (first 8 bytes of its SHA-256, hex), used as the default
 * keyId so that "signed by another key" can be told apart from "content changed".
 */
export async function keyFingerprint(publicKeyB64: string): Promise<string> {
  const key = base64ToBytes(publicKeyB64, 32);
  if (!key) throw new Error('公钥格式错误：应为 32 字节的 base64（44 个字符）');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', key));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The pack with a fresh signature (any old one is replaced, never signed over). What is signed is
 * the pack as JSON.stringify will write it, so a validated Pack (open size ranges are Infinity
 * there) can be signed as well as a file's raw JSON.
 */
export async function signPack<T extends object>(pack: T, privateKeyB64: string, keyId?: string): Promise<T & { signature: PackSignature }> {
  const { signature: _old, ...unsigned } = pack as T & { signature?: unknown };
  const sig = await ed.signAsync(packSigningBytes(asWritten(unsigned) as object), privateKeyBytes(privateKeyB64));
  const signature: PackSignature = { alg: 'Ed25519', ...(keyId ? { keyId } : {}), value: bytesToBase64(sig) };
  return { ...(unsigned as T), signature };
}

const fail = (code: VerifyFailure, reason: string): VerifyResult => ({ ok: false, code, reason });

/**
 * Checks a pack's signature against the lead's public key. Takes the JSON as parsed from the
 * file or the validated pack: both are looked at as they would be written (see signPack).
 */
export async function verifyPack(pack: object, publicKeyB64: string): Promise<VerifyResult> {
  const publicKey = base64ToBytes(publicKeyB64, 32);
  if (!publicKey) return fail('bad-public-key', '公钥格式错误：应为 32 字节的 base64（44 个字符）');
  try {
    ed.Point.fromBytes(publicKey); // 32 bytes that are not a curve point: a mangled paste
  } catch {
    return fail('bad-public-key', '公钥格式错误：不是有效的 Ed25519 公钥');
  }
  const signature = (pack as { signature?: unknown }).signature;
  if (signature === undefined || signature === null) return fail('unsigned', '未签名：数据包没有 signature 字段 (unsigned)');
  if (typeof signature !== 'object') return fail('malformed-signature', '签名格式错误：signature 应为对象');
  const { alg, keyId, value } = signature as Record<string, unknown>;
  if (alg !== 'Ed25519') return fail('unsupported-alg', `不支持的签名算法「${String(alg)}」，只支持 Ed25519`);
  const sig = typeof value === 'string' ? base64ToBytes(value, 64) : null;
  if (!sig) return fail('malformed-signature', '签名格式错误：signature.value 应为 64 字节的 base64');
  let valid: boolean;
  try {
    valid = await ed.verifyAsync(sig, packSigningBytes(asWritten(pack) as object), publicKey, { zip215: false });
  } catch (e) {
    // Canonicalisation refuses values without a JSON form (lone surrogates).
    return fail('bad-signature', `签名无效：${e instanceof Error ? e.message : String(e)}`);
  }
  if (valid) return typeof keyId === 'string' ? { ok: true, keyId } : { ok: true };
  const fingerprint = await keyFingerprint(publicKeyB64);
  if (typeof keyId === 'string' && /^[0-9a-f]{16}$/.test(keyId) && keyId !== fingerprint) {
    return fail('wrong-key', `签名无效：数据包由另一把密钥签名（keyId ${keyId}），与所给公钥（${fingerprint}）不符 (wrong key)`);
  }
  return fail('bad-signature', '签名无效：签名后内容被改动过，或签名所用私钥与此公钥不配对 (bad signature)');
}
