/**
 * Issue 17's third job, in Ukrainian: an analyst reading the interface in Ukrainian annotates a
 * case with a note written in Ukrainian, adds its English version, and sees both; a reader of the
 * English pages sees the English with the Ukrainian as written beside it
 * (docs/decisions/042-users-texts-in-either-language.md). The case itself is recorded in English
 * with a Ukrainian title, which the Ukrainian page shows. Screenshots at laptop and phone width
 * in test-results/ukrainian-jobs/.
 */
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { e2eSql, insertTestUsers, TEST_PASSWORD } from "./support/users";

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const analyst = { id: `e2e_ukann_${stamp}`, email: `e2e-ukann-${stamp}@example.org`, name: "Олена Коваль", role: "ANALYST" as const };
const caseId = `e2e_ukcase_${stamp}`;
const caseSlug = `e2e-uk-annotated-${stamp}`;
const englishTitle = `Prosecutor v. Annotated in Ukrainian ${stamp}`;
const ukrainianTitle = `Прокурор проти анотованого українською ${stamp}`;
const ukrainianNote = "Суд призначив **підготовче засідання** на березень; обвинувачений переховується.";
const englishNote = "The court set a **preliminary hearing** for March; the accused is in hiding.";

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeAll(async () => {
  await insertTestUsers([analyst]);
  await e2eSql(
    `insert into "Case" (id, slug, title, summary, lang, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "isSynthetic", "updatedAt")
     select $1, $2, $3, 'A synthetic case for the Ukrainian walk.', 'en', (select id from "Forum" where slug = 'ukraine-domestic'), (select id from "Situation" where slug = 'ukraine'),
            'TRIAL', '2024-05-01', 'DAY', '2024-05-01', 'DAY', true, now()`,
    [caseId, caseSlug, englishTitle],
  );
  await e2eSql(
    `insert into "Translation" (id, "entityType", "entityId", field, locale, state, text, "translatedBy", "translatedOn", "updatedAt")
     values ($1, 'Case', $2, 'title', 'uk', 'TRANSLATED', $3, $4, '2026-12-04', now())`,
    [`e2e_uktr_${stamp}`, caseId, ukrainianTitle, analyst.name],
  );
});

test.afterAll(async () => {
  await e2eSql(`update "Case" set "deletedAt" = now() where id = $1`, [caseId]);
});

/** Signs in through the English form, as e2e/support/users.ts does, with time for a busy machine to hash the password. */
async function signInAs(page: Page, email: string, callbackUrl: string) {
  await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.locator('form.sign-in-form[data-ready="true"]').waitFor();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?.]/g, "\\$&")}$`), { timeout: 60_000 });
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/ukrainian-jobs/${name}.png`, fullPage: true });
}

const notes = (page: Page) => page.locator("#notes");
const theNote = (page: Page) => notes(page).locator("li[id^='note-']").first();

test("an analyst in Ukrainian writes a note in Ukrainian, adds its English, and sees both", async ({ page }) => {
  await signInAs(page, analyst.email, `/uk/cases/${caseSlug}`);
  // The case's title in Ukrainian, with who translated it.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ukrainianTitle);
  await expect(page.getByText(`Назва: переклад — ${analyst.name}`)).toBeVisible();

  // "Мова запису" is the page's language by default; the other field is for English.
  const form = page.locator("#add-note form");
  await expect(form.getByLabel("Мова запису")).toHaveValue("uk");
  await expect(form.getByText("Нотатка англійською")).toBeVisible();
  await form.getByLabel("Нотатка", { exact: true }).fill(ukrainianNote);
  await form.getByLabel("Оцінка ходу справи").selectOption({ label: "Просувається" });
  await shoot(page, "annotate-1-form-laptop");
  await form.getByRole("button", { name: "Додати нотатку" }).click();
  await expect(page.getByText("Вашу нотатку додано.")).toBeVisible();
  await expect(theNote(page).locator('[lang="uk"]').getByText("підготовче засідання")).toBeVisible();

  // Adding the English version on the note's edit page.
  await theNote(page).getByRole("link", { name: /^Редагувати/ }).click();
  await expect(page).toHaveURL(/\/uk\/cases\/.+\/annotations\/.+\/edit$/);
  await expect(page.getByLabel("Мова запису")).toHaveValue("uk");
  await page.getByLabel("Нотатка англійською").fill(englishNote);
  await shoot(page, "annotate-2-edit-laptop");
  await page.getByRole("button", { name: "Зберегти зміни" }).click();
  await expect(page).toHaveURL(new RegExp(`/uk/cases/${caseSlug}#note-`));

  // Both: the Ukrainian as written, then the English with who translated it and when.
  const note = theNote(page);
  await expect(note.locator('[lang="uk"]').getByText("підготовче засідання")).toBeVisible();
  await expect(note.getByRole("heading", { name: "Нотатка англійською" })).toBeVisible();
  await expect(note.locator('[lang="en"]').getByText("preliminary hearing")).toBeVisible();
  await expect(note.getByText(`переклад — ${analyst.name}`)).toBeVisible();
  await note.scrollIntoViewIfNeeded();
  await shoot(page, "annotate-3-both-laptop");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(theNote(page).locator('[lang="en"]').getByText("preliminary hearing")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await shoot(page, "annotate-4-both-phone");
  await theNote(page).screenshot({ path: "test-results/ukrainian-jobs/annotate-4-note-phone.png" });
  await page.goto(`/uk/cases/${caseSlug}/annotations/${(await theNote(page).getAttribute("id"))!.slice("note-".length)}/edit`);
  await shoot(page, "annotate-5-edit-phone");
});

test("the English page shows the English note, the Ukrainian as written beside it, and the case's English title", async ({ page }) => {
  await signInAs(page, analyst.email, `/en/cases/${caseSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(englishTitle);
  const note = theNote(page);
  await expect(note.locator('[lang="en"]').getByText("preliminary hearing")).toBeVisible();
  await expect(note.getByRole("heading", { name: "Written in Ukrainian" })).toBeVisible();
  await expect(note.locator('[lang="uk"]').getByText("підготовче засідання")).toBeVisible();
  await expect(note.getByText(`translated by ${analyst.name}`)).toBeVisible();
  await note.scrollIntoViewIfNeeded();
  await shoot(page, "annotate-6-english-laptop");
});
