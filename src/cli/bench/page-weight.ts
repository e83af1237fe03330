/**
 * Page weight of built pages: bytes of the HTML and of the CSS and JavaScript files each page loads, raw and gzipped
 * (level 9, as a static host would compress them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** Raw and gzipped bytes. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** Weight of one page, split by type. */
export interface PageWeight {
  page: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

/** Raw and gzipped size of some bytes. */
export function sizeOf(buffer: Buffer): Bytes {
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/**
 * Weighs a page of a built site. Local stylesheets and scripts count once each; JavaScript that a page imports only
 * when the reader searches (Pagefind) is measured by the search benchmark, not here.
 * @param dist the built site; @param base its base path; @param page the page's path below the base, e.g. `meetings/`.
 */
export function weighPage(dist: string, base: string, page: string): PageWeight {
  const file = join(dist, page, 'index.html');
  const html = readFileSync(file);
  const { document } = parseHTML(html.toString('utf8'));
  const local = (url: string | null): string | undefined => {
    if (!url || /^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
    const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    const target = join(dist, path.split('?')[0]!);
    return existsSync(target) ? target : undefined;
  };
  let css: Bytes = { raw: 0, gzip: 0 };
  let js: Bytes = { raw: 0, gzip: 0 };
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    const target = local(link.getAttribute('href'));
    if (target) css = add(css, sizeOf(readFileSync(target)));
  }
  for (const script of document.querySelectorAll('script[src]')) {
    const target = local(script.getAttribute('src'));
    if (target) js = add(js, sizeOf(readFileSync(target)));
  }
  return { page: `/${page}`, html: sizeOf(html), css, js };
}
