/**
 * The browser gates, each shown failing on a page broken on purpose, so that a gate that cannot fail is caught: the
 * axe sweep on an unlabelled field, the privacy check on a third-party image (and the guard that fails any browser
 * test on one), and the Content-Security-Policy of public/_headers on inline code and on that image. The broken
 * pages are served twice: as a host that sends no headers would (GitHub Pages), where only the request check stands
 * between a reader and another site, and with the headers of public/_headers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getHeadersForPath, readHeaderRules } from '../../src/lib/tooling/security-headers.ts';
import { startStaticServer, type RunningServer } from '../../src/lib/tooling/static-server.ts';
import { TEST_FILES } from '../setup/test-files.ts';
import { ROOT } from '../setup/sites.ts';
import { openPage, runAxe, takeUnexpected, useBrowser } from './browser.ts';
import { readFocus } from './focus.ts';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const BROKEN: Record<string, string> = {
  'unlabelled-field/index.html': page(
    'Unlabelled field',
    '<form action="/"><input type="text" name="q"><button>Search</button></form>',
  ),
  'labelled-field/index.html': page(
    'Labelled field',
    '<form action="/"><label for="q">Search</label><input id="q" type="text" name="q"><button>Search</button></form>',
  ),
  'third-party-image/index.html': page(
    'Third-party image',
    '<img src="https://images.example.com/photo.jpg" alt="A delegation">',
  ),
  'inline-style/index.html': page(
    'Inline style',
    '<p style="color: rebeccapurple">Styled in the page</p><style>p { font-weight: bold }</style>',
  ),
  'hidden-focus/index.html': page('Hidden focus', '<link rel="stylesheet" href="/no-ring.css"><a href="/">Home</a>'),
  'no-ring.css': 'a { outline: none !important; }',
};

const browser = useBrowser();
/** With the headers of public/_headers. */
let server: RunningServer;
/** With no headers at all. */
let bare: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bp-gates-'));
  for (const [path, html] of Object.entries(BROKEN)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  const rules = await readHeaderRules(join(ROOT, 'public', '_headers'));
  server = await startStaticServer({
    dir,
    headers: (pathname) => getHeadersForPath(rules, pathname),
    files: TEST_FILES,
  });
  bare = await startStaticServer({ dir, files: TEST_FILES });
});

afterAll(async () => {
  await server?.close();
  await bare?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the gates fail on broken pages', () => {
  it('axe finds an unlabelled field, and nothing once it has a label', async () => {
    const logged = await openPage(browser(), server.origin);
    await logged.page.goto(`${server.url}unlabelled-field/`);
    const violations = await runAxe(logged.page);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^label \(critical\): \["input"\]/);
    await logged.page.goto(`${server.url}labelled-field/`);
    expect(await runAxe(logged.page)).toEqual([]);
    await logged.close();
  });

  it('the focus check finds a link whose focus cannot be seen, and sees the browser’s own ring', async () => {
    const logged = await openPage(browser(), server.origin);
    await logged.page.goto(`${server.url}hidden-focus/`);
    await logged.page.keyboard.press('Tab');
    expect(await readFocus(logged.page)).toMatchObject({ description: 'a "Home"', indicated: false, inView: true });
    await logged.page.goto(`${server.url}labelled-field/`);
    await logged.page.keyboard.press('Tab');
    expect(await readFocus(logged.page)).toMatchObject({ description: 'input#q "Search"', indicated: true });
    await logged.close();
  });

  it('the privacy check records and blocks a third-party image on a host that sends no headers', async () => {
    const logged = await openPage(browser(), bare.origin, {}, false);
    await logged.page.goto(`${bare.url}third-party-image/`);
    expect(logged.log.foreignRequests).toEqual(['https://images.example.com/photo.jpg']);
    expect(takeUnexpected()).toEqual([]);
    await logged.close();
  });

  it('the guard fails any browser test whose page made such a request', async () => {
    const logged = await openPage(browser(), bare.origin);
    await logged.page.goto(`${bare.url}third-party-image/`);
    // Taken here, so this test passes; in any other test the guard's afterEach would find it and fail.
    expect(takeUnexpected()).toEqual(['request to another origin: https://images.example.com/photo.jpg']);
    await logged.close();
  });

  it('the Content-Security-Policy of public/_headers stops the third-party image before any request', async () => {
    const logged = await openPage(browser(), server.origin, {}, false);
    await logged.page.goto(`${server.url}third-party-image/`);
    await expect
      .poll(() => logged.log.policyViolations)
      .toEqual([`img-src blocked https://images.example.com/photo.jpg in ${server.url}third-party-image/`]);
    expect(logged.log.foreignRequests).toEqual([]);
    await logged.close();
  });

  it('the Content-Security-Policy of public/_headers blocks inline styles, and the browser tests see it', async () => {
    const logged = await openPage(browser(), server.origin, {}, false);
    await logged.page.goto(`${server.url}inline-style/`);
    const paragraph = logged.page.locator('p');
    expect(
      await paragraph.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).fontWeight]),
    ).toEqual(['rgb(0, 0, 0)', '400']);
    await expect
      .poll(() => [...logged.log.policyViolations].sort())
      .toEqual([
        `style-src-attr blocked inline in ${server.url}inline-style/`,
        `style-src-elem blocked inline in ${server.url}inline-style/`,
      ]);
    await logged.close();
  });
});
