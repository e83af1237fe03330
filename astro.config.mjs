// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { inPhase, withBuildPhases } from './src/integrations/build-phases.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { publicAddress } from './src/integrations/public-address.ts';
import { recordFiles } from './src/integrations/record-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { serializeWithLastmod, sitemapDays } from './src/integrations/sitemap-lastmod.ts';
import { recordBodyPolicy, RECORD_FEATURES } from './src/lib/content/body-policy.ts';
import { recordTextPlaces } from './src/lib/content/text-places.ts';
import { getCacheDir, getContentDir } from './src/lib/content/content-dir.ts';
import { getDeploySettings } from './src/lib/site/deploy.ts';

// The archive's public address (PUBLIC_ADDRESS in src/lib/site/site.ts), or SITE_URL and BASE_PATH where they are set,
// e.g. SITE_URL=https://example.github.io BASE_PATH=/records.
const deploySettings = getDeploySettings(process.env);
const { site, base } = deploySettings;

// Content read from another folder (CONTENT_DIR) keeps its own cache, so that it never leaks into a build of content/.
const contentDir = getContentDir();
const cacheDir = getCacheDir(contentDir);

export default defineConfig({
  site,
  base,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  // Incremental static builds: a page of a dynamic route whose cache key (the digest of everything it shows, see
  // src/lib/site/page-key.ts) and code are unchanged since the last build is copied from it instead of rendered.
  // Astro keeps the previous build in its cache folder and starts afresh when the lock file or this config changes;
  // `astro build --force` starts afresh on demand.
  experimental: { incrementalBuild: true },
  // Stylesheets ship as files of their own, never inline, so the Content-Security-Policy of public/_headers can say
  // style-src 'self' with no hashes to keep in step with the CSS.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages are static HTML; nothing reports to a third party.
  devToolbar: { enabled: false },
  // Records are Markdown, read with the same features and policy by the content check and by this processor, which
  // renders them (the loader's renderMarkdown), removes whatever the policy does not allow, then gives each paragraph
  // and list item the id that topic pages link to.
  markdown: {
    processor: satteri({
      features: RECORD_FEATURES,
      hastPlugins: [recordBodyPolicy({ contentDir }), recordTextPlaces({ contentDir })],
    }),
  },
  // Scripts ship as files of their own, never inline, so a Content-Security-Policy of script-src 'self' holds;
  // other assets keep the default rule (inlined under 4 KB).
  vite: {
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    // The dev server watches the sources and content, not built sites, test output or benchmark records.
    server: { watch: { ignored: ['**/dist/**', '**/tmp/**', '**/tests/.output/**'] } },
  },
  // Each build logs the time of its phases (and writes them to BUILD_PHASES_FILE for the benchmark).
  integrations: withBuildPhases([
    publicAddress(deploySettings),
    inPhase('content', contentCheck()),
    mdx(),
    inPhase(
      'sitemap',
      sitemap({
        filter: (page) => !/\/404\/?$/.test(page),
        // Each record page's <lastmod> is its record's `updated` day (case C16).
        serialize: serializeWithLastmod({ root: fileURLToPath(new URL('.', import.meta.url)), site, base }),
      }),
    ),
    inPhase('sitemap', sitemapDays()),
    inPhase('data', recordFiles()),
    // Indexing starts with the build and runs in Pagefind's process while pages render (its CPU time counts in the
    // phases it overlaps); waiting for what is left and writing the index count as the search index phase.
    inPhase('search', searchIndex(), ['astro:build:done']),
  ]),
});
