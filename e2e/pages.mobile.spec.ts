/**
 * Phone width (Pixel 7): the busiest pages fit the screen, with no sideways scrolling.
 */
import { expect, test } from "@playwright/test";
import { expectNoOverflow } from "./support/layout";

test.beforeEach(({}, testInfo) => {
  // The laptop project's default match also picks up this file; the check means something only on a phone.
  test.skip(testInfo.project.name !== "phone", "phone-width checks");
});

for (const path of ["/milestones", "/forums/icc", "/crimes/war-crimes"]) {
  test(`${path} renders without horizontal overflow at phone width`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const viewport = page.viewportSize();
    expect(viewport?.width).toBeLessThan(500);

    await expectNoOverflow(page);
  });
}

test("the milestone filters are usable at phone width", async ({ page }) => {
  await page.goto("/milestones");
  await page.getByLabel("Track", { exact: true }).selectOption({ label: "Accountability" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/\/milestones\?track=accountability$/);
  await expect(page.locator("#result-count")).toContainText("Track: Accountability");
  const button = await page.getByRole("button", { name: "Apply filters" }).boundingBox();
  // A comfortable touch target.
  expect(button?.height).toBeGreaterThanOrEqual(40);
});
