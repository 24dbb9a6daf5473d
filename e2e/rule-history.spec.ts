import { expect, test } from "@playwright/test";

test("every rule card links to the rule's own history, which starts with the reference data", async ({ page }) => {
  await page.goto("/forums/ukraine-domestic");
  await page.locator("#rule-ukraine-ecocide").getByRole("link", { name: "History of this rule" }).click();
  await expect(page).toHaveURL(/\/rules\/ukraine-ecocide\/history$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ukraine-ecocide");
  await expect(page.locator(".history-entry").last()).toContainText("Created by reference data (seed)");
  await expect(page.locator(".history-entry").last()).toContainText("Article 441");
});

test("an unknown rule's history is a 404", async ({ request }) => {
  expect((await request.get("/rules/no-such-rule/history")).status()).toBe(404);
});
