/**
 * Reads and checks the content before Astro builds anything (the one reading, `lib/content/reader.ts`), so that a
 * broken record stops the build with plain messages (file, line, field, fix) instead of a stack trace or a silently
 * missing page, and names every draft that is not published.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { getContentDir } from '../lib/content/content-dir.ts';
import { describeReading } from '../lib/content/report.ts';
import { getContentReading } from '../lib/content/reader.ts';

/** The content-check integration. In `astro dev` problems are logged; in `astro build` they fail the build. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'bali-process:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const reading = await getContentReading({ contentDir: getContentDir(root), root });
        const report = describeReading(reading);
        for (const line of report.problems) logger.error(line);
        for (const line of report.notes) logger.info(line);
        if (reading.problems.length === 0 || command === 'dev') return;
        // The lines above say everything: stop the build without a stack trace that would mean nothing to a contributor.
        process.exit(1);
      },
    },
  };
}
