/**
 * `npm run check:content [-- --fix] [-- --records <folder>]`: checks every file in the content directory and prints
 * one line per problem, `file:line:col field: what is wrong. how to write it`. Exits 1 when there is a problem, 0
 * (silently) when none.
 *
 * `--fix` first applies the safe fixes to record bodies (HTML comments, `<` and `{ }` in prose, `<https://…>`
 * autolinks), says which files it changed, then checks again and reports what is left.
 * `--records <folder>` checks the records in another folder against the bodies, topics, organisations and series
 * of the content directory (tests check fixture records this way); `CONTENT_DIR` moves the whole content directory.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, listFiles } from '../lib/content/content-check.ts';
import { getContentDir } from '../lib/content/content-dir.ts';
import { readRecordSource } from '../lib/content/frontmatter.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { fixRecordBody } from '../lib/content/record-body.ts';

const root = process.cwd();
const contentDir = getContentDir(root);

let options: { fix: boolean; records: string | undefined };
try {
  const { values } = parseArgs({
    options: { fix: { type: 'boolean', default: false }, records: { type: 'string' } },
    strict: true,
  });
  options = { fix: values.fix, records: values.records };
} catch (error) {
  console.error(`${(error as Error).message}. Use: npm run check:content, or npm run check:content -- --fix`);
  process.exit(2);
}
const meetingsDir = options.records ? resolve(root, options.records) : join(contentDir, 'meetings');

if (options.fix) {
  for (const file of listFiles(meetingsDir, '.mdx')) {
    const text = readFileSync(file, 'utf8');
    const source = readRecordSource(text);
    if (source.errors.length > 0) continue;
    const fixed = fixRecordBody(source.body);
    if (fixed === source.body) continue;
    const head = text.split('\n').slice(0, source.bodyStartLine - 1).join('\n');
    writeFileSync(file, `${head}\n${fixed}`);
    console.log(`fixed ${relative(root, file).replaceAll('\\', '/')}`);
  }
}

const { problems } = checkContent({ contentDir, root, meetingsDir });
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} found. Each line gives the file, line and column, the field, what is wrong and how to write it.`,
  );
  process.exitCode = 1;
}
