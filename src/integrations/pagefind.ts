/**
 * Builds the Pagefind search index inside `astro build` (Pagefind's Node API in `astro:build:done`), so that
 * `dist/` is searchable without another command. Only elements marked `data-pagefind-body` are indexed: the text
 * of meeting records, not navigation or lists.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Throws when a Pagefind call reports errors, naming the step. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
}

/** The Pagefind integration. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'bali-process:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        assertNoErrors('start', errors);
        if (!index) throw new Error('Pagefind did not create an index.');
        try {
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('index the built pages', added.errors);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          assertNoErrors('write the index', written.errors);
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
