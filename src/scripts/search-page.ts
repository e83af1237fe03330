/**
 * The search page's link with the address bar: `/search/?q=forced+marriage` runs that search when the page opens,
 * and every search typed is written back to the address (with `replaceState`, so Back leaves the page) and can be
 * shared.
 */
import type { PagefindInstance } from './pagefind-components.d.ts';

function getInstance(): PagefindInstance | undefined {
  return window.PagefindComponents?.getInstanceManager().getInstance('default');
}

function start(instance: PagefindInstance): void {
  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  instance.on('search', (term) => {
    const url = new URL(window.location.href);
    if (term.trim()) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  });
  if (query) instance.triggerSearch(query);
}

const instance = getInstance();
if (instance) start(instance);
else {
  window.addEventListener('load', () => {
    const loaded = getInstance();
    if (loaded) start(loaded);
  });
}
