import { expect, test } from "@playwright/test";

// The API reference page: every resource and endpoint listed, the JSON linked, no overflow on a phone.
// Reads only the seeded reference data; writes nothing.
test("/api-docs lists the endpoints and links the OpenAPI document", async ({ page, request }) => {
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
  for (const group of ["Forums", "Crimes", "Instruments", "Jurisdiction rules", "Milestones", "Cases"]) {
    await expect(page.getByRole("heading", { level: 2, name: group, exact: true })).toBeVisible();
  }
  await expect(page.locator("#getRules")).toContainText("/api/v1/rules");
  await expect(page.locator("#getRules")).toContainText("curl");
  const json = await request.get("/api/v1/openapi.json");
  expect(json.ok()).toBe(true);
  expect((await json.json()).openapi).toBe("3.1.0");
  await expect(page.getByRole("link", { name: /openapi\.json/ })).toHaveAttribute("href", "/api/v1/openapi.json");
});

test("/api-docs has no horizontal overflow on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 915 });
  await page.goto("/api-docs");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
