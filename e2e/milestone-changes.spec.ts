/**
 * What a milestone changed in the coverage matrix: the cells that differ between the day before
 * and the day after it, the two days stated, and a plain "nothing changed" for milestones that
 * change no jurisdiction rule.
 */
import { expect, test } from "@playwright/test";

test("the Rome Statute's entry into force for Ukraine moves the ICC's aggression cells from excluded to conditional", async ({ page }) => {
  const response = await page.goto("/milestones/rome-statute-in-force-for-ukraine-2025");
  expect(response?.status()).toBe(200);
  const section = page.locator("section.matrix-changes");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("What it changed in the coverage matrix");
  await expect(section).toContainText("Compared 31 December 2024 (the day before) with 2 January 2025 (the day after)");

  // Four levels of natural persons, in both modes of liability.
  const iccAggression = section.locator('tr.change-row[data-forum="icc"][data-crime="aggression"]');
  await expect(iccAggression).toHaveCount(8);
  for (const line of await iccAggression.all()) {
    await expect(line.locator(".forum-status").first()).toHaveAttribute("data-status", "excluded");
    await expect(line.locator(".forum-status").last()).toHaveAttribute("data-status", "conditional");
    await expect(line).toContainText("Rome Statute, Article 15 bis(5)");
  }
  await expect(section.locator("tr.change-row")).toHaveCount(8);
  await expect(section).toContainText("Natural person, top leadership");
  await expect(section).toContainText("command responsibility");

  // "Why" leads to the answer on the day after.
  await iccAggression.first().getByRole("link", { name: /^Why/ }).click();
  await expect(page).toHaveURL(/\/which-forum\?crime=aggression&accused=natural&level=top-leadership&mode=direct&situation=ukraine&asOf=2025-01-02$/);
  await expect(page.locator('section.forum-answer[data-forum="icc"] .forum-status')).toHaveAttribute("data-status", "conditional");
});

test("the Alaska summit changed no cell of the matrix", async ({ page }) => {
  await page.goto("/milestones/alaska-summit-2025");
  const section = page.locator("section.matrix-changes");
  await expect(section).toContainText("Compared 14 August 2025 (the day before) with 16 August 2025 (the day after)");
  await expect(section).toContainText("No cell of the matrix changed");
  await expect(section.locator("tr.change-row")).toHaveCount(0);
});

test("a milestone known only to the month is bracketed as a whole month", async ({ page }) => {
  await page.goto("/milestones/ukraine-criminal-code-amendments-2024");
  const section = page.locator("section.matrix-changes");
  await expect(section).toContainText("only to the month, October 2024, so the whole month is bracketed");
  await expect(section).toContainText("compared 30 September 2024 with 1 November 2024");
  // Command responsibility for war crimes opens in Ukraine's courts.
  await expect(section.locator('tr.change-row[data-forum="ukraine-domestic"][data-crime="war-crimes"]')).toHaveCount(4);
});

test("a milestone of September 2024 does not take the credit for the amendments that begin on 1 October", async ({ page }) => {
  await page.goto("/milestones/ecocide-proposal-2024");
  const section = page.locator("section.matrix-changes");
  await expect(section).toContainText("No cell of the matrix changed because of this milestone");
  const others = section.locator("details.other-changes");
  await expect(others).toHaveAttribute("open", "");
  await expect(others.locator("tr.change-row").first()).toContainText("Criminal Code amended to align with the Rome Statute");
});
