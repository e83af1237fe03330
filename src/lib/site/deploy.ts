/**
 * Deploy settings from the environment: `SITE_URL` (the origin the site is served from) and `BASE_PATH` (the
 * sub-path, e.g. `/records` for a GitHub Pages project site). Every link, asset, sitemap entry and search URL is
 * built from these through Astro's `site` and `base`.
 */

/** What `astro.config.mjs` needs. */
export interface DeploySettings {
  /** Absolute origin with no trailing slash, e.g. `https://example.org`. */
  site: string;
  /** Base path that starts and ends with `/`, e.g. `/records/`, or `/`. */
  base: string;
}

/** Used when `SITE_URL` is not set: the local server of `npm start`. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

/**
 * Reads and normalises the deploy settings.
 * @example getDeploySettings({ BASE_PATH: 'records' }) ⇒ { site: 'http://127.0.0.1:4321', base: '/records/' }
 * @throws Error when SITE_URL is not an http(s) origin (a path belongs in BASE_PATH) or BASE_PATH has characters that do not belong in a path.
 */
export function getDeploySettings(env: Record<string, string | undefined>): DeploySettings {
  const rawSite = env['SITE_URL']?.trim() || DEFAULT_SITE_URL;
  let site: URL;
  try {
    site = new URL(rawSite);
  } catch {
    throw new Error(`SITE_URL "${rawSite}" is not a web address. Set it like SITE_URL=https://example.org`);
  }
  if (site.protocol !== 'https:' && site.protocol !== 'http:') {
    throw new Error(`SITE_URL "${rawSite}" must start with https:// or http://, e.g. SITE_URL=https://example.org`);
  }
  if (site.pathname !== '/' || site.search || site.hash) {
    throw new Error(
      `SITE_URL "${rawSite}" has a path. Give only the origin and put the path in BASE_PATH, e.g. SITE_URL=${site.origin} BASE_PATH=${site.pathname.replace(/\/$/, '')}`,
    );
  }
  const rawBase = env['BASE_PATH']?.trim() ?? '';
  if (!/^[A-Za-z0-9/_.~-]*$/.test(rawBase)) {
    throw new Error(`BASE_PATH "${rawBase}" may contain only letters, digits and - _ . ~ /, e.g. BASE_PATH=/records`);
  }
  const segments = rawBase.split('/').filter(Boolean);
  return { site: site.origin, base: segments.length ? `/${segments.join('/')}/` : '/' };
}
