import { showInvisible } from './characters.ts';

/**
 * A value from a record's frontmatter as a contributor would recognise it in a message.
 *
 * @example describeValue('AU') ⇒ '"AU"'
 * @example describeValue('A\u200BU') ⇒ '"A\\u200BU"' (invisible characters are shown)
 * @example describeValue(2019) ⇒ '2019'
 * @example describeValue(undefined) ⇒ 'an empty value'
 * @example describeValue(['AU']) ⇒ 'a list'
 * @example describeValue(new Date('2019-03-02T00:00:00Z')) ⇒ '2019-03-02'
 */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'an empty value';
  if (typeof value === 'string') return `"${showInvisible(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}
