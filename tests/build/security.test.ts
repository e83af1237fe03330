/**
 * What the Content-Security-Policy of public/_headers needs from the build: the file itself shipped unchanged, and
 * no page with inline code (scripts, style elements or attributes, event handlers), which the policy would block.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findInlineCode } from '../../src/lib/tooling/inline-code.ts';
import { ROOT, SITES } from '../setup/sites.ts';
import { listHtmlFiles } from './helpers.ts';

// The records site has the same pages as the main one under another base path; the fixtures bring unusual records.
describe.each(['main', 'fixtures'] as const)('the %s build under the security headers', (site) => {
  it('ships public/_headers unchanged, at the root of the build', () => {
    expect(readFileSync(join(SITES[site].dir, '_headers'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'public', '_headers'), 'utf8'),
    );
  });

  it('has no inline script, style or event handler on any page', () => {
    const files = listHtmlFiles(site);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      findInlineCode(readFileSync(join(SITES[site].dir, file), 'utf8')).map(
        (code) => `${file}: ${code.kind} ${code.excerpt}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
