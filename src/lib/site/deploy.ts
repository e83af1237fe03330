/**
 * Deploy settings: the origin the site is served from and its base path, from the archive's public address
 * (`PUBLIC_ADDRESS` in `site.ts`) or the environment: `SITE_URL` (the origin) and `BASE_PATH` (the sub-path, e.g.
 * `/records` for a GitHub Pages project site). Every link, asset, sitemap entry, data file, feed, calendar, citation
 * and search URL is built from these through Astro's `site` and `base`.
 */
import { PUBLIC_ADDRESS } from './site.ts';

/** What `astro.config.mjs` needs. */
export interface DeploySettings {
  /** Absolute origin with no trailing slash, e.g. `https://example.org`. */
  site: string;
  /** Base path that starts and ends with `/`, e.g. `/records/`, or `/`. */
  base: string;
  /** False when `site` is a loopback address (`127.0.0.1`, `localhost`, `[::1]`): a local preview, not a publication. */
  isPublic: boolean;
}

/** The local server of `npm start`: the origin of a build that has no public address at all. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321';

/**
 * Whether a host name is a loopback address, which no reader elsewhere can reach.
 * @example isLoopbackHost('127.0.0.1') ⇒ true; isLoopbackHost('[::1]') ⇒ true; isLoopbackHost('example.org') ⇒ false
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '::1' ||
    host === '0.0.0.0' ||
    host === '::'
  );
}

function parseOrigin(raw: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} "${raw}" is not a web address. Set it like SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} "${raw}" must start with https:// or http://, e.g. SITE_URL=https://example.org`);
  }
  return url;
}

function normaliseBase(rawBase: string): string {
  if (!/^[A-Za-z0-9/_.~-]*$/.test(rawBase)) {
    throw new Error(`BASE_PATH "${rawBase}" may contain only letters, digits and - _ . ~ /, e.g. BASE_PATH=/records`);
  }
  const segments = rawBase.split('/').filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/**
 * Reads and normalises the deploy settings. `SITE_URL` gives the origin (and `BASE_PATH`, or `/`, the path); without
 * it, the public address gives both, `BASE_PATH` still overriding the path; with neither, the build is a local
 * preview at `LOCAL_SITE_URL`.
 * @param publicAddress the archive's public address, `PUBLIC_ADDRESS` unless a test gives another ('' for none).
 * @example getDeploySettings({}) ⇒ { site: 'https://bali-process-records.github.io', base: '/meeting-records/', isPublic: true }
 * @example getDeploySettings({ SITE_URL: 'https://example.org', BASE_PATH: 'records' }) ⇒ { site: 'https://example.org', base: '/records/', isPublic: true }
 * @throws Error when SITE_URL is not an http(s) origin (a path belongs in BASE_PATH) or BASE_PATH has characters that do not belong in a path.
 */
export function getDeploySettings(
  env: Record<string, string | undefined>,
  publicAddress: string = PUBLIC_ADDRESS,
): DeploySettings {
  const rawSite = env['SITE_URL']?.trim();
  const rawBase = env['BASE_PATH']?.trim();
  let site: URL;
  let base: string;
  if (rawSite) {
    site = parseOrigin(rawSite, 'SITE_URL');
    if (site.pathname !== '/' || site.search || site.hash) {
      throw new Error(
        `SITE_URL "${rawSite}" has a path. Give only the origin and put the path in BASE_PATH, e.g. SITE_URL=${site.origin} BASE_PATH=${site.pathname.replace(/\/$/, '')}`,
      );
    }
    base = normaliseBase(rawBase ?? '');
  } else if (publicAddress.trim()) {
    site = parseOrigin(publicAddress.trim(), 'PUBLIC_ADDRESS');
    base = normaliseBase(rawBase ?? site.pathname);
  } else {
    site = new URL(LOCAL_SITE_URL);
    base = normaliseBase(rawBase ?? '');
  }
  return { site: site.origin, base, isPublic: !isLoopbackHost(site.hostname) };
}

/**
 * Whether this is a build to publish: one in CI (`CI` set, as GitHub Actions and most CI services do), including the
 * deploy workflow.
 */
export function isProductionBuild(env: Record<string, string | undefined>): boolean {
  const ci = env['CI']?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
}

/**
 * The one sentence that stops a build to publish whose address is not public, or `undefined` when it may go on.
 * @example getPublicAddressProblem(getDeploySettings({ SITE_URL: 'http://127.0.0.1:4321' }), { CI: 'true' }) ⇒ 'This build is for publishing (CI is set) but has no public address, so …'
 */
export function getPublicAddressProblem(
  settings: DeploySettings,
  env: Record<string, string | undefined>,
): string | undefined {
  if (settings.isPublic || !isProductionBuild(env)) return undefined;
  return `This build is for publishing (CI is set) but has no public address, so its pages, data files, feeds and citations would name ${settings.site}: set SITE_URL to the origin the archive is published at and BASE_PATH to its path, if any (e.g. SITE_URL=https://example.org BASE_PATH=/records), or PUBLIC_ADDRESS in src/lib/site/site.ts.`;
}
