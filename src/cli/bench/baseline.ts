/**
 * The baseline of the benchmark: a bare Astro site with @astrojs/mdx that builds one minimal page per record from the
 * same files, and nothing else (no facets, no search, no data files). It is what "an Astro-MDX site of N records"
 * costs, so the product's figures can be read as a ratio that holds whatever the machine.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the baseline project into `dir`, reading records from `contentDir/meetings`. */
export function writeBaselineProject(dir: string, contentDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  meetings: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(join(contentDir, 'meetings'))} }),
    schema: z.object({ title: z.string() }).passthrough(),
  }),
};
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const meetings = await getCollection('meetings');
  return meetings.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
}
