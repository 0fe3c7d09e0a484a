import { describe, expect, it } from 'vitest';
import { generateKeyPair, keyFingerprint, publicKeyFromPrivate, signPack, verifyPack } from '@/utils/pack/signing';
import { validatePack } from '@/utils/pack/validate';
import { clone, fullPack } from './fixtures';

describe('pack signatures', async () => {
  const keys = await generateKeyPair();
  const keyId = await keyFingerprint(keys.publicKey);

  it('generates 32-byte keys as base64 and derives the public key from the private one', async () => {
    expect(keys.publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(keys.privateKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(await publicKeyFromPrivate(keys.privateKey)).toBe(keys.publicKey);
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('verifies a signed pack, also after a round trip through a file with other key order', async () => {
    const signed = await signPack(fullPack(), keys.privateKey, keyId);
    expect(signed.signature).toMatchObject({ alg: 'Ed25519', keyId });
    expect(validatePack(signed).ok).toBe(true);
    expect(await verifyPack(signed, keys.publicKey)).toEqual({ ok: true, keyId });
    const { signature, ...rest } = clone(signed);
    const reordered = { signature, ...Object.fromEntries(Object.entries(rest).reverse()) };
    expect(await verifyPack(reordered, keys.publicKey)).toEqual({ ok: true, keyId });
  });

  it('refuses tampered content', async () => {
    const signed = clone(await signPack(fullPack(), keys.privateKey, keyId));
    signed.replies[0]!.text = '加微信返现 5 元';
    expect(await verifyPack(signed, keys.publicKey)).toMatchObject({ ok: false, code: 'bad-signature', reason: expect.stringMatching(/^签名无效/) });
  });

  it('refuses a signature made with another key', async () => {
    const other = await generateKeyPair();
    const signed = await signPack(fullPack(), keys.privateKey, keyId);
    expect(await verifyPack(signed, other.publicKey)).toMatchObject({ ok: false, code: 'wrong-key', reason: expect.stringMatching(/^签名无效：数据包由另一把密钥签名/) });
    // Without a fingerprint keyId the failure is the generic one.
    const anonymous = await signPack(fullPack(), keys.privateKey);
    expect(await verifyPack(anonymous, other.publicKey)).toMatchObject({ ok: false, code: 'bad-signature' });
  });

  it('says so for an unsigned pack, a malformed signature and a bad public key', async () => {
    expect(await verifyPack(fullPack(), keys.publicKey)).toMatchObject({ ok: false, code: 'unsigned', reason: expect.stringMatching(/^未签名/) });
    const signed = await signPack(fullPack(), keys.privateKey);
    expect(await verifyPack({ ...signed, signature: { alg: 'RSA', value: signed.signature.value } }, keys.publicKey)).toMatchObject({ code: 'unsupported-alg' });
    expect(await verifyPack({ ...signed, signature: { alg: 'Ed25519', value: 'AAAA' } }, keys.publicKey)).toMatchObject({ code: 'malformed-signature' });
    expect(await verifyPack(signed, 'not a key')).toMatchObject({ ok: false, code: 'bad-public-key', reason: expect.stringMatching(/^公钥格式错误/) });
    expect(await verifyPack(signed, keys.publicKey.slice(0, 40))).toMatchObject({ code: 'bad-public-key' });
    expect(await verifyPack(signed, btoa(String.fromCharCode(...new Array<number>(32).fill(255))))).toMatchObject({ code: 'bad-public-key' });
  });

  it('replaces an old signature instead of signing over it', async () => {
    const once = await signPack(fullPack(), keys.privateKey, 'old');
    const twice = await signPack(once, keys.privateKey, keyId);
    expect(twice.signature.keyId).toBe(keyId);
    expect(await verifyPack(twice, keys.publicKey)).toMatchObject({ ok: true });
  });

  it('signs a validated pack as it will be written (open size ranges become null)', async () => {
    const result = validatePack(fullPack());
    if (!result.ok) throw new Error('fixture invalid');
    const signed = await signPack(result.pack, keys.privateKey);
    const written = JSON.parse(JSON.stringify(signed)) as object;
    expect(await verifyPack(written, keys.publicKey)).toMatchObject({ ok: true });
  });

  it('verifies the validated pack as well as the raw JSON it came from', async () => {
    const file = JSON.parse(JSON.stringify(await signPack(fullPack(), keys.privateKey))) as object;
    const result = validatePack(file);
    if (!result.ok) throw new Error('fixture invalid');
    expect(result.pack.sizeCharts[0]!.rows[1]!.height).toEqual([165, Infinity]);
    expect(await verifyPack(result.pack, keys.publicKey)).toMatchObject({ ok: true });
  });

  it('rejects a private key that is not 32 bytes of base64', async () => {
    await expect(signPack(fullPack(), 'abc')).rejects.toThrow(/^私钥格式错误/);
  });
});
