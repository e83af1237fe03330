/**
 * Site-relative addresses, always under the deploy base path (`BASE_PATH`) and always ending in `/` for
 * pages. Every internal link goes through `href()`.
 */
import { ROLE_SLUGS, type Role } from '../domain/roles.ts';

/** The base path, starting and ending with `/`. */
export function getBase(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * An address inside the site.
 * @example href('meetings/') ⇒ '/meetings/' (or '/records/meetings/' with BASE_PATH=/records)
 * @example href('/pagefind/pagefind-component-ui.js') ⇒ '/records/pagefind/pagefind-component-ui.js'
 */
export function href(path = ''): string {
  return `${getBase()}${path.replace(/^\/+/, '')}`;
}

/** The page of an organisation. */
export const organizationPath = (id: string) => href(`organizations/${id}/`);

/** The page of a meeting record. */
export const meetingPath = (id: string) => href(`meetings/${id}/`);
/** The page of a topic. */
export const topicPath = (id: string) => href(`topics/${id}/`);
/** The page of a country, by ISO 3166-1 alpha-2 code (lowercase in the address). */
export const countryPath = (code: string) => href(`countries/${code.toLowerCase()}/`);
/** The page of a body. */
export const bodyPath = (id: string) => href(`bodies/${id}/`);
/** The page of a year. */
export const yearPath = (year: number) => href(`years/${year}/`);
/** The page of a series. */
export const seriesPath = (id: string) => href(`series/${id}/`);
/**
 * The page listing the meetings in which a country had one role.
 * @example countryRolePath('AU', 'coChair') ⇒ '/countries/au/co-chair/'
 */
export const countryRolePath = (code: string, role: Role | 'venue') =>
  href(`countries/${code.toLowerCase()}/${ROLE_SLUGS[role]}/`);
/**
 * The page listing the meetings in which an organisation had one role.
 * @example organizationRolePath('iom', 'observer') ⇒ '/organizations/iom/observer/'
 */
export const organizationRolePath = (id: string, role: Role) => href(`organizations/${id}/${ROLE_SLUGS[role]}/`);

/** The list of a topic page as CSV. @example topicCsvPath('forced-marriage') ⇒ '/topics/forced-marriage.csv' */
export const topicCsvPath = (id: string) => href(`topics/${id}.csv`);
/** The list of a country page as CSV. @example countryCsvPath('AU') ⇒ '/countries/au.csv' */
export const countryCsvPath = (code: string) => href(`countries/${code.toLowerCase()}.csv`);
/** The list of a body page as CSV. */
export const bodyCsvPath = (id: string) => href(`bodies/${id}.csv`);
/** The list of an organisation page as CSV. */
export const organizationCsvPath = (id: string) => href(`organizations/${id}.csv`);
/** The list of a year page as CSV. @example yearCsvPath(2019) ⇒ '/years/2019.csv' */
export const yearCsvPath = (year: number) => href(`years/${year}.csv`);
