/**
 * A record's text rendered the way the site renders it: Astro's Sätteri processor, configured as astro.config.mjs
 * configures it (`RECORD_FEATURES`, the record-body policy and the ids of the text's places), called through its public
 * `createRenderer`.
 */
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { RECORD_FEATURES, recordBodyPolicy } from '../../src/lib/content/body-policy.ts';
import { recordTextPlaces } from '../../src/lib/content/text-places.ts';

type Renderer = { render(body: string, options: { fileURL: URL }): Promise<{ code: string }> };
const renderers = new Map<string, Promise<Renderer>>();

function getRenderer(contentDir: string, meetingsDir: string, policy: boolean): Promise<Renderer> {
  const key = `${contentDir}\n${meetingsDir}\n${policy}`;
  let renderer = renderers.get(key);
  if (!renderer) {
    const processor = satteri({
      features: RECORD_FEATURES,
      // The ids of the text's places are the site's own, with or without the policy.
      hastPlugins: [
        ...(policy ? [recordBodyPolicy({ contentDir, meetingsDir })] : []),
        recordTextPlaces({ contentDir, meetingsDir }),
      ],
    });
    renderer = processor.createRenderer({}) as Promise<Renderer>;
    renderers.set(key, renderer);
  }
  return renderer;
}

/**
 * The HTML of a record's text, with the policy (as the site renders it) or without it (as Markdown alone would).
 * @param file absolute path of the record file, whose folder its images are relative to.
 */
export async function renderRecordText(body: string, file: string, contentDir: string, policy = true): Promise<string> {
  const renderer = await getRenderer(contentDir, dirname(file), policy);
  return (await renderer.render(body, { fileURL: pathToFileURL(file) })).code;
}
