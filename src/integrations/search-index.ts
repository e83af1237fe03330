/**
 * The search index, made from the content layer with Pagefind's Node API: each record's search document
 * (`lib/search/search-document.ts`) from the one reading of the content and the text the loader rendered, never from
 * the built pages.
 *
 * - `astro build`: indexing starts once the content is loaded (`astro:build:start`) and runs in Pagefind's own process
 *   while Astro renders the pages; `astro:build:done` writes the index to `dist/pagefind/` and the index's words to
 *   `dist/search/words.json`.
 * - `astro dev`: the same index is made in memory when the search page first asks for it, and again after a record
 *   changes, and served at the same addresses, so a contributor sees how a new record ranks before a pull request.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { archiveFromReading } from '../lib/archive/read-archive.ts';
import { getContentDir } from '../lib/content/content-dir.ts';
import { getContentReading } from '../lib/content/reader.ts';
import { getRenderedText, getRenderedTextsVersion } from '../lib/content/rendered-text.ts';
import { SEARCH_FILES } from '../lib/search/search-config.ts';
import { getWords, toSearchDocument } from '../lib/search/search-document.ts';

/**
 * Files Pagefind writes with every index that the site does not use: its ready-made interfaces (the search page has
 * its own) and its worker (the search page runs Pagefind without one, `noWorker`).
 */
const UNUSED_FILES = /^pagefind-(?:component-ui|modular-ui|ui|worker)\.(?:js|css)$/;

/** Throws when a Pagefind call reports errors, naming the step. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}: ${errors.join('; ')}`);
}

/** The words of the index, most frequent first, as `search/words.json` holds them (`SearchWords`). */
export type SearchWords = string[];

/** An index being made: Pagefind's index, how many records it holds, and the words of their documents. */
interface IndexRun {
  index: pagefind.PagefindIndex;
  records: number;
  words: SearchWords;
}

/** Makes the index of the content folder's records; Pagefind works in its own process meanwhile. */
async function makeIndex(root: string, contentDir: string): Promise<IndexRun> {
  const archive = archiveFromReading(await getContentReading({ contentDir, root }));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  assertNoErrors('start', errors);
  if (!index) throw new Error('Pagefind did not create an index.');
  const counts = new Map<string, number>();
  for (const meeting of archive.meetings) {
    const document = toSearchDocument(meeting, getRenderedText(meeting.entry.path));
    for (const word of getWords(document.text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    // Addresses are site-relative; the search page gives Pagefind the base path (`baseUrl`).
    const added = await index.addHTMLFile({ url: `/meetings/${meeting.id}/`, content: document.html });
    assertNoErrors(`index ${meeting.filePath}`, added.errors);
  }
  const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([word]) => word);
  return { index, records: archive.meetings.length, words };
}

const CONTENT_TYPES: ReadonlyArray<[RegExp, string]> = [
  [/\.js$/, 'text/javascript; charset=utf-8'],
  [/\.json$/, 'application/json; charset=utf-8'],
  [/\.css$/, 'text/css; charset=utf-8'],
];

function send(response: ServerResponse, path: string, content: Uint8Array | string): void {
  const type = CONTENT_TYPES.find(([pattern]) => pattern.test(path))?.[1] ?? 'application/octet-stream';
  response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(content);
}

/** The files of a dev index, by path under the base, made again when a record's text changes. */
function devIndex(root: string, contentDir: string, logger: AstroIntegrationLogger) {
  let made: { version: number; files: Promise<Map<string, Uint8Array | string>> } | undefined;
  return (): Promise<Map<string, Uint8Array | string>> => {
    const version = getRenderedTextsVersion();
    if (made?.version !== version) {
      const files = (async () => {
        const run = await makeIndex(root, contentDir);
        const written = await run.index.getFiles();
        assertNoErrors('make the index', written.errors);
        await run.index.deleteIndex();
        logger.info(`Indexed ${run.records} records for search.`);
        return new Map<string, Uint8Array | string>([
          ...written.files.map((file): [string, Uint8Array] => [`${SEARCH_FILES.pagefind}${file.path}`, file.content]),
          [SEARCH_FILES.words, JSON.stringify(run.words)],
        ]);
      })();
      made = { version, files };
    }
    return made.files;
  };
}

/** The search-index integration. */
export function searchIndex(): AstroIntegration {
  let root = '';
  let contentDir = '';
  let base = '/';
  let run: Promise<IndexRun> | undefined;
  return {
    name: 'bali-process:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        contentDir = getContentDir(root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        run = makeIndex(root, contentDir);
        // Awaited in astro:build:done; a failure there stops the build with its message.
        run.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (!run) throw new Error('The search index was not started.');
        try {
          const { index, records, words } = await run;
          const bundle = join(outDir, SEARCH_FILES.pagefind);
          const written = await index.writeFiles({ outputPath: bundle });
          assertNoErrors('write the index', written.errors);
          for (const name of readdirSync(bundle)) if (UNUSED_FILES.test(name)) rmSync(join(bundle, name));
          const wordsFile = join(outDir, SEARCH_FILES.words);
          mkdirSync(join(wordsFile, '..'), { recursive: true });
          writeFileSync(wordsFile, JSON.stringify(words));
          logger.info(`Indexed ${records} records for search.`);
        } finally {
          await pagefind.close();
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const files = devIndex(root, contentDir, logger);
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          // Vite's own middleware may already have taken the base path off the address.
          const wanted = path.startsWith(base) ? path.slice(base.length) : path.slice(1);
          if (!wanted.startsWith(SEARCH_FILES.pagefind) && wanted !== SEARCH_FILES.words) {
            next();
            return;
          }
          files()
            .then((all) => {
              const content = all.get(wanted);
              if (content === undefined) next();
              else send(response, wanted, content);
            })
            .catch((error: unknown) => next(error));
        });
      },
    },
  };
}
