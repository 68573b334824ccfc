/** Writes docs/call.schema.json from callSchema. Run with `npm run schema` after changing the call model. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { callJsonSchemaText } from '../packages/core/src/call/call-json-schema.js';

const target = fileURLToPath(new URL('../docs/call.schema.json', import.meta.url));
writeFileSync(target, callJsonSchemaText());
process.stdout.write(`wrote ${target}\n`);
