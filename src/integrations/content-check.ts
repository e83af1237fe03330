/**
 * Runs the content check before Astro reads any content, so that a broken record stops the build with plain
 * messages (file, line, field, fix) instead of a stack trace or a silently missing page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentOnce } from '../lib/content/content-check.ts';
import { getContentDir } from '../lib/content/content-dir.ts';
import { formatProblem } from '../lib/content/problems.ts';

/** The content-check integration. In `astro dev` problems are logged; in `astro build` they fail the build. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'bali-process:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, records } = checkContentOnce({ contentDir: getContentDir(root), root });
        if (problems.length === 0) {
          logger.info(`${records.length} records checked, no problems.`);
          return;
        }
        const lines = problems.map(formatProblem);
        for (const line of lines) logger.error(line);
        logger.error(
          `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content. Each line gives the file, line and column, the field, what is wrong and how to write it. npm run check:content lists them again; --fix repairs the safe ones.`,
        );
        if (command === 'dev') return;
        // The list above says everything: stop the build without a stack trace that would mean nothing to a contributor.
        process.exit(1);
      },
    },
  };
}
