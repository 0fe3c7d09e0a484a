import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORBIDDEN_CATEGORIES, LIMITS } from '@/utils/pack/limits';
import { PackSchema } from '@/utils/pack/schema';
import { verifyPack } from '@/utils/pack/signing';
import { parsePack } from '@/utils/pack/validate';

// docs/pack-format.md is what team leads read: its example must stay a valid, verifiable pack.
const doc = readFileSync(fileURLToPath(new URL('../../../docs/pack-format.md', import.meta.url)), 'utf8');

describe('docs/pack-format.md', () => {
  it('has a complete example that validates and whose signature verifies with the documented key', async () => {
    const example = /<!-- example-pack -->\s*```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    const publicKey = /<!-- example-public-key -->`([^`]+)`/.exec(doc)?.[1];
    expect(example && publicKey).toBeTruthy();
    const parsed = parsePack(example!);
    expect(parsed.ok && parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    expect(await verifyPack(parsed.raw as object, publicKey!)).toMatchObject({ ok: true });
    // Every section is shown.
    for (const key of Object.keys(PackSchema.entries)) expect(parsed.raw).toHaveProperty(key);
  });

  it('documents every top-level field, every category and the main limits', () => {
    for (const key of Object.keys(PackSchema.entries)) expect(doc).toContain(`\`${key}\``);
    for (const c of FORBIDDEN_CATEGORIES) expect(doc).toContain(`\`${c}\``);
    expect(doc).toContain('50,000');
    expect(doc).toContain('20 MB');
    expect(doc).toContain(String(LIMITS.replyText).replace(/\B(?=(\d{3})+$)/, ','));
  });
});
