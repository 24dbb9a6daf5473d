/**
 * The harness's own browser check: the production build, served by npm start's code path on the
 * seeded test database, renders in Chromium without errors. The pages' behaviour is tested in
 * e2e/pages*.spec.ts.
 */
import { expect, test } from "@playwright/test";

test("the home page renders from the database without errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // A failed request is reported below with its address; the console line does not name it.
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(message.text());
  });
  page.on("response", (response) => {
    // Chromium asks for /favicon.ico on its own; the app does not have to serve one.
    if (response.status() >= 400 && new URL(response.url()).pathname !== "/favicon.ico") {
      errors.push(`${response.status()} ${response.url()}`);
    }
  });

  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Accountability tracker/);
  await expect(page.locator("h1").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
});

test("an unknown address answers 404", async ({ request }) => {
  const response = await request.get("/no-such-page-in-the-tracker");
  expect(response.status()).toBe(404);
});
