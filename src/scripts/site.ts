/**
 * The only script on every page, small and optional: everything works without it.
 * - "/" moves focus to the search box (the page's own on /search/, the header's elsewhere), unless the reader is
 *   typing in a field;
 * - arriving from a search result (`?highlight=` in the address), the searched words are highlighted in the record's
 *   title, summary and text (`data-record-text`) with Pagefind's highlight script, which is loaded only then.
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const field =
    document.querySelector<HTMLInputElement>('[data-search-input]') ??
    document.querySelector<HTMLInputElement>('[data-site-search]');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

const highlight = new URLSearchParams(window.location.search).getAll('highlight');
if (highlight.length > 0 && document.querySelector('[data-record-text]')) {
  const url = `${base}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(() => {
      const Highlight = (window as unknown as { PagefindHighlight?: new (options: object) => unknown })
        .PagefindHighlight;
      // Our own stylesheet styles the marks (mark.pagefind-highlight), so the script adds no inline styles.
      if (Highlight)
        new Highlight({ highlightParam: 'highlight', addStyles: false, markContext: '[data-record-text]' });
    })
    .catch(() => {
      // Highlighting is a convenience; the record reads the same without it.
    });
}
