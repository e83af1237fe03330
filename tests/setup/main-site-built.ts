/**
 * Runs before every browser test file: waits until the real archive's site is built, the only one whose files the
 * browser tests read (the global setup builds it first); the other sites they reach through their servers, which
 * answer once their site is built. Fails the file with the reason when the site did not build.
 */
import { waitForSites } from './wait-for-sites.ts';

await waitForSites(['main']);
