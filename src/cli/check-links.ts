/**
 * `npm run check:links [folder]`: checks every address in a built site (`dist/` unless a folder is given), starting
 * from its sitemap (see `src/lib/tooling/link-check.ts`). Prints one line per problem and exits with 1 when there is any.
 */
import { resolve } from 'node:path';
import { checkLinks, formatLinkProblem } from '../lib/tooling/link-check.ts';

const dir = resolve(process.argv[2] ?? 'dist');
let report;
try {
  report = checkLinks({ dir });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
for (const problem of report.problems) console.error(formatLinkProblem(problem));
console.log(
  `Checked ${report.pages.length} pages of ${report.siteUrl}: ${report.internalLinks} addresses inside the site and ${report.externalLinks} on other sites; ${report.problems.length === 0 ? 'none broken' : `${report.problems.length} problem(s)`}.`,
);
process.exit(report.problems.length === 0 ? 0 : 1);
