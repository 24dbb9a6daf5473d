/**
 * The timeline a page at a time. The seed holds fewer milestones than a page (100), so the tests
 * ask for pages of a few with `limit` in the address: "Older milestones" keeps the filters and
 * the page size, says which milestones are shown, and "Most recent milestones" starts again.
 */
import { expect, test } from "@playwright/test";

const entrySlugs = async (page: import("@playwright/test").Page) =>
  page.locator(".timeline a[href^='/en/milestones/']").evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")))]);

test("the seed's timeline fits on one page: no pages, as before", async ({ page }) => {
  await page.goto("/milestones");
  await expect(page.getByTestId("timeline-page")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Older milestones/ })).toHaveCount(0);
});

test("pages of five: “Older milestones” continues where the page ended, with the filters kept", async ({ page }) => {
  await page.goto("/milestones?track=accountability&limit=5");
  await expect(page.getByTestId("timeline-page")).toContainText(/^Showing the 5 most recent of \d+ matching milestones\./);
  const first = await entrySlugs(page);
  expect(first.length).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Older milestones →" }).click();
  await expect(page).toHaveURL(/\/milestones\?track=accountability&limit=5&after=[A-Za-z0-9_-]+$/);
  await expect(page.getByTestId("timeline-page")).toContainText(/^Showing milestones 6 to 10 of \d+ matching milestones, newest first\./);
  await expect(page.locator("#filter-track")).toHaveValue("accountability");
  const second = await entrySlugs(page);
  expect(second.filter((slug) => first.includes(slug))).toEqual([]);

  await page.getByRole("link", { name: "← Most recent milestones" }).click();
  await expect(page).toHaveURL(/\/milestones\?track=accountability&limit=5$/);
  expect(await entrySlugs(page)).toEqual(first);
});

test("a damaged page link is set aside with a notice, and the timeline starts from the most recent", async ({ page }) => {
  const response = await page.goto("/milestones?limit=5&after=damaged");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "damaged" })).toBeVisible();
  await expect(page.getByTestId("timeline-page")).toContainText(/^Showing the 5 most recent of \d+ milestones\./);
});
