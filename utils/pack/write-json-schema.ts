// Writes docs/pack.schema.json from the valibot schema. Run: npx tsx utils/pack/write-json-schema.ts
// A build script, not extension code: the only file in utils/pack/ that may use Node APIs.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchemaText } from './json-schema';

const target = fileURLToPath(new URL('../../docs/pack.schema.json', import.meta.url));
writeFileSync(target, packJsonSchemaText());
console.log(`已写入 wrote ${target}`);
