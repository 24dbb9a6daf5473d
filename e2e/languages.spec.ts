/**
 * Two languages, chosen by the address (docs/decisions/037-languages-and-addresses.md): a first
 * visit follows Accept-Language, the switch leads to the same page with its query in the other
 * language and is remembered, old addresses redirect, and each page names its twin (hreflang).
 */
import { expect, test } from "@playwright/test";
import { insertTestUsers, signInAs } from "./support/users";

test.describe("a Ukrainian browser", () => {
  test.use({ locale: "uk-UA", extraHTTPHeaders: { "Accept-Language": "uk-UA,uk;q=0.9,en;q=0.5" } });

  test("opens the tracker in Ukrainian, and an old address in Ukrainian too", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/uk$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Трекер архітектури відповідальності");
    await expect(page.getByRole("navigation", { name: "Головне меню" }).getByRole("link", { name: "Який форум?" })).toBeVisible();

    // An address from before the languages, with its query, keeps working.
    await page.goto("/milestones?track=accountability");
    await expect(page).toHaveURL(/\/uk\/milestones\?track=accountability$/);
  });

  test("switches to English on the same page, keeps the filters, and remembers the choice", async ({ page, context }) => {
    await page.goto("/uk/milestones?track=accountability");
    await page.getByRole("navigation", { name: "Мова" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/milestones\?track=accountability$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Language" }).locator("[aria-current]")).toHaveText("English");

    // The choice outlives the page: an address without a language now opens in English,
    // although the browser still prefers Ukrainian.
    await expect.poll(async () => (await context.cookies()).find((c) => c.name === "tracker-locale")?.value).toBe("en");
    await page.goto("/cases");
    await expect(page).toHaveURL(/\/en\/cases$/);

    // And back.
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Українська" }).click();
    await expect(page).toHaveURL(/\/uk\/cases$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  });
});

test("an English browser gets English, and each page names its other-language twin", async ({ page, request }) => {
  await page.goto("/forums");
  await expect(page).toHaveURL(/\/en\/forums$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]));
  expect(alternates).toEqual([
    ["uk", "/uk/forums"],
    ["en", "/en/forums"],
    ["x-default", "/forums"],
  ]);

  // The same in the HTTP Link header, for crawlers that read headers.
  const response = await request.get("/uk/forums", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["link"]).toContain('hreflang="en"');

  // An unknown page under a language is that language's 404.
  const missing = await page.goto("/uk/no-such-page");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сторінку не знайдено");
});

test("the API has no language in its address", async ({ request }) => {
  const response = await request.get("/api/v1/forums", { maxRedirects: 0 });
  expect(response.status()).toBe(200);
});

test.describe("signing in from a page in the other language", () => {
  const stamp = Date.now();
  const viewer = { id: `e2e_lang_${stamp}`, email: `e2e-lang-${stamp}@example.org`, name: "E2E Language Viewer", role: "VIEWER" as const };
  test.beforeAll(() => insertTestUsers([viewer]));

  test("comes back to the Ukrainian page that asked, not to a doubled address", async ({ page }) => {
    // The sign-in form opens in English (this browser's language); the page that asked is Ukrainian.
    await signInAs(page, viewer.email, "/uk/account");
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ваш обліковий запис");
  });
});
