import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getHeadersForPath, readHeaderRules, type HeaderRule } from '../../src/lib/tooling/security-headers.ts';
import { startStaticServer, type RunningServer } from '../../src/lib/tooling/static-server.ts';
import { ROOT } from '../setup/sites.ts';

const HEADERS_FILE = join(ROOT, 'public', '_headers');
let rules: HeaderRule[];
let work: string;

beforeAll(async () => {
  rules = await readHeaderRules(HEADERS_FILE);
  work = mkdtempSync(join(tmpdir(), 'bp-headers-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A Content-Security-Policy as a map of directive name to its sources. */
function readPolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the security headers of public/_headers', () => {
  it('apply to every path, with or without a base path', () => {
    const atRoot = getHeadersForPath(rules, '/');
    expect(Object.keys(atRoot).sort()).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
    ]);
    for (const path of [
      '/search/',
      '/records/meetings/2019-07-02-fifth-joint-period-of-action/',
      '/pagefind/wasm.en.pagefind',
    ]) {
      expect(getHeadersForPath(rules, path)).toEqual(atRoot);
    }
    expect(atRoot['X-Content-Type-Options']).toBe('nosniff');
    expect(atRoot['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('allow only this site, and WebAssembly for Pagefind, with nothing inline allowed', () => {
    const policy = readPolicy(getHeadersForPath(rules, '/')['Content-Security-Policy']!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    const everySource = [...policy.values()].flat();
    expect(everySource.filter((source) => /^'unsafe-(inline|eval|hashes)'$|\*|https?:/.test(source))).toEqual([]);
  });

  it('turn off the device features no page uses', () => {
    const headers = getHeadersForPath(rules, '/');
    const features = headers['Permissions-Policy']!.split(',').map((entry) => entry.trim());
    expect(features).toEqual(
      expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'browsing-topics=()']),
    );
    expect(features.every((entry) => entry.endsWith('=()'))).toBe(true);
  });

  it('are given in the README for nginx and Apache with the same values', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const [name, value] of Object.entries(getHeadersForPath(rules, '/'))) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
      expect(readme).toContain(`Header always set ${name} "${value}"`);
    }
  });
});

describe('reading a _headers file', () => {
  it('combines the headers of every rule that matches a path', async () => {
    const file = join(work, 'two-rules');
    writeFileSync(file, '/*\n  X-Content-Type-Options: nosniff\n/data/*\n  Access-Control-Allow-Origin: *\n');
    const parsed = await readHeaderRules(file);
    expect(getHeadersForPath(parsed, '/about/')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
    expect(getHeadersForPath(parsed, '/data/meetings.json')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Access-Control-Allow-Origin': '*',
    });
  });

  it('refuses a missing file, in one sentence with an example', async () => {
    await expect(readHeaderRules(join(work, 'nothing-here'))).rejects.toThrow(
      `${join(work, 'nothing-here')} is missing. It holds the site's security headers, e.g. "/*" then "  X-Content-Type-Options: nosniff".`,
    );
  });

  it('refuses a file with no headers, since a host would then send none', async () => {
    const file = join(work, 'comments-only');
    writeFileSync(file, '# headers to come\n');
    await expect(readHeaderRules(file)).rejects.toThrow(`${file} has no headers. Write a path line such as "/*"`);
  });

  it('refuses a header line without a value, naming the line', async () => {
    const file = join(work, 'no-value');
    writeFileSync(file, '/*\n  X-Content-Type-Options:\n');
    await expect(readHeaderRules(file)).rejects.toThrow(
      /could not be read as a _headers file: Could not parse header line 2:[\s\S]*Missing header value/,
    );
  });
});

describe('the static server of npm start and the browser tests', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const dir = join(work, 'site');
    mkdirSync(join(dir, 'about'), { recursive: true });
    writeFileSync(join(dir, 'about', 'index.html'), '<!doctype html><title>About</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>Not found</title>');
    writeFileSync(join(work, 'beside.html'), '<!doctype html><title>Beside</title>');
    server = await startStaticServer({
      dir,
      base: '/records/',
      headers: (pathname) => getHeadersForPath(rules, pathname),
      files: { '/__tests__/beside.html': join(work, 'beside.html') },
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('sends the headers of _headers with pages, the not-found page and redirects alike', async () => {
    const expected = getHeadersForPath(rules, '/records/about/');
    const responses = await Promise.all([
      fetch(`${server.origin}/records/about/`),
      fetch(`${server.origin}/records/missing/`),
      fetch(`${server.origin}/records`, { redirect: 'manual' }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 404, 301]);
    for (const response of responses) {
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name)).toBe(value);
    }
  });

  it('serves a file beside the site, outside its base path, typed by its extension and under the same headers', async () => {
    const response = await fetch(`${server.origin}/__tests__/beside.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!doctype html><title>Beside</title>');
    const expected = getHeadersForPath(rules, '/__tests__/beside.html');
    expect(Object.keys(expected)).toContain('Cross-Origin-Opener-Policy');
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name)).toBe(value);
  });

  it('refuses to start with a file beside the site of a kind it cannot type', async () => {
    await expect(
      startStaticServer({ dir: work, files: { '/__tests__/data.bin': join(work, 'beside.html') } }),
    ).rejects.toThrow('/__tests__/data.bin: the server serves only .js and .html files beside the site.');
  });
});
