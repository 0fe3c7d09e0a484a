import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packJsonSchemaText } from '@/utils/pack/json-schema';

const committed = fileURLToPath(new URL('../../../docs/pack.schema.json', import.meta.url));

describe('docs/pack.schema.json', () => {
  it('is the schema generated from utils/pack/schema.ts (else run: npx tsx utils/pack/write-json-schema.ts)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(packJsonSchemaText());
  });

  it('is strict about unknown fields and knows the optional ones', () => {
    const schema = JSON.parse(packJsonSchemaText()) as {
      additionalProperties: boolean; required: string[];
      properties: { replies: { items: { required: string[]; additionalProperties: boolean } } };
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).not.toContain('signature');
    expect(schema.properties.replies.items.additionalProperties).toBe(false);
    expect(schema.properties.replies.items.required).not.toContain('questions');
  });
});
