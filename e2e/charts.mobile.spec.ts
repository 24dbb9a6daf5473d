/**
 * Phone width (Pixel 7): the charts of issue 16 show their narrow drawing, which fits the screen,
 * the page does not scroll sideways, and the tables stay readable.
 */
import { expect, test } from "@playwright/test";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone-width checks");
});

const PAGES = [
  { path: "/milestones", chart: "milestone-chart" },
  { path: "/which-forum?crime=war-crimes&accused=natural&level=top-leadership&mode=direct&situation=ukraine&conduct=2014-01&asOf=2026-05-01", chart: "coverage-chart" },
];

for (const { path, chart } of PAGES) {
  test(`${path}: the narrow drawing fits the screen`, async ({ page }) => {
    await page.goto(path);
    const drawn = page.locator(`[data-testid="${chart}"]:visible`);
    await expect(drawn).toHaveCount(1);
    await expect(drawn).toHaveAttribute("data-variant", "narrow");
    const viewport = page.viewportSize()!;
    const box = (await drawn.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
}

test("the coverage table reads as cards, each cell labelled, with no sideways scrolling", async ({ page }) => {
  await page.goto(PAGES[1]!.path);
  const table = page.getByTestId("coverage-table");
  const wrap = page.locator(".chart-table-wrap", { has: table });
  const overflow = await wrap.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  const firstIcc = table.locator('tr[data-forum="icc"]').first();
  await expect(firstIcc.locator("th")).toContainText("International Criminal Court");
  const label = await firstIcc.locator('td[data-label="From"]').evaluate((el) => getComputedStyle(el, "::before").content);
  expect(label).toContain("From");
  // Still a table to assistive technology, with its column headers.
  await expect(page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Opened by" }) })).toHaveCount(1);
});

test("the milestones table fits the screen", async ({ page }) => {
  await page.goto("/milestones");
  const table = page.getByTestId("milestone-chart-table");
  const box = (await table.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
