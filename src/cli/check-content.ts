/**
 * `npm run check:content [-- --fix]`: checks every file in the content directory and prints one line per problem,
 * `file:line:col field: what is wrong. how to write it`. Exits 1 when there is a problem, 0 (silently) when none.
 *
 * `--fix` first applies the safe fixes to record bodies (HTML comments, `<` and `{ }` in prose, `<https://…>`
 * autolinks), then checks again and reports what is left.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, listFiles } from '../lib/content-check.ts';
import { getContentDir } from '../lib/content-dir.ts';
import { readRecordSource } from '../lib/frontmatter.ts';
import { formatProblem } from '../lib/problems.ts';
import { fixRecordBody } from '../lib/record-body.ts';

const root = process.cwd();
const contentDir = getContentDir(root);

if (process.argv.includes('--fix')) {
  for (const file of listFiles(join(contentDir, 'meetings'), '.mdx')) {
    const text = readFileSync(file, 'utf8');
    const source = readRecordSource(text);
    if (source.errors.length > 0) continue;
    const fixed = fixRecordBody(source.body);
    if (fixed === source.body) continue;
    const head = text.split('\n').slice(0, source.bodyStartLine - 1).join('\n');
    writeFileSync(file, `${head}\n${fixed}`);
    console.log(`fixed ${file.slice(root.length + 1)}`);
  }
}

const { problems } = checkContent({ contentDir, root });
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found. Each line gives the file, line and column, the field, what is wrong and how to write it.`);
  process.exitCode = 1;
}
