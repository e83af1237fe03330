/**
 * Runs before every build test file: waits until every site of the global setup is built, since the tests read
 * their files, and fails the file with the reason when one did not build.
 */
import { SITES, type SiteName } from './sites.ts';
import { waitForSites } from './wait-for-sites.ts';

await waitForSites(Object.keys(SITES) as SiteName[]);
