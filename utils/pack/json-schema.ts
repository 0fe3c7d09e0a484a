import { toJsonSchema } from '@valibot/to-json-schema';
import { PACK_FORMAT_VERSION } from './limits';
import { PackSchema } from './schema';

/**
 * docs/pack.schema.json, derived from the valibot schema so the two cannot drift: the unit test
 * tests/unit/pack/json-schema.test.ts fails when the committed file differs from this text.
 * Input mode: the schema describes the file as written (`questions` may be left out).
 */
export function packJsonSchemaText(): string {
  const generated = toJsonSchema(PackSchema, {
    target: 'draft-07',
    typeMode: 'input',
    // Our patterns carry the `u` flag for \p{L} (Chinese ids). JSON Schema has no flags, but its
    // regex dialect is ECMA-262 and validators such as ajv compile patterns with `u`: keep them.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'regex' && (valibotAction as unknown as { requirement: RegExp }).requirement.flags === 'u' ? jsonSchema : null,
  });
  const { $schema, ...rest } = generated;
  const document = {
    $schema,
    title: `快答 Kuaida 团队数据包 (team pack), formatVersion ${PACK_FORMAT_VERSION}`,
    description:
      '由 utils/pack/schema.ts 生成，请勿手改：运行 npx tsx utils/pack/write-json-schema.ts。'
      + '结构检查之外，快答还会检查 id 重复、尺码范围下限≤上限、正则表达式可编译（见 docs/pack-format.md）。',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
