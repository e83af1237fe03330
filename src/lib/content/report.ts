/**
 * What a reading of the content says to the person who ran it: one line per problem, a line naming each draft that
 * is not published, and a closing line. The content check (`npm run check:content`) and the build print the same.
 */
import { formatProblem } from './problems.ts';
import type { ContentReading } from './reader.ts';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * The lines to print for a reading.
 * @example describeReading(reading).notes ⇒ ['1 draft not published: content/meetings/2024-05-02-x.mdx', '49 records checked, no problems.']
 */
export function describeReading(reading: ContentReading): { problems: string[]; notes: string[] } {
  const problems = reading.problems.map(formatProblem);
  const notes: string[] = [];
  if (reading.drafts.length > 0) {
    notes.push(`${plural(reading.drafts.length, 'draft')} not published: ${reading.drafts.map((draft) => draft.file).join(', ')}`);
  }
  if (problems.length > 0) {
    problems.push(
      `${plural(problems.length, 'problem')} in the content. Each line gives the file, line and column, the field, what is wrong and how to write it; npm run check:content lists them again.`,
    );
  } else {
    notes.push(`${plural(reading.records.length + reading.drafts.length, 'record')} checked, no problems.`);
  }
  return { problems, notes };
}
