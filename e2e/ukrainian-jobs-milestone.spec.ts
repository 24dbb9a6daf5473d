/**
 * Job 1 in Ukrainian (issue 17, decision 042): an analyst reading the Ukrainian interface logs a
 * milestone written in Ukrainian, then adds its English; the Ukrainian page shows the Ukrainian,
 * the English page the English, each saying where the other language comes from; before the
 * English is added, the English timeline shows the Ukrainian title marked «in Ukrainian».
 * Screenshots (laptop and 390 px) go to test-results/ukrainian-jobs/.
 */
import { expect, test, type Page } from "@playwright/test";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

const stamp = Date.now();
const analyst = { id: `e2e_ukjob_${stamp}`, email: `e2e-ukjob-${stamp}@example.org`, name: "Олена Аналітик", role: "ANALYST" as const };
const titleUk = `Верховна Рада ратифікувала угоду ${stamp}`;
const titleEn = `The Verkhovna Rada ratified the agreement ${stamp}`;
const descriptionUk = "Тестова подія, записана українською браузерним тестом.";
const descriptionEn = "A test milestone, written in Ukrainian by the browser test.";

test.beforeAll(() => insertTestUsers([analyst]));
// The milestone leaves the timeline after the run, as the other specs' do: the page tests count it.
test.afterAll(() => e2eSql(`update "Milestone" set "deletedAt" = now() where title = $1`, [titleUk]));

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/ukrainian-jobs/${name}-laptop.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `test-results/ukrainian-jobs/${name}-390.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test("an analyst logs a milestone in Ukrainian, adds the English, and reads it in both languages", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, analyst.email, "/uk/milestones/new");
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");

  // Written in Ukrainian by default on the Ukrainian page; the other fieldset is English.
  await expect(page.locator("#field-lang")).toHaveValue("uk");
  await expect(page.locator("#field-translations-en legend")).toHaveText("Англійською (необов’язково)");
  await expect(byId(page, "field-translations.en.title")).toHaveAttribute("lang", "en");

  await page.locator("#field-title").fill(titleUk);
  await page.locator("#field-date").fill("2026-10");
  await page.locator("#field-description").fill(descriptionUk);
  await page.locator("#field-track").selectOption("accountability");
  await page.locator("#field-type").selectOption("ratification");
  await page.locator('#field-forums input[value="icc"]').check();
  await page.locator("#source-0-title").fill("Тестове джерело");
  await page.locator("#source-0-url").fill("https://example.org/uk-post");
  // Choosing English turns the other fieldset to Ukrainian; back to Ukrainian, it is English again.
  await page.locator("#field-lang").selectOption("en");
  await expect(page.locator("#field-translations-uk legend")).toHaveText("Українською (необов’язково)");
  await page.locator("#field-lang").selectOption("uk");
  await expect(page.locator("#field-translations-en legend")).toHaveText("Англійською (необов’язково)");
  await shoot(page, "01-log-form");
  await page.getByRole("button", { name: "Записати подію" }).click();

  await expect(page.getByRole("heading", { level: 1, name: titleUk })).toBeVisible();
  await expect(page).toHaveURL(/\/uk\/milestones\/verkhovna-rada-ratyfikuvala-uhodu-/);
  await expect(page.getByTestId("milestone-languages")).toContainText("Написано українською.");
  await expect(page.getByTestId("milestone-languages")).toContainText("Тексту англійською ще немає");
  const path = new URL(page.url()).pathname.replace(/^\/uk/, "");

  // The English timeline, before the English is added: the Ukrainian title, marked.
  await page.goto(`/en/milestones?q=${stamp}`);
  const row = page.locator(".milestone", { hasText: titleUk });
  await expect(row.locator(`[lang="uk"]`).first()).toHaveText(titleUk);
  await expect(row).toContainText("(in Ukrainian)");
  await shoot(page, "02-en-timeline-untranslated");

  // Add the English on the edit form.
  await page.goto(`/uk${path}/edit`);
  await expect(page.locator("#field-lang")).toHaveValue("uk");
  await byId(page, "field-translations.en.title").fill(titleEn);
  await byId(page, "field-translations.en.description").fill(descriptionEn);
  await shoot(page, "03-edit-form-english");
  await page.getByRole("button", { name: "Зберегти зміни" }).click();
  await expect(page.getByText("Ваші зміни збережено")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: titleUk })).toBeVisible();
  await expect(page.getByTestId("milestone-languages")).toContainText(`Англійською: назва, що сталося; переклад — ${analyst.name}`);
  await shoot(page, "04-uk-milestone");

  // The English page: the English texts, not marked, and where they come from.
  await page.goto(`/en${path}`);
  await expect(page.getByRole("heading", { level: 1, name: titleEn })).toBeVisible();
  await expect(page.locator(".lead")).toHaveText(descriptionEn);
  await expect(page.getByTestId("milestone-languages")).toContainText("Written in Ukrainian.");
  await expect(page.getByTestId("milestone-languages")).toContainText(`English: title, what happened, translated by ${analyst.name}`);
  await shoot(page, "05-en-milestone");

  // Both timelines, each in its reader's language; the English search finds it by its English words.
  await page.goto(`/en/milestones?q=${encodeURIComponent(`Verkhovna ${stamp}`)}`);
  await expect(page.locator(".milestone", { hasText: titleEn })).toHaveCount(1);
  await expect(page.locator(".milestone", { hasText: titleEn })).not.toContainText("(in Ukrainian)");
  await shoot(page, "06-en-timeline");
  await page.goto(`/uk/milestones?q=${encodeURIComponent(`ratified ${stamp}`)}`);
  await expect(page.locator(".milestone", { hasText: titleUk })).toHaveCount(1);
  await shoot(page, "07-uk-timeline");
});
