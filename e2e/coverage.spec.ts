/**
 * The coverage matrix: every case category against every forum as of a date, gaps marked in
 * words, each cell leading to the answer that explains it and to its cases.
 */
import { expect, test, type Page } from "@playwright/test";
import * as seed from "../prisma/seed/reference-data";

const FORUMS = ["icc", "special-tribunal", "ukraine-domestic"];
const row = (page: Page, id: string) => page.locator(`tr#row-${id}`);
const cell = (page: Page, id: string, forum: string) => row(page, id).locator(`td[data-forum="${forum}"]`);

test("renders every crime by level and kind of accused against the three forums, with gaps marked", async ({ page }) => {
  const response = await page.goto("/coverage?asOf=2025-07-01&situation=ukraine&mode=direct");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coverage matrix");

  const rows = page.locator("tr.matrix-row");
  const expectedRows = seed.crimes.length * (seed.levels.length + 1);
  expect(expectedRows).toBe(25);
  await expect(rows).toHaveCount(expectedRows);
  await expect(page.locator("tr.matrix-row td.matrix-cell")).toHaveCount(expectedRows * FORUMS.length);
  for (const forum of FORUMS) await expect(page.locator(`tr.matrix-row td[data-forum="${forum}"]`)).toHaveCount(expectedRows);
  // Forum columns in order, each named.
  await expect(page.locator("thead th.matrix-forum a")).toHaveText(["ICC", "Special Tribunal", "Ukrainian courts"]);

  // Gaps: marked on the row and said in words, and counted in the summary.
  const gaps = page.locator("tr.matrix-row.matrix-gap");
  await expect(gaps).toHaveCount(9);
  await expect(page.locator("#matrix-summary")).toContainText("9 gaps in 25 case categories");
  await expect(row(page, "aggression-natural-top-leadership")).toHaveClass(/matrix-gap/);
  await expect(row(page, "aggression-natural-top-leadership").locator("th")).toContainText("Gap");
  await expect(row(page, "aggression-natural-top-leadership").locator("th")).toContainText("conditional only");
  await expect(row(page, "genocide-legal").locator("th")).toContainText("no forum covers");
  await expect(row(page, "war-crimes-natural-direct-perpetrator")).not.toHaveClass(/matrix-gap/);

  // Status in words as well as colour, and the tracked cases.
  await expect(cell(page, "war-crimes-legal", "icc")).toHaveAttribute("data-status", "excluded");
  await expect(cell(page, "war-crimes-legal", "icc").locator(".forum-status")).toContainText("Excluded");
  await expect(cell(page, "war-crimes-natural-direct-perpetrator", "ukraine-domestic").locator(".forum-status")).toContainText("Covers");
  await expect(cell(page, "aggression-natural-top-leadership", "special-tribunal").locator(".forum-status")).toContainText("Conditional");
  await expect(cell(page, "war-crimes-natural-field-grade", "ukraine-domestic").locator(".cell-cases a")).toHaveAttribute(
    "href",
    "/cases?forum=ukraine-domestic&crime=war-crimes&accused=natural&level=field-grade&mode=direct&situation=ukraine",
  );
  await expect(page.locator(".legend")).toContainText("Gap");
});

test("a cell leads to the answer that explains it, and to its cases", async ({ page }) => {
  await page.goto("/coverage?asOf=2025-07-01");
  await cell(page, "aggression-natural-top-leadership", "special-tribunal").locator("a.cell-status").click();
  await expect(page).toHaveURL(/\/which-forum\?crime=aggression&accused=natural&level=top-leadership&mode=direct&situation=ukraine&asOf=2025-07-01$/);
  await expect(page.locator('section.forum-answer[data-forum="special-tribunal"] .forum-status')).toHaveAttribute("data-status", "conditional");
  await expect(page.locator('section.forum-answer[data-forum="special-tribunal"]')).toContainText("Condition:");

  await page.goto("/coverage?asOf=2025-07-01");
  await cell(page, "war-crimes-legal", "ukraine-domestic").locator(".cell-cases a").click();
  await expect(page).toHaveURL(/\/cases\?forum=ukraine-domestic&crime=war-crimes&accused=legal&mode=direct&situation=ukraine$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cases");
  await expect(page.locator("#result-count")).toContainText("Kind of accused: Legal person");
});

test("ICC aggression cells differ between 31 December 2024 and 2 January 2025", async ({ page }) => {
  const levels = seed.levels.map((l) => l.slug);
  await page.goto("/coverage?asOf=2024-12-31");
  for (const level of levels) await expect(cell(page, `aggression-natural-${level}`, "icc")).toHaveAttribute("data-status", "excluded");

  // Change the date through the form, as a person would.
  await page.getByLabel("As of").fill("2025-01-02");
  await page.getByRole("button", { name: "Show the matrix" }).click();
  await expect(page).toHaveURL(/\/coverage\?asOf=2025-01-02&situation=ukraine&mode=direct$/);
  for (const level of levels) await expect(cell(page, `aggression-natural-${level}`, "icc")).toHaveAttribute("data-status", "conditional");
  await expect(page.locator("#matrix-summary")).toContainText("2 January 2025");
});

test("a bad date is shown next to the field with HTTP 200", async ({ page }) => {
  const response = await page.goto("/coverage?asOf=2024-13-01&situation=mars");
  expect(response?.status()).toBe(200);
  await expect(page.locator("#field-asOf-error")).toContainText("“2024-13-01” is not a calendar date");
  await expect(page.locator("#field-situation-error")).toContainText("“mars”");
  await expect(page.locator("table.matrix")).toHaveCount(0);
});

test("the seeded ICC warrant for Putin is counted in its cell, and listed behind the cell's link", async ({ page }) => {
  const putin = seed.cases.find((c) => c.slug === "icc-putin")!;
  await page.goto("/coverage?asOf=2025-07-01&situation=ukraine&mode=direct");
  // Other browser tests may add synthetic cases to the shared database: at least the seeded one.
  const cases = cell(page, "war-crimes-natural-top-leadership", "icc").locator(".cell-cases a");
  await expect(cases).toHaveText(/^\d+ cases?/);
  expect(Number((await cases.innerText()).match(/^\d+/)![0])).toBeGreaterThanOrEqual(1);
  await cases.click();
  await expect(page).toHaveURL(/\/cases\?forum=icc&crime=war-crimes&accused=natural&level=top-leadership&mode=direct&situation=ukraine$/);
  await expect(page.locator(".case-list")).toContainText(putin.title);
  // Lvova-Belova has no recorded level of responsibility, so her case is not in this cell.
  const lvovaBelova = seed.cases.find((c) => c.slug === "icc-lvova-belova")!;
  await expect(page.locator(".case-list")).not.toContainText(lvovaBelova.title);
});

test("the case list says plainly when none matches, and names an unknown filter", async ({ page }) => {
  // No seeded case is a company's ecocide in Sudan (the seeded cases are the ICC's Ukraine warrants).
  const response = await page.goto("/cases?forum=ictr&crime=ecocide&accused=legal&situation=sudan");
  expect(response?.status()).toBe(200);
  await expect(page.locator(".notice")).toContainText("forum");
  await expect(page.locator(".notice")).toContainText("ukraine-domestic");
  await expect(page.locator(".empty")).toContainText("No tracked case matches");
});
