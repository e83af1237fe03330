/**
 * Runs in every browser test file: a test fails if any page it opened asked another origin for anything (no request
 * may leave the site) or broke the Content-Security-Policy of public/_headers, whether or not the test looked.
 */
import { afterEach, expect } from 'vitest';
import { takeUnexpected } from '../e2e/browser.ts';

afterEach(() => {
  expect(takeUnexpected(), 'requests to other origins and policy violations').toEqual([]);
});
