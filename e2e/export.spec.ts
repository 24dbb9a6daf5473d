import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { refreshCaseSearch } from "../lib/server/cases/search-document";
import { parse as parseCsv } from "csv-parse/sync";
import { e2eSql } from "./support/users";

// Its own uniquely named synthetic cases (the browser tests' database is shared).
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const word = `zx${stamp}`;
const ids = [`e2e_export_${stamp}_1`, `e2e_export_${stamp}_2`];
const viaSql = { $executeRaw: async (query: { text: string; values: unknown[] }) => (await e2eSql(query.text, query.values), 0) };

test.beforeAll(async () => {
  test.skip(!process.env.E2E_DATABASE_URL, "needs E2E_DATABASE_URL (set by npm test)");
  for (const [i, id] of ids.entries()) {
    await e2eSql(
      `insert into "Case" (id, slug, reference, title, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "isSynthetic", "createdAt", "updatedAt")
       select $1, $2, null, $3, (select id from "Forum" where slug = 'ukraine-domestic'), (select id from "Situation" where slug = 'ukraine'),
              'INVESTIGATION', '2024-03-01', 'MONTH', '2024-03-01', 'MONTH', true, now(), now()`,
      [id, `e2e-export-${stamp}-${i + 1}`, `Export check ${i + 1}, "quoted" ${word}`],
    );
  }
  await refreshCaseSearch(viaSql as never, ids);
});

test.afterAll(async () => {
  await e2eSql(`update "Case" set "deletedAt" = now() where id = any($1)`, [ids]);
});

test("the case list's CSV link downloads exactly the listed cases, with the documented header", async ({ page }) => {
  await page.goto(`/cases?q=${word}`);
  const links = page.getByTestId("export-links");
  await expect(links).toContainText("Export the matching cases");
  const [download] = await Promise.all([page.waitForEvent("download"), links.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.toString("utf8"), { bom: true });
  expect(header).toEqual([
    "Slug", "Case number", "Title", "Forum", "Situation", "Stage", "Stage date", "In absentia", "Opened on",
    "Accused", "Accused, name in Ukrainian", "Crimes", "Modes of liability", "Provisions cited", "Synthetic (demo data)", "URL",
    "Written in", "Title in Ukrainian", "Title in English",
  ]);
  expect(rows.map((r) => r[0]).sort()).toEqual([`e2e-export-${stamp}-1`, `e2e-export-${stamp}-2`]);
  expect(rows[0]![2]).toContain('"quoted"');
  expect(rows[0]![6]).toBe("2024-03");
});

test("the milestone timeline links to its export with the filters in force", async ({ page }) => {
  await page.goto("/milestones?track=accountability");
  const csv = page.getByTestId("export-links").getByRole("link", { name: "CSV" });
  await expect(csv).toHaveAttribute("href", "/en/milestones/export.csv?track=accountability");
  const response = await page.request.get("/milestones/export.csv?track=accountability");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="milestones-\d{4}-\d{2}-\d{2}\.csv"$/);
  const [header] = parseCsv(await response.text(), { bom: true });
  expect(header?.[0]).toBe("Slug");
});
