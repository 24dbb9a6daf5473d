/**
 * The phone checks' measure of a page that does not fit: an element reaching past the right edge
 * of the screen (the page scrolls sideways, or a text is cut off). Elements inside a region made to
 * scroll sideways on its own (a wide table in its `overflow-x: auto` frame) are that region's
 * business, not the page's; text kept for screen readers only (.visually-hidden) is not shown.
 */
import { expect, type Page } from "@playwright/test";

/** The elements that stick out past the right edge, named for a failure message (at most `limit`). */
export async function elementsWiderThanScreen(page: Page, { ignore = "", limit = 5 }: { ignore?: string; limit?: number } = {}): Promise<{ wide: string[]; scroll: number; client: number }> {
  return page.evaluate(
    ({ ignore, limit }) => {
      const client = document.documentElement.clientWidth;
      const inScrollingRegion = (el: Element) => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          if (/auto|scroll/.test(getComputedStyle(up).overflowX)) return true;
        }
        return false;
      };
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > client + 1)
        .filter((el) => !el.closest(`.visually-hidden${ignore ? `, ${ignore}` : ""}`) && !inScrollingRegion(el))
        .slice(0, limit)
        .map((el) => {
          const text = (el as HTMLElement).innerText?.trim().slice(0, 40) ?? "";
          return `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className)}${text ? ` «${text}»` : ""}`;
        });
      return { wide, scroll: document.documentElement.scrollWidth, client };
    },
    { ignore, limit },
  );
}

/** Fails when the page is wider than the screen or an element sticks out of it. */
export async function expectNoOverflow(page: Page, options: { ignore?: string; soft?: boolean } = {}): Promise<void> {
  const widths = await elementsWiderThanScreen(page, options);
  const check = options.soft ? expect.soft : expect;
  check(widths.wide, `elements wider than the screen on ${page.url()}`).toEqual([]);
  check(widths.scroll, `page wider than the screen on ${page.url()}`).toBeLessThanOrEqual(widths.client);
}
