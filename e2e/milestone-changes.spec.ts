/**
 * What a milestone changed in the coverage matrix: the cells that differ between the day before
 * and the day after it, the two days and the conduct stated, a reach of conduct that changed under
 * an unchanged status said in words, a conduct chosen on the page (refused next to its field when
 * it cannot be read), and a plain "nothing changed" for milestones that change no rule.
 * Expected changes marked "(data)" depend on the seeded rules (prisma/seed/reference-data.ts).
 */
import { expect, test } from "@playwright/test";

const DECLARATION_2015 = "/milestones/ukraine-article-12-3-declaration-2015";

test("the second Article 12(3) declaration: the ICC's status stays, the conduct it can try changes, said before and after", async ({ page }) => {
  const response = await page.goto(DECLARATION_2015);
  expect(response?.status()).toBe(200);
  const section = page.locator("section.matrix-changes");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("What it changed in the coverage matrix");
  await expect(section).toContainText("Compared 7 September 2015 (the day before) with 9 September 2015 (the day after), for all conduct up to each of the two days");

  // (data) Without a date of conduct, the ICC's war crimes cells stay conditional; what changes is the conduct reached.
  const line = section.locator('tr.change-row[data-forum="icc"][data-crime="war-crimes"]').first();
  await expect(line.locator(".forum-status")).toHaveCount(1);
  await expect(line.locator(".forum-status")).toHaveAttribute("data-status", "conditional");
  await expect(line.locator(".change-same")).toHaveText("status unchanged");
  const reach = line.locator(".change-reach");
  await expect(reach).toContainText("The conduct it can try changed:");
  await expect(reach.locator(".change-reach-side").first()).toHaveText(
    "Before: Conduct up to 20 November 2013: Excluded; from 21 November 2013 to 22 February 2014: Covers; from 23 February 2014 onwards: Excluded",
  );
  await expect(reach.locator(".change-reach-side").last()).toHaveText("After: Conduct up to 20 November 2013: Excluded; from 21 November 2013 onwards: Covers");
  // Every line of a changed cell shows either two statuses or the reach that changed.
  for (const row of await section.locator("tr.change-row").all()) {
    const statuses = await row.locator(".forum-status").count();
    if (statuses === 1) await expect(row.locator(".change-reach")).toHaveCount(1);
    else expect(statuses).toBe(2);
  }
});

test("a milestone's changes for a date of conduct: the form keeps it in the address, and the answers it links to", async ({ page }) => {
  await page.goto(DECLARATION_2015);
  const section = page.locator("section.matrix-changes");
  await section.getByLabel("Date of the conduct").fill("2014-06");
  await section.getByRole("button", { name: "Compare for this conduct" }).click();
  await expect(page).toHaveURL(/\/milestones\/ukraine-article-12-3-declaration-2015\?conduct=2014-06$/);
  await expect(section).toContainText("for conduct in June 2014");
  await expect(section.getByLabel("Date of the conduct")).toHaveValue("2014-06");

  // (data) Conduct in June 2014 lies in neither period the first declaration reaches; the second reaches it.
  const line = section.locator('tr.change-row[data-forum="icc"][data-crime="war-crimes"]').first();
  await expect(line.locator(".forum-status").first()).toHaveAttribute("data-status", "excluded");
  await expect(line.locator(".forum-status").last()).toHaveAttribute("data-status", "covers");
  await expect(line.getByRole("link", { name: /^Why/ })).toHaveAttribute("href", /&conduct=2014-06&asOf=2015-09-09$/);

  // Emptying the field compares all conduct again, with a clean address.
  await section.getByLabel("Date of the conduct").fill("");
  await section.getByRole("button", { name: "Compare for this conduct" }).click();
  await expect(page).toHaveURL(/\/milestones\/ukraine-article-12-3-declaration-2015$/);
  await expect(section).toContainText("for all conduct up to each of the two days");
});

test("a conduct the page cannot read, or that had not begun by the later day, is refused next to its field", async ({ page }) => {
  const response = await page.goto(`${DECLARATION_2015}?conduct=2022-03`);
  expect(response?.status()).toBe(200);
  const section = page.locator("section.matrix-changes");
  await expect(section.locator("#field-conduct-error")).toContainText("begins after 9 September 2015, the later of the two days compared");
  await expect(section.getByLabel("Date of the conduct")).toHaveAttribute("aria-invalid", "true");
  await expect(section.getByLabel("Date of the conduct")).toHaveValue("2022-03");
  // The comparison falls back to all conduct, and says so.
  await expect(section).toContainText("for all conduct up to each of the two days");

  await page.goto(`${DECLARATION_2015}?conduct=spring`);
  await expect(section.locator("#field-conduct-error")).toContainText("“spring” is not a date of conduct");
});

test("the Rome Statute's entry into force for Ukraine: the two days are stated, and the cells it changes, if any, are listed", async ({ page }) => {
  await page.goto("/milestones/rome-statute-in-force-for-ukraine-2025");
  const section = page.locator("section.matrix-changes");
  await expect(section).toContainText("Compared 31 December 2024 (the day before) with 2 January 2025 (the day after)");
  // (data) Ukraine's declarations already reached all conduct from 21 November 2013 onwards, so with
  // no date of conduct the ICC's cells are the same on both days.
  await expect(section).toContainText("No cell of the matrix changed");
  await expect(section.locator("tr.change-row")).toHaveCount(0);
});

test("the Alaska summit changed no cell of the matrix", async ({ page }) => {
  await page.goto("/milestones/alaska-summit-2025");
  const section = page.locator("section.matrix-changes");
  await expect(section).toContainText("Compared 14 August 2025 (the day before) with 16 August 2025 (the day after)");
  await expect(section).toContainText("No cell of the matrix changed");
  await expect(section).toContainText("this milestone opened or closed no jurisdiction rule");
  await expect(section.locator("tr.change-row")).toHaveCount(0);
});

test("a milestone known only to the month is bracketed as a whole month", async ({ page }) => {
  await page.goto("/milestones/ukraine-criminal-code-amendments-2024");
  const section = page.locator("section.matrix-changes");
  await expect(section).toContainText("only to the month, October 2024, so the whole month is bracketed");
  await expect(section).toContainText("compared 30 September 2024 with 1 November 2024");
  // (data) Command responsibility for war crimes opens in Ukraine's courts.
  await expect(section.locator('tr.change-row[data-forum="ukraine-domestic"][data-crime="war-crimes"]')).toHaveCount(4);
});

test("a milestone known only to its year does not take the credit for rules other milestones changed that year", async ({ page }) => {
  // (data) The Rome–Kyiv pact of 2024 changes no rule; the October 2024 amendments fall inside its year.
  await page.goto("/milestones/rome-kyiv-bilateral-pact-2024");
  const section = page.locator("section.matrix-changes");
  await expect(section).toContainText("only to the year, 2024, so the whole year is bracketed");
  await expect(section).toContainText("No cell of the matrix changed because of this milestone");
  const others = section.locator("details.other-changes");
  await expect(others).toHaveAttribute("open", "");
  await expect(others.locator("tr.change-row").first()).toContainText("Criminal Code amended to align with the Rome Statute");
});
