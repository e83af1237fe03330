/**
 * Problems found in content files, and their one-line form:
 * `content/meetings/<file>.mdx:<line>:<col> <field>: <what is wrong>. <how to write it>`
 */
import { closest } from 'fastest-levenshtein';
import type { z } from 'astro/zod';
import { getFieldDoc, getObjectShape } from '../../schemas/documented.ts';
import { describeValue } from '../domain/describe-value.ts';
import type { Position } from './frontmatter.ts';

/** One problem in one file. */
export interface Problem {
  /** Path of the file relative to the project, with forward slashes. */
  file: string;
  position: Position;
  /** The field (dotted path, `participants[2]`) or part of the file (`body`, `file name`) concerned. */
  field: string;
  /** What is wrong, then how to write it: a plain sentence or two, no trailing period needed. */
  message: string;
}

/**
 * A problem as the one line a contributor reads.
 * @example formatProblem({ file: 'content/meetings/a.mdx', position: { line: 4, column: 15 }, field: 'participants',
 *   message: 'expected a list, found "AU". Put the values in square brackets: participants: [AU]' })
 *   ⇒ 'content/meetings/a.mdx:4:15 participants: expected a list, found "AU". Put the values in square brackets: participants: [AU]'
 */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.position.line}:${problem.position.column} ${problem.field}: ${problem.message}`;
}

/** Orders problems by file, then line, then column. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file, 'en') || a.position.line - b.position.line || a.position.column - b.position.column
  );
}

/**
 * A zod path as a contributor reads it.
 * @example formatPath(['participants', 2]) ⇒ 'participants[2]'
 * @example formatPath(['location', 'country']) ⇒ 'location.country'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || 'frontmatter';
}

const TYPE_NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/**
 * Rewrites zod issues as problems: one plain sentence per field, never "received object".
 * Issues that carry a message written in the schema keep it; zod's generic ones are rewritten with the value found
 * and the field's documented example.
 *
 * @param issues from `schema.safeParse(data, { reportInput: true, error: () => GENERIC })`.
 * @param locate where a path is in the file (see `readRecordSource`).
 */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  file: string,
  locate: (path: readonly PropertyKey[], at?: 'key' | 'value') => Position,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file,
          position: locate(path, 'key'),
          field: formatPath(path),
          message: describeUnknownField(schema, issue.path, key),
        });
      }
      continue;
    }
    const example = getFieldDoc(schema, issue.path)?.example;
    const message = issue.message === GENERIC_MESSAGE ? describeGenericIssue(issue, example) : issue.message;
    problems.push({ file, position: locate(issue.path), field: formatPath(issue.path), message });
  }
  return problems;
}

/** The message zod gives an issue when the schema wrote none; pass `{ error: () => GENERIC_MESSAGE }` to parse. */
export const GENERIC_MESSAGE = '\u0000generic';

function describeGenericIssue(issue: z.core.$ZodIssue, example: string | undefined): string {
  const input = (issue as { input?: unknown }).input;
  const suffix = example ? `. e.g. ${example}` : '';
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `is missing${suffix}`;
      return `expected ${TYPE_NOUNS[issue.expected] ?? issue.expected}, found ${describeValue(input)}${suffix}`;
    case 'invalid_value':
      return `${describeValue(input)} is not allowed here. Use one of ${issue.values.map(String).join(', ')}${suffix}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} entry${suffix}` : `is too short${suffix}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is longer than ${String(issue.maximum)} characters. Shorten it`
        : `is too large${suffix}`;
    case 'invalid_format':
      return `${describeValue(input)} is not written as expected${suffix}`;
    case 'invalid_union':
      if (input === undefined) return `is missing${suffix}`;
      return `${describeValue(input)} is not one of the accepted forms${suffix}`;
    default:
      return `${describeValue(input)} is not valid here${suffix}`;
  }
}

function describeUnknownField(schema: z.ZodType, parentPath: readonly PropertyKey[], key: string): string {
  const known = knownKeys(schema, parentPath);
  const nearest = known.length > 0 ? closest(key, known) : undefined;
  const suggestion = nearest ? ` Did you mean ${nearest}?` : '';
  return `is not a field of ${parentPath.length ? formatPath(parentPath) : 'a record'}.${suggestion} The fields are: ${known.join(', ')}`;
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  return Object.keys(getObjectShape(schema, path));
}
