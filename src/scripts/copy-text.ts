/**
 * Copy buttons for citations: each `button[data-copy]` copies the text of the element whose id it names, then says
 * so in the section's `[data-copy-status]` live region. Buttons are shown only where the clipboard can be written,
 * so without JavaScript (or without a clipboard) nobody meets a control that does nothing.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset['copy'] ?? '');
    const status = button.closest('section')?.querySelector<HTMLElement>('[data-copy-status]');
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
      if (status) status.textContent = button.dataset['copied'] ?? 'Copied';
    } catch {
      if (status) status.textContent = 'Could not copy. Select the text and copy it instead.';
    }
  });
}
