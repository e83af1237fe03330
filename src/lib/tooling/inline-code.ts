/**
 * Finds what a Content-Security-Policy without `'unsafe-inline'` would block in a page: scripts and styles written
 * into the HTML instead of loaded from files. The site's policy (`public/_headers`) allows no inline code and no
 * hashes, so a page must have none of these; data blocks such as JSON-LD (`<script type="application/ld+json">`)
 * and Pagefind's result template are not run by browsers and are fine.
 */
import { parseHTML } from 'linkedom';

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
 * @returns one entry per inline script, `<style>` element, `style` attribute, `on…` attribute and `javascript:`
 *   address; empty for a page that a policy of `script-src 'self'; style-src 'self'` runs in full.
 * @example findInlineCode('<p style="color: red" onclick="go()">') ⇒ [{ kind: 'style attribute', excerpt: 'color: red' },
 *   { kind: 'event handler', excerpt: 'onclick="go()"' }]
 */
export function findInlineCode(html: string): InlineCode[] {
  const { document } = parseHTML(html);
  const found: InlineCode[] = [];
  for (const script of document.querySelectorAll('script:not([src])')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase().split(';')[0]!.trim();
    if (RUNNABLE_SCRIPT_TYPES.has(type)) found.push({ kind: 'script', excerpt: excerpt(script.textContent ?? '') });
  }
  for (const style of document.querySelectorAll('style'))
    found.push({ kind: 'style element', excerpt: excerpt(style.textContent ?? '') });
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      const attribute = name.toLowerCase();
      if (attribute === 'style') found.push({ kind: 'style attribute', excerpt: excerpt(value) });
      else if (attribute.startsWith('on'))
        found.push({ kind: 'event handler', excerpt: excerpt(`${name}="${value}"`) });
      else if (/^\s*javascript:/i.test(value) && ['href', 'src', 'action', 'formaction'].includes(attribute)) {
        found.push({ kind: 'javascript: address', excerpt: excerpt(value) });
      }
    }
  }
  return found;
}
