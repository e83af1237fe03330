/**
 * `npm run docs:fields`: rewrites the table of record fields in CONTRIBUTING.md from the record schema's field
 * documentation (src/schemas/meeting.ts). Run it after changing a field's description or example.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFieldTable, replaceFieldTable } from '../lib/tooling/field-table.ts';
import { MeetingSchema } from '../schemas/meeting.ts';

const file = join(process.cwd(), 'CONTRIBUTING.md');
const table = formatFieldTable(MeetingSchema);
const before = readFileSync(file, 'utf8');
const after = replaceFieldTable(before, table);
if (after !== before) writeFileSync(file, after);
console.log(
  after === before ? 'CONTRIBUTING.md: the field table is up to date.' : 'CONTRIBUTING.md: field table rewritten.',
);
