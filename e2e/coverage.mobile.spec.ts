/**
 * Phone width (Pixel 7): the coverage matrix, a milestone's changes and the case list fit the
 * screen with no sideways scrolling of the page ("Which forum?": which-forum.mobile.spec.ts).
 */
import { expect, test } from "@playwright/test";
import { expectNoOverflow } from "./support/layout";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone-width checks");
});

const PAGES = [
  "/coverage",
  "/coverage?asOf=2024-12-31&situation=ukraine&mode=command-responsibility",
  "/coverage?asOf=not-a-date",
  "/coverage?asOf=2026-12-01&situation=ukraine&mode=direct&policy=on",
  "/coverage?conduct=2022-03&asOf=2026-12-01&situation=ukraine&mode=command-responsibility",
  "/milestones/ukraine-article-12-3-declaration-2015",
  "/milestones/rome-statute-in-force-for-ukraine-2025",
  "/cases?forum=ictr",
];

for (const path of PAGES) {
  test(`${path} has no horizontal overflow at phone width`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(page.viewportSize()?.width).toBeLessThan(500);
    await expectNoOverflow(page, { ignore: ".matrix thead, .changes-table thead" });
  });
}

test("each matrix row reads on its own on a phone: forum, status and cases on one line", async ({ page }) => {
  await page.goto("/coverage?asOf=2025-07-01");
  const cell = page.locator('tr#row-aggression-natural-top-leadership td[data-forum="special-tribunal"]');
  await expect(cell.locator(".cell-forum")).toBeVisible();
  await expect(cell.locator(".cell-forum")).toHaveText("Special Tribunal");
  await expect(cell.locator(".forum-status")).toContainText("Conditional");
  const forumBox = await cell.locator(".cell-forum").boundingBox();
  const statusBox = await cell.locator(".forum-status").boundingBox();
  expect(Math.abs((forumBox?.y ?? 0) - (statusBox?.y ?? 100))).toBeLessThan(20);
});
