/**
 * The table of record fields in CONTRIBUTING.md, made from the documentation attached to each field of the record
 * schema (`documented`), so the guide and the schema cannot drift apart. `npm run docs:fields` rewrites it; a unit
 * test fails when it is out of date.
 */
import type { z } from 'astro/zod';
import { getObjectShape, listFieldDocs } from '../../schemas/documented.ts';

/** The markers that enclose the generated table in CONTRIBUTING.md. */
export const FIELD_TABLE_START = '<!-- fields:start (made by npm run docs:fields from src/schemas/meeting.ts) -->';
export const FIELD_TABLE_END = '<!-- fields:end -->';

/** Whether a field must be given: it fails when left out. */
function isRequired(schema: z.ZodType, path: string): boolean {
  const keys = path.split('.');
  const name = keys.pop()!;
  const field = getObjectShape(schema, keys)[name];
  return field !== undefined && !field.safeParse(undefined).success;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * Every documented field as a Markdown table: field (dotted for nested ones), whether it is required, what it means,
 * and an example line.
 * @example formatFieldTable(MeetingSchema) ⇒ '| field | required | what it means | example |\n|---|---|---|---|\n| `title` | yes | ...'
 */
export function formatFieldTable(schema: z.ZodType): string {
  const rows = listFieldDocs(schema).map(
    ([path, doc]) =>
      `| \`${path}\` | ${isRequired(schema, path) ? 'yes' : ''} | ${cell(doc.description)} | \`${cell(doc.example)}\` |`,
  );
  return ['| field | required | what it means | example |', '|---|---|---|---|', ...rows].join('\n');
}

/** CONTRIBUTING.md with the table between the markers replaced. @throws Error when a marker is missing. */
export function replaceFieldTable(markdown: string, table: string): string {
  const start = markdown.indexOf(FIELD_TABLE_START);
  const end = markdown.indexOf(FIELD_TABLE_END);
  if (start === -1 || end < start)
    throw new Error(`CONTRIBUTING.md needs the lines ${FIELD_TABLE_START} and ${FIELD_TABLE_END}.`);
  return `${markdown.slice(0, start + FIELD_TABLE_START.length)}\n${table}\n${markdown.slice(end)}`;
}
