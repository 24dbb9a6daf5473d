/**
 * Phone width (Pixel 7): "Which forum?" (the form, an answer, refusals) fits the screen with no
 * sideways scrolling, and the form is usable by touch.
 */
import { expect, test } from "@playwright/test";
import { expectNoOverflow } from "./support/layout";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone-width checks");
});

const PAGES = [
  "/which-forum",
  "/which-forum?crime=aggression&accused=natural&level=top-leadership&mode=direct&situation=ukraine&asOf=2025-07-01",
  "/which-forum?crime=war-crimes&accused=legal&mode=direct&situation=ukraine&asOf=2025-06-24",
  // Periods of conduct (no conduct given), conditions, the ICC's note and the policy section.
  "/which-forum?crime=war-crimes&accused=natural&level=top-leadership&mode=direct&situation=ukraine&asOf=2026-12-01",
  "/which-forum?crime=war-crimes&accused=natural&level=senior-command&mode=command-responsibility&situation=ukraine&conduct=2024-10&asOf=2026-12-01",
  "/which-forum?crime=war-crimes&accused=natural&level=senior-command&conduct=2030&asOf=2026-12-01",
  "/which-forum?crime=war-crimes&accused=legal&level=field-grade&asOf=2025-02-30&colour=red",
];

for (const path of PAGES) {
  test(`${path} has no horizontal overflow at phone width`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(page.viewportSize()?.width).toBeLessThan(500);
    await expectNoOverflow(page);
  });
}

test("the question can be asked by touch: large controls, the answer first", async ({ page }) => {
  await page.goto("/which-forum");
  await page.getByLabel("Crime", { exact: true }).selectOption({ label: "Genocide" });
  await page.getByLabel("Kind of accused").selectOption({ label: "Natural person" });
  await page.getByLabel("Level of responsibility").selectOption({ label: "Direct perpetrators" });
  const button = page.getByRole("button", { name: "Show which forum" });
  expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(40);
  expect((await page.getByLabel("Crime", { exact: true }).boundingBox())?.height).toBeGreaterThanOrEqual(40);
  await button.click();
  await expect(page).toHaveURL(/crime=genocide&accused=natural&level=direct-perpetrator/);
  // The headline leads with both dates.
  await expect(page.locator("#answer-headline .answer-main")).toContainText(/^As of .+, for conduct at any time up to that day: /);
});
