/**
 * Finds what a Content-Security-Policy without `'unsafe-inline'` would block in a page: scripts and styles written
 * into the HTML instead of loaded from files. The site's policy (`public/_headers`) allows no inline code and no
 * hashes, so a page must have none of these; data blocks such as JSON-LD (`<script type="application/ld+json">`)
 * and Pagefind's result template are not run by browsers and are fine.
 */
import { Parser } from 'htmlparser2';

/** One piece of inline code, as a plain sentence and the start of the code itself. */
export interface InlineCode {
  kind: 'script' | 'style element' | 'style attribute' | 'event handler' | 'javascript: address';
  /** Up to 80 characters of the code, to find it in the page. */
  excerpt: string;
}

/**
 * The `type` values of `<script>` that browsers run as JavaScript (HTML Living Standard, "JavaScript MIME type
 * essence match"), plus `module`, and the inline kinds that CSP checks too (`importmap`, `speculationrules`).
 */
const RUNNABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

const excerpt = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);

/**
 * Lists the inline code of a page.
 * @param html the page's HTML.
 * @returns one entry per inline script (one in a `<template>` too, which runs once the template is used), `<style>`
 *   element, `style` attribute, `on…` attribute (named as written) and `javascript:` address; empty for a page that
 *   a policy of `script-src 'self'; style-src 'self'` runs in full.
 * @example findInlineCode('<p style="color: red" onclick="go()">') ⇒ [{ kind: 'style attribute', excerpt: 'color: red' },
 *   { kind: 'event handler', excerpt: 'onclick="go()"' }]
 */
export function findInlineCode(html: string): InlineCode[] {
  // In the order a walk of the document by kind would give them: scripts, then style elements, then attributes.
  const scripts: InlineCode[] = [];
  const styles: InlineCode[] = [];
  const attributes: InlineCode[] = [];
  /** The script or style element being read, and its text so far. */
  let open: { kind: 'script' | 'style element'; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'style') open = { kind: 'style element', text: '' };
        const type = (attribs['type'] ?? '').trim().toLowerCase().split(';')[0]!.trim();
        if (name === 'script' && attribs['src'] === undefined && RUNNABLE_SCRIPT_TYPES.has(type)) {
          open = { kind: 'script', text: '' };
        }
        for (const [written, value] of Object.entries(attribs)) {
          const attribute = written.toLowerCase();
          if (attribute === 'style') attributes.push({ kind: 'style attribute', excerpt: excerpt(value) });
          else if (attribute.startsWith('on'))
            attributes.push({ kind: 'event handler', excerpt: excerpt(`${written}="${value}"`) });
          else if (/^\s*javascript:/i.test(value) && ['href', 'src', 'action', 'formaction'].includes(attribute)) {
            attributes.push({ kind: 'javascript: address', excerpt: excerpt(value) });
          }
        }
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && (name === 'script' || name === 'style')) {
          (open.kind === 'script' ? scripts : styles).push({ kind: open.kind, excerpt: excerpt(open.text) });
          open = undefined;
        }
      },
    },
    // Attribute names as written, for the excerpt; they are compared in lower case.
    { lowerCaseAttributeNames: false },
  );
  parser.end(html);
  return [...scripts, ...styles, ...attributes];
}
