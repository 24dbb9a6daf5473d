/**
 * Citing sources on the milestone form: a recorded source found by an article and cited with it
 * as the passage, a typed source marked official, rows added and removed before saving, and what
 * a refused save keeps. The milestone the test logs is deleted at the end.
 */
import { expect, test } from "@playwright/test";
import { insertTestUsers, signInAs } from "./support/users";

const stamp = Date.now();
const analyst = { id: `e2e_sp_${stamp}`, email: `e2e-source-picker-${stamp}@example.org`, name: "E2E Source Picker", role: "ANALYST" as const };
const title = `E2E milestone citing the Rome Statute ${stamp}`;
let slug = "";

test.beforeAll(() => insertTestUsers([analyst]));

test("an analyst cites a recorded source found by its article, types an official one, adds and removes rows, all before saving", async ({ page }) => {
  await signInAs(page, analyst.email, "/milestones/new");
  const sources = page.locator("#field-sources");

  // Found by the article; cited with the article as its passage.
  await sources.getByLabel("Cite a recorded source").fill("article 28");
  await expect(sources.getByRole("status")).toContainText(/recorded sources? match(es)? “article 28”/);
  await sources.getByRole("button", { name: "Cite for Article 28 (Responsibility of commanders and other superiors)" }).click();
  const first = page.locator("#source-0");
  await expect(first).toContainText("Rome Statute of the International Criminal Court");
  await expect(page.locator("#source-0-locator")).toHaveValue("Article 28");
  // A second search offers it no more: it is cited already.
  await sources.getByLabel("Cite a recorded source").fill("rome statute");
  await expect(sources.getByText("Already cited, as source 1.")).toBeVisible();
  // The same search does not save the form when Enter is pressed in it.
  await sources.getByLabel("Cite a recorded source").press("Enter");
  await expect(page).toHaveURL(/\/milestones\/new$/);

  // A typed source, marked official, in the row left for it.
  await page.locator("#source-1-title").fill(`Official Gazette (test entry ${stamp})`);
  await page.locator("#source-1-url").fill("https://example.org/gazette");
  await page.getByLabel("Kind of source").first().selectOption("official");
  // A row added, typed in, then removed again: folded, and not saved.
  await page.getByRole("button", { name: "Add a row for a new source" }).click();
  await expect(page.locator("#source-2-title")).toBeVisible();
  await page.locator("#source-2-title").fill("A source typed by mistake");
  await page.locator("#source-2").getByLabel("Remove this source from the milestone").check();
  await expect(page.locator("#source-2-title")).toBeHidden();
  await expect(page.locator("#source-2")).toContainText("This source will be removed when you save.");

  // Refused (no title): every row keeps what it holds; the recorded one still says which it is.
  await page.getByLabel("Date", { exact: true }).fill("2025-01");
  await page.getByLabel("What happened", { exact: true }).fill("Logged by the source picker test.");
  await page.getByLabel("Track", { exact: true }).selectOption("accountability");
  await page.getByLabel("Type", { exact: true }).selectOption("ratification");
  await page.getByRole("button", { name: "Log milestone" }).click();
  await expect(page.locator("#form-error")).toContainText("Title");
  await expect(page.locator("#form-error")).not.toContainText(/slug/i);
  await expect(page.locator("#source-0")).toContainText("Rome Statute of the International Criminal Court");
  await expect(page.locator("#source-0-locator")).toHaveValue("Article 28");
  await expect(page.locator("#source-1-title")).toHaveValue(`Official Gazette (test entry ${stamp})`);
  await expect(page.locator("#source-1-kind")).toHaveValue("official");
  await expect(page.getByText("A source typed by mistake")).toHaveCount(0);

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Log milestone" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  slug = new URL(page.url()).pathname.split("/").at(-1)!;
  const record = await (await page.request.get(`/api/v1/milestones/${slug}`)).json();
  expect(record.sources.map((s: { slug: string; locator: string | null }) => [s.slug, s.locator])).toEqual([
    ["rome-statute-text", "Article 28"],
    [expect.any(String), null],
  ]);
  const search = await (await page.request.get(`/api/v1/sources?q=${encodeURIComponent(`Official Gazette (test entry ${stamp})`)}`)).json();
  expect(search.sources).toEqual([expect.objectContaining({ title: `Official Gazette (test entry ${stamp})`, kind: "official" })]);
});

test.afterAll(async ({ browser, baseURL }) => {
  if (!slug) return;
  // The other browser tests count the seeded milestones: this one goes.
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, analyst.email, "/milestones");
  const deleted = await page.request.delete(`/api/v1/milestones/${slug}`, { headers: { Origin: baseURL! }, data: { expectedVersion: 1 } });
  expect(deleted.status()).toBe(200);
  await page.context().close();
});
