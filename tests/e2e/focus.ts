/** Reading where keyboard focus is in a page, and whether a reader can see it (WCAG 2.4.7 Focus Visible). */
import type { Page } from 'playwright-core';

/** The focused element: what it is, and whether a reader can see it and where focus is. */
export interface Focus {
  description: string;
  inResults: boolean;
  /** `:focus-visible` matches, and the element or its card looks different focused and unfocused. */
  indicated: boolean;
  /** Some of the element is inside the viewport. */
  inView: boolean;
}

/**
 * Reads the focused element, then checks that focus shows: its look and that of its three nearest ancestors (where
 * Pagefind draws a result's focus ring, on the card) are compared focused and, for a moment, unfocused. Transitions
 * are finished at once so that the unfocused look is the final one. Focus is then put back where it was.
 */
export function readFocus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const chain: Element[] = [];
    for (let at: Element | null = element; at && chain.length < 4; at = at.parentElement) chain.push(at);
    const look = () => {
      for (const animation of document.getAnimations()) {
        // Loading shimmers run for ever; only transitions and other finite animations can be finished.
        if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
      }
      return chain
        .map((item) => {
          const style = getComputedStyle(item);
          return [
            style.outlineStyle,
            style.outlineWidth,
            style.outlineColor,
            style.boxShadow,
            style.borderTopColor,
            style.backgroundColor,
            style.textDecorationLine,
            style.color,
          ].join(' ');
        })
        .join(' | ');
    };
    const focusVisible = element.matches(':focus-visible');
    const focused = look();
    element.blur();
    const unfocused = look();
    element.focus();
    const rect = element.getBoundingClientRect();
    const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : undefined;
    const name =
      element.getAttribute('aria-label') ??
      label ??
      element.getAttribute('placeholder') ??
      element.textContent?.trim().slice(0, 40);
    return {
      description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`,
      inResults: element.closest('[data-result-list]') !== null,
      indicated: focusVisible && focused !== unfocused && document.activeElement === element,
      inView:
        rect.width > 0 &&
        rect.height > 0 &&
        rect.bottom > 0 &&
        rect.top < innerHeight &&
        rect.right > 0 &&
        rect.left < innerWidth,
    };
  });
}
